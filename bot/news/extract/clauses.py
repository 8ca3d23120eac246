"""Sentence and clause boundaries: sentences, clause starts and lengths, asides and background
clauses whose facts belong to their own clause rather than to the sentence's news.
"""

from __future__ import annotations

import re

from bot.news.extract.patterns import _GENRE_NOUNS, _KNOWN_FOR, _UP

_QUOTED_TITLE = re.compile(r"[“\"«„][^“”\"«»„\n]{1,80}[”\"»“]")
_CLAUSE_BREAK = re.compile(
    r",[”\"»]?\s+(?:and|while|but|as|whereas|with|y)\s+|\s+and\s+(?=[“\"«])|;|\s[—–]\s"
)

_SUSPENSE = re.compile(r"\bto\s?\.\.\.$")


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    titles = (
        [m.span() for m in _QUOTED_TITLE.finditer(text) if _is_short_title(m.group())] if "." in text else []
    )
    for match in re.finditer(r"(?<=[.!?])([”\"»]?)\s+(?=[“\"«(]?[A-Z0-9À-Þ•])|\n+", text):
        preceding = text[max(0, match.start() - 6) : match.start()]
        if re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|[Dd]ir|Mlle|Mme|MM|Prof)\.$|\b[A-Z]\.$", preceding):
            continue
        if match.group() != "\n":
            if _SUSPENSE.search(text, max(0, match.start() - 8), match.start()):
                continue  # 'And the Oscar goes to... "Anora"': suspense, not a sentence's end
            if any(t_start < match.start() and match.end() < t_end for t_start, t_end in titles):
                continue  # '"Adaptation. The thief of orchids"': a full stop inside a quoted title
        # 'for "Petits arrangements avec les morts."': the closing mark ends the sentence with
        # the title, which would otherwise be cut at its first lower-case word.
        bounds.append((start, match.end(1) if match.group(1) else match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


def _is_short_title(quoted: str) -> bool:
    """A quotation short and capitalised like a title: a colon-less run of at most eight words.
    A title may end in "?" or "!" ("Alexandria... Why?", "Moulin Rouge!"); a question inside is
    speech."""
    inner = quoted[1:-1].strip()
    return (
        bool(inner[:1].isupper())
        and len(inner.split()) <= 8
        and not re.search(r"[,;:!?]", inner.rstrip("?!"))
    )


def _blank_quoted_titles(text: str) -> str:
    """``text`` with the inside of short quotations replaced by "x" (offsets kept)."""
    return _QUOTED_TITLE.sub(_blank_quoted, text)


def _blank_quoted(match: re.Match[str]) -> str:
    # '"One Day in September," Kevin ...': a comma closing the title still ends its clause.
    quoted = match.group()
    comma = quoted[-2] == ","
    return quoted[0] + "x" * (len(quoted) - 2 - comma) + ("," if comma else "") + quoted[-1]


# ", who won ...,", and an apposition that holds one: '"Argo," the thriller whose director was
# snubbed ..., won best picture'.
_ASIDE = re.compile(r",[”\"»]?\s+(?:(?:the|a|an)\s+[^,;.“”\"]{1,60}?\s)?(?:who|whose|which)\b[^,;.]{1,120},")


# Background clauses: what they say (a past win, its year, another festival, a hope) is about
# their own clause, not the sentence's news. An indefinite apposition (", a Palme d'Or winner in
# 2006,"), a relative clause (", which won the top prize at Sundance in January") and a
# parenthesis. Quoted titles are blanked first, so a comma inside "4 Months, 3 Weeks" ends none.
_BACKGROUND = re.compile(
    r",[”\"»]?\s+(?:a|an)\s+[^,;.!?\n]{1,140}?(?=,)|"
    # (A decimal point ends no clause: "which every studio turned down ... for about $7.5 million".)
    r",[”\"»]?\s+(?:(?:the|a|an)\s+[^,;.!?“”\"\n]{1,60}?\s)?(?:who|whose|which)\b(?:[^,;:.!?\n]|(?<=\d)\.(?=\d)){1,160}|"
    r"\([^()\n]{1,160}\)|"
    # "Paul Newman, passed over six times before, finally won", "Al Pacino, nominated six times in
    # the past two decades without winning, finally took": a past loss in an apposition.
    r",\s+(?:passed\s+over|overlooked|snubbed|beaten|nominated\s+(?:\w+\s+times|twice|before))\b[^,;.!?\n]{0,80}?(?=,)|"
    # "Lack of love, of the Russian X, already rewarded of the prize of the screenplay in 2014 for
    # Leviathan,": machine translation's article-less apposition of a past win.
    r",\s+already\s+(?:rewarded|awarded|crowned|winner|won|honou?red)\b[^,;.!?\n]{0,140}?(?=,|[.;](?:\s|$))|"
    # An aside between spaced dashes: "for Graduation – Mungiu took the Palme in 2007 – and".
    r"(?<=\s)[—–]\s[^—–.!?\n]{1,200}?\s[—–](?=\s)|"
    # ", Kevin Macdonald's account of the massacre ... at the 1972 Munich Olympics,": a credited
    # description of the film; ", starring Isabelle Adjani,": a participle apposition.
    rf",[”\"»]?\s+(?:{_UP}[\w.’'\-]*\s+){{0,3}}{_UP}[\w\-]*['’]s\s+(?:[\w\-]+\s+){{0,2}}?"
    # ("... about the 1989 U.S. invasion of Panama,": an initialism's full stops end nothing.)
    rf"(?:{_GENRE_NOUNS}|account|chronicle|study|look|adaptation)\b(?:[^,;.!?\n]|(?<=[A-Z])\.(?=[A-Z]|\s[a-z])){{0,140}}?(?=,)|"
    r",\s+(?:starring|co-starring|featuring|directed\s+by|written\s+by|produced\s+by)\s[^,;.!?\n]{1,100}?(?=,)|"
    # ", familiar to British viewers as the nurse in BBC1's Casualty,": what a person is known for.
    rf",\s+{_KNOWN_FOR}\s[^,;.!?\n]{{1,140}}?(?=,|[”\"»],)|"
    # ", Oscar in 2002 with "No Man's Land",", ", Golden Lion in 2013 for ...": an apposition that
    # dates a past award of the person just named.
    r",\s+(?:[A-Z][\w'’\-]*\s+){1,3}(?:winner\s+)?in\s+(?:19|20)\d\d\b[^,;.!?\n]{0,80}?(?=,)|"
    # "In an ending that nobody expected and that will pass to the history of the Academy, the
    # film Moonlight ... was the winner": a sentence's opening phrase with a relative clause.
    r"(?:^|(?<=\n)|(?<=[.!?]\s))(?:In|With|After|Before)\s+(?:a|an|the)\s+(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+\s+"
    r"(?:that|which)\s[^,;.!?\n]{1,160}?(?=,)"
)


# "A film that its director fears will never be seen at home won the Golden Lion": the defining
# relative clause of a lede's indefinite subject, whose cues ("will never") are not the win's.
_DEFINING_RELATIVE = re.compile(
    rf"\b(?:A|An)\s+(?:[\w'’\-]+\s+){{0,4}}?(?:{_GENRE_NOUNS})(?P<clause>\s+(?:that|which|who)\s[^,;.!?\n]{{1,160}}?)"
    r"(?=\s(?:won|took|has\s+won|have\s+won|was\s+awarded|scooped|claimed|captured|picked\s+up)\b)"
)


def _background_spans(text: str) -> list[tuple[int, int]]:
    blanked = _blank_quoted_titles(text)
    return [(m.start(), m.end()) for m in _BACKGROUND.finditer(blanked)] + [
        (m.start("clause"), m.end("clause")) for m in _DEFINING_RELATIVE.finditer(blanked)
    ]


def _without_asides(window: str, award_offset: int) -> str:
    """The window without the relative asides that close before the award: in "The jury,
    presided over by Östlund, who won the Palme d'Or last year, awarded the Grand Prix to ...",
    the past win belongs to the jury president, not to this award."""
    kept: list[str] = []
    position = 0
    for aside in _ASIDE.finditer(window, 0, award_offset):
        kept.append(window[position : aside.start()] + ",")
        position = aside.end()
    return "".join(kept) + window[position:]


def _clause_start(text: str, s_start: int, position: int) -> int:
    """Start of the clause that holds ``position``: after ", and", ", while", ";" or a dash --
    never one inside a quoted title ("Sex, Lies, and Videotape," won ...)."""
    ends = [match.end() for match in _CLAUSE_BREAK.finditer(text, s_start, position)]
    if ends and any(c in text[s_start:position] for c in '“"«„'):
        quoted = [(m.start(), m.end()) for m in _QUOTED_TITLE.finditer(text, s_start, position)]
        ends = [end for end in ends if not any(qs < end < qe for qs, qe in quoted)]
    return ends[-1] if ends else s_start


def _clause_start_enum(text: str, s_start: int, position: int) -> int:
    """Like :func:`_clause_start`, but a dash opens a list here rather than a new clause."""
    ends = [m.end() for m in re.finditer(r",\s+(?:while|but|as|whereas)\s+|;", text[s_start:position])]
    return s_start + ends[-1] if ends else s_start


_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–.!?\n]{1,200}?\s[—–](?=\s+and\s)")


def _tie_length(tail: str) -> int:
    """Like :func:`_clause_length`, but ", and" continues the list of tied winners."""
    tail = _blank_quoted_titles(tail) if "." in tail else tail
    # "split between A, for F – A took the Palme in 2007 – and B, for G": an aside between dashes
    # ends no list.
    tail = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), tail)
    match = re.search(
        # "Irma P. Hall": a middle initial ends no clause, nor does "U.S." ("went to U.S. director").
        # ("X, as the gawky aide in "3 Women", and Y, ...": "as" before a role is no conjunction.)
        r"(?<!\bNo)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMlle)(?<!\bMme)(?<!\bMM)(?<!\s[A-Z])(?<![A-Z]\.[A-Z])[.;!?](?:\s|$)|\s[—–]\s|\n|"
        r",\s+(?:while|but|as(?!\s+(?:the|a|an|his|her)\s)|whereas)\s|"
        # "..., capping a week in which the pic had already become": a participle's clause of its own.
        r",\s+[a-z]{3,}ing\s",
        tail,
    )
    return match.start() if match else len(tail)


def _clause_length(tail: str) -> int:
    # '"Adaptation. The thief of orchids"': a full stop inside a quoted title ends no clause.
    tail = _blank_quoted_titles(tail) if "." in tail else tail
    match = re.search(
        # "Giuseppe M. Gaudino's": a middle initial after a first name ends no clause; nor does
        # an initialism ("went to U.S. director Abel Ferrara's").
        r"(?<!\bNo)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMlle)(?<!\bMme)(?<!\bMM)(?<![a-z]\s[A-Z])(?<![A-Z]\.[A-Z])[.;!?](?:\s|$)|\s[—–]\s|\n|"
        # ", despite stumbling on the steps ... at Hollywood's Dolby Theatre": a concessive or
        # temporal clause after a comma names a place or a time, not the film.
        r",\s+(?:while|and|but|as|whereas|despite|although|though|even\s+though|after|before|when)\s|"
        # "was named best animated feature and also won original song for Remember Me": a second
        # win verb opens a predicate of its own, whose "for" names that win's film.
        r"\s+and\s+(?:also\s+|then\s+|later\s+)?(?:won|wins|took|takes|received|receives|earned|collected|"
        r"claimed|picked\s+up|scooped|landed)\b",
        tail,
    )
    return match.start() if match else len(tail)
