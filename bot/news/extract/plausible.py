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

from bot.news.extract.patterns import _DEMONYM_WORDS

# Longest real titles run to about twelve words ("The Assassination of Jesse James by the
# Coward Robert Ford"); anything longer is a sentence.
MAX_TITLE_WORDS = 12

# "Title / Other Title", and a subtitle offered as an alternative: "Birdman or (The Unexpected
# Virtue of Ignorance)".
_ALTERNATE_TITLE = re.compile(r"\s+/\s+|\s+or\s+(?=\()")
_DEBRIS = re.compile(
    r"\s[—|]\s|"  # parts of a list line: "Person — Title", "Prize | Title"
    r",\s+(?:who|which|whose)\b|"  # a relative clause about the film or its maker
    r"\b(?:Oscars|Academy\s+Awards|Golden\s+Globes|awards|prizes|honou?rs)\s+(?:for|to)\b",  # a tally
    re.IGNORECASE,
)


# A director's credit a list line puts after the title: "Elephant, dir: Gus Van Sant",
# "Uzak, dir. Nuri Bilge Ceylan", "Mug, directed by Małgorzata Szumowska".
_CREDIT_TAIL = re.compile(
    r"\s*,\s*(?:dir\b\.?|director\b|directed\s+by\b)\s*:?\s.*$"
    # "Smoke of the Hong Kong-born American Wayne Wang": machine translation's credit "of" a
    # described director.
    r"|\s+of\s+the\s+(?:[\w\-]+\s+){0,3}?(?:[\w\-]+-born|[\w\-]+-based)\b.*$",
    re.IGNORECASE,
)
# A one-word form in parentheses after a title is its other-language form, never part of it:
# "Mug (Twarz)", "Painted Fire (Chihwaseon)". Titles with a parenthesis of their own hold a
# phrase ("Dreams (Sex Love)", "120 BPM (Beats per Minute)").
_ONE_WORD_OTHER_FORM = re.compile(r"(?<=\S)\s+\([^\s()]+\)$")
_DEMONYM_PATTERN = "|".join(sorted((re.escape(word) for word in _DEMONYM_WORDS), key=len, reverse=True))
# "Punch-Drunk Love and Korean veteran Im Kwon-taek": the next credit's nationality after "and".
_DEMONYM_TAIL = re.compile(rf"\s+and\s+(?:the\s+)?(?:{_DEMONYM_PATTERN})$", re.IGNORECASE)
# "Romanian film 'Child's Pose' wins": a nationality alone describes the film, it is no title.
_DEMONYM_ONLY = re.compile(rf"(?:{_DEMONYM_PATTERN})", re.IGNORECASE)


_WRAPPING_QUOTES = re.compile(r"[“\"«„‘']([^“”\"«»„]+?)[,.]?[”\"»“’']")


_WINNER_PREFIX = re.compile(r"^\W*winners?\s*[:—–-]\s*", re.IGNORECASE)
_OPENING_QUOTE_ONLY = re.compile(r"[“\"«„]([^“”\"«»„]+)")


def plausible_title(film: str) -> str | None:
    """``film`` as a title, its alternate (original-language) title after " / " or in one-word
    parentheses removed and a director's credit or a nationality after "and" cut; None when it
    holds list-line debris or is a nationality alone."""
    title = _ALTERNATE_TITLE.split(film, maxsplit=1)[0].strip()
    title = _CREDIT_TAIL.sub("", title)
    title = _ONE_WORD_OTHER_FORM.sub("", title)
    title = _DEMONYM_TAIL.sub("", title).strip()
    title = _WINNER_PREFIX.sub("", title)  # "* WINNER: "The Artist"": the mark of a nominees list
    wrapped = _WRAPPING_QUOTES.fullmatch(title) or _OPENING_QUOTE_ONLY.fullmatch(title)
    if wrapped:
        title = wrapped.group(1).strip()  # a list line's '"The Artist"': the marks are no part of it
    if not title or _DEBRIS.search(title) or len(title.split()) > MAX_TITLE_WORDS or is_nationality(title):
        return None
    return title


def is_nationality(film: str) -> bool:
    """ "Romanian": a nationality alone, the film's description ("Romanian film ... wins"). Not a
    person's noun ("Dutchman" is a title: Anthony Harvey's «Dutchman»)."""
    return bool(_DEMONYM_ONLY.fullmatch(film.strip())) and not re.search(
        r"[hs](?:wo)?man$", film.strip().lower()
    )
