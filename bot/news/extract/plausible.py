"""Last look at a proposed film title: list-line debris is repaired or dropped.

The win rules cut the film out of its sentence or list line; on a layout they have not met, the
cut can keep neighbouring parts: an original title after " / " ("People Mountain People Sea /
Ren Shan Ren Hai"), a person before a spaced em dash ("Michael Fassbender — Shame"), a relative
clause (", who also directed ...") or a tally ("Oscars for Anthony Hopkins and Jodie Foster").
Real titles almost never hold these, so a proposal whose film does is a misreading: a wrong
proposal costs a moderator more than a missing one.
"""

from __future__ import annotations

import re

# Longest real titles run to about twelve words ("The Assassination of Jesse James by the
# Coward Robert Ford"); anything longer is a sentence.
MAX_TITLE_WORDS = 12

_ALTERNATE_TITLE = re.compile(r"\s+/\s+")
_DEBRIS = re.compile(
    r"\s[—|]\s|"  # parts of a list line: "Person — Title", "Prize | Title"
    r",\s+(?:who|which|whose)\b|"  # a relative clause about the film or its maker
    r"\b(?:Oscars|Academy\s+Awards|Golden\s+Globes|awards|prizes|honou?rs)\s+(?:for|to)\b",  # a tally
    re.IGNORECASE,
)


def plausible_title(film: str) -> str | None:
    """``film`` as a title, its alternate (original-language) title after " / " removed; None
    when it holds list-line debris."""
    title = _ALTERNATE_TITLE.split(film, maxsplit=1)[0].strip()
    if not title or _DEBRIS.search(title) or len(title.split()) > MAX_TITLE_WORDS:
        return None
    return title
