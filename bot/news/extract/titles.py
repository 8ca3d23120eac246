"""Film-title spans: candidate titles in a stretch of text, bracketed titles, director tails and
title cleaning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.news.extract.given_names import given_name_gender
from bot.news.extract.patterns import _CLOCK_TIME, _GENRE_NOUNS, _NAME, _UP, _YEAR_RE, _words
from bot.news.extract.plausible import MAX_TITLE_WORDS
from bot.news.extract.quote_spans import _word_count

_TITLE_OPENERS = frozenset({"A", "The", "An", "At", "In", "On"})
# ("Die Frau des Polizisten": German articles too.)
_FILM_CONNECTORS = _words(
    "of the a an and in on to for with at as is me my de la le du el y from or no not des der dem die das den"
)
_GENRE_BEFORE = re.compile(r"\b(?:film|movie|drama|comedy|documentary|thriller|feature)\s+$")
# ("12:08 East of Bucharest": a clock time opens a title as one word.)
_TOKEN_RE = re.compile(rf"{_CLOCK_TIME}|[^\W_](?:[\w'’\-]*[\w])?|[“”„«»\"]|[^\w\s]", re.UNICODE)
_CLOCK_WORD_AFTER = re.compile(r"\s+(?:[AaPp]\.?[Mm]\.?|[A-Z]{1,4}T|GMT|UTC|Mon|Tue|Wed|Thu|Fri|Sat|Sun)")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str
    quoted: bool


def _in_title_parentheses(text: str, year_start: int) -> bool:
    """ "Red Rocket (2021)": a film's year, not the event year."""
    return text[max(0, year_start - 1) : year_start] == "(" and text[year_start + 4 : year_start + 5] == ")"


_DATELINE = re.compile(
    r"(?:^|(?<=\n))[^\S\n]*(?:(?:[A-Z][A-Z .'’\-]{1,40}(?:,[^()\n]{1,20})?[^\S\n]*)?"
    r"\([^\S\n]*[A-Z][A-Za-z]{1,9}[^\S\n]*\)[^\S\n]*[-—–]|"
    # "(Los Angeles = Yonhap News) Correspondent Kim Ji-hoon =": Korean wire copy's byline.
    r"\([^()=\n]{1,40}=[^()\n]{1,40}\)[^\S\n]*(?:[A-Za-z][\w\-]*[^\S\n]+){0,4}=)"
)


# Le Monde's house style writes a title's article in lower case: «le Jardin des Finzi-Contini»,
# «l'Hôpital», «la Dernière Séance».
_LOWER_CASE_ARTICLE = re.compile(
    r"(?:l['’]|(?:le|la|les|il|lo|gli|el|los|las|un|une|uno|una)\s+)(?=[^\W\d_])"
)


def _opens_with_lower_case_article(inner: str) -> bool:
    article = _LOWER_CASE_ARTICLE.match(inner)
    return article is not None and inner[article.end()].isupper()


def _title_spans(
    text: str, start: int, end: int, is_person: Callable[[str], bool] = lambda _: False
) -> list[_Span]:
    """Title-like spans: quoted short segments, and runs of capitalised words joined by
    connectors ("All We Imagine as Light", "The Seed of the Sacred Fig")."""
    spans: list[_Span] = []
    segment = text[start:end]
    quoted_ranges: list[tuple[int, int]] = []
    for match in re.finditer(r"[“\"«„]([^“”\"«»„]{1,80})[”\"»“]", segment):
        inner = match.group(1).strip().rstrip(",.")
        if (
            inner
            and _word_count(inner) <= MAX_TITLE_WORDS
            and (inner[0].isupper() or inner[0].isdigit() or _opens_with_lower_case_article(inner))
        ):
            spans.append(_Span(start + match.start(1), start + match.end(1), inner, quoted=True))
            quoted_ranges.append((match.start(), match.end()))
    # "LOS ANGELES (AP) —", "BERLIN, 14 Feb. (EFE) -": a dateline names a place and an agency.
    dateline_ranges = [(m.start(), m.end()) for m in _DATELINE.finditer(segment)]
    current: list[re.Match[str]] = []

    def flush() -> None:
        while current and current[-1].group().lower() in _FILM_CONNECTORS:
            current.pop()
        # "The Piano and Chen Kaige's": the possessive name after "and" starts a new phrase.
        words = [token.group() for token in current]
        if len(words) > 2 and re.search(r"['’]s?$", words[-1]) and "and" in words[:-1]:
            cut = len(words) - 1 - words[::-1].index("and")
            head = current[:cut]
            tail = current[cut + 1 :]
            current.clear()
            if len(head) == 1 and len(tail) >= 2 and given_name_gender(head[0].group()):
                # "Delphine and Muriel Coulin's": two first names sharing one surname (not
                # "Scarecrow and Alan Bridges's The Hireling").
                head = []
            for part in (head, tail):
                current.extend(part)
                flush()
            return
        # "12 Years a Slave", "20 Feet from Stardom": a leading number belongs to a title of
        # at least three more words; before fewer it counts something ("4 Oscars").
        # ("120 BPM": before an abbreviation it is the title's own.)
        if (
            current
            and current[0].group().isdigit()
            and len(current) < 4
            and not (len(current) > 1 and current[1].group().isupper() and len(current[1].group()) >= 2)
        ):
            current.pop(0)
        if current:
            s, e = current[0].start(), current[-1].end()
            if not any(qs <= s < qe for qs, qe in quoted_ranges + dateline_ranges):
                spans.extend(
                    _split_director_tail(_Span(start + s, start + e, segment[s:e], False), is_person)
                )
        current.clear()

    for token in _TOKEN_RE.finditer(segment):
        word = token.group()
        first = word[0]
        if first.isdigit() and current and current[-1].group() in {"for", "with", "by"}:
            # "Robin Campillo for 12 Years a Slave": a number after "for" opens the next title.
            current.pop()
            flush()
        is_cap = first.isupper() or (first.isdigit() and not _YEAR_RE.fullmatch(word) and bool(current))
        is_cap = is_cap or (
            not current
            and ((word.isdigit() and len(word) <= 3) or ":" in word)
            and _next_is_cap(segment, token.end())
            # (Not a clock time's "10:30 PM ET" or "10:30 Sunday".)
            and not (":" in word and _CLOCK_WORD_AFTER.match(segment, token.end()))
        )
        # "3-Iron": a number hyphenated to a capitalised word (not "a 3-hour epic", "in 3-D").
        is_cap = is_cap or bool(re.match(r"\d+-[A-Z][a-z]", word))
        # "l'Adamant", "d'Arc": an elided article before a capitalised word.
        is_cap = is_cap or bool(current and re.match(r"^[a-z]['’][A-Z]", word))
        if (
            is_cap
            and current
            and current[-1].group() in {"on", "in", "at"}
            and word.casefold() in _CALENDAR_WORDS
        ):
            # "Anora on Saturday", "Kinds of Kindness in May": a date is not part of a title.
            current.pop()
            flush()
            continue
        if is_cap:
            current.append(token)
            # A possessive ends a name ("Sean Baker's"), but not a title ("A Traveler's Needs").
            # "At Eternity's Gate", "A Traveler's Needs": a capitalised article or preposition
            # before the possessive opens a title.
            # "The Police Officer's Wife": likewise one more word between them.
            title_possessive = len(current) in (2, 3) and current[0].group() in _TITLE_OPENERS
            # "Konchalovsky for The Postman's White Nights": likewise after a lower-case connector.
            title_possessive = title_possessive or any(
                len(current) > back + 1
                and current[-back - 1].group() in _TITLE_OPENERS
                and current[-back - 2].group().islower()
                for back in (1, 2)
            )
            # "It's a Free World...", "There's Something About Mary": a contraction, no possessive.
            # "The Dutch film Antonia's Line": a possessive right after a genre noun opens a title.
            title_possessive = title_possessive or (
                len(current) == 1
                and _GENRE_BEFORE.search(segment, max(0, token.start() - 12), token.start()) is not None
            )
            if re.search(r"['’]s?$", word) and not title_possessive and not _CONTRACTION.fullmatch(word):
                flush()
        elif current and ((word.lower() in _FILM_CONNECTORS and word.islower()) or word == "&"):
            current.append(token)  # ("Secrets & Lies": an ampersand joins a title's words.)
        elif (
            current
            and len(current) >= 3
            and current[-1].group() in {"a", "an", "the"}
            and word.isalpha()
            and word.islower()
            and re.match(r"[,.;:!?]|$", segment[token.end() : token.end() + 1])
        ):
            # "Anatomy of a fall,": machine translation lower-cases a title's last word.
            current.append(token)
            flush()
        elif (
            current
            and word in {"'", "’"}
            and token.start() == current[-1].end()
            and current[-1].group().endswith("s")
            and len(current) in (2, 3)
            and current[0].group() in _TITLE_OPENERS
            and _next_is_cap(segment, token.end())
        ):
            current.append(token)  # "The Angels' Share": a plural possessive inside a title
        elif current and word in {"'", "’"} and re.match(r"\d\d\b", segment[token.end() : token.end() + 3]):
            current.append(token)  # "Kontinental '25"
        elif (
            current
            and word in {":", "!", "?"}
            and _next_is_cap(segment, token.end())
            and current[-1].group() not in {"AM", "PM"}  # "9:40 PM: Soul" is a time stamp
        ):
            current.append(token)  # "Mission: Impossible"
        elif current and word == "." and re.match(r"\s\d", segment[token.end() : token.end() + 2]):
            current.append(token)  # "Compartment No. 6"
        elif (
            len(current) == 2
            and word == "."
            and re.fullmatch(f"{_UP}", current[-1].group())
            and current[0].group() not in _TITLE_OPENERS
            and re.match(rf" {_UP}[a-z]", segment[token.end() : token.end() + 3])
        ):
            # "Giuseppe M. Gaudino's", "Samuel L. Jackson": a middle initial inside a name.
            current.append(token)
        else:
            flush()
    flush()
    spans.sort(key=lambda s: s.start)
    return spans


# A title marked on both sides: a possessive credit, "with" or "for" before it and an
# indefinite genre apposition after it (", an erotic espionage thriller", ", a slow, elegiac
# western"). Between the two markers the whole run is the title, lower-case connectors ("The
# Assassination of Jesse James by the Coward Robert Ford") and an inner comma ("Lust, Caution")
# included.
_BRACKETED_TITLE = re.compile(
    rf"(?:['’]s\s+|\b(?:with|for)\s+)(?P<title>{_UP}[^.;:“”\"«»()\n]{{0,80}}?),\s+(?:a|an)\s+"
    rf"(?:[\w\-]+,?\s+){{0,4}}?(?:{_GENRE_NOUNS})\b"
)
# A possessor opened by a capitalised article ("The Postman's", "A Traveler's"): a title's own
# possessive, never a director's credit.
_TITLE_POSSESSOR = re.compile(rf"(?<![\w'’])(?:The|A|An)\s+(?:{_UP}[\w\-]*\s+)?{_UP}[\w\-]*$")
_BRACKETED_WORD = re.compile(
    rf"(?:{_UP}[\w'’\-]*|\d+|by|of|the|a|an|and|in|on|to|for|with|at|from|de|la|le|,)$"
)


def _with_bracketed_titles(text: str, start: int, end: int, spans: list[_Span]) -> list[_Span]:
    for match in _BRACKETED_TITLE.finditer(text, start, end):
        title = match.group("title")
        possessive = match.group().startswith(("'", "’"))
        if possessive and _TITLE_POSSESSOR.search(text, max(0, match.start() - 40), match.start()):
            continue  # "The Postman's White Nights": the possessive is inside a title
        words = re.findall(r"[^\s,]+|,", title)
        if (
            len(words) > 14
            or not all(_BRACKETED_WORD.match(word) for word in words)
            or not words[-1][:1].isupper()
            or title.count(",") > 1
            # An inner comma only between single words ("Lust, Caution"), never a list.
            or ("," in title and any(len(part.split()) != 1 for part in title.split(",")))
            or any(span.quoted and span.start <= match.start("title") < span.end for span in spans)
        ):
            continue
        t_start, t_end = match.start("title"), match.end("title")
        if any(span.start == t_start and span.end == t_end for span in spans):
            continue
        spans = [span for span in spans if span.end <= t_start or span.start >= t_end]
        spans.append(_Span(t_start, t_end, title, quoted=False))
        spans.sort(key=lambda span: span.start)
    return spans


# Articles and particles of the languages whose original titles an English article gives beside
# the English one ("The Clan (El Clan)", "The White Ribbon (Das weisse Band)"). Words that are
# English too ("die", "den", "lo") are left out.
_FOREIGN_FUNCTION_WORDS = _words(
    "el la los las le les un una une des du de del della dei der das dem il gli et und y og och het een"
)
# Lower-case words an English title-case title keeps small ("Beats per Minute").
_ENGLISH_SMALL_WORDS = _FILM_CONNECTORS - _FOREIGN_FUNCTION_WORDS | _words(
    "per vs but nor so up out off into"
)


def _looks_foreign(text: str) -> bool:
    """Whether a title form reads as another language than English: a foreign article or
    particle ("El Clan", "Das weisse Band"), an elided article ("L'Hermine"), a letter with a
    diacritic ("Kış Uykusu"), or the sentence case foreign titles keep in English copy ("Desde
    alla", "Per amor vostro"), where English titles are title-cased."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)
    if not words:
        return False
    if any(ch.isalpha() and not ch.isascii() for ch in text):
        return True
    if any(word.lower() in _FOREIGN_FUNCTION_WORDS for word in words):
        return True
    if any(re.match(r"[LlDd]['’][^\W\d_]", word) for word in words):
        return True
    return (
        len(words) >= 2
        and words[0][0].isupper()
        and any(word.islower() and word not in _ENGLISH_SMALL_WORDS for word in words[1:])
    )


_CONTRACTION = re.compile(r"(?:It|That|There|What|Here|Who|Where|Let|He|She)['’]s")
_CALENDAR_WORDS = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december"""
)


def _split_director_tail(span: _Span, is_person: Callable[[str], bool]) -> list[_Span]:
    """Translated "Afire of Christian Petzold" is a title and its director, not one title."""
    match = re.search(rf"\s(?:of|de|di|by)\s+(?:(?P<the>the)\s+)?({_NAME})$", span.text)
    if not match or match.start() == 0:
        return [span]
    tail, tail_start = match.group(2), match.start(2)
    head = span.text[: match.start()]
    if match.group("the"):
        # "Saint Omer of the French Alice Diop": "of the" + nationality + name is how machine
        # translation credits a director; the name after the nationality is the person.
        words = tail.split()
        if len(words) < 3:
            return [span]
        tail_start += len(words[0]) + 1
        tail = " ".join(words[1:])
    elif not (
        is_person(tail)
        # "The Hand of God of Paolo Sorrentino": a title that has used its own "of" already.
        or (len(tail.split()) in (2, 3) and (not head.startswith(("The ", "A ")) or " of " in head))
    ):
        return [span]
    return [
        _Span(span.start, span.start + len(head), head, span.quoted),
        _Span(span.start + tail_start, span.end, tail, span.quoted),
    ]


def _next_is_cap(segment: str, position: int) -> bool:
    rest = segment[position : position + 3].lstrip()
    return bool(rest) and rest[0].isupper()


# "Bruno Dumont's "Flanders"": a possessive credit before a quoted title is not the title.
_POSSESSIVE_CREDIT = re.compile(r"^[^“”\"«»\n]{1,60}?['’]s\s+(?=[“\"«])")
# "The Grand Budapest Hotel (Wes Anderson": a credit's parenthesis cut by the span's end.
_UNCLOSED_PARENTHESIS = re.compile(r"\s*\([^()]*$")


def _clean_title(raw: str) -> str:
    title = _UNCLOSED_PARENTHESIS.sub("", _POSSESSIVE_CREDIT.sub("", raw.strip()))
    title = title.strip().strip('“”"«»„,.;:')
    title = re.sub(r"\s+", " ", title)
    title = re.sub(r"^(?:The\s+film|The\s+movie)\s+", "", title)
    return title.strip()


# US states: "Paris, Texas", "Three Billboards Outside Ebbing, Missouri" -- a title naming a
# place writes it as an address, whose comma cuts the capitalised run.
_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)
_STATE_AFTER = re.compile(rf",[^\S\n]+(?:{_US_STATES})(?![\w'’\-])(?![^\S\n]+{_UP})")
# "I, Tonya", "I, Daniel Blake": the pronoun and its comma open the title; a run of capitalised
# words starts only after the comma. The pronoun follows a lower-case word ("in I, Tonya") or
# opens a list item ("Allison Janney, I, Tonya").
_FIRST_PERSON_OPENING = re.compile(
    r"(?:(?<=[a-z][^\S\n])|(?<=,[^\S\n])|(?<=:[^\S\n])|(?<=^)|(?<=\n))I,[^\S\n]$"
)


def _with_comma_parts(text: str, start: int, end: int) -> tuple[int, int]:
    """The span's bounds widened over the title parts a comma cut off: a US state after it
    ("Ebbing, Missouri") and a first-person "I," before it ("I, Tonya")."""
    after = _STATE_AFTER.match(text, end)
    if after:
        end = after.end()
    before = _FIRST_PERSON_OPENING.search(text, max(0, start - 4), start)
    if before and before.end() == start:
        start = before.start()
    return start, end
