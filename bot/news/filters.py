"""Include/exclude keywords of a subscription.

A keyword matches at the start of a word, case-insensitively, in the title or the summary:
"oscar" matches "Oscars" and "Oscar-winning" but "art" does not match "start".
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_KEYWORDS = 25
MAX_KEYWORD_LENGTH = 60


class KeywordError(ValueError):
    """The keyword list cannot be used; the message is for the moderator."""


def parse_keywords(raw: str | None) -> tuple[str, ...]:
    """Comma-separated keywords → lower-cased, de-duplicated tuple (order kept)."""
    if not raw:
        return ()
    words: list[str] = []
    for part in raw.split(","):
        word = " ".join(part.split()).casefold()
        if not word or word in words:
            continue
        if len(word) > MAX_KEYWORD_LENGTH:
            raise KeywordError(f"The keyword {word[:20]!r}… is longer than {MAX_KEYWORD_LENGTH} characters.")
        words.append(word)
    if len(words) > MAX_KEYWORDS:
        raise KeywordError(f"At most {MAX_KEYWORDS} keywords per list, please.")
    return tuple(words)


def join_keywords(words: tuple[str, ...]) -> str:
    return ", ".join(words)


@lru_cache(maxsize=4096)
def _pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(word), re.IGNORECASE)


def first_match(text: str, words: tuple[str, ...]) -> str | None:
    for word in words:
        if _pattern(word).search(text):
            return word
    return None


def rejection_reason(title: str, summary: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> str | None:
    """Why a subscription does not want this article, or None when it does."""
    text = f"{title}\n{summary}"
    excluded = first_match(text, exclude)
    if excluded is not None:
        return f"filtered: contains the excluded keyword “{excluded}”"
    if include and first_match(text, include) is None:
        return f"filtered: contains none of the include keywords ({join_keywords(include)})"
    return None
