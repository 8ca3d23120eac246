"""Cleaning and limits for everything a moderator types (or an article proposes).

Every value goes through bot.text.clean_user_text first: NFKC, zero-width and bidi controls
removed, whitespace tidied. So "Sean\u200bBaker" is stored as "SeanBaker", whose fold key equals
Sean Baker's, and resolves to the same person. Limits: names 200, quotes 1,000 characters.
"""

from __future__ import annotations

import re
from datetime import date

from bot.errors import UserError
from bot.facts.service import MIN_YEAR, max_year
from bot.text import check_length, clean_user_text

MAX_NAME = 200
MAX_QUOTE = 1000
MAX_SOURCE = 500
MAX_DIRECTORS = 10

_DIRECTOR_SEPARATORS = re.compile(r"\s*(?:[,;/&]|\band\b)\s*", re.IGNORECASE)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_NO_VALUE = {"", "-", "none"}


def _cleaned(value: str, limit: int, what: str) -> str:
    cleaned = clean_user_text(value)
    problem = check_length(cleaned, limit, what)
    if problem:
        raise UserError(problem)
    return cleaned


def clean_name(value: str, what: str) -> str:
    """A one-line name (festival, award, film, person): required, at most 200 characters."""
    cleaned = _cleaned(value, MAX_NAME, what).replace("\n", " ")
    if not cleaned:
        raise UserError(f"The {what} is empty.")
    return cleaned


def clean_optional(value: str | None, what: str) -> str | None:
    """An optional one-line value; empty or "-" means none."""
    if value is None:
        return None
    cleaned = _cleaned(value, MAX_NAME, what).replace("\n", " ")
    return None if cleaned.lower() in _NO_VALUE else cleaned


def clean_quote(value: str) -> str:
    cleaned = _cleaned(value, MAX_QUOTE, "quote")
    cleaned = cleaned.strip("\"\u201c\u201d\u00ab\u00bb ").strip()
    if not cleaned:
        raise UserError("The quote is empty.")
    return cleaned


def clean_year(year: int) -> int:
    if not MIN_YEAR <= year <= max_year():
        raise UserError(f"The year must be between {MIN_YEAR} and {max_year()} (you gave {year}).")
    return year


def parse_year(value: str) -> int:
    cleaned = clean_user_text(value)
    if not cleaned.isdigit() or len(cleaned) > 4:
        raise UserError(f"A year is a number such as 2024 (you gave \u201c{cleaned[:20]}\u201d).")
    return clean_year(int(cleaned))


def clean_directors(value: str | None) -> tuple[str, ...]:
    """Directors separated by commas (or ; / & and); each a name of at most 200 characters."""
    if value is None:
        return ()
    cleaned = clean_user_text(value).replace("\n", ",")
    names = [n for n in _DIRECTOR_SEPARATORS.split(cleaned) if n]
    if len(names) > MAX_DIRECTORS:
        raise UserError(f"At most {MAX_DIRECTORS} directors, separated by commas.")
    return tuple(dict.fromkeys(clean_name(n, "director's name") for n in names))


def clean_source(value: str | None) -> str:
    """Where the fact comes from: a link or a short description; "" when not given."""
    if value is None:
        return ""
    return _cleaned(value, MAX_SOURCE, "source").replace("\n", " ")


def is_link(source: str) -> bool:
    return source.startswith(("https://", "http://")) and " " not in source


def clean_date(value: str | None) -> str | None:
    """When a quote was said: YYYY, YYYY-MM or YYYY-MM-DD (a real date, not in the future)."""
    cleaned = clean_optional(value, "date")
    if cleaned is None:
        return None
    match = _DATE.match(cleaned)
    if match is None:
        raise UserError("A date looks like 2024-05-25 (or 2024-05, or 2024).")
    year, month, day = int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)
    try:
        when = date(year, month, day)
    except ValueError:
        raise UserError(f"{cleaned} is not a real date.") from None
    clean_year(year)
    if when > date.today():
        raise UserError(f"{cleaned} is in the future.")
    return cleaned
