"""Discord's size limits and helpers that keep every string and embed within them.

Lengths are counted in Python characters (code points), as discord.py's ``len(embed)`` does.
"""

from __future__ import annotations

import logging
from typing import Any, cast

import discord

logger = logging.getLogger(__name__)

TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
TOTAL = 6000
CONTENT = 2000
CHOICE_NAME = 100  # autocomplete / app command choice
CHOICE_VALUE = 100
BUTTON_LABEL = 80
SELECT_OPTION_LABEL = 100

ELLIPSIS = "…"
# Discord rejects empty field names and values; a zero-width space is the usual stand-in.
_BLANK = "\u200b"
# Cut at a word boundary only when it costs at most this share of the allowed length.
_WORD_BOUNDARY_SHARE = 0.2


def truncate(s: str, limit: int) -> str:
    """``s`` if it fits in ``limit`` characters, else cut and ending with "…".

    The cut is made at the last whitespace when that loses at most 20% of the room, so
    words are not split needlessly.
    """
    if len(s) <= limit:
        return s
    if limit <= 0:
        return ""
    room = limit - len(ELLIPSIS)
    cut = s[:room]
    boundary = max(cut.rfind(" "), cut.rfind("\n"))
    if boundary >= room * (1 - _WORD_BOUNDARY_SHARE):
        cut = cut[:boundary]
    cut = cut.rstrip()
    # In escaped markdown an odd run of trailing backslashes would escape the ellipsis.
    if (len(cut) - len(cut.rstrip("\\"))) % 2:
        cut = cut[:-1]
    return cut + ELLIPSIS


def embed_length(embed: discord.Embed) -> int:
    """Characters counted towards the 6000 total: title, description, fields, footer, author."""
    return _dict_length(_as_dict(embed))


def _as_dict(embed: discord.Embed) -> dict[str, Any]:
    # A plain dict (not discord.py's TypedDict) so parts can be edited generically.
    return cast(dict[str, Any], embed.to_dict())


def _dict_length(data: dict[str, Any]) -> int:
    total = len(data.get("title") or "") + len(data.get("description") or "")
    for field in data.get("fields", []):
        total += len(field.get("name") or "") + len(field.get("value") or "")
    total += len((data.get("footer") or {}).get("text") or "")
    total += len((data.get("author") or {}).get("name") or "")
    return total


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """A copy of ``embed`` that Discord accepts: every part within its limit, 6000 in total.

    Over the total, the description is shortened first; if that is not enough, fields are
    dropped from the end, then the footer and author text shortened. Dropping fields is
    logged, since the caller should have paginated.
    """
    data = _as_dict(embed)
    if data.get("title"):
        data["title"] = truncate(data["title"], TITLE)
    if data.get("description"):
        data["description"] = truncate(data["description"], DESCRIPTION)
    if "author" in data and data["author"].get("name"):
        data["author"]["name"] = truncate(data["author"]["name"], AUTHOR)
    if "footer" in data and data["footer"].get("text"):
        data["footer"]["text"] = truncate(data["footer"]["text"], FOOTER)
    fields = data.get("fields", [])
    if len(fields) > FIELDS:
        logger.warning("Embed had %d fields; dropped the last %d", len(fields), len(fields) - FIELDS)
        fields = fields[:FIELDS]
    for field in fields:
        field["name"] = truncate(str(field.get("name") or ""), FIELD_NAME) or _BLANK
        field["value"] = truncate(str(field.get("value") or ""), FIELD_VALUE) or _BLANK
    if fields:
        data["fields"] = fields

    overflow = _dict_length(data) - TOTAL
    if overflow > 0 and data.get("description"):
        description = data["description"]
        data["description"] = truncate(description, max(0, len(description) - overflow))
        if not data["description"]:
            del data["description"]
        overflow = _dict_length(data) - TOTAL
    dropped = 0
    while overflow > 0 and data.get("fields"):
        data["fields"].pop()
        dropped += 1
        overflow = _dict_length(data) - TOTAL
    if dropped:
        logger.warning("Embed over %d characters; dropped its last %d fields", TOTAL, dropped)
    for part in ("footer", "author"):
        key = "text" if part == "footer" else "name"
        if overflow > 0 and data.get(part, {}).get(key):
            text = data[part][key]
            data[part][key] = truncate(text, max(1, len(text) - overflow))
            overflow = _dict_length(data) - TOTAL
    if overflow > 0 and data.get("title"):
        data["title"] = truncate(data["title"], max(1, len(data["title"]) - overflow))
    return discord.Embed.from_dict(data)
