"""The headline's winner: "'Qiu Ju' nabs Venice Lion", "Golden Bear for Irish drama "In the Name
of the Father"", "Bille August wins the Golden Palm in Cannes for »Pelle the Conqueror«".

A headline states the article's main win in a compressed grammar of its own (no articles,
present tense, a festival's trophy by its nickname), and the body may then tell it in a
sentence too long or too oblique for the sentence rules ("A Chinese film that was not even on
the printed program ... won the Golden Lion"). Only quoted titles are read here: a headline's
capitalisation cannot tell a title from the words around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.news.extract.patterns import _GENRE_NOUNS
from bot.news.gazetteer import AwardName, FestivalName, Gazetteer, fold

# A title in quotes: 'Still Life' (an apostrophe inside a word opens none), "Taxi Driver",
# «The Wrestler», »Pelle the Conqueror« (Danish/German inward marks), „Nader und Simin“.
_QUOTED = re.compile(
    # An apostrophe inside a word stays in the title: 'Child's Pose'.
    r"(?<![\w’'])['‘](?P<a>(?:[^'‘’\n]|(?<=\w)['’](?=\w)){1,80}?)['’](?![\w])|"
    r"[\"“„](?P<b>[^\"“”„\n]{1,80}?)[\"”“]|"
    r"«\s*(?P<c>[^«»\n]{1,80}?)\s*»|"
    r"»(?P<d>[^«»\n]{1,80}?)«"
)
_VERB = (
    r"(?:wins?|won|winning|takes?|took|nabs?|grabs?|scoops?|claims?|bags?|lands?|captures?|clinches|"
    r"collects?|picks\s+up|rides\s+off\s+with|walks\s+off\s+with|named|crowned|triumphs\s+with|"
    r"gets?|got|shares?|conquers?|earns?|receives?)"
)
# The title before the verb, the award right after it: "'Still Life' takes Golden Lion",
# "Iran's "Taste of Cherry" and Japan's "The Eel" share Cannes Palme d'Or", and a director's
# credit between them: "'Child's Pose' by Calin Peter Netzer wins Golden Bear" (machine
# translation's "The film "Synonyms" of Nadav Lapid won in the Golden Bear").
_TITLES_THEN_VERB = re.compile(
    # ("«Desde allá», of Lorenzo Vigas, wins the Lion of Gold": the credit between commas.)
    rf",?\s+(?:(?:by|of)\s+(?-i:[A-Z][\w’'\-]*(?:\s+|,\s+)){{1,4}})?(?:[\w’'\-]+\s+){{0,2}}?{_VERB}\s+(?:[\w’'\-]+\s+){{0,2}}",
    re.I,
)
# Turkish, Japanese and Korean put the verb last: "Kaplanoğlu’s “Bal” Golden Bear’ı won" (with
# the object's case ending after an apostrophe).
_VERB_LAST = re.compile(r"(?:['’]\w{1,3})?\s+(?:won|wins|took|takes|received|receives)\b")
_AWARD_THEN_TITLE = re.compile(r"^\s*(?:(?:goes|went)\s+)?(?:for|to)\s+(?:[\w’'\-]+\s+){0,3}?$", re.I)
_VERB_BEFORE = re.compile(rf"\b{_VERB}\s+(?:(?:the|a|an|its|his|her|their|second|first)\s+)*$", re.I)
_FOR_AFTER = re.compile(r"^\s*(?:(?:at|in|of)\s+[\w’'\-]+\s+)?(?:for|with)\s+$", re.I)
# A headline that tells of hopes, nominations or a past win states no winner.
_NOT_A_WIN = re.compile(
    r"\b(?:nominat\w*|nods?|predict\w*|will|would|could|may|might|hopes?|bids?|race|leads?|"
    r"contenders?|favou?rites?|jury|line-?up|restor\w*|returns?|box\s+office|streaming|"
    r"anniversary|review)\b",
    re.I,
)
# A festival's trophy by nickname or rank: "Venice Lion", "Berlin's Bear", "Cannes top prize".
_NICKNAME = re.compile(
    r"(?:['’]s)?\s+(?:top\s+(?:prize|award|honou?r)|grand\s+prize|lion|bear|palm|palme)\b", re.I
)

# A headline's past tense ("Danish film "Dancer in the Dark" won Cannes Golden Palm award") tells
# the news too, unless it dates the win.
_PAST_TENSE = re.compile(r"\b(?:won|took)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")

# "takes top Sundance prize".
_TOP_AFTER = re.compile(r"\s+(?:prize|award|honou?r)\b")


@dataclass(frozen=True)
class HeadlineWin:
    festival: FestivalName
    award: AwardName
    titles: tuple[str, ...]
    # The titles were read from capitalisation ("Touch Me Not: Romanian film ... wins"), not quotes.
    unquoted: bool = False
    # The title was read after "for" ("Golden bear for Skřivánci na niti"), where a person may stand.
    after_for: bool = False


def headline_wins(title: str, gazetteer: Gazetteer, main_festivals: list[FestivalName]) -> list[HeadlineWin]:
    """The wins a headline states, each with the quoted titles that won it."""
    if not title:
        return []
    if _PAST_TENSE.search(title) and _YEAR.search(title):
        return []  # "'Dancer in the Dark' won the Golden Palm in 2000": a retrospective's past win

    folded = fold(title)
    named = [m.festival for m in gazetteer.find_festivals(folded)] + main_festivals
    found: list[HeadlineWin] = []
    for start, end, festival, award in _award_mentions(folded, gazetteer, named):
        if _NOT_A_WIN.search(title, 0, _clause_end(title, end)):
            continue
        titles = _titles_for(title, start, end)
        if titles:
            found.append(HeadlineWin(festival, award, titles))
        elif labelled := _labelled_title(title, start) or _described_title(title, start):
            found.append(HeadlineWin(festival, award, (labelled,), unquoted=True))
        elif after_for := _title_after_for(title, start, end):
            found.append(HeadlineWin(festival, award, (after_for,), unquoted=True, after_for=True))
    return found


# The win's own clause ends where the headline goes on to something else: "'Amour' wins the Palme
# d'Or as the American contenders go home empty-handed".
_NEXT_CLAUSE = re.compile(r"\s+(?:as|while|amid|but)\s|[;|]|\s[—–]\s")


def _clause_end(title: str, award_end: int) -> int:
    following = _NEXT_CLAUSE.search(title, award_end)
    return following.start() if following else len(title)


def _award_mentions(
    folded: str, gazetteer: Gazetteer, named: list[FestivalName]
) -> list[tuple[int, int, FestivalName, AwardName]]:
    mentions = []
    for mention in gazetteer.find_awards(folded):
        candidates = [c for c in mention.candidates if c[0] in named] or (
            list(mention.candidates) if len(mention.candidates) == 1 else []
        )
        if candidates:
            mentions.append((mention.start, mention.end, *candidates[0]))
    for hit in gazetteer.find_festivals(folded):
        nickname = _NICKNAME.match(folded, hit.end) or (
            _TOP_AFTER.match(folded, hit.end) if re.search(r"\btop\s+$", folded[: hit.start]) else None
        )
        top = [award for award in hit.festival.awards if award.is_top]
        if (
            nickname
            and top
            and not any(start <= nickname.end() and hit.start <= end for start, end, *_ in mentions)
        ):
            mentions.append((hit.start, nickname.end(), hit.festival, top[0]))
    return mentions


def _titles_for(title: str, start: int, end: int) -> tuple[str, ...]:
    left, right = title[:start], title[end:]
    # Only the headline's own clause: "X wins best picture; Y takes acting honors".
    clause_start = max(left.rfind(";"), left.rfind(":")) + 1
    left = left[clause_start:]
    quoted = list(_QUOTED.finditer(left))
    if quoted and _TITLES_THEN_VERB.fullmatch(left, quoted[-1].end()):
        return tuple(_text(m) for m in quoted)
    if quoted and not left[quoted[-1].end() :].strip() and _VERB_LAST.match(title, end):
        return (_text(quoted[-1]),)
    right_end = re.search(r"[;:]|\s[—–-]\s", right)
    right = right[: right_end.start()] if right_end else right
    after = _QUOTED.search(right)
    if after is None:
        return ()
    if _AWARD_THEN_TITLE.fullmatch(right[: after.start()]):
        return (_text(after),)
    if _VERB_BEFORE.search(left) and _FOR_AFTER.fullmatch(right[: after.start()]):
        return (_text(after),)
    return ()


# "Touch Me Not: Romanian film about intimacy wins Golden Bear": a headline that names the
# title before a colon and describes it after, as a film, a drama..., in the clause that wins.
# A title in a headline's capitals: "Touch Me Not", "Fire at Sea" (its capitals stay
# case-sensitive inside a case-insensitive pattern).
_TITLE_RUN = r"(?-i:[A-Z][\w’'\-]*)(?:\s+(?:(?-i:[A-Z][\w’'\-]*)|of|the|a|an|and|in|on|at|to|for|with|me|my|not|no)){0,7}"
_TITLE_LABEL = re.compile(rf"^(?P<title>{_TITLE_RUN}):\s+")
# A desk's kicker before the colon labels the story, not a film: "Watch: ...", "Update: ...".
_KICKER = re.compile(
    r"(?:watch|exclusive|update|updated|breaking|live|analysis|opinion|video|photos?|gallery|interview|"
    r"recap|report|comment|editorial|explainer|listen|podcast|news|winners?|full\s+list|revealed)",
    re.I,
)
_DESCRIBED = re.compile(
    rf"^(?:(?:an?|the)\s+)?(?:[\w’'\-]+\s+){{0,3}}?(?:{_GENRE_NOUNS})\b[^;:\d]*?\b{_VERB}\s+(?:(?:the|a|an|its)\s+)?$",
    re.I,
)


def _labelled_title(title: str, award_start: int) -> str | None:
    """The title a headline names before a colon and describes as a film after it."""
    label = _TITLE_LABEL.match(title)
    if label is None or label.end() > award_start or _KICKER.fullmatch(label.group("title")):
        return None
    if not _DESCRIBED.match(title[label.end() : award_start]):
        return None
    return label.group("title")


# "Lampedusa documentary Fire at Sea wins Golden Bear at Berlin": a genre noun, then the
# title-case run it describes, then the win verb.
_DESCRIBED_TITLE_THEN_VERB = re.compile(
    rf"(?:^|\s)(?:{_GENRE_NOUNS})\s+(?P<title>{_TITLE_RUN})\s+{_VERB}\s+(?:(?:the|a|an|its)\s+)?$", re.I
)


def _described_title(title: str, award_start: int) -> str | None:
    described = _DESCRIBED_TITLE_THEN_VERB.search(title[:award_start])
    return described.group("title") if described else None


# "Golden bear for Skřivánci na niti. Menzel's film waited ...": the award opening the headline,
# "for" and the title up to the clause's end (a foreign title keeps its lower-case words).
_AWARD_FOR_TITLE = re.compile(
    r"\s+(?:goes\s+to|for|to)\s+(?P<title>(?-i:[A-Z0-9])[^.;:!?—–()\"“”«»]{0,60}?)\s*(?:[.;:!?—–]|$)", re.I
)


def _title_after_for(title: str, award_start: int, award_end: int) -> str | None:
    if title[:award_start].strip(" '‘’\"“”") and not re.search(r"[:;—–]\s*$", title[:award_start]):
        return None
    after = _AWARD_FOR_TITLE.match(title, award_end)
    if after is None or len(after.group("title").split()) > 8:
        return None
    return after.group("title")


def _text(match: re.Match[str]) -> str:
    return next(group for group in match.groups() if group is not None).strip().rstrip(",")
