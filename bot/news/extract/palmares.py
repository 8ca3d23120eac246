"""Palmarès and list-line patterns: award lists ("Grand Prix: All We Imagine as Light"), inline
winner lists, palmarès headings and items, and their name helpers.
"""

from __future__ import annotations

import re

from bot.news.extract.patterns import _CAP_WORD, _NAME, _NAME_PARTICLES, _UP

# After an award name at a line start: "Grand Prix: ", "Jury Prize (ex-aequo): ",
# "Golden Bear for Best Film: ", "Best Director — ".
_LIST_SEPARATOR = re.compile(
    r"^\s*(?:\([^()\n]{1,30}\)\s*)?(?:for\s+(?:the\s+)?best\s+(?:(?:debut|first)\s+)?(?:film|picture|feature)\s*)?"
    # "Grand Jury Prize, Dramatic:", "Grand Jury Prize, U.S. Documentary:": the category's section.
    r"(?:,[^\S\n]*(?P<qualifier>(?:U\.S\.[^\S\n]+|World[^\S\n]+Cinema[^\S\n]+)?(?-i:[A-Z])[a-z]+)[^\S\n]*)?"
    # "Special prize of the jury, ex aequo:": a tie told before the colon.
    r"(?:,?[^\S\n]*(?:ex[\s-]aequo|jointly|shared)[^\S\n]*)?"
    r"(?:winners?\s*)?(?:[:—–|=]|--)\s*|^\s+-\s+",
    re.IGNORECASE,
)
# A palmarès item's trailing "(Director Name)" or "(Name and Name)".
_LIST_TRAILING_NAME = re.compile(rf"\s*\(((?:dir\.\s*)?{_NAME}(?:\s*(?:,|and|&|y)\s*{_NAME})*)\)\s*$")
# A palmarès item's trailing production-country note: "(USA)", "(Israel, Germany, France)" --
# one-word parts only, where a director's name has two or more words.
_LIST_COUNTRY_NOTE = re.compile(rf"\s*\({_CAP_WORD}(?:\s*[,/]\s*{_CAP_WORD})*\)\s*$")
# A palmarès item's trailing "(Director, Country)" note: "(Steve McQueen, United Kingdom)",
# "(Cai Shangjun, China/Hong Kong)" -- the director, then the production countries.
_LIST_NAME_COUNTRY_NOTE = re.compile(r"\s*\((?P<name>[^(),]+),\s*(?P<countries>[^()]+)\)\s*$")
# "Michael Fassbender — Shame": the recipient and the film of a palmarès item, parted by a
# spaced dash.
_LIST_DASH_SPLIT = re.compile(r"\s+[—–]\s+|\s+-\s+")
# "People Mountain People Sea / Ren Shan Ren Hai": a title and its other-language form.
_LIST_TITLE_SLASH = re.compile(r"\s+/\s+")
_LIST_DIRECTOR_CREDIT = re.compile(
    r"(?:,\s*dir(?:\.|ected\s+by)|\s+by)\s+(?P<names>[^,;()]+(?:,\s*[^,;()]+)*)$"
)
_LIST_TIE_SPLIT = re.compile(r"(?<=\))\s*(?:,?\s*and\s+|\s*&\s*|;\s*|,\s+)")
# A palmarès segment that is a person: "Wagner Moura", "Jean-Pierre and Luc Dardenne".
# Not an article, English or foreign: "Il Toro, Carlo Mazzacurati's comedy" is a title first.
_LIST_PERSON = rf"(?!(?:The|A|An|Il|La|Le|Les|El|Los|Las|Der|Die|Das|Gli|Lo)\s){_CAP_WORD}(?:[^\S\n]+(?:{_NAME_PARTICLES}[^\S\n]+)?{_CAP_WORD}){{0,5}}"
# A palmarès item "PERSON ("FILM")": 'Cristian Mungiu ("Bacalaureat")', one of a tie's parts.
_LIST_PERSON_QUOTED_FILM = re.compile(rf"^\s*{_LIST_PERSON}\s*\(\s*[“\"«„][^()\n]+[”\"»“]\s*\)\s*$")
_LIST_NAME = re.compile(rf"{_LIST_PERSON}(?:\s+(?:and|&)\s+{_LIST_PERSON})?")
# A list line with no separator after its award: a quoted title, or a name and a quoted title,
# right behind it ("Grand Prix "BlacKkKlansman" (...)", "Director award Pawel Pawlikowski "Cold
# war"", "Camera d'Or (new face director award) "Girl"").
_BARE_LIST_ITEM = re.compile(
    rf"^[^\S\n]*(?:\([^()\n]{{1,30}}\)[^\S\n]*)?(?=[“\"«„]|{_LIST_PERSON}[^\S\n]+\(?[“\"«„])"
)
_MAX_BARE_LIST_LINE = 160
# "Titane of Julia Ducournau": a translated list's credit ("de", "di", "von" as "of").
_LIST_CREDIT_OF = re.compile(
    rf"\s+of\s+(?:the\s+)?(?P<names>{_LIST_PERSON}(?:\s+(?:and|&|y|et)\s+{_LIST_PERSON})?)\s*$"
)
# What may precede an award name on a palmarès line: bullets, or a live blog's time stamp
# with an optional time zone ("9:40 PM: Best actor: Anthony Hopkins", "8.31pm PT — Best
# actress: Cate Blanchett, Blue Jasmine").
# A newspaper's list line may name the trophy before the category, with a comma: "Silver Bear,
# Grand Jury Prize: Lost Embrace", "Silver Bear, Best Director: Kim Ki-duk for ...".
_LIST_LINE_LEAD = re.compile(
    r"[\s*•\-–]*(?:\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{1,4}T\s*)?[:—–-]\s*)?"
    rf"(?:(?:{_UP}[\w'’]*\s+){{0,2}}{_UP}[\w'’]*\s*,\s*|"
    # A live blog's presenter before the category: "Chris Cooper with Best Supporting Actress:".
    rf"(?:{_UP}[\w'’.\-]*\s+){{1,3}}(?:with|presents|presenting)\s+)?"
)
# An inline list of winners: "Other winners: A, "F"; B, "G"" -- the award opens an item.
_WINNERS_LIST_LEAD = re.compile(
    r"\b(?:winners|awards|prizes|palmar[eè]s)\b[^:.;!?]{0,40}:(?:[^;:]{1,200};)*\s*(?:and\s+)?$",
    re.IGNORECASE,
)
_WINNERS_LIST_ITEM = re.compile(r"^\s*(?:,|:|[—–]|\s-)\s*")


# Words a bilingual palmarès heading may hold besides award names ("CAMÉRA D'OR – AWARD FOR
# THE BEST FIRST FEATURE FILM", "JURY PRIZE (EX-AEQUO)").
_PALMARES_HEADING_FILLER = re.compile(
    r"\b(?:award|prize|for|the|best|first|feature|film|ex|aequo|winners?|jointly|tie|shared)\b"
)
# An item line that names the film after a person line: "for Kinatay", "in Antichrist".
_PALMARES_FILM_LINE = re.compile(r"^\s*(?:for|in)\s+(?=\S)", re.IGNORECASE)
# An item line that names the recipients first: "Helen Mirren for Cal", "Alfredo Landa and
# Francisco Rabal for The Holy Innocents" -- each person of two or more words; "Isabelle HUPPERT
# in LA PIANISTE" under a performer's award.
_PALMARES_PEOPLE_FOR = re.compile(
    rf"^\s*(?P<people>{_CAP_WORD}(?:[^\S\n]+(?:{_NAME_PARTICLES}[^\S\n]+)?{_CAP_WORD}){{1,4}}"
    rf"(?:(?:\s*,\s*|\s+(?:and|&)\s+|,\s+and\s+){_CAP_WORD}(?:[^\S\n]+(?:{_NAME_PARTICLES}[^\S\n]+)?{_CAP_WORD}){{1,4}})*)"
    r"\s+(?P<link>for|in)\s+(?=\S)"
)
_PALMARES_CREDIT = re.compile(r"(?:\s*[,–—]\s*|\s+-\s+|\s+)(?:directed\s+by|dir\.)\s+(.+)$", re.IGNORECASE)
# "Pedro Almodóvar – All About My Mother": a person and a title on one palmarès line.
_PALMARES_PART_SPLIT = re.compile(r"\s+[–—-]\s+|\s*[–—]\s*(?=[^\W\d_])")


def _palmares_block_ends(line: str) -> bool:
    """A line that closes a palmarès block: prose, or a section heading in upper case."""
    stripped = line.strip()
    letters = [c for c in stripped if c.isalpha()]
    if not letters or len(stripped) > 120 or re.search(r"[.!?:]$", stripped):
        return True
    return not any(c.islower() for c in letters)


def _name_case(name: str) -> str:
    """ "Michael HANEKE" -> "Michael Haneke": palmarès upper-case surnames."""
    return " ".join(w.capitalize() if len(w) > 1 and w.isupper() else w for w in name.strip().split())


# A bilingual press release gives each connector in both languages, the source's first:
# "réalisé par / directed by", "pour / for", "dans / in", "de / by", "et / and". The English one
# alone is what the list rules read; the other and its slash become spaces (offsets kept).
_BILINGUAL_CONNECTOR = re.compile(
    r"(?<![\w'’])(?:r[ée]alis[ée]e?s?\s+par|dirigid[oa]s?\s+por|diretto\s+da|regie|pour|dans|de|du|et|par|avec|"
    r"en|por|con|y|da|di|e|mit|von|und|f[üu]r|in)[^\S\n]*/[^\S\n]*"
    r"(?=(?:directed\s+by|for|in|by|and|with|from)\b)",
    re.IGNORECASE,
)


def _english_connectors(text: str) -> str:
    """``text`` with each bilingual connector pair reduced to its English half (same length)."""
    return _BILINGUAL_CONNECTOR.sub(lambda match: " " * len(match.group()), text)
