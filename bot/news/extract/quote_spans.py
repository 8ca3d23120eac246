"""Quote spans and statement masking, shared by both finders: long quotes are masked before
looking for winners, and are the candidates for proposed quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.news.extract.models import MIN_QUOTE_WORDS
from bot.news.extract.patterns import _GENRE_NOUNS, _LETTER
from bot.news.extract.plausible import MAX_TITLE_WORDS

# ---------------------------------------------------------------------------------------------
# Quote spans (shared by both finders: long quotes are masked before looking for winners)
# ---------------------------------------------------------------------------------------------

# Opening mark -> the marks accepted as its close. Lenient on purpose: translated text mixes them.
_QUOTE_CLOSERS = {
    "“": '”"“',
    "„": '“”"',
    "«": "»",
    '"': '"”',
    "”": "”",  # Swedish/Finnish style: ”…”
    "»": "«",  # German/Danish style: »…«
    "‘": "’",  # Dutch and British single quotation marks: ‘…’ (never an apostrophe inside a word)
}


@dataclass(frozen=True)
class _QuoteSpan:
    start: int  # offset of the opening mark within the paragraph
    end: int  # offset just after the closing mark (or the paragraph end)
    text: str
    closed: bool


def _quote_spans(paragraph: str) -> list[_QuoteSpan]:
    spans: list[_QuoteSpan] = []
    index = 0
    length = len(paragraph)
    while index < length:
        char = paragraph[index]
        closers = _QUOTE_CLOSERS.get(char)
        if closers is None or (char in "”»‘" and not _looks_like_opening(paragraph, index)):
            index += 1
            continue
        close_at = _closing_mark(paragraph, index, closers)
        if close_at < 0:
            # An unclosed quote runs to the paragraph end: the convention for a quotation that
            # continues in the next paragraph.
            spans.append(_QuoteSpan(index, length, paragraph[index + 1 :].strip(), closed=False))
            break
        spans.append(_QuoteSpan(index, close_at + 1, paragraph[index + 1 : close_at].strip(), True))
        index = close_at + 1
    return spans


def _closing_mark(paragraph: str, index: int, closers: str) -> int:
    """Where the quotation opened at ``index`` closes, -1 if it runs on. French quotations
    nest: « We discussed, but on « L'Evénement » it was unanimous » closes at the second "»"
    (when the nesting does not add up, the first "»" closes it)."""
    first = -1
    depth = 0
    for probe in range(index + 1, len(paragraph)):
        char = paragraph[probe]
        if char in closers:
            if char == "’" and re.match(r"’[^\W\d_]", paragraph[probe : probe + 2]):
                continue  # "it’s", "don’t": an apostrophe, not the closing mark
            if first < 0:
                first = probe
            if depth == 0:
                return probe
            depth -= 1
        elif char == "«" and paragraph[index] == "«":
            depth += 1
    return first


def _looks_like_opening(paragraph: str, index: int) -> bool:
    before = paragraph[index - 1] if index else " "
    return before.isspace() or before in "(:—–-"


def _word_count(text: str) -> int:
    """Words as a reader counts them: "it's" is one word."""
    return len(re.findall(rf"{_LETTER}+(?:['’]{_LETTER}+)*|\d+", text))


def _is_statement(quote: str) -> bool:
    """A proposable quote: long enough and starting like a sentence (not a woven-in fragment)."""
    stripped = quote.lstrip(" .…'‘\"(")
    if not stripped or _word_count(stripped) < MIN_QUOTE_WORDS:
        return False
    first = stripped[0]
    # ('Will Win: "All Quiet on the Western Front"': six words in title case are a title, whoever
    # the line seems to name before them.)
    return (first.isupper() or first.isdigit()) and not _looks_like_title(stripped)


def _looks_like_title(quoted: str) -> bool:
    """ "Portrait of a Lady on Fire": a quoted title in title case, not a statement."""
    words = re.findall(rf"{_LETTER}[\w'’\-]*", quoted)
    content = [word for word in words if len(word) > 3]
    return (
        len(words) <= 10
        and bool(content)
        and all(word[0].isupper() for word in content)
        # (An ellipsis is part of a title: "The Knack ... and How to Get It".)
        and not re.search(r"[.!?;]", re.sub(r"\s?(?:\.\.\.|…)\s?", " ", quoted).rstrip(".!?,"))
    )


# A quotation after a preposition that introduces a work (a few describing words may come
# between), with no sentence punctuation inside: a long title ("for "Donne sull'orlo di una
# crisi di nervi"", "went to the French "N'oublie pas que tu vas mourir""), not a statement.
_TITLE_QUOTATION = re.compile(
    r"\b(?:for|of|to|with|by|in)\s+(?:[\w'’\-]+\s+){0,4}?[“\"«„]([^“”\"«»„.!?;:,\n]{1,90})[”\"»“]|"
    # "Andreas Dresen's tragicomedy „Rabiye Kurnaz against George W. Bush“": after a genre noun.
    rf"\b(?:{_GENRE_NOUNS})\s+[“\"«„]([^“”\"«»„!?;:,\n]{{1,90}})[”\"»“]"
)
# A quotation glossed by a translation in parentheses: "N'oublie pas" ("Don't forget"). A
# statement never comes with its translation; a foreign title does.
_GLOSSED_QUOTATION = re.compile(
    r"[“\"«„]([^“”\"«»„.!?;:\n]{1,90})[”\"»“]\s*\(\s*[“\"«„]?([^“”\"«»„.!?;:()\n]{1,90}?)[”\"»“]?\s*\)"
)


def _mask_statements(paragraph: str, *, for_winner_finder: bool = False) -> str:
    """The paragraph with long quotations blanked (same length), keeping short quoted titles --
    and, for the winner finder, long ones a preposition introduces and the full stop that ends a
    quotation's sentence ('"... a consolation prize." He meant' is two sentences)."""
    chars = list(paragraph)
    for span in _quote_spans(paragraph):
        if _word_count(span.text) >= MIN_QUOTE_WORDS and not _looks_like_title(span.text):
            # The marks stay: a name must not run across the blank ("Turkey "..." Later").
            ends_sentence = paragraph[span.end - 2 : span.end - 1] in (".", "!", "?")
            last = span.end - 2 if for_winner_finder and ends_sentence else span.end - 1
            for position in range(span.start + 1, last):
                if chars[position] != "\n":
                    chars[position] = " "
    if for_winner_finder:
        for title in _TITLE_QUOTATION.finditer(paragraph):
            group = 1 if title.group(1) is not None else 2
            if len(title.group(group).split()) <= MAX_TITLE_WORDS:
                chars[title.start(group) : title.end(group)] = title.group(group)
        for glossed in _GLOSSED_QUOTATION.finditer(paragraph):
            for group in (1, 2):
                if len(glossed.group(group).split()) <= MAX_TITLE_WORDS:
                    chars[glossed.start(group) : glossed.end(group)] = glossed.group(group)
    return "".join(chars)
