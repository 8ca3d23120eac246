"""Fact ids as users see them: ``W123`` for a win, ``Q45`` for a quote; ``P7`` for a proposal."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.errors import UserError

KIND_PREFIX = {"win": "W", "quote": "Q"}
_PREFIX_KIND = {v: k for k, v in KIND_PREFIX.items()}
_FACT_ID = re.compile(r"^\s*#?\s*([WQ])\s*-?\s*(\d{1,12})\s*$", re.IGNORECASE)
_PROPOSAL_ID = re.compile(r"^\s*#?\s*P\s*-?\s*(\d{1,12})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class FactRef:
    kind: str  # "win" | "quote"
    id: int

    def __str__(self) -> str:
        return f"{KIND_PREFIX[self.kind]}{self.id}"


def proposal_label(proposal_id: int) -> str:
    return f"P{proposal_id}"


def parse_fact_ref(text: str) -> FactRef:
    match = _FACT_ID.match(text)
    if match is None:
        raise UserError("A fact id looks like W123 (a winner) or Q45 (a quote); the bot shows them to moderators.")
    return FactRef(_PREFIX_KIND[match.group(1).upper()], int(match.group(2)))


def parse_proposal_id(text: str) -> int | None:
    """The number of a proposal id such as ``P7``, or None when ``text`` is not one."""
    match = _PROPOSAL_ID.match(text)
    return int(match.group(1)) if match else None
