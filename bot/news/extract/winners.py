"""Award winners: _WinnerFinder (decisions: see the package docstring).

The finder is one class because its rules share the article state (people, mentions, sentences)
and call one another; the phrasings it matches live in win_patterns.py, the patterns and helpers
it shares with others in sibling modules.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date

from bot.news.extract.clauses import (
    _QUOTED_TITLE,
    _background_spans,
    _blank_quoted_titles,
    _clause_length,
    _clause_start,
    _clause_start_enum,
    _is_short_title,
    _sentences,
    _tie_length,
    _without_asides,
)
from bot.news.extract.eras import in_its_era
from bot.news.extract.given_names import given_name_gender
from bot.news.extract.headline import headline_wins
from bot.news.extract.models import ProposedWinner
from bot.news.extract.palmares import (
    _BARE_LIST_ITEM,
    _BILINGUAL_CONNECTOR,
    _LIST_COUNTRY_NOTE,
    _LIST_CREDIT_OF,
    _LIST_DASH_SPLIT,
    _LIST_DIRECTOR_CREDIT,
    _LIST_LINE_LEAD,
    _LIST_NAME,
    _LIST_NAME_COUNTRY_NOTE,
    _LIST_PERSON,
    _LIST_PERSON_QUOTED_FILM,
    _LIST_SEPARATOR,
    _LIST_TIE_SPLIT,
    _LIST_TITLE_SLASH,
    _LIST_TRAILING_NAME,
    _MAX_BARE_LIST_LINE,
    _PALMARES_CREDIT,
    _PALMARES_FILM_LINE,
    _PALMARES_HEADING_FILLER,
    _PALMARES_PART_SPLIT,
    _PALMARES_PEOPLE_FOR,
    _WINNERS_LIST_ITEM,
    _WINNERS_LIST_LEAD,
    _english_connectors,
    _name_case,
    _palmares_block_ends,
)
from bot.news.extract.patterns import (
    _CAP_WORD,
    _CLOCK_TIME,
    _DEMONYMS,
    _FOREIGN_HONORIFICS,
    _GENRE_NOUNS,
    _HONORIFIC,
    _INITIALISM,
    _NAME,
    _NAME_PARTICLES,
    _NAME_RE,
    _NAMED_ROLE_WORDS,
    _NON_NAME_WORDS,
    _ROLE_WORDS,
    _SPEECH_VERBS,
    _UP,
    _YEAR_RE,
    _is_country,
)
from bot.news.extract.people import _People
from bot.news.extract.plausible import is_nationality
from bot.news.extract.quote_spans import _mask_statements, _word_count
from bot.news.extract.text import _Article
from bot.news.extract.titles import (
    _BRACKETED_TITLE,
    _FILM_CONNECTORS,
    _TITLE_OPENERS,
    _clean_title,
    _in_title_parentheses,
    _looks_foreign,
    _Span,
    _title_spans,
    _with_bracketed_titles,
    _with_comma_parts,
)
from bot.news.extract.top_prize import top_prize_mentions
from bot.news.extract.win_patterns import (
    _ACTING_PAIR,
    _ACTING_PAIR_SUBJECT_VERB,
    _ACTING_PAIR_VERBS,
    _AFTER_EARLIER,
    _AFTER_WORK_PREPOSITION,
    _AND_THE_BEFORE,
    _AWARD_GLOSS_GAP,
    _AWARD_LABEL_LINE,
    _AWARD_SUBJECT_LEAD,
    _AWARD_SUBJECT_VERB,
    _BARE_CATEGORY_WIN,
    _BARE_CREDIT,
    _BARE_LABEL_LINE,
    _BEAT_FAVOURITE,
    _BEAT_FOR_BEFORE,
    _BESTOW_AFTER,
    _BESTOW_BEFORE,
    _BY_FILM_OF_DIRECTOR,
    _CATEGORY_LABEL_ENTRY,
    _CATEGORY_NAME,
    _CEREMONY_RELATIVE,
    _CHARACTER_BEFORE,
    _CLEFT,
    _CLEFT_WINNER_OF,
    _COMPANY_BEFORE_FILM_NOUN,
    _CONTEXT_CHARS,
    _COPULA_BEFORE,
    _COUNTED_AWARDS_BEFORE,
    _CREDIT_AFTER_QUOTED,
    _DELAYED_LEDE_SUBJECT,
    _DEMONYM_BEFORE_NAME,
    _DIRECTOR_AWARD,
    _EDITION_YEAR_OFFSET,
    _ENUM_ITEM,
    _ENUM_ITEM_CATEGORY,
    _ENUM_ITEM_SPLIT,
    _ENUMERATION,
    _ENUMERATION_LIST,
    _FALLBACK_NOT_NEWS,
    _FALLBACK_WIN_EVIDENCE,
    _FESTIVAL_ADJECTIVE,
    _FILM_DESCRIPTION,
    _FILM_OF_PERSON_SUBJECT,
    _FILM_REFERENCE,
    _FILM_SUBJECT_REFERENCE,
    _FILM_YEAR_BEFORE,
    _FULFILLED_EXPECTATION,
    _GAPPED_AWARD_LEAD,
    _GAPPED_LOWER_WORDS,
    _GENRE_WORD,
    _GIVE_AFTER,
    _GIVE_BEFORE,
    _GIVE_VERB_ANYWHERE,
    _GLOSS_CLOSE,
    _GOES_TO_ANYWHERE,
    _HAS_BEFORE,
    _HAUL_TALLY,
    _IS_AFTER,
    _KNOWN_FOR_BEFORE,
    _LONGER_CATEGORY_AFTER,
    _LONGER_NAME_AFTER,
    _LOST_BEFORE,
    _MAX_AWARD_MENTIONS,
    _MIDDLE_INITIAL_NAME,
    _NEXT_LINE,
    _NO_AWARD,
    _NOMINATION_TALLY,
    _NOT_AWARD_NEWS_LEAD,
    _NOT_AWARD_NEWS_TITLE,
    _NOT_NEWS,
    _OTHER_CATEGORY_AFTER,
    _OTHER_SECTION_AFTER,
    _OTHER_SECTION_BEFORE,
    _OTHER_SECTION_LEAD,
    _OTHER_SECTION_NAMED,
    _PALMARES_CREDIT_LINE,
    _PARENTHESISED_FORM,
    _PERFORMER_AWARD,
    _PERSON_AWARD,
    _PLOT_DESCRIPTION,
    _PRESENTER,
    _PREVIOUS_YEAR_CEREMONIES,
    _PRONOUN_CLAUSE,
    _PRONOUN_SUBJECT,
    _QUOTED_FORM_BEFORE,
    _RECORD_RELATIVE,
    _SECTION_HEADING,
    _SENTENCE_CASE_TITLE,
    _SOURCE_AFTER_YEAR,
    _SPLIT_AFTER,
    _SPLIT_BEFORE,
    _STATEMENT_AFTER,
    _THE_FILM_SUBJECT,
    _TIE_COUNT,
    _TIE_CUE,
    _TIE_NOTE_LINE,
    _TIME_ADVERBIAL_OPENER,
    _TIME_AGO,
    _TITLE_AND_PARENTHESIS,
    _TURNED_DOWN_BY,
    _VERB_FINAL_WIN,
    _VERBLESS_TO,
    _WEAK_WIN_BEFORE,
    _WENT_ON_TO,
    _WHEN_SUBJECT,
    _WHICH_BEFORE_VERB,
    _WHICH_WENT_TO,
    _WHO_BEFORE_VERB,
    _WIN_AFTER,
    _WIN_BEFORE,
    _WIN_VERB_ANYWHERE,
    _WINNER_IS_AFTER,
    _WINNER_OF_BEFORE,
    _WINNER_OF_TAIL,
    _YEAR_CLAUSE_BREAK,
    _single_quoted_titles,
    _subject_appositions,
)
from bot.news.gazetteer import AwardMention, AwardName, FestivalName, Gazetteer, fold

# The package logger: records keep the name "bot.news.extract".
logger = logging.getLogger(__package__)


# "the 48th International Film Festival of Cannes", "the 75th edition of the": an edition number
# just before a festival's name.
_EDITION_ORDINAL_BEFORE = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:edition\s+of\s+the\s+)?(?:annual\s+)?"
    r"(?:(?:international\s+)?(?:film\s+)?(?:festival|film\s+festival|mostra)\s+(?:of|de|di|in)\s+)?$"
)
# A retrospective's lede: "Fifty years ago this week, a film ... obtained the highest prize of
# the Festival of Cannes", "25 years ago", "half a century ago": the edition is that many years
# before the article's publication.
_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# Only at the sentence's start: '"Titanic" ... equalling the record set by "Ben-Hur" 39 years
# ago' dates another film's win.
_YEARS_AGO = re.compile(
    rf"^\W*(?:it\s+was\s+)?(?:exactly\s+|almost\s+|nearly\s+)?(?P<count>\d{{1,2}}|half\s+a\s+century|(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS)}))?)"
    r"(?:\s+years?)?\s+ago\b",  # ("half a century ago")
    re.IGNORECASE,
)


def _years_ago(match: re.Match[str]) -> int:
    count = match.group("count").lower()
    if count.isdigit():
        return int(count)
    if count.startswith("half"):
        return 50
    tens, _, units = count.replace("-", " ").partition(" ")
    return _TENS[tens] + _UNITS.get(units, 0)


# "The Ballad of Narayama" (1983): the year a title is dated with.
_FILM_YEAR_AFTER = re.compile(r"[”\"»]?[^\S\n]*\((\d{4})\)")


def _without_false_cues(text: str) -> str:
    """``text`` with the phrases that look like a hope or a past but are neither blanked (same
    length): "won best actress on her sixth nomination", "took four Oscars from its nine
    nominations" (a tally), "was named best picture over the favorite" (a beaten favourite), "ended
    much as the Lido had predicted it would" (a fulfilled forecast)."""
    for cleared in (
        _NOMINATION_TALLY,
        _HAUL_TALLY,
        _BEAT_FAVOURITE,
        _FULFILLED_EXPECTATION,
        _RECORD_RELATIVE,
    ):
        text = cleared.sub(lambda m: " " * len(m.group()), text)
    return text


def _in_mixed_case(line: str) -> bool:
    """A line with lower-case letters outside its parentheses ("BEST ACTOR (shared)" is upper
    case, "Golden Lion for Best Film" is not)."""
    return any(c.islower() for c in re.sub(r"\([^()]*\)", "", line))


def _list_qualifier_section(list_line: re.Match[str] | None) -> re.Match[str] | None:
    """ "Grand Jury Prize, Documentary:": the section a list line's qualifier names."""
    if list_line is None or list_line.re is not _LIST_SEPARATOR:
        return None
    return _SECTION_HEADING.search(list_line.group("qualifier") or "")


# Machine translation's sentence-case titles beyond "Noun noun": an article before a capitalised
# adjective ("by The Danish girl"), a connector before a lower-case noun ("by Bridge of spies").
_SENTENCE_CASE_SHAPE = re.compile(
    r"(?:The|A|An)\s+[A-Z][a-zà-ÿ]+\s+[a-zà-ÿ]{3,}|[A-Z][a-zà-ÿ]+\s+(?:of|in|from|on)\s+[a-zà-ÿ]{3,}"
)
# "the Directors' Fortnight", "Hollywood's Dolby Theatre": a possessive that credits no film.
_INSTITUTION_POSSESSIVE = re.compile(
    r"(?i:directors|critics|filmmakers|festival|academy|jury|audience|hollywood|industry|world|night|year|week)"
)
# "Its two leads, ...,", "The film's star": the people of the film the sentence before names.
_FILMS_PEOPLE_SUBJECT = re.compile(
    r"\s*(?:its|the\s+(?:film|movie|drama)['’]s?)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:leads?|stars?|director|actors?|actress(?:es)?|cast|writers?|screenwriters?)\b",
    re.IGNORECASE,
)
# "Scottish-set Brave", "Oscar-winning Parasite": a compound adjective opening an unquoted
# capitalised run describes the title after it.
_COMPOUND_ADJECTIVE_HEAD = re.compile(
    r"[^\W\d_][\w'’]*-(?:set|based|born|made|language|winning|nominated)\s+(?=[^\W\d_])"
)


def _same_title(film: str, headline_title: str) -> bool:
    """ "The Story of Qiu Ju" and the headline's 'Qiu Ju': one holds the other as whole words."""
    a, b = fold(film), fold(headline_title)
    return bool(
        re.search(rf"(?<!\w){re.escape(b)}(?!\w)", a) or re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b)
    )


@dataclass(frozen=True)
class _FilmChoice:
    span: _Span
    directors: tuple[str, ...]


# A quoted title followed by a lower-case noun describes a person: "the "American Idol" alumna",
# "the "Harry Potter" star".
_EPITHET_TITLE = re.compile(rf"[”\"»]?\s+(?:alumn\w*|veteran|creator|{_ROLE_WORDS})\b")
# "Jack Nicholson and Helen Hunt won the": two people, the subject of an acting pair's verb.
_PEOPLE_PAIR_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?P<first>{_NAME})\s+and\s+(?P<second>{_NAME})\s+"
    rf"(?:{_ACTING_PAIR_VERBS})\s+$"
)
# "(F. Murray Abraham)": a forename's initial before the rest of the name.
_INITIAL_OF_NAME = re.compile(rf"\.[^\S\n]+{_UP}[a-z]")
# "Sophie Scholl - The Final Days": a subtitle after a spaced hyphen, opened by an article.
_DASHED_SUBTITLE = re.compile(r"[^\S\n]+-[^\S\n]+(?:The|A|An)(?:[^\S\n]+[A-Z][\w'’\-]*){1,4}")
_TIMES_BEFORE = re.compile(r"\b(?:twice|\w+\s+times|\w+-time)\s+$", re.IGNORECASE)
# The lower-case particles of a person's name ("Lars von Trier", "Guillermo del Toro"), as the
# name pattern knows them.
_NAME_PARTICLE_WORDS = frozenset(re.findall(r"[a-z]+", _NAME_PARTICLES)) - {"y"}  # ("Thelma y Louise")
_FORENAME_BEFORE_PARTICLE = re.compile(
    r"\s+(?:von|van|der|den|ter|zu|bin|ibn|del|della|di|da|dos|das)\s+[A-Z]"
)
_RECIPIENT_BREAK = re.compile(r",?\s+and\s+(?:to\s+)?|;\s*")
_GOES_TO = re.compile(
    rf"\b(?:went|goes|go|gone|returns|returned|attributed)\s+to\s+(?={_UP}|{_CLOCK_TIME}\s)"
)
# Lower-case words inside a title-case run that no person's or place's name holds ("Anatomy of
# a Fall"; "of" also joins "Duchess of Cambridge", "in" "Studio 24 in Stockholm").
_TITLE_ONLY_CONNECTORS = frozenset({"a", "an"})
# "20 Days in Mariupol ... is your Documentary Feature winner": a live blog's label of this win.
_COPULA_WINNER_BEFORE = re.compile(r"\b(?:is|are)\s+(?:your|the|this\s+year['’]s)\s+$")
# A capitalised role opening a span of names: "Producers Bruce Cohen and Dan Jinks".
_ROLE_OPENING_SPAN = re.compile(
    r"(?:Co-)?(?:Producers?|Directors?|Filmmakers?|Actors?|Actress(?:es)?|Writers?|Screenwriters?|"
    r"Stars?|Hosts?|Presenters?|Helmers?)\s+"
)
# "the Grand Prix, second only to the Palme d'Or": the award a prize ranks below.
_RANKED_BELOW = re.compile(
    r"\b(?:(?:second|next)(?:\s+only)?|only\s+second|inferior)\s+to\s+(?:the\s+)?$", re.IGNORECASE
)
# A sentence about the last edition: "Last year's jury ...", "Last year, ...". (Not "Last
# year's winner X handed the Palme d'Or to Y": that is this year's win.)
_LAST_EDITION_OPENER = re.compile(
    r"\W*(?:Last\s+year['’]s\s+(?:jury|edition|festival|ceremony|awards|palmar[eè]s|Berlinale|Oscars|Mostra)\b|"
    r"(?:Last\s+year|A\s+year\s+ago),)"
)
_CREDIT_OF_AFTER = re.compile(rf",\s+(?:of|by)\s+(?:the\s+)?(?:[a-z]+\s+)?{_UP}")
# "It went to X", "As predicted all the bets, the statuette was for the British Helen Mirren":
# the award the sentence before ended on.
_IT_WENT_TO = re.compile(
    # ("The only real surprise came in the category best main actress. ... But the Oscar went to
    # Emma Stone for „Poor Things“": the award of the sentence before.)
    r"\s*(?:(?:As|Like)\s[^,.;]{1,40},\s*|(?:But|And|Yet)\s+)?(?P<it>It|[Tt]he\s+(?:statuette|trophy|Oscar|award|prize))\s+"
    r"(?:(?:went|goes|was\s+(?:awarded|given|presented))\s+to|(?<!\bIt\s)was\s+for)\b"
)
_POSSESSIVE_GENRE_SUBJECT = re.compile(
    rf"\s*(?P<owner>{_UP}[\w\-]+)['’]s?\s+(?:[\w\-]+,?\s+){{0,3}}?(?:{_GENRE_NOUNS})\b"
)
_FILM_TALLY = re.compile(
    r"\b(?:won|took|collected|earned|picked\s+up)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\s+"
    r"(?:Oscars|Academy\s+Awards|awards|prizes|statuettes)\b"
)
_FIELD_BEFORE = re.compile(r"\b(?:over|included|including|beating|ahead\s+of|against)\b")
# A lower-case word of a title-case run that is no connector: "Lack of love" has one,
# "Minari pulled off the rare Sundance double tonight" is a sentence.
_CONTENT_LOWER = re.compile(
    r"\b(?!(?:of|the|a|an|and|in|on|for|to|at|by|with|from|or|de|la|le|les|du|des|el|los|di|del|der|die|das|und)\b)[a-z][\w'’\-]*"
)


def _recipient_gender(full: str, lead: str, tail: str) -> str | None:
    """A recipient's gender: the noun before the name ("actress"), the given name, or the
    pronouns of the rest of the item when all of them agree ("for her role as ...")."""
    if re.search(r"\bactress\b", lead, re.IGNORECASE):
        return "female"
    if re.search(r"\bactor\b", lead, re.IGNORECASE):
        return "male"
    by_name = given_name_gender(full)
    if by_name:
        return by_name
    pronouns = {word.lower() for word in re.findall(r"\b(?:her|his|she|he)\b", tail, re.IGNORECASE)}
    if pronouns and pronouns <= {"her", "she"}:
        return "female"
    if pronouns and pronouns <= {"his", "he"}:
        return "male"
    return None


# A courtesy title right before a span ("Mr. James Stewart", "Mlle. Madeleine Robinson", Le
# Monde's "M. Claude Chabrol"): the span is a person.
_HONORIFIC_BEFORE = re.compile(rf"(?:\b{_HONORIFIC}|(?<![\w.])(?:M|MM|Mlle|Mme)\.\s+)$")


_HONORIFIC_WORD = re.compile(rf"(?:Mr|Mrs|Ms|Dr|Miss|M|MM|{_FOREIGN_HONORIFICS})\.?")


def _looks_like_full_name(text: str) -> bool:
    """ "Ben Johnson", "Cloris Leachman": a known given name and one or two capitalised words."""
    words = text.split()
    return 2 <= len(words) <= 3 and given_name_gender(text) is not None and bool(_NAME_RE.fullmatch(text))


class _WinnerFinder:
    def __init__(self, article: _Article, gazetteer: Gazetteer, published: date | None) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.published = published
        masked = _single_quoted_titles(
            "\n\n".join(_mask_statements(p.text, for_winner_finder=True) for p in article.paragraphs)
        )
        self.bilingual_connectors = len(_BILINGUAL_CONNECTOR.findall(masked))
        self.masked = _english_connectors(masked)
        self.folded = fold(self.masked)
        self.people = _People(self.masked, gazetteer, set())
        self.festival_mentions = gazetteer.find_festivals(self.folded)
        self.main_festivals = self._main_festivals()
        self.article_year = self._article_year()
        self.person_like = self._person_like_names()
        self.films_by_director: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.films_so_far: list[tuple[str, tuple[str, ...]]] = []
        self.awards_told: set[str] = set()  # (award names with a proposed winner, for the pairing rule)
        self.performer_films: dict[str, _FilmChoice | None] = {}
        self.parenthesis_convention: bool | None = None
        self.foreign_pairs: int | None = None
        self.label_lines: tuple[int, int] | None = None
        self.titles_marked: bool | None = None
        self.background = sorted(_background_spans(self.masked) + _subject_appositions(self.masked))
        # "Rooney Mara, by Carol, of Todd Haynes": machine translation of Spanish "por" (for) and
        # "de" (by). Where the article shows that shape, "by" after a winner names the film.
        self.for_links = "for|with|por|pour|per" + ("|by" if _BY_FILM_OF_DIRECTOR.search(self.masked) else "")

    # --- article-level decisions -------------------------------------------------------------

    def _main_festivals(self) -> list[FestivalName]:
        """The festivals the article is about: named, or implied by a top award ("Palme d'Or"),
        in the title and then the first paragraph."""
        found: list[FestivalName] = []
        lead = self.article.paragraphs[0].text if self.article.paragraphs else ""
        self.title_festivals: list[FestivalName] = []
        for source in (fold(self.article.title), fold(lead)):
            # ("'Not One Less,' spurned by Cannes, wins Venice Golden Lion": the festival that turned
            # the film down is not the news.)
            hits = [
                (m.start, m.festival)
                for m in self.gazetteer.find_festivals(source)
                if not _TURNED_DOWN_BY.search(source, max(0, m.start - 40), m.start)
            ]
            hits += [
                (m.start, festival)
                for m in self.gazetteer.find_awards(source)
                for festival, award in m.candidates
                if award.is_top
                and len(m.candidates) == 1
                # "best motion picture, musical or comedy" in a Golden Globes story: a category
                # name many award bodies share implies no festival, a trophy's name does.
                and not _CATEGORY_NAME.match(source, m.start)
            ]
            found += [
                festival for _, festival in sorted(hits, key=lambda hit: hit[0]) if festival not in found
            ]
            if not self.title_festivals:
                self.title_festivals = list(found)
        return found

    def _is_award_news(self) -> bool:
        if self.article.title and _NOT_AWARD_NEWS_TITLE.search(self.article.title):
            # "Golden Bear for «Stammheim» - Jury president Lollobrigida distances herself": a
            # headline that opens with the win is award news, whatever its second part says.
            first = re.split(r"\s+[-–—|]\s+|;\s+", self.article.title, maxsplit=1)[0]
            if _NOT_AWARD_NEWS_TITLE.search(first) or not headline_wins(
                first, self.gazetteer, self.main_festivals
            ):
                return False
        lead = self.article.paragraphs[0].text if self.article.paragraphs else ""
        # '"Titanic," the most expensive film ever made and already the biggest box office hit
        # in history, sailed away with 11 Academy Awards': a cue inside an aside describes the
        # subject; the story is the main clause's.
        main_clause = re.sub(r",[^,;.!?\n]{1,140},", ",", lead)
        return not _NOT_AWARD_NEWS_LEAD.search(main_clause)

    def _article_year(self) -> int | None:
        """The event year: the title, then the first paragraph near a festival or award
        mention, then the publication date."""
        published = self.published.year if self.published is not None else None
        for source, is_title in ((self.article.title, True), (self.article.paragraphs[0].text, False)):
            folded = fold(source)
            year = self._year_near_festival(folded, 0, len(folded))
            # News is published within a year of its event: a lede's "1985 he had been honoured"
            # in a story dated 1995 is the winner's past, not the edition's year. A headline's
            # year names the edition.
            if year and (is_title or published is None or published - 1 <= year <= published):
                return year
        if published is not None:
            lead = self.article.paragraphs[0].text
            for sentence in (lead[start:end] for start, end in _sentences(lead)):
                ago = _YEARS_AGO.match(sentence)
                folded = fold(sentence)
                if ago and (self.gazetteer.find_festivals(folded) or self.gazetteer.find_awards(folded)):
                    return published - _years_ago(ago)
        return published

    def _year_near_festival(self, folded: str, start: int, end: int) -> int | None:
        window = folded[start:end]
        anchors = [(m.start, m.end, m.festival.key) for m in self.gazetteer.find_festivals(window)]
        anchors += [(m.start, m.end, m.candidates[0][0].key) for m in self.gazetteer.find_awards(window)]
        for anchor_start, anchor_end, festival_key in sorted(anchors)[:50]:
            # Only the anchor's own sentence: "...the 75th Cannes Film Festival. Östlund
            # previously won in 2017" must not date this year's festival.
            near_before = re.split(r"[.!?]\s", window[max(0, anchor_start - 40) : anchor_start])[-1]
            near_after = re.split(r"[.!?]\s", window[anchor_end : anchor_end + 40])[0]
            # (The anchor stays in: "named the best picture of 1976" dates the films.)
            near = f"{near_before}{window[anchor_start:anchor_end]}{near_after}"
            ordinal = _EDITION_ORDINAL_BEFORE.search(window[max(0, anchor_start - 60) : anchor_start])
            if ordinal is None:
                ordinal = re.match(
                    r"^\S*\s+(?:in\s+)?its\s+(\d{1,3})(?:st|nd|rd|th)\s+edition",
                    window[anchor_end : anchor_end + 40],
                )
            if ordinal and festival_key in _EDITION_YEAR_OFFSET:
                year = _EDITION_YEAR_OFFSET[festival_key] + int(ordinal.group(1))
                if 1990 <= year <= 2100:
                    return year
            for match in _YEAR_RE.finditer(near):
                if not _in_title_parentheses(near, match.start()):
                    year = int(match.group())
                    if festival_key in _PREVIOUS_YEAR_CEREMONIES and _FILM_YEAR_BEFORE.search(
                        near, 0, match.start()
                    ):
                        year += 1  # "best picture of 1977": the films' year, not the ceremony's
                    return year
        return None

    def _person_like_names(self) -> set[str]:
        """Names the article itself shows to be people: roles, "directed by", speech verbs,
        a possessive before a title ("Sean Baker's Anora")."""
        names: set[str] = set()
        patterns = [
            rf"\b(?:{_ROLE_WORDS}|directed\s+by|by\s+director|co-directors?|directors?|duo)\s+(?:and\s+\w+\s+)?({_NAME})",
            rf"({_NAME})\s*,?\s+(?:also\s+)?(?:{_SPEECH_VERBS})\b",
            rf"\b(?:{_SPEECH_VERBS})\s+({_NAME})",
            rf"({_NAME})['’]s?\s+(?:new\s+|latest\s+|debut\s+|first\s+)?(?:{_GENRE_NOUNS}|{_UP}|[“\"«])",
            # "Christian Vincent's courtroom comedy", "Emin Alper's paranoid thriller".
            rf"({_NAME})['’]s?\s+(?:[a-z][\w\-]*\s+){{1,2}}(?:{_GENRE_NOUNS})\b",
            rf"({_NAME})\s*,\s+(?:who|whose)\b",
            rf"({_NAME})\s+(?:and|y)\s+{_NAME}\s*,?\s+(?:known|the\s+directing)",
            # "the brothers Joel and Ethan Coen": siblings sharing one surname.
            rf"\b(?:brothers|sisters|siblings)\s+{_CAP_WORD}\s+(?:and|&|y|et)\s+({_NAME})",
            # "John Turturro, who plays a New York playwright": a performer.
            rf"({_NAME})\s*,?\s+(?:who\s+)?(?:plays|played|portrays|portrayed)\b",
            # "of the Finnish Juho Kuosmanen", "the Thai Apichatpong Weerasethakul": machine
            # translation's nationality before a person.
            rf"\bthe\s+(?:{_DEMONYMS})\s+({_NAME})",
        ]
        for pattern in patterns:
            for match in re.finditer(pattern, self.masked):
                if re.match(r"['’]s?\s", self.masked[match.end(1) : match.end(1) + 3]) and given_name_gender(
                    self.masked[match.end() - 1 : match.end() + 20].strip()
                ):
                    continue  # "Beauty's Kevin Spacey": a film's possessive before its cast
                name = self.people.clean(match.group(1))
                if name:
                    names.add(name)
                    names.add(name.split()[-1])
        # A name the article quotes as a title ("Moonlight" ... "Moonlight's Mahershala Ali") is
        # a film, whatever its possessive suggested.
        quoted = {
            fold(m.group(1)) for m in re.finditer(r"[“\"«]([^“”\"«»\n]{1,60}?)[,.]?[”\"»]", self.masked)
        }
        return {name for name in names if fold(name) not in quoted}

    def _cue_text(self, start: int, end: int, a_start: int) -> str:
        """``masked[start:end]`` with the background clauses blanked (offsets kept), except
        the one that holds the award itself: "X, a Palme d'Or winner in 2007, won best
        screenplay for F" -- the past win and its year belong to the apposition only."""
        text = self.masked[start:end]
        for b_start, b_end in self.background:
            if b_end <= start or b_start >= end or b_start <= a_start < b_end:
                continue
            lo, hi = max(b_start, start) - start, min(b_end, end) - start
            text = text[:lo] + " " * (hi - lo) + text[hi:]
        return _without_false_cues(text)

    def _names_another_category(self, mention: AwardMention, a_start: int, a_end: int) -> bool:
        """ "The Lion of silver for the best opera first": a trophy named without its category
        (the Silver Lion for Best Director), then the category of another prize that shares the
        trophy (a first film's, a short's, a technical one's). Not the Caméra d'Or "for best first
        film", whose category it is."""
        return (
            "best" not in self.folded[a_start:a_end]
            and not any(
                re.search(r"camera|first|debut|future", fold(award.name)) for _, award in mention.candidates
            )
            and bool(_OTHER_CATEGORY_AFTER.match(self.masked, a_end))
        )

    def _past_open_title(self, end: int) -> int:
        """``end``, or past the closing mark of a quoted title open at ``end`` ('has gone to "The
        favourites of the moon"' is whole, so its words can be told from a cue)."""
        line_start = self.masked.rfind("\n", 0, end) + 1
        for title in _QUOTED_TITLE.finditer(
            self.masked, max(line_start, end - 90), min(len(self.masked), end + 90)
        ):
            if title.start() < end < title.end():
                return title.end()
        return end

    def _background_says_more(self, span: _Span, start: int, end: int) -> bool:
        """Whether ``span`` sits in a background clause inside the stretch [start, end) a film is
        picked from, with words of its own before it: "(for "Rosetta" in 1999)" tells a story,
        "Uzak (Distant)" only glosses a title."""
        return any(
            start <= b_start <= span.start < b_end <= end
            and re.search(r"[^\W\d_]{2}", self.masked[b_start : span.start])
            for b_start, b_end in self.background
        )

    def _in_told_win(self, span: _Span) -> bool:
        """Whether ``span`` sits in a background clause that tells a win or a year of its own
        before it (", who won a supporting actress Oscar in 1976 for "Shampoo""), not in one that
        only describes a winner (", who plays a chauffeur in Neil Jordan's "Mona Lisa"")."""
        return any(
            b_start <= span.start < b_end
            and re.search(
                r"\b(?:won|wins|took|received|earned)\b|\b(?:19|20)\d\d\b", self.masked[b_start : span.start]
            )
            for b_start, b_end in self.background
        )

    def _in_background(self, position: int, a_start: int) -> bool:
        """True when ``position`` is in a background clause that does not hold the award."""
        return any(
            b_start <= position < b_end and not b_start <= a_start < b_end
            for b_start, b_end in self.background
        )

    # --- main loop -----------------------------------------------------------------------------

    def find(self) -> list[ProposedWinner]:
        if not self._is_award_news():
            return []
        winners: list[ProposedWinner] = []
        seen: set[tuple[str, str, int, str]] = set()
        budget = _MAX_AWARD_MENTIONS
        block_winners, headings = self._palmares_blocks()
        for winner in block_winners:
            key = (winner.festival, winner.award, winner.year, fold(winner.film))
            if key not in seen:
                seen.add(key)
                winners.append(winner)
                self.films_so_far.append((winner.film, winner.directors))
                self.awards_told.add(winner.award)
        previous: list[tuple[AwardMention, bool]] = []
        skipped = 0  # sentences without an award since ``previous``
        for sentence_start, sentence_end in _sentences(self.masked):
            if any(h_start <= sentence_start < h_end for h_start, h_end in headings):
                continue  # a palmarès heading already read with its items
            sentence_folded = self.folded[sentence_start:sentence_end]
            mentions = self._award_mentions(sentence_folded, sentence_start)
            pronoun = _IT_WENT_TO.match(self.masked, sentence_start, sentence_end)
            if (
                pronoun
                and re.search(r"(?i)oscar|award|prize", pronoun.group("it"))
                and not re.search(r"\sfor\s", self.masked[pronoun.end() : sentence_end])
            ):
                # The award by its generic noun only with the film after "for": not "The prize
                # went to Wang together with the actor Harvey Keitel".
                pronoun = None
            # (An award told after the recipient is another's: "But the Oscar went to Emma Stone
            # for „Poor Things“, which last September in Venice had won the Golden Lion".)
            told_after = pronoun is not None and all(
                m.start >= pronoun.end() - sentence_start for m, _ in mentions
            )
            if told_after and pronoun and previous and not previous[-1][1] and skipped <= 1:
                # "... the best director prize did not. It went to the Filipino film-maker
                # Brillante Mendoza for Kinatay": "It" is the award the sentence before ended on.
                at, to = pronoun.start("it") - sentence_start, pronoun.end("it") - sentence_start
                mentions = [(replace(previous[-1][0], start=at, end=to), False), *mentions]
            # (One sentence without an award may come between: "... came in the category best
            # main actress. Many had expected Lily Gladstone ... But the Oscar went to".)
            if mentions or not previous:
                previous, skipped = mentions, 0
            else:
                skipped += 1
            if _LAST_EDITION_OPENER.match(self.masked, sentence_start):
                # "Last year's jury, led by X, also gave A to F ..., while Y won B for G": every
                # clause of the sentence tells the last edition, for the fallback too.
                continue
            for mention, ranked in mentions:
                budget -= 1
                if budget < 0:
                    return winners
                if ranked and any(w.award == mention.candidates[0][1].name for w in winners):
                    continue  # "the second woman to win the top prize": the award already told
                if ranked and _OTHER_SECTION_NAMED.search(sentence_folded, 0, mention.start):
                    continue
                if self._names_another_category(
                    mention, sentence_start + mention.start, sentence_start + mention.end
                ):
                    continue  # "the Lion of silver for the best opera first": another prize's
                at = sentence_start + mention.start
                if _RANKED_BELOW.search(self.masked, max(sentence_start, at - 40), at):
                    continue  # "won the Grand Prix, second only to the Palme d'Or": named, not won
                found = self._winners_for(mention, sentence_start, sentence_end)
                if not found:
                    # Only where the win constructions above found nothing for this mention.
                    found = self._fallback_winners(mention, sentence_start, sentence_end)
                named_to = sentence_start + mention.end
                found = [in_its_era(self.gazetteer, w, self.folded, at, named_to) for w in found]
                if ranked:
                    # A rank is weaker evidence than a name: the film must be marked as one.
                    found = [w for w in found if self._is_title_elsewhere(w.film)]
                for winner in found:
                    key = (winner.festival, winner.award, winner.year, fold(winner.film))
                    if key not in seen:
                        seen.add(key)
                        winners.append(winner)
                        self.films_so_far.append((winner.film, winner.directors))
                        self.awards_told.add(winner.award)
                        for director in winner.directors:
                            self.films_by_director.setdefault(director, (winner.film, winner.directors))
        for winner in self._acting_pairs():
            key = (winner.festival, winner.award, winner.year, fold(winner.film))
            if key not in seen and winner.award not in self.awards_told:
                seen.add(key)
                winners.append(winner)
        winners += self._presented_credits(winners)
        return self._headline_winners(winners)

    def _acting_pairs(self) -> list[ProposedWinner]:
        """Both acting prizes told at once, each recipient's gender naming which: "The Volpi
        Cups for acting went to Charlotte Rampling, for "Hannah," and to Kamel El Basha ... in
        "The Insult"", ""The Fighter" swept both supporting categories: Christian Bale for ...",
        "Both acting prizes went to the same film, Marco Bellocchio's Leap Into the Void"."""
        if not self.main_festivals:
            return []
        festival = self.main_festivals[0]
        found: list[ProposedWinner] = []
        text = self.masked
        for s_start, s_end in _sentences(text):
            pair = _ACTING_PAIR.search(text, s_start, s_end)
            if pair is None:
                continue
            supporting = bool(pair.group("supporting"))
            if not (
                supporting
                or pair.group("both")
                or re.search(r"(?i)acting|volpi|interpretation|performance", pair.group())
            ):
                continue  # "categories" alone names no acting prize
            subject_film: _FilmChoice | None = None
            # "Jack Nicholson and Helen Hunt won the lead acting awards for ...": the two
            # recipients are the subject.
            people = [] if re.search(r"\w", pair.group("verb")) else self._acting_pair_subjects(s_start, pair)
            if not people and not re.search(r"\w", pair.group("verb")):
                # '"The Fighter" swept both supporting categories:' -- the subject is the film.
                verb = _ACTING_PAIR_SUBJECT_VERB.search(text, s_start, pair.start())
                if verb is None:
                    continue
                subject = [
                    span
                    for span in self._spans(s_start, verb.start())
                    if span.quoted
                    or self._has_film_marker(span, s_start)
                    or self._looks_like_title_span(span)
                ]
                if len(subject) != 1:
                    continue
                subject_film = _FilmChoice(subject[0], self._directors_near(subject[0], verb.start()))
            if _NOT_NEWS.search(_blank_quoted_titles(self._cue_text(s_start, pair.end(), pair.start()))):
                continue
            year = self._event_year(s_start, s_end, pair.start(), pair.end())
            if year is None:
                continue
            if people:
                film_after = self._film_after_for(pair.end(), s_end)
                recipients = [(film_after, gender) for gender in people] if film_after else []
            else:
                recipients = self._acting_pair_recipients(festival, pair.end(), s_end, subject_film)
            if not recipients and subject_film is not None and pair.group("both"):
                # "The Fighter, David O. Russell's boxing drama, won both supporting awards.": the
                # recipients are told in later sentences, the film is the subject.
                recipients = [(subject_film, "male"), (subject_film, "female")]
            for film, gender in recipients:
                award = self._acting_award(festival, gender, supporting=supporting, year=year)
                if award is not None:
                    found += self._proposals(festival, award, year, [film])
        return found

    def _film_after_for(self, start: int, end: int) -> _FilmChoice | None:
        """The film right after "for" at ``start``: '... won the lead acting awards for James L.
        Brooks' romantic comedy "As Good as It Gets"'."""
        for_film = re.match(r"\s*for\s+", self.masked[start:end])
        if for_film is None:
            return None
        titles = [
            span
            for span in self._spans(start, end)
            if not self._is_person(span) and span.start <= start + for_film.end() + 60
        ]
        return _FilmChoice(titles[0], self._directors_near(titles[0], end)) if titles else None

    def _acting_pair_subjects(self, s_start: int, pair: re.Match[str]) -> list[str]:
        """The genders of two people who are the subject of an acting pair's win verb ("Jack
        Nicholson and Helen Hunt won the lead acting awards"), one of each; else []."""
        subject = _PEOPLE_PAIR_SUBJECT.search(self.masked, s_start, pair.start())
        if subject is None:
            return []
        genders: list[str] = []
        for key in ("first", "second"):
            full = self.people.resolve(subject.group(key), subject.start(key))
            gender = _recipient_gender(full, "", "") if full and len(full.split()) >= 2 else None
            if gender is None:
                return []
            genders.append(gender)
        return genders if set(genders) == {"male", "female"} else []

    def _acting_pair_recipients(
        self, festival: FestivalName, start: int, end: int, subject_film: _FilmChoice | None
    ) -> list[tuple[_FilmChoice, str]]:
        """(film, gender) for each recipient listed after an acting pair's verb."""
        text = self.masked
        if subject_film is None and re.match(r"\s*the\s+same\s+(?:film|movie|picture),", text[start:end]):
            # "Both acting prizes went to the same film, F": both of them, to F.
            spans = [s for s in self._spans(start, end) if not self._is_person(s)]
            acting = [a for a in festival.awards if re.search(r"\bact(?:or|ress)\b", fold(a.name))]
            choices = self._pick_films(spans, start, end, acting[0]) if acting and spans else []
            return [(choices[0], "female"), (choices[0], "male")] if choices else []
        recipients: list[tuple[_FilmChoice, str]] = []
        # One recipient per part of the list: "to A, for F, and to B ... in G".
        breaks = list(_RECIPIENT_BREAK.finditer(text, start, end))
        segments = list(
            zip([start] + [b.end() for b in breaks], [b.start() for b in breaks] + [end], strict=True)
        )
        for seg_start, seg_end in segments[:3]:
            person = None
            for name in _NAME_RE.finditer(text, seg_start, seg_end):
                resolved = self.people.resolve(name.group(), name.start())
                if resolved and len(resolved.split()) >= 2:
                    person = (resolved, name.start(), name.end())
                    break
            if person is None:
                continue
            full, p_start, p_end = person
            lead = text[seg_start:p_start]
            tail = text[p_end:seg_end]
            gender = _recipient_gender(full, lead, tail)
            if gender is None:
                continue
            spans = [
                s
                for s in self._spans(p_end, seg_end)
                if not self._is_person(s)
                and (
                    s.quoted
                    or self._has_film_marker(s, p_end)
                    or re.search(r"\b(?:for|in)\s+$", text[max(p_end, s.start - 5) : s.start])
                )
                # ("Jennifer Hudson, the "American Idol" alumna": a title as the person's epithet.)
                and not _EPITHET_TITLE.match(text, s.end, s.end + 30)
            ]
            film = spans[0] if spans else None
            if film is not None:
                recipients.append(
                    (_FilmChoice(self._with_parenthetical(film), self._directors_near(film, seg_end)), gender)
                )
            elif subject_film is not None:
                recipients.append((subject_film, gender))
        return recipients

    def _acting_award(
        self, festival: FestivalName, gender: str, *, supporting: bool, year: int
    ) -> AwardName | None:
        """The festival's acting award for a recipient's gender (Berlin's are gender-neutral
        since 2021, and the catalogue has none before)."""
        for award in festival.awards:
            name = fold(award.name)
            if ("supporting" in name) != supporting:
                continue
            if re.search(r"\bactress\b", name) and gender == "female":
                return award
            if re.search(r"\bactor\b", name) and gender == "male":
                return award
            if re.search(r"\b(?:leading|supporting)\s+performance\b", name) and year >= 2021:
                return award
        return None

    def _presented_credits(self, found: list[ProposedWinner]) -> list[ProposedWinner]:
        """A live blog's bare credit entry ("Julianne Moore, Still Alice.") next to the entry
        that announced the category ("Matthew McConaughey is out to present best actress"): the
        credit is that award's winner. Only entries without another award between them count,
        and only when the announcement lies on one side of the credit."""
        if self.article_year is None:
            return []
        bounds = []
        offset = 0
        for block in self.masked.split("\n\n"):
            bounds.append((offset, offset + len(block)))
            offset += len(block) + 2
        credits = {
            i: m
            for i, (start, end) in enumerate(bounds)
            if (m := _BARE_CREDIT.match(self.masked, start, end))
        }
        winners: list[ProposedWinner] = []
        for index, credit in credits.items():
            name = credit.group("name")
            if self.people.clean(name) != name or self._is_person_name(credit.group("title")):
                continue
            announced = [
                mention
                for step in (-1, 1)
                if (mention := self._announced_award(bounds, credits, index, step)) is not None
            ]
            if len(announced) != 1:
                continue
            resolved = self._disambiguate(announced[0][0], announced[0][1], announced[0][2])
            if resolved is None or any(w.award == resolved[1].name for w in found + winners):
                continue
            span = _Span(credit.start("title"), credit.end("title"), credit.group("title"), quoted=False)
            winners += self._proposals(resolved[0], resolved[1], self.article_year, [_FilmChoice(span, ())])
        return winners

    def _announced_award(
        self, bounds: list[tuple[int, int]], credits: dict[int, re.Match[str]], index: int, step: int
    ) -> tuple[AwardMention, int, int] | None:
        """The award a presenter entry within two entries of ``index`` (towards ``step``)
        announces, with the entry's bounds; None past a credit or another award."""
        for j in (index + step, index + 2 * step):
            if not 0 <= j < len(bounds) or j in credits:
                return None
            start, end = bounds[j]
            mentions = self.gazetteer.find_awards(self.folded[start:end])
            if not mentions:
                if _CATEGORY_LABEL_ENTRY.match(self.masked, start, end):
                    return None  # "Production design: F.": a category the gazetteer lacks
                continue
            presenter = _PRESENTER.search(self.masked, start, start + mentions[0].start)
            if len(mentions) == 1 and presenter and presenter.end() == start + mentions[0].start:
                return mentions[0], start, end
            return None
        return None

    def _award_mentions(
        self, sentence_folded: str, sentence_start: int = 0
    ) -> list[tuple[AwardMention, bool]]:
        """The awards a sentence names, by name or by rank ("the festival's top prize"), each
        with whether it is named by rank."""
        named = [
            mention
            for mention in self.gazetteer.find_awards(sentence_folded)
            if not _LONGER_CATEGORY_AFTER.match(sentence_folded, mention.end)
            and not _LONGER_NAME_AFTER.match(self.masked, sentence_start + mention.end)
        ]
        # "The Big prize of jury (the Lion of silver) received ...": an award named in
        # parentheses right after another is that award's trophy, no award of its own.
        # The trophy's parenthesis then belongs to the award's name: "The Golden Camera (Caméra
        # d'Or) was given to" reads as "The Golden Camera was given to", and "the Camera Dor (new
        # person director award) was given to" as "the Camera Dor was given to".
        glossed: list[AwardMention] = []
        for mention in named:
            if glossed and _AWARD_GLOSS_GAP.fullmatch(sentence_folded, glossed[-1].end, mention.start):
                close = _GLOSS_CLOSE.match(sentence_folded, mention.end)
                if close is not None:
                    glossed[-1] = replace(glossed[-1], end=close.end())
                continue
            glossed.append(mention)
        named = glossed
        # "Silver Lions went to three films": the plural is the award's name too.
        named = [
            replace(m, end=m.end + 1) if re.match(r"s(?![\w'’])", sentence_folded[m.end : m.end + 2]) else m
            for m in named
        ]
        named = sorted(named + self._bare_category_mentions(sentence_folded, named), key=lambda m: m.start)
        if not named:
            bare = self._bare_category_label(sentence_start)
            named = [bare] if bare is not None else []
        ranked = [
            (mention, True)
            for mention in top_prize_mentions(sentence_folded, self.gazetteer, self.main_festivals)
            if not any(other.start < mention.end and mention.start < other.end for other in named)
        ]
        return sorted([(mention, False) for mention in named] + ranked, key=lambda pair: pair[0].start)

    def _bare_category_mentions(self, sentence_folded: str, named: list[AwardMention]) -> list[AwardMention]:
        """Categories a trade paper writes without "best": the items of a haul ("collected four
        Oscars: picture, director for Tom Hooper and original screenplay") and a category right
        after a win verb ("took actress for"). Each is read as "best <category>" when that is
        exactly one award name of the gazetteer."""
        places: list[tuple[int, int]] = []
        for haul in _ENUMERATION_LIST.finditer(sentence_folded):
            offset = haul.start("items")
            for item in re.split(r"(,\s*(?:and\s+)?|\s+and\s+)", haul.group("items")):
                category = _ENUM_ITEM_CATEGORY.match(item)
                if category is not None:
                    places.append((offset + category.start("category"), offset + category.end("category")))
                offset += len(item)
        places += [
            (m.start("category"), m.end("category")) for m in _BARE_CATEGORY_WIN.finditer(sentence_folded)
        ]
        mentions: list[AwardMention] = []
        for start, end in places:
            if any(m.start < end and start < m.end for m in named + mentions):
                continue
            candidates = self._bare_category(sentence_folded[start:end])
            if candidates:
                mentions.append(AwardMention(start, end, candidates))
        return mentions

    def _bare_category(self, category: str) -> tuple[tuple[FestivalName, AwardName], ...]:
        """The awards "best <category>" names exactly, or nothing. In a haul "the best film" is
        its best picture ("five statuettes, among them that of the best film")."""
        category = re.sub(r"^best\s+", "", category.strip())
        for phrase in dict.fromkeys(
            (f"best {category}", re.sub(r"^best film$", "best picture", f"best {category}"))
        ):
            found = self.gazetteer.find_awards(phrase)
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase):
                return found[0].candidates
        return ()

    def _bare_category_label(self, line_start: int) -> AwardMention | None:
        """ "PICTURE: "Million Dollar Baby"", "ACTOR: Jamie Foxx, "Ray"": a winners box labels
        each line with its category and drops "best" even before one word, where prose never
        does ("director" alone is no award). Read so only in an article with two or more lines
        labelled by a full award name, which shows the box; a credits box ("Director: X") has
        none."""
        label = _BARE_LABEL_LINE.match(self.masked, line_start)
        if label is None:
            return None
        full_labels, bare_labels = self._award_label_lines()
        # (Four bare categories make a box too: "Film: ... Direction: ... Actor protagonist:
        # ... Documentary: ..."; a credits box names two at most, "Director" and "Screenplay".)
        if full_labels < 2 and bare_labels < 4:
            return None
        found = self._bare_label_award(label.group("label"))
        if found is None:
            return None
        start = label.start("label") - line_start
        return AwardMention(start, start + len(label.group("label")), found.candidates)

    def _bare_label_award(self, label: str) -> AwardMention | None:
        found = self.gazetteer.find_awards(f"best {fold(label)}")
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(label) + 5:
            return None
        return found[0]

    def _award_label_lines(self) -> tuple[int, int]:
        """How many lines open with an award name and a colon or dash, and how many with a bare
        category ("Actor protagonist:"): a winners box."""
        if self.label_lines is None:
            full = bare = 0
            for line in _AWARD_LABEL_LINE.finditer(self.masked):
                mentions = self.gazetteer.find_awards(fold(line.group("label")))
                if mentions and mentions[0].start == 0 and mentions[0].end == len(line.group("label")):
                    full += 1
                elif self._bare_label_award(line.group("label").strip()) is not None:
                    bare += 1
            self.label_lines = (full, bare)
        return self.label_lines

    def _headline_winners(self, found: list[ProposedWinner]) -> list[ProposedWinner]:
        """``found`` with the headline's win, when the body's sentences gave none for its award:
        "'Still Life' takes Golden Lion at Venice" over "A Chinese film that was not even on the
        printed program ... won the Golden Lion". A short headline title resolves to the
        body's full one ('Qiu Ju' -> "The Story of Qiu Ju"). A headline title the body quotes too
        overrules the body's other films for that award, unless those are titles the article
        quotes: "'Amour' wins the Palme d'Or" over "the portrait of an elderly Parisian couple ...
        won the Palme d'Or" read as "Parisian"."""
        if self.article_year is None:
            return found
        winners = list(found)
        for win in headline_wins(self.article.title, self.gazetteer, self.main_festivals):
            if not win.unquoted:
                # "«Desde allá» ... wins the Lion of Gold" over the body's "Desde" (cut where a
                # lower-case word goes on): the headline's quoted title, written in the body too.
                winners = [
                    replace(w, film=longer)
                    if w.festival == win.festival.short_name
                    and w.award == win.award.name
                    and (longer := self._headline_form(w.film, win.titles))
                    else w
                    for w in winners
                ]
            told = [w for w in winners if w.festival == win.festival.short_name and w.award == win.award.name]
            if told and (
                win.unquoted
                or any(_same_title(w.film, t) for w in told for t in win.titles)
                # ("Spirited Away" for the headline's "Sen to Chihiro": the body's quoted title
                # is a title the article uses, in another language form.)
                or any(self._is_quoted(w.film) for w in told)
                # ("'Baker' takes Palme d'Or" over "Sean Baker's Anora won": only a title the body
                # quotes too.)
                or not all(self._is_quoted(t) for t in win.titles)
            ):
                continue
            winners = [w for w in winners if w not in told]
            choices = []
            for title in win.titles:
                if win.unquoted and (
                    not self._is_title_in_body(title)
                    or self._is_person_name(title)
                    or (win.after_for and any(full == title for _, full, _ in self.people.mentions))
                ):
                    continue  # ("Golden Bear for Jiří Menzel": a person, no title)
                span = self._body_title(title)
                choices.append(_FilmChoice(span, self._directors_near(span, span.end) if span.end else ()))
            winners += self._proposals(win.festival, win.award, self.article_year, choices)
        return winners

    def _headline_form(self, film: str, titles: tuple[str, ...]) -> str | None:
        """The headline's title that ``film`` opens and the body writes whole, if any."""
        for title in titles:
            if fold(title).startswith(fold(film) + " ") and self._is_title_in_body(title):
                return title
        return None

    def _is_title_in_body(self, title: str) -> bool:
        """A headline's unquoted title is written, capitalised as a title, in the body too."""
        return re.search(rf"(?<![\w'’]){re.escape(title)}(?![\w'’])", self.article.body) is not None

    def _body_title(self, title: str) -> _Span:
        """The body's quoted title that holds ``title`` as whole words, the longest if several."""
        wanted = rf"(?<!\w){re.escape(fold(title))}(?!\w)"
        spans = [
            _Span(m.start() + 1, m.end() - 1, m.group()[1:-1].strip(" ,."), quoted=True)
            for m in _QUOTED_TITLE.finditer(self.masked)
            if re.search(wanted, fold(m.group()[1:-1]))
        ]
        if not spans:
            return _Span(0, 0, title, quoted=True)
        # ("Amour", not "Hiroshima Mon Amour": the body's same title first.)
        same = [span for span in spans if fold(span.text) == fold(title)]
        return same[0] if same else max(spans, key=lambda span: len(span.text))

    def _palmares_blocks(self) -> tuple[list[ProposedWinner], list[tuple[int, int]]]:
        """Official palmarès layout: an award heading on a line of its own (upper case, often
        bilingual: "PRIX DU JURY – JURY PRIZE (ex-aequo)") and the winners on the lines below
        it: "Title (Original) directed by NAME", or a person line then "for Title" / "in Title
        directed by NAME". The block ends at a blank heading, a section heading ("SHORT
        FILMS"), a heading of an award the gazetteer lacks ("PALME D'OR DU COURT MÉTRAGE") or
        a line of prose."""
        winners: list[ProposedWinner] = []
        headings: list[tuple[int, int]] = []
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", self.masked)]
        index = 0
        while index < len(lines):
            start, line = lines[index]
            index += 1
            heading = self._palmares_heading(start, line)
            if heading is None:
                continue
            headings.append((start, start + len(line)))
            found_before = len(winners)
            mixed_case = _in_mixed_case(line)
            if mixed_case and self._section_line_above(start):
                continue  # "Orizzonti" above "Best Director": another section's award
            mention, festival, award = heading
            year = self._event_year(start, start + len(line), start + mention.start, start + mention.end)
            person = False
            while index < len(lines):
                item_start, item = lines[index]
                if mixed_case and not _LIST_DASH_SPLIT.search(item):
                    break  # (a mixed-case block's items part film and person with a dash)
                if _TIE_NOTE_LINE.fullmatch(item):
                    index += 1  # "ex-aequo :": the items below are tied winners
                    continue
                credited_next = index + 1 < len(lines) and _PALMARES_CREDIT_LINE.match(lines[index + 1][1])
                # "LA PIANISTE (THE PIANO TEACHER)" over "directed by Michael HANEKE": an
                # upper-case title with its credit below is an item, no section heading.
                if (
                    _palmares_block_ends(item) and not (credited_next and not item.rstrip().endswith(":"))
                ) or (self.gazetteer.find_awards(fold(item))):
                    break
                index += 1
                followed_by_film = index < len(lines) and _PALMARES_FILM_LINE.match(lines[index][1])
                film_line = _PALMARES_FILM_LINE.match(item)
                if film_line is None and followed_by_film:
                    person = True  # "Brillante MENDOZA" then "for Kinatay"
                    continue
                if film_line is None and person:
                    break
                raw = item[film_line.end() :] if film_line else item
                recipients = None if film_line else self._palmares_recipients(raw, award)
                if recipients is not None:
                    raw = raw[recipients.end() :]
                credit = _PALMARES_CREDIT.search(raw)
                credited = (
                    re.sub(r"\s*\([^()]*\)", "", credit.group(1)) if credit else ""
                )  # "(United States)"
                directors = (
                    tuple(_name_case(n) for n in re.split(r"\s+and\s+|,\s*", credited) if n) if credit else ()
                )
                below = _PALMARES_CREDIT.search(" " + lines[index][1]) if index < len(lines) else None
                if not credit and below and _PALMARES_CREDIT_LINE.match(lines[index][1]):
                    # The credit on a line of its own below the title: read with it.
                    credited = re.sub(r"\s*\([^()]*\)", "", below.group(1))
                    directors = tuple(_name_case(n) for n in re.split(r"\s+and\s+|,\s*", credited) if n)
                    index += 1
                title, person_part = self._palmares_item_title(
                    raw[: credit.start()] if credit else raw, award
                )
                if (
                    person_part
                    and not directors
                    and (_DIRECTOR_AWARD.search(award.name) or not _PERSON_AWARD.search(award.name))
                ):
                    # "Apocalypse Now, Francis Ford Coppola" under a film's award: its director.
                    directors = tuple(_name_case(n) for n in re.split(r"\s+and\s+|,\s*", person_part) if n)
                if recipients is not None and not directors and _DIRECTOR_AWARD.search(award.name):
                    directors = (_name_case(recipients.group("people")),)
                title = self._release_english_form(raw, title)
                span = _Span(item_start, item_start + len(item), title, quoted=False)
                if (
                    not title
                    or len(title.split()) > 10
                    or (
                        not credit
                        and not film_line
                        and recipients is None
                        and not person_part
                        and self._is_person(span)
                    )
                ):
                    continue
                if year is not None:
                    winners += self._proposals(festival, award, year, [_FilmChoice(span, directors)])
                person = False
            if len(winners) == found_before and mixed_case:
                headings.pop()  # a line in mixed case heads nothing it could read: prose reads it
        return winners, headings

    def _release_english_form(self, raw: str, title: str) -> str:
        """ "LA PIANISTE (THE PIANO TEACHER)", "LA STANZA DEL FIGLIO (LA CHAMBRE DU FILS / THE
        SON'S ROOM)": a bilingual press release (connectors in two languages, "pour / for")
        writes titles in capitals, the original first and its translations in parentheses, the
        English last. A parenthesis in mixed case is the country's ("(Italie / Italy)")."""
        if self.bilingual_connectors < 2 or not title or title.upper() != title:
            return title
        after = re.match(r"\s*\((?P<forms>[^()\n]{1,120})\)", raw[raw.find(title) + len(title) :])
        if after is None or after.group("forms").upper() != after.group("forms"):
            return title
        english = after.group("forms").split("/")[-1].strip()
        return english if re.search(r"[^\W\d_]{2}", english) else title

    def _palmares_recipients(self, raw: str, award: AwardName) -> re.Match[str] | None:
        """ "Helen Mirren for Cal": the people an item line names before "for" and its film --
        under a person's award (actor, actress, director), or where the article shows every name
        to be a person; never an article-led run or a title the article uses ("Diary for My
        Children" has a one-word head and is a title)."""
        found = _PALMARES_PEOPLE_FOR.match(raw)
        if found is None:
            return None
        people = found.group("people")
        if re.match(r"(?:The|A|An)\s", people) or self._is_title_elsewhere(people):
            return None
        if found.group("link") == "in" and not _PERFORMER_AWARD.search(award.name):
            return None  # "Two Days in Paris": only a performer is "in" a film
        names = [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", people) if n]
        if _PERSON_AWARD.search(award.name) or all(self._is_person_name(name) for name in names):
            return found
        return None

    def _palmares_item_title(self, raw: str, award: AwardName) -> tuple[str, str]:
        """The title of a palmarès item line and the person part it was split from:
        "Rosetta (Belgium-France)", "Pedro Almodóvar – All About My Mother (Spain)",
        "L'Humanité – Bruno Dumont". Parts are separated by a spaced dash; the title part is the
        one with a title's evidence (a country or original-title parenthesis, a title the
        article uses elsewhere), never the part that is a person; without evidence, the layout
        of the award decides: "Person – Title" for a person's award, "Title – Person" otherwise.
        Without a dash, a comma parts the two -- "Apocalypse Now, Francis Ford Coppola", "Jack
        Lemmon, The China Syndrome" -- only where one part is shown to be a person; a title's
        own commas stay: "Lust, Caution", "Where Are You, Mrs. Dery?"."""
        parts = [p for p in _PALMARES_PART_SPLIT.split(raw.strip()) if p.strip(" -–—")]
        comma = len(parts) == 1
        if comma:
            parts = [p for p in re.split(r",\s+(?![^()]*\))", raw.strip()) if p.strip(" -–—")]
        if len(parts) != 2:
            return _clean_title(re.sub(r"\s*\([^()]*\)", "", raw)), ""
        cleaned = [_clean_title(re.sub(r"\s*\([^()]*\)", "", part)) for part in parts]
        if comma:
            people = [self._is_item_person(index, parts, cleaned, award) for index in range(2)]
            if people.count(True) != 1:
                return _clean_title(re.sub(r"\s*\([^()]*\)", "", raw)), ""
            return cleaned[people.index(False)], cleaned[people.index(True)]
        scores = []
        for part, text in zip(parts, cleaned, strict=True):
            score = 0
            # ("J'accuse - Roman Polanski (France/Italy)": the line's closing country note is
            # no title's evidence.)
            if "(" in _LIST_COUNTRY_NOTE.sub("", part):
                score += 2
            if text and self._is_title_elsewhere(text):
                score += 2
            if text and self._is_person(_Span(0, 0, text, quoted=False)):
                score -= 3
            scores.append(score)
        if scores[0] == scores[1]:
            chosen = 1 if _PERSON_AWARD.search(award.name) else 0
        else:
            chosen = 0 if scores[0] > scores[1] else 1
        return cleaned[chosen], cleaned[1 - chosen]

    def _is_item_person(self, index: int, parts: list[str], cleaned: list[str], award: AwardName) -> bool:
        """Whether part ``index`` of a "A, B" palmarès item is its person: a name the article
        shows as a person, or full names (two to four words each) that lead the line under a
        person's award or stand beside a part with a title's evidence (a parenthesis before the
        comma, an article-led or elsewhere-used title)."""
        text, other = cleaned[index], cleaned[1 - index]
        if not text or not other:
            return False
        if self._is_person(_Span(0, 0, text, quoted=False)):
            return True
        names = re.split(r"\s+(?:and|&)\s+", text)
        if (
            not _LIST_NAME.fullmatch(text)
            or not all(2 <= len(name.split()) <= 4 and self.people.clean(name) == name for name in names)
            or self._is_title_elsewhere(text)
        ):
            return False
        if index == 0 and _PERSON_AWARD.search(award.name):
            return True
        # A parenthesis closing the line is the production country's ("(United States)").
        return (
            (index == 1 and "(" in parts[0])
            or bool(re.match(r"(?:The|A|An)\s", other))
            or self._is_title_elsewhere(other)
        )

    def _palmares_heading(self, start: int, line: str) -> tuple[AwardMention, FestivalName, AwardName] | None:
        """An upper-case line that is nothing but award names of one award ("PRIX DU SCÉNARIO
        – AWARD FOR BEST SCREENPLAY"), with its festival."""
        stripped = line.strip().rstrip(":")
        if not re.search(r"[^\W\d_]", re.sub(r"\([^()]*\)", "", stripped)) or len(stripped) > 100:
            return None
        if _in_mixed_case(stripped) and not self._heads_an_item(start, stripped):
            return None
        folded = fold(line)
        mentions = self.gazetteer.find_awards(folded)
        if not mentions:
            return None
        rest = folded
        for mention in mentions:
            rest = rest[: mention.start] + " " * (mention.end - mention.start) + rest[mention.end :]
        if re.sub(_PALMARES_HEADING_FILLER, "", rest).strip(" \t-–—:|/()"):
            return None
        resolved = {self._disambiguate(mention, start, start + len(line)) for mention in mentions}
        if len(resolved) != 1 or None in resolved:
            return None
        found = resolved.pop()
        assert found is not None
        return mentions[0], found[0], found[1]

    def _other_section_before(self, s_start: int, a_start: int) -> re.Match[str] | None:
        """A sidebar section named before an award in its sentence ("France consoles itself in
        the section Orizzonti, where F obtains the prize of the staging"), or by the paragraph's
        opening words ("In the Orizzonti section, the jury ... . Spain's X saw Y crowned Best
        Actress for Madre")."""
        named = _OTHER_SECTION_NAMED.search(self.masked, s_start, a_start)
        if named:
            return named
        paragraph_start = self.masked.rfind("\n\n", 0, a_start) + 2 if "\n\n" in self.masked[:a_start] else 0
        if paragraph_start >= s_start:
            return None
        return _OTHER_SECTION_LEAD.match(self.masked[paragraph_start : paragraph_start + 200])

    def _section_line_above(self, start: int) -> bool:
        """Whether the nearest short heading line above ``start`` that names a section names
        another one than the main competition ("Orizzonti", not "Venezia 76 - International
        Competition")."""
        for line in reversed(_NEXT_LINE.findall(self.masked, 0, start)):
            stripped = line.strip()
            if (
                len(stripped) > 60
                or re.search(r"[.!?:;,]$", stripped)
                or self.gazetteer.find_awards(fold(line))
            ):
                continue
            if re.search(r"\b(?:competition|concorso)\b", stripped, re.IGNORECASE):
                return False
            if _SECTION_HEADING.search(stripped) and not _LIST_DASH_SPLIT.search(stripped):
                return True
        return False

    def _heads_an_item(self, start: int, line: str) -> bool:
        """ "Golden Lion for Best Film" over "Joker - Todd Phillips (USA)": a line in mixed case
        is a palmarès heading when it stands alone (no sentence, no list line's colon) and the
        next line is an item, not prose."""
        if re.search(r"[.!?:;,]$", line) or len(line) > 80 or re.search(r"\b[A-Z]{3,}\b", line):
            return False  # ("GOLDEN LION (Leone d'Oro) for best film": the upper-case layout's)
        following = _NEXT_LINE.search(self.masked, start + len(line) + 1)
        return following is not None and not _palmares_block_ends(following.group())

    def _winners_for(self, mention: AwardMention, s_start: int, s_end: int) -> list[ProposedWinner]:
        text = self.masked
        a_start, a_end = s_start + mention.start, s_start + mention.end
        # Bounded windows keep a pathological "sentence" of thousands of words linear.
        s_start = max(s_start, a_start - _CONTEXT_CHARS)
        s_end = min(s_end, a_end + _CONTEXT_CHARS)
        left, right = text[s_start:a_start], text[a_end:s_end]
        # "X missed out on the Palme d'Or, which went to F": the relative clause tells this win,
        # whatever the subject lost.
        relative_win = _WHICH_WENT_TO.match(right)
        if (
            relative_win
            and _WIN_BEFORE.search(left)
            and self._starts_with_person(a_end + relative_win.end())
            and (
                recipient := re.match(
                    _NAME, self.masked[a_end + relative_win.end() : a_end + relative_win.end() + 80]
                )
            )
            and _looks_like_full_name(recipient.group())
        ):
            # '"Room at the Top" also won the award for the best screenplay ..., which went to Neil
            # Paterson': the film won; the relative clause names the writer who took it.
            relative_win = None
        win_after = (
            relative_win
            or _WIN_AFTER.search(right)
            or _WINNER_IS_AFTER.match(right)
            or (_IS_AFTER.match(right) if _WINNER_OF_BEFORE.search(left) else None)
        )
        # "Eddie Murphy lost best supporting actor to Alan Arkin": the loss names the winner.
        lost = _LOST_BEFORE.search(left)
        lost_to = _GIVE_AFTER.search(right) if lost else None
        give = (
            (_GIVE_BEFORE.search(left) and _GIVE_AFTER.search(right))
            or (_BESTOW_BEFORE.search(left) and _BESTOW_AFTER.search(right))
            or (_SPLIT_BEFORE.search(left) and _SPLIT_AFTER.search(right))
            or lost_to
        )
        win_before = (
            None
            if give
            else (
                _WIN_BEFORE.search(left)
                or _WEAK_WIN_BEFORE.search(left)
                or _BEAT_FOR_BEFORE.search(_blank_quoted_titles(left))
                or (_WINNER_OF_TAIL.search(left) if _CLEFT_WINNER_OF.search(left) else None)
                or self._win_before_award_list(left, s_start)
            )
        )
        # ("The jury's prize: ”Loveless”, ...": an article before a lower-case award opens it too;
        # "The Grand Jury Prize: Dramatic was presented to" is a sentence.)
        list_lead = _LIST_LINE_LEAD.fullmatch(left) or (left.strip() == "The" and text[a_start].islower())
        list_line = _LIST_SEPARATOR.search(right) if list_lead else None
        if list_line is None and not left.strip() and self._is_bare_list_line(s_start):
            # "▽Grand Prix "BlacKkKlansman" (Spike Lee director, America)", "▽Director award
            # Pawel Pawlikowski "Cold war"": Japanese copy's list line, no separator; only a
            # quoted title (or a name and one) right behind the award opening its own line.
            list_line = _BARE_LIST_ITEM.match(right)
        if list_line is None and _WINNERS_LIST_LEAD.search(left):
            # "Other winners: documentary feature, "Man on Wire" (James Marsh); foreign language
            # film, "Departures"": an inline list, one "award, film" item per semicolon.
            list_line = _WINNERS_LIST_ITEM.match(right)
            if list_line and _NOT_NEWS.search(self._cue_text(s_start, a_start, a_start)):
                return []
        clause_start = _clause_start(text, s_start, a_start)
        if not (win_before or win_after or give or list_line):
            # "The Silver Bear ... received the French director X for "F"": the award as the
            # subject of a win verb (machine translation keeps the source's word order).
            win_after = self._award_subject(text, clause_start, a_start, right)
        if not (win_before or win_after or give or list_line) and _AWARD_SUBJECT_LEAD.fullmatch(
            text[clause_start:a_start]
        ):
            # "The Special Prize of the Jury to «Teza» of Haile Gerima": a verb-less palmarès
            # sentence, the award opening its clause and "to" a quoted title right after it.
            verbless = _VERBLESS_TO.match(right)
            title = _QUOTED_TITLE.match(right, verbless.end()) if verbless else None
            if title is not None:
                # The quoted title right after "to" is the winner, whatever its casing.
                at = a_end + title.start()
                span = _Span(at, at + len(title.group()), title.group()[1:-1], quoted=True)
                window = self._cue_text(clause_start, a_end + title.end() + 30, a_start)
                if _NOT_NEWS.search(window) or _FALLBACK_NOT_NEWS.search(window):
                    return []
                resolved = self._disambiguate(mention, s_start, s_end)
                year = self._event_year(s_start, s_end, a_start, a_end)
                if resolved is None or year is None:
                    return []
                return self._proposals(
                    resolved[0], resolved[1], year, [_FilmChoice(span, self._directors_near(span, s_end))]
                )
        if (
            not (win_before or win_after or give or list_line)
            and clause_start > s_start
            and _GAPPED_AWARD_LEAD.fullmatch(text[clause_start:a_start])
            and re.search(r",[”\"»]?\s+and\s+$", text[s_start:clause_start])
            and _GOES_TO_ANYWHERE.search(text, s_start, clause_start)
            # Lower case only: "The Favourite" is a title, "the favourite" a hope.
            and not any(
                cue.group()[0].islower()
                for cue in _NOT_NEWS.finditer(self._cue_text(s_start, clause_start, a_start))
            )
        ):
            # "The screenplay prize went to X for F, and the Special Jury Prize to G": a
            # coordinated clause that shares the "went to" of the clause before it.
            win_after = re.match(r"\s*to\s+", right)
        and_the = _AND_THE_BEFORE.search(left)
        if (
            not (win_before or win_after or give or list_line)
            and and_the
            and _GOES_TO_ANYWHERE.search(text, s_start, a_start - len(and_the.group()))
            and not _NOT_NEWS.search(self._cue_text(s_start, a_start, a_start))
        ):
            # "The supporting actor award went to Brad Pitt of 'F' and the supporting actress
            # award to Laura Dern of 'G'": the same, without the comma.
            win_after = re.match(r"\s*to\s+", right)
        if not (win_before or win_after or give or list_line):
            # "Kaluuya is best supporting actor for F": a present-tense copula, as live blogs
            # and headlines write it.
            win_before = _COPULA_BEFORE.search(left) or (
                # "20 Days in Mariupol ... is your Documentary Feature winner": a live blog's
                # present tense, the award as the winner's label.
                _COPULA_WINNER_BEFORE.search(left) if re.match(r"\s+winner\b", right) else None
            )
        enumeration = None if (win_after or give or list_line) else self._enumeration(text, s_start, a_start)
        gapped = False
        verb_final = None
        if not (win_before or win_after or give or list_line or enumeration is not None):
            # "... the Grand Jury Prize to F, and its star X the Volpi Cup": a coordinated clause
            # that shares the win verb of the clause before it.
            gapped = self._is_gapped_win(text, s_start, clause_start, a_start)
            if not gapped:
                # "Tavernier has yesterday evening with L'appât the Golden Bear of the 45th
                # festival won.": Dutch and German put the verb last, machine translation too.
                verb_final = _VERB_FINAL_WIN.match(right)
                if verb_final is None or not _HAS_BEFORE.search(text, clause_start, a_start):
                    return []
        cue_end = self._past_open_title(a_end + 30)
        window = _without_asides(self._cue_text(clause_start, cue_end, a_start), a_start - clause_start)
        if lost and lost_to and s_start + lost.start() >= clause_start:
            # "lost best supporting actor to X": the loss is the recipient's win, no cue.
            at, to = s_start + lost.start() - clause_start, s_start + lost.end() - clause_start
            window = window[:at] + " " * (to - at) + window[to:]
        ceremony = _CEREMONY_RELATIVE.search(left) if win_before else None
        if ceremony:
            # "The evening's most political award went to Brian De Palma, who won the Silver Lion
            # for Redacted": the relative clause tells the ceremony's award, no past win.
            window = self._cue_text(s_start + ceremony.start("verb"), cue_end, a_start)
        if relative_win:
            relative_end = a_end + relative_win.end() + _clause_length(right[relative_win.end() :])
            # The relative clause is a background span, which the cue text blanks: read it raw.
            window = _without_false_cues(_blank_quoted_titles(text[a_start:relative_end]))
            years = {int(y) for y in _YEAR_RE.findall(window)}
            if years and self.article_year not in years:
                return []  # "the Palme d'Or, which went to F in 2006": another edition
        # "It was Anora that took the Palme d'Or": a cleft sentence, not a relative clause.
        window = _CLEFT.sub(r"\1", window)
        # (A quoted title's words are no cue: "has gone to ''The favourites of the moon''".)
        if _NOT_NEWS.search(_blank_quoted_titles(window)):
            return []
        if gapped and any(
            # Lower case only: "The Favourite" is a title, "the favourite" a hope.
            cue.group()[0].islower()
            for cue in _NOT_NEWS.finditer(self._cue_text(s_start, clause_start, a_start))
        ):
            return []
        resolved = self._disambiguate(mention, s_start, s_end)
        if resolved is None:
            return []
        festival, award = resolved
        if self._lacks_own_year(festival, s_start, s_end, a_start, a_end):
            return []
        if (lost_to or _WENT_ON_TO.search(window)) and festival not in self.main_festivals:
            # "La La Land went on to win six Oscars, though it lost best picture to Moonlight",
            # told in a Toronto story: what a film did next, or lost elsewhere, is history.
            return []
        section = (
            _OTHER_SECTION_BEFORE.search(left)
            or _OTHER_SECTION_LEAD.match(text[s_start:a_start])
            or self._other_section_before(s_start, a_start)
            or _OTHER_SECTION_AFTER.match(right)
            or (self._list_section(a_start) if list_line else None)
            or _list_qualifier_section(list_line)
        )
        section_name = section and (section.groupdict().get("section") or section.group("section_after"))
        if section_name and fold(section_name).split()[0] not in fold(award.name):
            # "won the documentary Audience Award", "In the documentary competition, the Grand
            # Jury Prize went to": a sidebar's prize that shares its name with the main one.
            return []
        year = self._event_year(s_start, s_end, a_start, a_end)
        if year is None:
            return []
        choices: list[_FilmChoice]
        if enumeration is not None:
            # "won four awards — best picture, best director and ...": every item is the
            # subject's win, whatever "for X" follows an item.
            choices = self._films_of_subject_only(s_start, enumeration)
        elif list_line and not (win_after or give):
            offset = a_end + list_line.end()
            line_end = text.find("\n", offset)
            item_end = text.find(";", offset, s_end) if _WINNERS_LIST_LEAD.search(left) else -1
            line_end = item_end if item_end >= 0 else line_end
            choices = self._films_in_list_line(offset, s_end if line_end < 0 else min(line_end, s_end), award)
        elif win_after or give or list_line:
            separator = win_after or give or list_line
            assert separator is not None
            offset = a_end + separator.end()
            # A tie names its winners as a coordination: "was shared by "A", Ly's portrait of
            # ..., and the western "B"" -- the ", and" joins winners, it opens no new clause.
            tie = re.search(
                r"\b(?:shared|split|divided|between|ex[\s-]aequo|jointly|tie)\b",
                separator.group(),
                re.IGNORECASE,
            )
            counted = _TIE_COUNT.match(text, offset, s_end)
            if counted:
                # "went to two women: A, for ..., and B, who plays ...": the count opens a tie.
                offset = counted.end()
            length = _tie_length(text[offset:s_end]) if tie or counted else _clause_length(text[offset:s_end])
            if counted:
                # "went to three films: A, ...; B, ...; and C": a counted list runs over its ";".
                length = _tie_length(text[offset:s_end].replace(";", ","))
            tied = (
                self._tied_for_films(offset, offset + length, award)
                or self._tied_quoted_titles(offset, offset + length)
                or (
                    self._tied_list_items(
                        offset, offset + length, award, two=counted.group().split()[0].lower() == "two"
                    )
                    if counted
                    else []
                )
                if tie or counted
                else []
            )
            choices = tied or self._films_in_object(offset, offset + length, award)
            if lost_to:
                # "lost supporting actor to Rylance", "lost the Palme d'Or to Emilia Perez": after a
                # loss only a marked title is the winner's film -- quoted, or in parentheses after
                # the winner ("to Alan Arkin ("Little Miss Sunshine")"); a bare name may be a person.
                choices = [
                    c for c in choices if c.span.quoted or text[c.span.start - 1 : c.span.start] == "("
                ]
        elif gapped or verb_final is not None:
            choices = self._films_for_subject(clause_start, a_start, a_end, s_end, award)
        else:
            assert win_before is not None
            choices = self._films_for_subject(s_start, s_start + win_before.start(), a_end, s_end, award)
            # (The list is looked for only when nothing else was found: it runs the gazetteer.)
            listed = self._win_before_award_list(left, s_start) if not choices and self.films_so_far else None
            if listed is not None and listed.start() == win_before.start():
                # "Parasite winning best picture, best director, ...": a later item of the list
                # goes to the subject the list's first award went to.
                film, directors = self.films_so_far[-1]
                subject = text[s_start : s_start + win_before.start()]
                at = subject.rfind(film)
                span = _Span(s_start + at, s_start + at + len(film), film, quoted=False)
                if at >= 0 and not self._is_person(span) and not self.people.resolve(film, s_start + at):
                    choices = [_FilmChoice(span, directors)]
        return self._proposals(festival, award, year, choices)

    def _win_before_award_list(self, left: str, s_start: int) -> re.Match[str] | None:
        """The win verb of a list of awards this one continues: "Parasite winning best picture,
        best director, best original screenplay and best international feature"."""
        cut = len(left)
        for mention in reversed(self.gazetteer.find_awards(self.folded[s_start : s_start + len(left)])):
            if not re.fullmatch(r"\s*(?:,|,?\s+and)\s+", left[mention.end : cut]):
                break
            cut = mention.start
        if cut == len(left):
            return None
        return _WIN_BEFORE.search(left, 0, cut) or _WEAK_WIN_BEFORE.search(left, 0, cut)

    def _proposals(
        self, festival: FestivalName, award: AwardName, year: int, choices: list[_FilmChoice]
    ) -> list[ProposedWinner]:
        winners = []
        for choice in choices:
            if _PRONOUN_CLAUSE.match(choice.span.text):
                continue  # '"..." He added "..."': a sentence's subject and verb, no title
            film = self._name_used_elsewhere(choice.span) or _clean_title(self._comma_widened(choice.span))
            if not film or self.gazetteer.is_known_name(film) or self._is_person_name(film):
                continue
            if not choice.span.quoted and self._quotes_its_titles() and _looks_like_full_name(film):
                continue  # "went to the veteran Ben Johnson" where every title is «quoted»
            if self.gazetteer.is_trophy_name(film):
                continue  # 'The Grand prize of the jury „Silver Bear“ was given to': the trophy's name
            if choice.span.quoted:
                film = self._full_form_of(film)
            if is_nationality(film):
                continue  # "Romanian film 'Child's Pose' wins": the nationality describes the film
            dated = _FILM_YEAR_AFTER.match(self.masked, choice.span.end, choice.span.end + 12)
            if dated and int(dated.group(1)) not in {year, year - 1}:
                continue  # 'twice, with "The Ballad of Narayama" (1983) and "Unagi" (1997)': history
            # The parenthesised form of a title is never its director.
            directors = tuple(d for d in choice.directors if fold(d) != fold(film))
            directors = directors or self._directors_elsewhere(film)
            winners.append(
                ProposedWinner(
                    festival=festival.short_name,
                    award=award.name,
                    year=year,
                    film=film,
                    directors=tuple(dict.fromkeys(directors)),
                )
            )
        if not winners:
            logger.debug("a win of %s with no recognisable film; nothing proposed", award.name)
        return winners

    def _quotes_its_titles(self) -> bool:
        """Whether the article marks its titles with guillemets or low-high quotes (three or more
        short ones: «La Dernière Séance», „Oppenheimer“), where a bare name is no title."""
        if self.titles_marked is None:
            marked = [
                m
                for m in _QUOTED_TITLE.finditer(self.masked)
                if m.group()[0] in "«„" and _is_short_title(m.group())
            ]
            self.titles_marked = len(marked) >= 3
        return self.titles_marked

    def _comma_widened(self, span: _Span) -> str:
        """The span's text, with the title parts a comma cut off ("I, Tonya", "Paris, Texas")."""
        if span.quoted or span.end <= span.start or self.masked[span.start : span.end] != span.text:
            return span.text
        start, end = _with_comma_parts(self.masked, span.start, span.end)
        return self.masked[start:end]

    def _name_used_elsewhere(self, span: _Span) -> str | None:
        """ "Shakespeare Apaixonado" (Shakespeare in Love): a title followed by another form of
        it in parentheses -- a translation's local release title and the original, or the
        original and a gloss -- is the form the article itself uses as a title elsewhere, or,
        where two or more such pairs show the article's convention ("Deuses e Monstros" (Gods
        and Monsters) beside them), the parenthesised form. Otherwise the title stays as written
        ("El otro" (The Other))."""
        form = self._parenthesised_form(span.end) if span.end > span.start else None
        if form is None:
            return None
        # The convention is read from quoted pairs, so it decides only for a quoted title.
        convention = span.quoted and self._parenthesis_names_films()
        return form if self._is_quoted_elsewhere(form) or convention else None

    def _parenthesised_form(self, end: int) -> str | None:
        """The other form of a title in parentheses right after it: no year, country or person."""
        other = _PARENTHESISED_FORM.match(self.masked, end)
        if other is None:
            return None
        form = other.group("form").strip()
        if _YEAR_RE.search(form) or _is_country(form) or self._is_person_name(form):
            return None
        return form

    def _full_form_of(self, title: str) -> str:
        """ "No Country" -> "No Country for Old Men": a quoted title that shortens the one longer
        title the article quotes beginning with it. A one-word title is a film of its own: AP's
        "Up," won animated feature while "Up in the Air" went home empty-handed."""
        if " " not in title.strip():
            return title
        longer = {
            match.group()[1:-1].strip(" ,.")
            for match in _QUOTED_TITLE.finditer(self.masked)
            # (Not "Grand Canyon – In the Heart of the City": a subtitle is the film's other form.)
            if re.match(re.escape(title) + r" [a-z]", match.group()[1:])
        }
        return longer.pop() if len(longer) == 1 else title

    def _is_quoted_elsewhere(self, title: str, more_than: int = 0) -> bool:
        """Whether the article quotes ``title`` as a title more than ``more_than`` times."""
        return len(re.findall(rf"[“\"«]{re.escape(title)}[,.]?[”\"»]", self.masked)) > more_than

    def _parenthesis_names_films(self) -> bool:
        """The article's convention for "Title" (Other Form) pairs: the parenthesised form is its
        name for the film when two or more pairs use that form as a title elsewhere and no pair
        uses its first form so."""
        if self.parenthesis_convention is None:
            votes = {"parenthesis": 0, "quoted": 0}
            for quoted in _QUOTED_TITLE.finditer(self.masked):
                form = self._parenthesised_form(quoted.end())
                if form is None:
                    continue
                if self._is_quoted_elsewhere(form):
                    votes["parenthesis"] += 1
                elif self._is_quoted_elsewhere(quoted.group()[1:-1].strip(" ,."), more_than=1):
                    votes["quoted"] += 1
            self.parenthesis_convention = votes["parenthesis"] >= 2 and not votes["quoted"]
        return self.parenthesis_convention

    def _fallback_winners(self, mention: AwardMention, s_start: int, s_end: int) -> list[ProposedWinner]:
        """The sentence-level rule: an award, one film title and some win evidence in the
        award's clause, with no cue that the win is hoped for or history.

        The win constructions above are precise but each is one phrasing; unseen articles keep
        finding new ones ("the Jury Prize was for", "recompenses X for"). Here the phrasing is
        not parsed, so the rest must be unambiguous: exactly one marked (quoted) film title in
        the clause, and no negative cue anywhere in it. With none or several, the award pairs with
        the nearest marked title of its own stretch of the clause (:meth:`_paired_film`)."""
        text = self.masked
        sentence_start, sentence_end = s_start, s_end
        a_start, a_end = s_start + mention.start, s_start + mention.end
        s_start = max(s_start, a_start - _CONTEXT_CHARS)
        s_end = min(s_end, a_end + _CONTEXT_CHARS)
        clause_start = _clause_start(text, s_start, a_start)
        clause_end = a_end + _tie_length(text[a_end:s_end])
        # Evidence and cues are read in the whole sentence up to the clause's end, titles
        # blanked: "If Beale Street Could Talk" holds no hope, "The Favourite" no favourite.
        sentence = _QUOTED_TITLE.sub(
            "“…”", _without_asides(self._cue_text(s_start, clause_end, a_start), a_start - s_start)
        )
        if not _FALLBACK_WIN_EVIDENCE.search(sentence):
            return []
        if _NOT_NEWS.search(sentence) or _FALLBACK_NOT_NEWS.search(sentence):
            return []
        resolved = self._resolved_award(mention, sentence_start, sentence_end)
        if resolved is None:
            return []
        festival, award, year = resolved
        marked = [
            span
            for span in self._spans(clause_start, clause_end)
            if span.quoted
            and not self._is_person(span)
            and not a_start <= span.start < a_end
            # "X, who won last year for "Birdman," picked up ...": a title in an aside that
            # tells a win of its own.
            and not self._in_told_win(span)
        ]
        if not marked:
            # No quoted title: a title-case span right after "for" behind the award ("the
            # Prize of the Jury was for Bad Living, of ...").
            marked = [
                span
                for span in map(self._after_person_for, self._spans(a_end, clause_end))
                if re.search(r"\bfor\s+$", text[max(a_end, span.start - 5) : span.start])
                and not self._is_person(span)
            ]
        distinct = list({fold(span.text): span for span in marked}.values())
        if len(distinct) > 1 and all(span.quoted for span in distinct) and _TIE_CUE.search(sentence):
            # "the prize ... was divided: ... was for X by "A" and for Y by "B"": a tie -- unless
            # another year dates it: 'after Werner Schroeter his „Palermo oder Wolfsburg" 1980 the
            # prize shared with the american „Heartland"'.
            told = _QUOTED_TITLE.sub("“…”", text[clause_start:clause_end])
            if any(
                int(found.group()) != year
                and not self._in_background(clause_start + found.start(), clause_start)
                for found in _YEAR_RE.finditer(told)
            ):
                return []
            return self._proposals(
                festival,
                award,
                year,
                [_FilmChoice(span, self._directors_near(span, clause_end)) for span in distinct],
            )
        if len(distinct) > 1 and re.search(
            r"\bfor\s+(?:the\s+)?$", text[max(clause_start, a_start - 12) : a_start]
        ):
            # 'Other winners included "Murder on a Sunday Morning," about ..., for documentary
            # feature, and "Black Hawk Down" for film editing': each title before its "for".
            before = [span for span in marked if span.end <= a_start]
            if before and not self.gazetteer.find_awards(self.folded[before[-1].end : a_start]):
                distinct = marked = before[-1:]
        if len(distinct) != 1:
            # None, or a choice the clause alone cannot make: the pairing rule's, the weakest
            # evidence, so never for an award that already has its winner.
            if award.name in self.awards_told:
                return []
            choice = self._paired_film(year, s_start, s_end, a_start, a_end, clause_start, clause_end)
            if choice is None:
                return []
            logger.debug("paired win of %s for %s", award.name, choice.span.text)
            return self._proposals(festival, award, year, [choice])
        span = marked[0]
        if self._past_year_after(span, year):
            return []  # "(for « Brokeback Mountain » in 2005 and ...)": a past win
        logger.debug("fallback win of %s for %s", award.name, span.text)
        return self._proposals(
            festival, award, year, [_FilmChoice(span, self._directors_near(span, clause_end))]
        )

    def _resolved_award(
        self, mention: AwardMention, s_start: int, s_end: int
    ) -> tuple[FestivalName, AwardName, int] | None:
        """The festival, award and year of a mention no construction read, when the article
        tells them unambiguously: a festival it names, the main competition (no sidebar), the
        edition's own year. The last-resort rules propose nothing without them."""
        a_start, a_end = s_start + mention.start, s_start + mention.end
        s_start = max(s_start, a_start - _CONTEXT_CHARS)
        s_end = min(s_end, a_end + _CONTEXT_CHARS)
        resolved = self._disambiguate(mention, s_start, s_end)
        if resolved is None:
            return None
        festival, award = resolved
        if self._lacks_own_year(festival, s_start, s_end, a_start, a_end):
            return None
        named = {f.key for f in self.main_festivals} | {m.festival.key for m in self.festival_mentions}
        if festival.key not in named:
            return None  # an alias shared with a festival the article never names
        text = self.masked
        lead = text[s_start:a_start]
        if (
            _OTHER_SECTION_BEFORE.search(lead)
            or _OTHER_SECTION_LEAD.match(lead)
            or self._other_section_before(s_start, a_start)
            or _OTHER_SECTION_AFTER.match(text[a_end:s_end])
        ):
            return None
        year = self._event_year(s_start, s_end, a_start, a_end)
        return None if year is None else (festival, award, year)

    def _paired_film(
        self,
        year: int,
        s_start: int,
        s_end: int,
        a_start: int,
        a_end: int,
        clause_start: int,
        clause_end: int,
    ) -> _FilmChoice | None:
        """The marked film title nearest an award, in the stretch of its clause no other award
        mention is nearer to; after the award when another award opens the stretch ("the Grand
        Prize was received by X's F, the Jury Prize by Y's G")."""
        if _TIMES_BEFORE.search(self.masked, max(0, a_start - 16), a_start):
            return None  # "two times palmés", "a two-time Oscar winner": a count of past wins
        others = [
            (s_start + m.start, s_start + m.end)
            for m in self.gazetteer.find_awards(self.folded[s_start:s_end])
            if not (s_start + m.start < a_end and a_start < s_start + m.end)
        ]
        lo = max([clause_start] + [e for _, e in others if e <= a_start])
        hi = min([clause_end] + [b for b, _ in others if b >= a_end])
        spans = [
            span
            for span in self._spans(lo, hi)
            if not (a_start <= span.start < a_end)
            and not self._is_person(span)
            and not (not span.quoted and self._is_name_shaped(span.text))
            and (
                span.quoted
                or (
                    (
                        self._has_film_marker(span, lo)
                        or re.search(r"\b(?:for|with|by)\s+$", self.masked[lo : span.start])
                    )
                    and len(_CONTENT_LOWER.findall(span.text)) <= 2
                    and not re.match(r"\S+['’]s?\s+[a-z]", span.text)  # "Batman's arch-nemesis"
                )
            )
            and not self._background_says_more(span, lo, hi)
            and not self._in_told_win(span)
            and not _AFTER_EARLIER.search(self.masked, max(lo, span.start - 12), span.start)
        ]
        if lo > clause_start:
            # Between two awards a title before this one is the earlier award's.
            spans = [span for span in spans if span.start >= a_end]
        if not spans:
            return None
        nearest = min(spans, key=lambda span: min(abs(span.start - a_end), abs(a_start - span.end)))
        glossed = [
            span for span in spans if _PARENTHESISED_FORM.fullmatch(self.masked, span.end, nearest.end)
        ]
        if glossed:
            nearest = glossed[0]  # "Infiltrated in the KKKlan (BlacKkKlansman)": the first form
        if self._past_year_after(nearest, year):
            return None  # '(for "Brokeback Mountain" in 2005 ...)': a past win
        for other in spans:
            between = self.masked[min(other.end, nearest.end) : max(other.start, nearest.start)]
            if (
                other is not nearest
                and len(between) <= 8
                and re.fullmatch(r"[,\s”\"»“«]*(?:(?:and|or)\s*)?[“\"«]?", between)
            ):
                return None  # a list of titles: which one is this award's the clause cannot say
        return _FilmChoice(nearest, self._directors_near(nearest, hi))

    def _past_year_after(self, span: _Span, year: int) -> bool:
        """Whether a year other than the edition's follows the title: '"Brokeback Mountain" in
        2005', "Rosetta (1999)"."""
        dated = re.match(
            r"[”\"»]?\s*[(,]?\s*(?:in\s+)?((?:19|20)\d\d)\b", self.masked[span.end : span.end + 14]
        )
        return dated is not None and int(dated.group(1)) not in {year, year - 1}

    def _is_name_shaped(self, text: str) -> bool:
        """ "Maren Eggert", "French actresses Isabelle Huppert": two or three capitalised words
        a person's name could be (the pairing rule's titles must look like none)."""
        words = text.split()
        return (
            2 <= len(words) <= 3
            and words[0] not in {"The", "A", "An"}
            and self.people.clean(text) == text
            and bool(_NAME_RE.fullmatch(text))
        ) or bool(re.search(r"\b(?:actors?|actress(?:es)?|directors?)\s+[A-Z]", text))

    def _after_person_for(self, span: _Span) -> _Span:
        """ "Peter Sarsgaard for Memory" is one title-case run: the part after "for" when the
        part before it is a person."""
        person, _, film = span.text.rpartition(" for ")
        if not person.strip() or not film.strip():
            return span
        if not (
            self._is_person_name(person)
            or (2 <= len(person.split()) <= 3 and self.people.clean(person) == person)
        ):
            return span
        start = span.end - len(film)
        return _Span(start, span.end, film, quoted=False)

    def _award_subject(self, text: str, clause_start: int, a_start: int, right: str) -> re.Match[str] | None:
        """The win verb after an award that opens its clause ("The Caméra d'Or crowned X")."""
        lead = text[clause_start:a_start]
        if not _AWARD_SUBJECT_LEAD.fullmatch(lead):
            # "... was American Wesley Snipes ("One Night Stand"), the best actress prize was
            # ...": a comma splice after a closed palmarès item opens a clause too.
            head, comma, tail = lead.rpartition(",")
            if not (comma and head.rstrip().endswith(")") and _AWARD_SUBJECT_LEAD.fullmatch(tail)):
                return None
        return _AWARD_SUBJECT_VERB.match(right)

    def _is_gapped_win(self, text: str, s_start: int, clause_start: int, a_start: int) -> bool:
        """True for an award in a verb-less clause coordinated with an earlier win clause of
        the same sentence: "X won A for F, and Y B for G", "handed A to F, and X B"."""
        before = text[s_start:a_start]
        shared_verb = re.search(r"\bfor\s+[^.;:,]{1,60}\s+and\s+(?:the\s+)?$", before)
        if shared_verb and (
            _WIN_VERB_ANYWHERE.search(before, 0, shared_verb.start())
            and self.gazetteer.find_awards(fold(before[: shared_verb.start()]))
        ):
            # "the film obtained the prize of the staging for X and the prize of masculine
            # interpretation for Y": a second award object of the same win verb.
            return True
        if clause_start <= s_start or not re.search(r",[”\"»]?\s+and\s+$", text[s_start:clause_start]):
            return False
        lead = text[clause_start:a_start]
        words = re.findall(r"[\w'’\-]+", lead)
        if not words or not any(word[0].isupper() for word in words):
            return False
        if any(word.islower() and word not in _GAPPED_LOWER_WORDS for word in words):
            return False  # a verb or another construction of its own
        earlier = text[s_start:clause_start]
        return bool(_WIN_VERB_ANYWHERE.search(earlier) or _GIVE_VERB_ANYWHERE.search(earlier))

    def _disambiguate(
        self, mention: AwardMention, s_start: int, s_end: int
    ) -> tuple[FestivalName, AwardName] | None:
        """Pick the festival of a generic award name from its context: the nearest festival in
        the sentence, then earlier mentions, the title, the article's first festival. A
        generic name ("Grand Jury Prize") whose context is another festival, one the gazetteer
        has no such award for, is dropped rather than credited to the wrong festival."""
        keys = {festival.key: (festival, award) for festival, award in mention.candidates}
        if len(mention.candidates) == 1 and mention.candidates[0][1].is_top:
            only = mention.candidates[0][0]
            if (
                self.main_festivals
                and only not in self.main_festivals
                and all(m.festival != only for m in self.festival_mentions)
            ):
                # "Audience Award" in a Sundance story is not Toronto's People's Choice Award,
                # though the name is its alias: a top prize of a festival never named.
                return None
            return mention.candidates[0]
        position = s_start + mention.start
        # A festival named in an aside before the award ("Anatomy of a Fall, the Palme d'Or
        # winner from Cannes, won best screenplay") describes the film's past, not this award.
        asides = [
            (s_start + aside.start(), s_start + aside.end())
            for aside in re.finditer(r",\s+[^,;]{1,80},", self.masked[s_start:position])
        ]
        in_sentence = [
            m
            for m in self.festival_mentions
            if s_start <= m.start < s_end
            and not any(start < m.start < end for start, end in asides)
            and not self._in_background(m.start, position)
            # "his Oscar-nominated The Act of Killing": a compound adjective describes a film.
            and not _FESTIVAL_ADJECTIVE.match(self.masked, m.end)
            # After the award, a festival told as the past ('... in F, the same role that earned
            # him the best-actor prize at last May's Cannes Film Festival') or a city in a plot
            # ('Margarethe von Trotta's drama about German women who protested in Berlin in
            # 1943') is no festival of this award.
            and not (
                m.start > position
                and (
                    _NOT_NEWS.search(self.masked, position, m.start)
                    or _PLOT_DESCRIPTION.search(self.masked, position, m.start)
                )
            )
        ]
        nearby = sorted(in_sentence, key=lambda m: abs(m.start - position))
        before = [m for m in self.festival_mentions if m.start < s_start]
        ordered = [m.festival for m in nearby] + self.main_festivals + [m.festival for m in reversed(before)]
        if ordered:
            return keys.get(ordered[0].key)
        top = [c for c in mention.candidates if c[1].is_top]
        return (top or list(mention.candidates))[0]

    def _lacks_own_year(
        self, festival: FestivalName, s_start: int, s_end: int, a_start: int, a_end: int
    ) -> bool:
        """ "The following year's winner, Sam Mendes' American Beauty, won best picture" in a
        Toronto story: an award of a festival other than the article's news is this edition's
        only with a year of its own in the win's clause."""
        news = self.title_festivals or self.main_festivals
        if not news or any(f.key == festival.key for f in news):
            return False
        clause_end = _YEAR_CLAUSE_BREAK.search(self.masked, a_end, s_end)
        clause = self._cue_text(
            _clause_start(self.masked, s_start, a_start), clause_end.start() if clause_end else s_end, a_start
        )
        return not (
            any(not _in_title_parentheses(clause, m.start()) for m in _YEAR_RE.finditer(clause))
            or self._year_near_festival(fold(clause), 0, len(clause))
        )

    def _event_year(self, s_start: int, s_end: int, a_start: int, a_end: int) -> int | None:
        """Year of a win sentence; None for a background win with a different explicit year.

        Only years attached to the win count: in its clause (from ", and" or ";" before the
        award to a comma or "after" behind it). "... for Tár, the second of her career after the one
        obtained in 2007" dates the other prize, not this one."""
        clause_end = _YEAR_CLAUSE_BREAK.search(self.masked, a_end, s_end)
        s_start = _clause_start(self.masked, s_start, a_start)
        s_end = clause_end.start() if clause_end else s_end
        sentence = self._cue_text(s_start, s_end, a_start)
        # "Nikita Mikhalkov's drama about a hero destroyed by Stalin's purges in 1936": a plot's
        # years are the story's; "Winston Groom's 1986 novel": the source's.
        plot = _PLOT_DESCRIPTION.search(sentence, a_end - s_start) if a_end > s_start else None
        years = [
            int(m.group())
            for m in _YEAR_RE.finditer(sentence)
            if not _in_title_parentheses(sentence, m.start())
            and not (plot and m.start() > plot.start())
            and not _SOURCE_AFTER_YEAR.match(sentence, m.end())
        ]
        told = sentence[: plot.start()] if plot else sentence  # (a plot's "in Berlin in 1943": no edition)
        edition = self._year_near_festival(fold(told), 0, len(told))
        if edition and edition not in years:
            years.append(edition)
        if years:
            if self.article_year and self.article_year not in years:
                return None
            return self.article_year or years[0]
        return self.article_year

    # --- films and directors ---------------------------------------------------------------

    def _is_person_name(self, name: str) -> bool:
        words = name.split()
        return (
            name in self.person_like
            or (len(words) <= 3 and words[-1] in self.person_like)
            or bool(_MIDDLE_INITIAL_NAME.fullmatch(name))
            or bool(_DEMONYM_BEFORE_NAME.fullmatch(name))
        )

    def _is_person(self, span: _Span) -> bool:
        if span.quoted:
            return False
        if re.match(r",\s*\d{1,3}\s*,", self.masked[span.end : span.end + 8]):
            return True  # "Damon, 27, and Affleck, 25, had earlier won": an age follows a person
        if re.search(r"\s(?:himself|herself|themselves)$", span.text) or re.match(
            r"\s+(?:himself|herself|themselves)\b", self.masked[span.end : span.end + 12]
        ):
            return True  # "taking best screenplay for Farhadi himself"
        text = re.sub(r"['’]s?$", "", span.text)
        role = _ROLE_OPENING_SPAN.match(text)
        if role and role.end() < len(text):
            # "Producers Bruce Cohen and Dan Jinks accepted": a role before people.
            rest = _Span(span.start + role.end(), span.end, span.text[role.end() :], quoted=False)
            return self._is_person(rest)
        pair = re.fullmatch(r"(.+?)\s+(?:and|&)\s+(.+)", text)
        if pair and all(
            2 <= len(part.split()) <= 3 and self.people.clean(part) == part and _NAME_RE.fullmatch(part)
            for part in pair.groups()
        ):
            return True  # "for Steve Coogan and Jeff Pope": two full names are people
        if pair and len(pair.group(2).split()) in (2, 3) and pair.group(1) in self.person_like:
            return True  # "for McCarthy and Josh Singer": a person named before and a full name
        if (
            pair
            and len(pair.group(1).split()) == 1
            and (
                _looks_like_full_name(pair.group(2))
                or (len(pair.group(2).split()) == 3 and bool(_NAME_RE.fullmatch(pair.group(2))))
            )
            and re.search(r"\bfor\s+$", self.masked[max(0, span.start - 6) : span.start])
        ):
            return True  # "the statuette of Best Adapted Screenplay, for Jenkins and Tarell Alvin McCraney"
        if pair and given_name_gender(pair.group(1)) and len(pair.group(1).split()) == 1:
            second = pair.group(2)
            if 2 <= len(second.split()) <= 3 and given_name_gender(second) and _NAME_RE.fullmatch(second):
                return True  # "for Joel and Ethan Coen": two given names sharing a surname
        if self._is_person_name(text):
            return True
        if _HONORIFIC_BEFORE.search(self.masked, max(0, span.start - 12), span.start):
            return True  # "went to Mr. James Stewart for his performance": a courtesy title
        # "its producer, Martin Richards,": a given name and a surname, introduced by a role.
        return bool(
            re.search(
                rf"\b(?:{_ROLE_WORDS}|{_NAMED_ROLE_WORDS}),?\s+$",
                self.masked[max(0, span.start - 30) : span.start],
            )
            and _looks_like_full_name(text)
        )

    def _is_known(self, span: _Span) -> bool:
        if span.quoted:
            # A quoted "April" or "Her" is a title, whatever the word usually is.
            return self.gazetteer.is_known_name(span.text)
        words = span.text.split()
        return self.gazetteer.is_known_name(span.text) or all(
            w.lower().strip("'’") in _NON_NAME_WORDS or self.gazetteer.is_known_name(w) for w in words
        )

    def _spans(self, start: int, end: int) -> list[_Span]:
        spans = _with_bracketed_titles(
            self.masked, start, end, _title_spans(self.masked, start, end, self._is_person_name)
        )
        spans = self._with_sentence_case_titles(start, end, spans)
        return [
            s
            for s in map(self._without_known_head, spans)
            if not self._is_known(s)
            and not _is_country(s.text)
            # "Anthony Chen's Singapore-set "Ilo Ilo"": a compound adjective, not a title.
            and not re.fullmatch(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*-[a-z]+", s.text)
            # "made to Mlle. Madeleine Robinson": a courtesy title is no title.
            and not (not s.quoted and _HONORIFIC_WORD.fullmatch(s.text))
            # "The 48-year-old was named best actress": an age stands for a person.
            and not re.fullmatch(r"(?:The|A|An)\s+\d{1,3}-year-old", s.text)
            # "for U.S. dramatic film": a letter of an initialism is no title.
            and not (len(s.text) == 1 and _INITIALISM.match(self.masked, s.start))
            # "went to U.S. director Abel Ferrara's": nor is an initialism's last letter.
            and not (len(s.text) == 1 and not s.quoted and self._ends_initialism(s))
            # "(F. Murray Abraham)": nor a forename's initial.
            and not (len(s.text) == 1 and not s.quoted and _INITIAL_OF_NAME.match(self.masked, s.end))
            # '« La Belle Noiseuse » of Jacques Rivette': machine translation's credit after a
            # quoted title names its director.
            and not (not s.quoted and _CREDIT_AFTER_QUOTED.search(self.masked, max(0, s.start - 30), s.start))
            # "Lars von Trier's Antichrist": a forename before a particle the span finder does
            # not join ("von", "van"), no title.
            and not (not s.quoted and _FORENAME_BEFORE_PARTICLE.match(self.masked, s.end))
            # "for his tightly coiled turn as Murrow", "plays Lester Burnham": a character.
            and not (not s.quoted and _CHARACTER_BEFORE.search(self.masked, max(0, s.start - 40), s.start))
            # '"Thank you!" he shouted', '"Thank You," said Baker': a short statement, no title.
            and not (s.quoted and _STATEMENT_AFTER.match(self.masked, s.end - 1))
            # '"A Soap" ("En Soap")': the quoted form in parentheses is the same film's other
            # name, no second film.
            and not (s.quoted and _QUOTED_FORM_BEFORE.search(self.masked, max(0, s.start - 8), s.start))
        ]

    def _ends_initialism(self, span: _Span) -> bool:
        """ "U.S.": a one-letter span after "X." and before "." is the initialism's last letter."""
        return self.masked[span.end : span.end + 1] == "." and bool(
            re.search(r"(?:[A-Z]\.)+$", self.masked[max(0, span.start - 6) : span.start])
        )

    def _with_sentence_case_titles(self, start: int, end: int, spans: list[_Span]) -> list[_Span]:
        """ "for The son of Saul": a capitalised word after "for/with/by" that opens a run of
        lower-case words is a sentence-case title; the span finder saw only "Saul"."""
        links = list(_AFTER_WORK_PREPOSITION.finditer(self.masked, max(0, start - 12), end))
        # "The prize of the jury goes to Lack of love, of the Russian ...": after a prize's
        # "goes to" only with machine translation's credit behind it (else a person's name).
        credited = [
            m
            for m in _GOES_TO.finditer(self.masked, max(0, start - 12), end)
            if (title := _SENTENCE_CASE_TITLE.match(self.masked, m.end(), end))
            and _CREDIT_OF_AFTER.match(self.masked, title.end())
        ]
        for preposition in links + credited:
            title = _SENTENCE_CASE_TITLE.match(self.masked, preposition.end(), end)
            # "for Leonardo DiCaprio on his fifth nomination": a name opens it; "for Tár of Todd
            # Field": a title and its credit. A title's second word is a lower-case noun (or
            # any word, with the credit read after it: "Lack of love, of the Russian").
            if title is None:
                continue
            second = re.match(r"\S+\s+([a-zà-ÿ][\w'’\-]*)", title.group())
            if (
                second is None or (second.group(1) in _FILM_CONNECTORS and preposition not in credited)
            ) and not _SENTENCE_CASE_SHAPE.fullmatch(title.group()):
                continue
            if (
                second is not None
                and second.group(1) in _NAME_PARTICLE_WORDS
                and re.match(r"\S+\s+\S+\s+[A-Z]", title.group())
            ):
                continue  # "for Lars von Trier's Antichrist": a name's particle, no title's noun
            if _GENRE_WORD.search(title.group()):
                continue  # "Bigas Luna's Portuguese family drama Tres Irmaos": a description first
            if re.match(r"film|movie", preposition.group()) and (
                len(title.group().split()) > 5 or re.search(r"\d", title.group())
            ):
                continue  # "the film Missing got in year 1982 ...": a clause, no foreign title
            at, to = title.start(), title.end()
            spans = [s for s in spans if not (s.start < to and at < s.end)]
            spans.append(_Span(at, to, title.group(), quoted=False))
        return sorted(spans, key=lambda s: s.start)

    def _without_known_head(self, span: _Span) -> _Span:
        """ "Cannes Film Festival: Anora wins ...": a headline's festival is not the title; nor
        is the compound adjective of "Pixar's Scottish-set Brave"."""
        adjective = None if span.quoted else _COMPOUND_ADJECTIVE_HEAD.match(span.text)
        if adjective:
            return _Span(span.start + adjective.end(), span.end, span.text[adjective.end() :], span.quoted)
        head, colon, tail = span.text.partition(": ")
        if not colon or not tail or not self.gazetteer.is_known_name(head):
            return span
        return _Span(span.end - len(tail), span.end, tail, span.quoted)

    def _film_links(self, start: int, end: int, lead: str) -> list[re.Match[str]]:
        """The links to a film ("for", "with", Spanish "por", and "by" where the article writes
        "Person, by Film, of Director") in ``masked[start:end]``, the match relative to
        ``start``; ``lead`` is what must come before the link word. Not an apposition's:
        "Pascal Duquenne, a 26-year-old actor with Down's syndrome, for their roles in"."""
        pattern = rf"{lead}(?P<link>{self.for_links})\s+{_FILM_DESCRIPTION}(?=[“\"«]|{_UP})"
        return [
            found
            for found in re.finditer(pattern, self.masked[start:end])
            if not self._in_background(start + found.start("link"), start - 1)
        ]

    def _tied_list_items(
        self, start: int, end: int, award: AwardName, *, two: bool = False
    ) -> list[_FilmChoice]:
        """ "went to three films: A, ...; B, ...; and C, ...", "between two films: A, from
        Macedonia, and B, from Taiwan": after a count, each item of the list is one winner, read
        as the award's object. After "two", a lone "and" parts them too ("between two American
        films: Dalton Trumbo's Johnny Got His Gun and Taking Off, the first film ...")."""
        segment = self.masked[start:end]
        separator = r";\s*(?:and\s+)?" if ";" in segment else r",\s+and\s+"
        if two and not re.search(separator, segment):
            head = segment.split(",")[0]
            if len(re.findall(r"\s+and\s+", head)) == 1:
                separator = r"\s+and\s+"
                segment = head
        bounds: list[tuple[int, int]] = []
        position = 0
        for match in re.finditer(separator, segment):
            bounds.append((position, match.start()))
            position = match.end()
        bounds.append((position, len(segment)))
        if len(bounds) < 2:
            return []
        choices = [
            found[0]
            for item_start, item_end in bounds
            if (found := self._films_in_object(start + item_start, start + item_end, award))
        ]
        return choices if len(choices) >= 2 else []

    def _tied_for_films(self, start: int, end: int, award: AwardName) -> list[_FilmChoice]:
        """ "shared by the Romanian Cristian Mungiu, for "Graduation," and the Frenchman Olivier
        Assayas, for "Personal Shopper"": each tied winner's own "for" names a film."""
        text = self.masked
        fors = self._film_links(start, end, r"\b")
        if len(fors) < 2:
            return []
        choices: list[_FilmChoice] = []
        previous_end = start
        for index, found in enumerate(fors):
            at = start + found.end()
            segment_end = start + fors[index + 1].start() if index + 1 < len(fors) else end
            # "for Mommy and Jean-Luc Godard for ...": the next winner's name is not the title.
            tail = re.search(
                r"(?:,?\s+(?:and|&)\s+|,\s+)(?:the\s+)?(?:[a-z][\w\-]*\s+)?(?P<name>[^,“”\"]+?)\s*,?\s*$",
                text[at:segment_end],
            )
            if tail and self._starts_with_person(at + tail.start("name")):
                segment_end = at + tail.start()
            spans = [
                s for s in self._spans(at, segment_end) if s.start in (at, at + 1) and not self._is_person(s)
            ]
            if not spans:
                return []
            people = [
                s
                for s in self._spans(previous_end, start + found.start())
                if self._is_person(s) or len(s.text.split()) >= 2
            ]
            directors = self._resolve_all(people) if _DIRECTOR_AWARD.search(award.name) else ()
            choices.append(
                _FilmChoice(
                    self._with_parenthetical(spans[0]), directors or self._directors_near(spans[0], end)
                )
            )
            previous_end = spans[0].end
        return choices

    def _tied_quoted_titles(self, start: int, end: int) -> list[_FilmChoice]:
        """A tie's winners named as two coordinated items, each with its quoted film however
        it is described: "ex aequo to X's "Tropical Malady" and to Irma P. Hall, the actress who
        plays the landlady in the Coens' remake of "The Ladykillers"". Exactly two quoted titles
        and an "and" between them; otherwise the tie is left to the other rules."""
        spans = [
            s
            for s in self._spans(start, end)
            if s.quoted
            and not (self._is_person(s) or self._is_known(s))
            # (", directed by Lee Grant, who won an Oscar in 1976 for "Shampoo"": her own win.)
            and not self._in_told_win(s)
        ]
        distinct = list({fold(s.text): s for s in spans}.values())
        if len(distinct) != 2 or not re.search(r"\band\b", self.masked[distinct[0].end : distinct[1].start]):
            return []
        return [_FilmChoice(s, self._directors_near(s, end)) for s in distinct]

    def _films_in_object(self, start: int, end: int, award: AwardName) -> list[_FilmChoice]:
        """Film(s) after "went to" / "gave ... to" / "Award:": "FILM by P", "P's FILM",
        "P for FILM", "FILM (P)"."""
        text = self.masked
        if _PERSON_AWARD.search(award.name):
            # "Best actress went to Mikey Madison (Anora)" / "to Mikey Madison, Anora": the
            # object is a palmarès item.
            item = re.match(r"[^()]{1,80}\([^()]{1,80}\)", text[start:end])
            choice = self._person_then_film(start, item.group(), award) if item else None
            # "went to Bill Condon, who also directed ...": a relative clause is no palmarès item.
            if choice is None and re.match(rf"\s*{_LIST_PERSON},\s+(?![a-z])", text[start:end]):
                choice = self._list_item(start, text[start:end], award)
            if choice is not None:
                return [choice]
        for_film = next(iter(self._film_links(start, end, r"\s")), None)
        if for_film and any(
            s.quoted
            or (
                for_film.group("link") == "with"
                # ("goes to Young woman, of Léonor Serraille, ..., with Laetitia Dosch": a credit.)
                and (self._has_film_marker(s, start) or _CREDIT_OF_AFTER.match(text, s.end))
                and not self._is_person(s)
            )
            for s in self._spans(start, start + for_film.start())
        ):
            # '"Joker" of Todd Phillips, ..., with Joaquin Phoenix', "Xavier Dolan's It's Only
            # the End of the World, a family drama with Marion Cotillard": the marked title that
            # opens the object is the winner; "with" there names a cast member.
            for_film = None
        if for_film:
            people = [
                s
                for s in self._spans(start, start + for_film.start())
                if self._is_person(s) or len(s.text.split()) >= 2
            ]
            film_start = start + for_film.end()
            spans = self._spans(film_start, end)
            if (
                spans
                and spans[0].start == film_start
                and not self._is_person(spans[0])
                and not _TIE_CUE.search(text, start, end)
            ):
                # "went to Paul Laverty for It's a Free World..., his latest collaboration with
                # Ken Loach": the object of "for" is the film; a name later in its apposition
                # is a collaborator, whatever "with" before it suggests.
                spans = spans[:1]
            choices = self._pick_films(spans, film_start, end, award)
            if choices:
                if _DIRECTOR_AWARD.search(award.name) or not _PERSON_AWARD.search(award.name):
                    names = self._resolve_all(people)
                    return [_FilmChoice(c.span, c.directors or names) for c in choices]
                return choices
        return self._pick_films(self._spans(start, end), start, end, award)

    def _enumeration(self, text: str, s_start: int, a_start: int) -> int | None:
        """The win verb's offset when the award is an item of an enumeration that follows it
        ("won four awards — best picture, best director, best original screenplay and ...")."""
        left = text[_clause_start_enum(text, s_start, a_start) : a_start]
        match = _ENUMERATION.search(left)
        if match is None:
            return None
        items = [
            item
            for item in _ENUM_ITEM_SPLIT.split(re.sub(r"^\s*the\s*$|^\s*the\s+", "", match.group("items")))
            # "..., best actor to X and the": the item the award mention itself opens.
            if item.strip() and item.strip().lower() != "the"
        ]
        awards = [
            bool(
                _ENUM_ITEM.match(item)
                or self.gazetteer.find_awards(fold(item.strip())[:60])
                or (
                    (category := _ENUM_ITEM_CATEGORY.match(fold(item)))
                    and self._bare_category(category.group("category"))
                )
            )
            for item in items
        ]
        # "... best adapted screenplay for Alfred Uhry, who wrote the play, and make-up": a
        # relative clause or a category the gazetteer lacks among two or more awards.
        if not all(awards) and sum(awards) < 2:
            return None
        return a_start - len(left) + match.start()

    def _films_of_subject_only(self, s_start: int, verb_start: int) -> list[_FilmChoice]:
        text = self.masked
        subject_start = _clause_start(text, s_start, verb_start)
        spans = [s for s in self._spans(subject_start, verb_start) if not self._is_person(s)]
        marked = [
            s
            for s in spans
            if s.quoted
            or (
                (self._has_film_marker(s, subject_start) or self._looks_like_title_span(s))
                # "The DreamWorks release, made for about $15 million, won": a company's film.
                and not _COMPANY_BEFORE_FILM_NOUN.match(text, s.end)
            )
        ]
        choices = self._pick_films(marked, subject_start, verb_start, _NO_AWARD)
        return (
            choices
            or self._film_of_director(subject_start, verb_start)
            or self._film_by_reference(subject_start, verb_start)
            or self._film_of_person_told_before(subject_start, verb_start)
        )

    def _film_of_person_told_before(self, start: int, end: int) -> list[_FilmChoice]:
        """ "The Golden Globes of 2024 belonged to «Oppenheimer» ... The film of Christopher
        Nolan ... took five awards": a subject "the film of <person>" (machine translation's
        "η ταινία του", "il film di") the article credits nowhere else stands for the one title
        the sentence before quotes."""
        if not _FILM_OF_PERSON_SUBJECT.match(self.masked, start, end):
            return []
        return self._one_title_told_before(start)

    def _one_title_told_before(self, start: int) -> list[_FilmChoice]:
        """The one title the nearest sentence before ``start`` that quotes any quotes (of the two
        before: '"Ben-Hur," ... swept the Academy Awards. No picture had ever won so many. The
        spectacle ... was named the best motion picture'), if it quotes exactly one."""
        window = max(0, start - 2 * _CONTEXT_CHARS)
        for before_start, before_end in reversed(_sentences(self.masked[window:start])[-2:]):
            titles = {
                match.start(): match.group()[1:-1].strip(" ,.")
                for match in _QUOTED_TITLE.finditer(self.masked, window + before_start, window + before_end)
                # ('"Ben-Hur," Metro-Goldwyn-Mayer's ... version': the comma the quote marks hold.)
                if _is_short_title(re.sub(r"[,.](?=[”\"»“]$)", "", match.group()))
            }
            if not titles:
                continue
            if len(set(titles.values())) != 1:
                return []
            at, title = min(titles.items())
            span = _Span(at + 1, at + 1 + len(title), title, quoted=True)
            return [_FilmChoice(span, ())]
        return []

    def _film_by_reference(self, start: int, end: int) -> list[_FilmChoice]:
        """ "the film's star won best actress", "who directed it": the winning film mentioned
        last before this clause."""
        clause = self.masked[start:end]
        if not _FILM_REFERENCE.search(clause):
            # "The film, starring Isabelle Adjani, also took the jury prize": an apposition is
            # aside from "the film" as the subject.
            for b_start, b_end in reversed(self.background):
                if start <= b_start and b_end <= end:
                    clause = clause[: b_start - start] + clause[b_end - start :]
            # "The DreamWorks release, made for about $15 million, won": a participle's aside.
            without_aside = re.sub(r",[^,;]{1,80},\s*$", " ", clause)
            if not (_FILM_SUBJECT_REFERENCE.match(clause) or _FILM_SUBJECT_REFERENCE.match(without_aside)):
                return []
        return self._last_winning_film(start)

    def _last_winning_film(self, start: int, *, told_last: bool = False) -> list[_FilmChoice]:
        """The winning film told last before ``start``; with ``told_last``, the quoted title told
        after it instead, if any (the antecedent of "the film", winner or not)."""
        best: tuple[int, str, tuple[str, ...]] | None = None
        for film, directors in self.films_so_far:
            at = self.masked.rfind(film, 0, start)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, film, directors)
        if best is None:
            return []
        if told_last:
            # '... Jonathan Pryce, who embodies in "Carrington" ... The film about the English
            # boheme received a special prize': "the film" is the one told last, winner or not.
            told_after = [
                match
                for match in _QUOTED_TITLE.finditer(self.masked, best[0] + len(best[1]), start)
                if fold(match.group()[1:-1].strip()) != fold(best[1])
            ]
            if told_after:
                last = told_after[-1]
                told = _Span(last.start() + 1, last.end() - 1, last.group()[1:-1].strip(), quoted=True)
                return [_FilmChoice(told, self._directors_near(told, min(start, told.end + 120)))]
        return [_FilmChoice(_Span(best[0], best[0] + len(best[1]), best[1], quoted=False), best[2])]

    def _films_in_list_line(self, start: int, end: int, award: AwardName) -> list[_FilmChoice]:
        """The winners of a palmarès line after "Award:": "FILM (DIRECTOR)", "PERSON, FILM",
        "FILM, DIRECTOR", ties as "A (X) and B (Y)"."""
        line = self.masked[start:end].rstrip(" .;")
        performed = self._performer_item_films(start, line, award)
        if performed:
            return performed
        items = [(start, line)]
        tie = _LIST_TIE_SPLIT.split(line)
        # "F (Original Title), dir. X (Country)": a director credit is not a second winner.
        credit_part = any(re.match(r"\s*dir(?:\.|ected\b)", part) for part in tie[1:])
        # 'Cristian Mungiu ("Bacalaureat") and Olivier Assayas ("Personal Shopper")': each part
        # ends in a parenthesis, a director's name or a quoted title.
        tied = all(_LIST_TRAILING_NAME.search(part) or _LIST_PERSON_QUOTED_FILM.match(part) for part in tie)
        if credit_part or not (len(tie) > 1 and tied):
            # "A, "F"; B, "G"": a semicolon always separates two winners of a line.
            tie = [part for part in re.split(r"\s*;\s*", line) if part.strip()]
        if len(tie) > 1:
            items, cursor = [], start
            for part in tie:
                at = self.masked.find(part, cursor, end)
                items.append((at, part))
                cursor = at + len(part)
        choices: list[_FilmChoice] = []
        for item_start, item in items:
            choice = self._list_item(item_start, item, award)
            if choice is not None:
                choices.append(choice)
        return choices

    def _performer_item_films(self, start: int, line: str, award: AwardName) -> list[_FilmChoice]:
        """ "Prize for the best female role – Isabelle Adjani for the roles in the films „Possession”
        of Andrzej Żuławski and „Quartet” of James Ivory": a person's award whose line names the
        person, then "for" and the quoted films (each one a winner)."""
        if not _PERSON_AWARD.search(award.name) or not re.match(rf"\s*{_LIST_PERSON}\s+for\s", line):
            return []
        titles = [m for m in _QUOTED_TITLE.finditer(line) if m.group()[1:2].isupper()]
        choices = []
        for title in titles:
            span = _Span(
                start + title.start() + 1,
                start + title.end() - 1,
                title.group()[1:-1].strip(" ,."),
                quoted=True,
            )
            choices.append(_FilmChoice(span, self._directors_near(span, start + len(line))))
        return choices

    def _is_bare_list_line(self, start: int) -> bool:
        """Whether ``start`` opens a line of its own short enough to be a list item, naming at
        most two quoted titles (a tie); more, or more on the lines below, are a list of
        nominees."""
        if start > 0 and self.masked[start - 1] != "\n":
            return False
        end = self.masked.find("\n", start)
        end = len(self.masked) if end < 0 else end
        if end - start > _MAX_BARE_LIST_LINE or len(_QUOTED_TITLE.findall(self.masked, start, end)) > 2:
            return False
        # "BEST PICTURE "The Artist"" over a line of "The Descendants": the titles of the lines
        # below continue one award's list, of nominees.
        return not re.match(r"\s*[“\"«„][^\n]{1,80}[”\"»“]\s*(?:\n|$)", self.masked[end:])

    def _list_item(
        self,
        start: int,
        item: str,
        award: AwardName,
        *,
        recipient_named: bool = False,
        person_read: bool = False,
    ) -> _FilmChoice | None:
        """One winner of a palmarès line; ``recipient_named`` when the line already named the
        person before a dash, so that a parenthesis after the title is its credit;
        ``person_read`` when a "Person for|in" was read off it ("Renate Reinsve in Julie in 12
        chapters": the rest is the film, whatever "in" it holds)."""
        # A table row's cells ("FILM | DIRECTOR") are the items of a comma palmarès; the
        # replacement keeps every offset.
        item = re.sub(r"\s\|(?=\s)", " ,", item)
        country = re.match(r"\s*([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)['’]s\s+(?=[A-Z])", item)
        if country and _is_country(country.group(1)) and not recipient_named:
            # "Italy's Silvio Orlando, Giovanna's Father": the recipient's country is no part
            # of the item.
            start, item = start + country.end(), item[country.end() :]
        opening = _QUOTED_TITLE.match(item, len(item) - len(item.lstrip()))
        if opening and not recipient_named and opening.group()[1:2].isupper():
            # "Prize for the screenplay – „Mephisto” of the Hungarian director István Szabó, in
            # which ...": a line item that opens with a quoted title names its film first.
            at, to = start + opening.start() + 1, start + opening.end() - 1
            opened = _Span(at, to, opening.group()[1:-1].strip(), quoted=True)
            return _FilmChoice(opened, self._directors_near(opened, start + len(item)))
        for _ in range(2):
            # "The Shape of Water, Guillermo del Toro (USA)": production countries, not a name;
            # "Jusqu'à la garde (Custody) (France)": an English title before them.
            note = _LIST_COUNTRY_NOTE.search(item)
            words = re.findall(r"[\w'’\-]+", note.group()) if note else []
            if (
                note is None
                or any(self._is_person_name(word) for word in words)
                or item[: note.start()].count(",") == 0
            ):
                break
            item = item[: note.start()]
        credit_note = _LIST_NAME_COUNTRY_NOTE.search(item)
        if credit_note and all(
            _is_country(part) for part in re.split(r"\s*[,/]\s*", credit_note.group("countries").strip())
        ):
            # "Shame (Steve McQueen, United Kingdom)": the countries are no part of the credit.
            item = item[: credit_note.end("name")].rstrip() + ")"
        recipient = None if recipient_named else self._dashed_recipient(item, award)
        if recipient is not None:
            # "Michael Fassbender — Shame (Steve McQueen)": the recipient, then the film item.
            recipients, film_at = recipient
            choice = self._list_item(start + film_at, item[film_at:], award, recipient_named=True)
            if choice is not None and _DIRECTOR_AWARD.search(award.name):
                at = start + item.find(recipients)
                named = self._resolve_all([_Span(at, at + len(recipients), recipients, False)])
                return _FilmChoice(choice.span, named or choice.directors)
            return choice
        credited = _LIST_DASH_SPLIT.split(item, maxsplit=1)
        if len(credited) == 2 and self._are_list_people(credited[1].strip()):
            # "The Cold Lake — Ed Cole": the film, then its director after the dash.
            span = self._title_in(start, credited[0])
            if span is None or self._is_person(span):
                return None
            at = start + item.find(credited[1].strip())
            names = self._resolve_all([_Span(at, at + len(credited[1].strip()), credited[1].strip(), False)])
            performer = _PERSON_AWARD.search(award.name) and not _DIRECTOR_AWARD.search(award.name)
            return _FilmChoice(span, () if performer else names)
        person_for = re.match(
            # "Sean Penn "She's so lovely" (America)": Japanese copy's person before a quoted film.
            # ("Mathieu Amalric from film "Tournée"": Thai and Vietnamese machine translation's
            # link, under a person's award only: "Letters from Iwo Jima" is a title.)
            # ("Mario Puzo and Francis Ford Coppola («The Godfather»)": the film in brackets.)
            r"^\s*(?P<people>[^()“\"«]+?)(?:,?\s+(?:for|in|(?P<source>from)(?:\s+(?:the\s+)?film)?)\s+|\s+\(?(?=[“\"«]))"
            r"(?=[“\"«‘'*_]?[^\W_])",
            item,
        )
        if (
            person_for
            and not (person_for.group("source") and not _PERSON_AWARD.search(award.name))
            and not person_read
            and all(
                _LIST_NAME.fullmatch(part)
                for part in re.split(r",\s*|\s+(?:and|&)\s+", person_for.group("people").strip())
            )
        ):
            # "Jesse Plemons for Kinds of Kindness": the person, then the film.
            film_at = start + person_for.end()
            choice = self._list_item(film_at, item[person_for.end() :], award, person_read=True)
            if choice is not None and _DIRECTOR_AWARD.search(award.name):
                people = person_for.group("people").strip()
                named = self._resolve_all([_Span(start + item.find(people), film_at, people, False)])
                return _FilmChoice(choice.span, named or choice.directors)
            return choice
        credit = _LIST_DIRECTOR_CREDIT.search(item)
        names_text = credit.group("names").strip() if credit else ""
        if credit and all(
            _LIST_NAME.fullmatch(part) for part in re.split(r",\s*|\s+(?:and|&)\s+", names_text)
        ):
            # "Winter Sleep (Kış Uykusu), dir. Nuri Bilge Ceylan", "Mr. Turner by Mike Leigh":
            # the film, then its directors.
            names_at = start + credit.start("names")
            names = self._resolve_all(
                [
                    _Span(names_at + part.start(), names_at + part.end(), part.group(), False)
                    for part in re.finditer(rf"{_LIST_PERSON}", names_text)
                ]
            )
            film_at, film_part = start, item[: credit.start()]
            lead_name = re.match(r"\s*([^,]+),\s+(?=\S)", film_part)
            if (
                lead_name
                and _PERSON_AWARD.search(award.name)
                and (
                    self._is_person_name(lead_name.group(1).strip())
                    or _LIST_NAME.fullmatch(lead_name.group(1).strip())
                )
            ):
                # "Silvio Orlando, Giovanna's Father, directed by Pupi Avati": the performer
                # before the film.
                film_at, film_part = start + lead_name.end(), film_part[lead_name.end() :]
            span = self._title_in(film_at, film_part)
            return _FilmChoice(span, names) if span else None
        credit_of = _LIST_CREDIT_OF.search(item)
        if credit_of and all(
            2 <= len(name.split()) <= 4 and (self._is_person_name(name) or given_name_gender(name))
            for name in re.split(r"\s+(?:and|&|y|et)\s+", credit_of.group("names"))
        ):
            # "Titane of Julia Ducournau", "Memoria of Apichatpong Weerasethakul": machine
            # translation's "de"; only a person's name ends it ("The Book of Image" is a title).
            names_at = start + credit_of.start("names")
            names_text = credit_of.group("names")
            names = self._resolve_all([_Span(names_at, names_at + len(names_text), names_text, False)])
            span = self._title_in(start, item[: credit_of.start()])
            return _FilmChoice(span, names) if span else None
        person_film = None if recipient_named else self._person_then_film(start, item, award)
        if person_film is not None:
            return person_film
        trailing = _LIST_TRAILING_NAME.search(item)
        if trailing and not _YEAR_RE.search(trailing.group(1)):
            film_text = item[: trailing.start()]
            names = self._resolve_all(
                [_Span(start + trailing.start(1), start + trailing.end(1), trailing.group(1), False)]
            )
            span = self._title_in(start, film_text)
            return _FilmChoice(span, names) if span else None
        segments = [seg for seg in re.split(r",\s+", item) if seg.strip()]
        quoted = [seg for seg in segments if re.match(r"^\s*[“\"«‘'*_]", seg)]
        if len(segments) >= 2:
            first, last = segments[0], segments[-1]
            if quoted:
                film_segment = quoted[0]
                people = [
                    seg for seg in segments if seg is not film_segment and _LIST_NAME.fullmatch(seg.strip())
                ]
            elif self._is_person_name(first.strip()) or (
                _PERSON_AWARD.search(award.name) and _LIST_NAME.fullmatch(first.strip())
            ):
                # "Martin McDonagh, Three Billboards Outside Ebbing, Missouri": a title may
                # hold commas, so the film is everything after the person -- or after all the
                # people: "Dietrich Brüggemann, Anna Brüggemann, Stations of the Cross".
                lead = 1
                while lead < len(segments) - 1 and self._is_co_credit(
                    segments[lead].strip(), segments[:lead]
                ):
                    lead += 1
                film_segment, people = ", ".join(segments[lead:]), [seg.strip() for seg in segments[:lead]]
            elif _LIST_NAME.fullmatch(last.strip()):
                film_segment, people = ", ".join(segments[:-1]), [last]
            else:
                film_segment, people = first, []
            film_at = start + item.find(film_segment)
            span = self._title_in(film_at, film_segment)
            if span is None:
                return None
            directors: tuple[str, ...] = ()
            if _DIRECTOR_AWARD.search(award.name) or not _PERSON_AWARD.search(award.name):
                directors = self._resolve_all(
                    [
                        _Span(start + item.find(p), start + item.find(p) + len(p), p.strip(), False)
                        for p in people
                    ]
                )
            return _FilmChoice(span, directors or self._directors_near(span, start + len(item)))
        span = self._title_in(start, item)
        return _FilmChoice(span, self._directors_near(span, start + len(item))) if span else None

    def _dashed_recipient(self, item: str, award: AwardName) -> tuple[str, int] | None:
        """ "Michael Fassbender — Shame (Steve McQueen, United Kingdom)", "Yorgos Lanthimos and
        Efthymis Filippou — Alps": the people a palmarès item names before a spaced dash, and
        where the rest (the film item) starts -- under a person's award (actor, director,
        screenplay), or where the article shows every name to be a person. A title-like part
        ("The Shout — Jerzy Skolimowski") or a part with a parenthesis is no recipient."""
        parts = _LIST_DASH_SPLIT.split(item, maxsplit=1)
        if len(parts) != 2 or "(" in parts[0] or not parts[1].strip():
            return None
        people = parts[0].strip()
        if not self._are_list_people(people, shown=not _PERSON_AWARD.search(award.name)):
            return None
        dash = _LIST_DASH_SPLIT.search(item)
        assert dash is not None
        return people, dash.end()

    def _are_list_people(self, text: str, *, shown: bool = False) -> bool:
        """Whether a palmarès segment is one or more full names ("Ann Gray and Bo Lind"), never
        an article-led run or a title the article uses; ``shown``: each name must also be one
        the article shows to be a person."""
        names = [n for n in re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", text) if n]
        if (
            not names
            or not _LIST_NAME.fullmatch(text)
            or re.match(r"(?:The|A|An)\s", text)
            or self._is_title_elsewhere(text)
            or not all(2 <= len(n.split()) <= 4 and self.people.clean(n) == n for n in names)
        ):
            return False
        return not shown or all(self._is_person_name(n) for n in names)

    def _is_co_credit(self, segment: str, people: list[str]) -> bool:
        """A palmarès segment that is one more person of a credit: a known person, or a full
        name sharing a surname with the people before it."""
        if not _LIST_NAME.fullmatch(segment) or not 2 <= len(segment.split()) <= 3:
            return False
        surnames = {p.split()[-1] for p in people if p.split()}
        return self._is_person_name(segment) or segment.split()[-1] in surnames

    def _person_then_film(self, start: int, item: str, award: AwardName) -> _FilmChoice | None:
        """ "Best actress: Mikey Madison (Anora)", "Best director: Payal Kapadia (All We
        Imagine as Light)": for a prize given to a person, the person and then the film in
        parentheses. For an acting prize the parentheses always hold the film; for a director
        only when they cannot be a name ("(Emilia Pérez)" after a title is its director)."""
        if not _PERSON_AWARD.search(award.name):
            return None
        match = re.match(rf"\s*(?P<person>{_LIST_PERSON})\s*\((?P<film>[^()]{{1,80}})\)\s*[.,;]?\s*$", item)
        if match is None:
            return None
        person, film = match.group("person"), match.group("film").strip()
        if not 2 <= len(person.split()) <= 4 or self.people.clean(person) != person:
            return None
        if self._is_person_name(film) or re.fullmatch(r"\d{1,3}", film):
            return None  # ("Yuji Sakamoto (56)": the Japanese press gives the age in parentheses)
        name_shaped = bool(_LIST_NAME.fullmatch(film)) and 2 <= len(film.split()) <= 3
        if not re.search(r"actor|actress|performance|interpret", award.name, re.IGNORECASE) and name_shaped:
            return None
        span = self._title_in(start + match.start("film"), film)
        if span is None:
            return None
        directors = self._resolve_all(
            [_Span(start + match.start("person"), start + match.end("person"), person, False)]
        )
        return _FilmChoice(span, directors if _DIRECTOR_AWARD.search(award.name) else ())

    def _title_in(self, start: int, raw: str) -> _Span | None:
        """The film title that a palmarès segment is: quotes and emphasis marks stripped."""
        stripped = raw.strip()
        quoted = re.match(r"[“\"«]([^“”\"«»]+?)[,.]?[”\"»]", stripped)
        if quoted and stripped[quoted.end() :].strip():
            # '"Free Solo," the climbing film by ...': the quotation is the title, the rest
            # describes it.
            stripped = quoted.group()
        title = stripped.strip("“”\"«»‘’'*_ ").strip()
        title = title.rstrip(",")
        if title == stripped and _LIST_TITLE_SLASH.search(title):
            # "A Simple Life / Tao Jie (Ann Hui)": two forms of one title; the one the article
            # uses elsewhere, else the first.
            forms = [re.sub(r"\s+\([^()]{1,80}\)$", "", f).strip() for f in _LIST_TITLE_SLASH.split(title)]
            title = next((f for f in forms if f and self._is_title_elsewhere(f)), forms[0])
        if title == stripped:
            # "Winter Sleep (Kış Uykusu)": an unquoted original title in parentheses is not
            # part of it; inside quotes ('"120 BPM (Beats per Minute)"') it is.
            title = re.sub(r"\s+\([^()]{1,80}\)$", "", title) or title
        if not title or not (title[0].isupper() or title[0].isdigit()) or _word_count(title) > 12:
            return None
        at = start + raw.find(title)
        return _Span(at, at + len(title), title, quoted=stripped != title)

    def _subject_start(self, start: int, verb_start: int) -> int:
        """Where the subject of the win verb at ``verb_start`` begins: after the last win clause
        before it ("A was named best foreign film, Pixar's "Brave" won animated feature and
        ..."), a comma or "and" behind another win verb opens a new subject. Kept only when
        that new subject still holds a title-like span."""
        opener = _TIME_ADVERBIAL_OPENER.match(self.masked, start, verb_start)
        if opener:
            start = opener.end()  # "Soon after, the film took ...": the subject follows the comma
        verbs = list(_WIN_VERB_ANYWHERE.finditer(self.masked, start, verb_start))
        if not verbs:
            # "My Left Foot ... had a second Oscar when Brenda Fricker ... won best supporting
            # actress": the subject of a "when" clause begins after "when".
            when = list(_WHEN_SUBJECT.finditer(self.masked, start, verb_start))
            return when[-1].end() if when and self._spans(when[-1].end(), verb_start) else start
        earlier_end = verbs[-1].end()
        cuts = list(re.finditer(r",[”\"»]?\s+|\s+and\s+", self.masked[earlier_end:verb_start]))
        if not cuts:
            return start
        new_start = earlier_end + cuts[-1].end()
        return new_start if self._spans(new_start, verb_start) else start

    def _relative_antecedent(self, subject: list[_Span], verb_start: int) -> _FilmChoice | None:
        """ "won his first Academy Award for the mob thriller "The Departed," which also was named
        best picture": a win told in a relative clause is the quoted title right before "which"."""
        relative = _WHICH_BEFORE_VERB.search(self.masked, max(0, verb_start - 30), verb_start)
        if relative is None:
            who = _WHO_BEFORE_VERB.search(self.masked, max(0, verb_start - 30), verb_start)
            return self._credited_antecedent(subject, who.start()) if who else None
        before = [s for s in subject if s.quoted and -3 <= relative.start() - s.end <= 3]
        if not before:
            return self._credited_antecedent(subject, relative.start())
        return _FilmChoice(before[-1], self._directors_near(before[-1], verb_start))

    def _credited_antecedent(self, subject: list[_Span], relative_start: int) -> _FilmChoice | None:
        """ "for Manchester junto al mar, of Kenneth Lonergan, who also won the Oscar to Best
        Original Screenplay": a relative clause after a film's credited director tells the win of
        that film."""
        for index in range(len(subject) - 1, 0, -1):
            person, film = subject[index], subject[index - 1]
            if not -3 <= relative_start - person.end <= 3:
                continue
            if (
                self._is_person(person)
                and not self._is_person(film)
                and re.fullmatch(
                    r"[”\"»]?,?\s+(?:of|by)\s+(?:the\s+director\s+)?", self.masked[film.end : person.start]
                )
            ):
                return _FilmChoice(film, self._resolve_all([person]))
            return None
        return None

    def _film_of_performer(self, person: str) -> _FilmChoice | None:
        """The film an actor is explicitly tied to somewhere in the article: "X, who plays Y in
        F", "X stars in F", "X (F)", "X, the star of F", "F star X"."""
        if person not in self.performer_films:
            self.performer_films[person] = self._find_film_of_performer(person)
        return self.performer_films[person]

    def _find_film_of_performer(self, person: str) -> _FilmChoice | None:
        text = self.masked
        surname = re.escape(person.split()[-1])
        name = rf"(?:{re.escape(person)}|(?<![\w'’]){surname})(?![\w])"
        after_patterns = (
            rf"{name}['’]?s?\s*,?\s*(?:who\s+)?(?:plays|played|portrays|portrayed|stars|starred|starring)\b"
            rf"[^.;]{{0,80}}?\s(?:in|of)\s+{_FILM_DESCRIPTION}(?=[“\"«]|{_UP})",
            rf"{name}\s*\((?=[“\"«]?{_UP})",
            rf"{name}\s*,\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:star|lead|protagonist)\s+of\s+{_FILM_DESCRIPTION}(?=[“\"«]|{_UP})",
        )
        for pattern in after_patterns:
            for match in re.finditer(pattern, text):
                spans = [s for s in self._spans(match.end(), match.end() + 80) if s.start <= match.end() + 1]
                if spans and not self._is_person(spans[0]) and not _YEAR_RE.fullmatch(spans[0].text):
                    return _FilmChoice(spans[0], self._directors_near(spans[0], spans[0].end + 80))
        for match in re.finditer(rf"['’]?s?\s+star\s+(?:[\w\-]+\s+)?{name}", text):
            spans = [
                s
                for s in self._spans(max(0, match.start() - 80), match.start() + 2)
                if s.end >= match.start()
            ]
            if spans and not self._is_person(spans[-1]):
                return _FilmChoice(spans[-1], self._directors_near(spans[-1], spans[-1].end + 80))
        return None

    def _title_opening_next_paragraph(self, s_end: int) -> _FilmChoice | None:
        """The title a delayed lede's next paragraph opens with, before its comma or parenthesis:
        "The Circle (Dayereh), Jafar Panahi's bleak portrait ...". Only in the article's first
        paragraphs, where a lede is."""
        if s_end > 1200:
            return None
        start = self.masked.find("\n\n", s_end)
        if start < 0:
            return None
        start += 2
        spans = [s for s in self._spans(start, min(len(self.masked), start + 120)) if s.start <= start + 1]
        if not spans or self._is_person(spans[0]):
            return None
        after = self.masked[spans[0].end : spans[0].end + 3]
        if not re.match(r"[”\"»]?\s*[,(]", after):
            return None
        return _FilmChoice(spans[0], self._directors_near(spans[0], start + 200))

    def _for_names_the_recipient(
        self, for_film: re.Match[str], a_end: int, subject: list[_Span], award: AwardName, subject_text: str
    ) -> bool:
        """'"The pianist" obtained also the Oscar to the best actor for Adrien Brody': where
        the subject is a quoted title and the article quotes its titles, an unquoted full name
        after "for" under a person's award is the recipient, not a second film (machine
        translation's "por", the Spanish for both "for" and "by"). So too after "the film" as
        the subject: "The film also took the best actress prize for Pernilla August"."""
        if not _PERSON_AWARD.search(award.name) or not re.search(r"\b(?:for|por)\s", for_film.group()):
            return False
        if not any(
            s.quoted and not self._is_person(s) for s in subject
        ) and not _FILM_SUBJECT_REFERENCE.match(subject_text):
            return False
        position = a_end + for_film.end()
        if self.masked[position : position + 1] in '“"«' or not self._starts_with_person(position):
            return False
        if re.match(r"[^\s'’]+(?:\s+[^\s'’]+){0,2}['’]s?\s", self.masked[position : position + 60]):
            return False  # "in Tim Burton's "Ed Wood"": a possessive credit before the title
        return len(_QUOTED_TITLE.findall(self.masked)) >= 4

    def _names_a_writer_after_film_subject(
        self, for_film: re.Match[str], a_end: int, subject: list[_Span], award: AwardName
    ) -> bool:
        """ "Argo also won best adapted screenplay for Chris Terrio": under a writing or directing
        award whose subject is a title, a given name and a surname after "for" are the award's
        recipient, quoted titles or not. (An acting award's "for Erin Brockovich" stays a film:
        there the subject is the performer.)"""
        if not re.search(r"screenplay|direct", award.name, re.IGNORECASE) or not re.search(
            r"\b(?:for|por)\s", for_film.group()
        ):
            return False
        # ("Taika Waititi won adapted screenplay for Jojo Rabbit": the writer is the subject.)
        if not subject or any(self._is_person(s) or self._starts_with_person(s.start) for s in subject):
            return False
        position = a_end + for_film.end()
        name = re.match(_NAME, self.masked[position : position + 80])
        return bool(
            name
            and self._starts_with_person(position)
            and not self.gazetteer.is_known_name(name.group())
            # ("for Ken Loach's Sweet Sixteen": a possessive credit before the title.)
            and not re.match(r"['’]s?\s", self.masked[position + name.end() : position + name.end() + 3])
        )

    def _starts_with_person(self, position: int) -> bool:
        """A full name of two or three words opens the text at ``position``."""
        match = re.match(_NAME, self.masked[position : position + 80])
        if match is None:
            return False
        name = match.group()
        after = self.masked[position + match.end() : position + match.end() + 12]
        return 2 <= len(name.split()) <= 3 and self.people.clean(name, after) == name

    def _shared_with(
        self,
        verb_start: int,
        a_end: int,
        s_end: int,
        after: str,
        subject: list[_Span],
        subject_start: int,
        award: AwardName,
    ) -> list[_FilmChoice]:
        """A tie told in prose: "A shared the Jury Prize with B", "A won the Golden Bear, ...,
        sharing the honour with X's "B"": the subject's film and the film after "with" both
        won. Not for prizes given to people, whose "with" names a person."""
        if _PERSON_AWARD.search(award.name):
            return []
        clause = after[: _clause_length(after)]
        with_film = re.search(rf"\bwith\s+{_FILM_DESCRIPTION}(?=[“\"«]|{_UP})", clause)
        if with_film is None:
            return []
        shares = re.search(r"\b(?:shared?|shares|split)\b", self.masked[verb_start:a_end], re.IGNORECASE)
        if not shares and not re.search(
            # ("a prize that the jury decided to share ex aequo with «Ascendancy»".)
            r"\b(?:sharing|shared|share|splitting|split|tying|tied)\b(?:\s+[\w'’\-]+){0,4}?\s*$",
            clause[: with_film.start()],
            re.IGNORECASE,
        ):
            return []
        others_start = a_end + with_film.end()
        others_end = a_end + len(clause)
        others = [s for s in self._spans(others_start, others_end) if not self._is_person(s)]
        own = [s for s in subject if not self._is_person(s)]
        own_choices = self._pick_films(own, subject_start, verb_start, award)
        other_choices = self._pick_films(others, others_start, others_end, award)
        if not own_choices or not other_choices:
            return []
        return own_choices[:1] + other_choices[:1]

    def _films_for_subject(
        self, s_start: int, verb_start: int, a_end: int, s_end: int, award: AwardName
    ) -> list[_FilmChoice]:
        text = self.masked
        subject_start = self._subject_start(_clause_start(text, s_start, verb_start), verb_start)
        # An unquoted capitalised run inside a background clause of the subject ("X, whose
        # film follows a Protestant village, received ...") is no title; a quoted one stays.
        subject = [
            s
            for s in self._spans(subject_start, verb_start)
            if (s.quoted or not self._in_background(s.start, verb_start))
            # "Inarritu, who won last year for "Birdman," picked up the directing Oscar": a
            # quoted title in an aside that tells a win of its own is that win's film.
            and not (s.quoted and self._in_told_win(s))
            # ', best known to television audiences from the sitcom "Mad About You,"': what the
            # winner is known for is another work.
            and not _KNOWN_FOR_BEFORE.search(self.masked, max(subject_start, s.start - 80), s.start)
        ]
        antecedent = self._relative_antecedent(subject, verb_start)
        if antecedent is not None:
            return [antecedent]
        if _THE_FILM_SUBJECT.match(text, subject_start, verb_start) and not any(s.quoted for s in subject):
            # "The film, a talky four-character drama about ..., also won the best actor award for
            # James Spader", "The film, which every studio turned down, took four Oscars: ...": the
            # winning film named last, whatever the apposition after "The film" holds.
            # ('"Ben-Hur," ... swept the Academy Awards. The spectacle ... was named the best
            # motion picture': with no winner told yet, the one title of the sentence before.)
            last = self._last_winning_film(subject_start, told_last=True) or self._one_title_told_before(
                subject_start
            )
            if last:
                return last
        plot = _PLOT_DESCRIPTION.search(text, subject_start, verb_start)
        if plot:
            # "Danny Boyle's rags-to-riches fable about a teenager from the Mumbai slums ... was
            # named winner": the capitalised words of a plot description are places and
            # characters, no title.
            subject = [s for s in subject if s.quoted or s.start < plot.start()]
        # Quoted titles blanked (same length): the "for" of "Searching for Sugar Man" is no
        # link to a film.
        after = _blank_quoted_titles(text[a_end:s_end])
        shared = self._shared_with(verb_start, a_end, s_end, after, subject, subject_start, award)
        if shared:
            return shared
        # The role's film first: "for his portrait of the horror star Bela Lugosi in Tim Burton's
        # "Ed Wood"" names a character after "for" and the film after "in".
        role_film = re.match(
            # "won best actor for his role as the father of ... in King Richard"
            # "won best actress at her fifth attempt for playing Sister Helen Prejean ... in F".
            # "was named best supporting actor as a runaway slave ... in Edward Zwick's drama Glory".
            # "won best actor on his fifth nomination, playing ... Bad Blake in F": a bare participle.
            rf"^[^.;]{{0,40}}?\b(?:(?:for|by)\s+(?:(?:his|her|their|the\s+title)\s+(?:[\w\-]+\s+)?(?:role|turn|performance|portrayal|portrait|part|transformation|interpretation|incarnation)\b|(?:playing|reprising|portraying)\b)|as\s+(?:a|an)\s|(?<=,\s)(?:playing|portraying)\s)"
            # ("in first-time director Scott Cooper's "Crazy Heart."": a credit before the title.)
            rf"[^.;]{{0,160}}?\sin\s+(?:(?:[\w\-]+\s+){{0,2}}?(?:director|filmmaker)\s+(?={_UP}))?"
            rf"{_FILM_DESCRIPTION}(?=[“\"«]|{_UP})",
            after,
        )
        for_film = role_film or re.match(
            # ("for 12 Years a Slave": a title may open with a number.)
            rf"^(?:[^.;]{{0,60}}?)\s(?P<link>for|with|thanks\s+to|por|con|pour|avec|per)\s+{_FILM_DESCRIPTION}(?=[“\"«]|{_UP}|\d)",
            after,
        )
        if for_film is None and subject and all(self._is_person(s) for s in subject):
            # "Michel Franco obtained the prize to the best screenplay by Chronic": machine
            # translation's "por", right after the award a person won.
            for_film = re.match(rf"^\s+by\s+{_FILM_DESCRIPTION}(?=[“\"«]|{_UP})", after)
        link_at = for_film.start("link") if for_film and for_film.groupdict().get("link") else 0
        if for_film and (link_at >= _clause_length(after) or _WIN_VERB_ANYWHERE.search(after, 0, link_at)):
            # "X took the Grand Prix, and Y was named best director for F", "A was named best
            # foreign film, B won animated feature for ...": a "for" behind another win verb
            # is the next clause's film, not this award's.
            for_film = None
        if (
            for_film
            and re.search(r"\b(?:with|con|avec)\s", for_film.group())
            and not re.search(r"\b(?:for|por|pour|per)\s", for_film.group())
            and self._starts_with_person(a_end + for_film.end())
            and any(not self._is_person(s) for s in subject)
        ):
            # "Anora won the Palme d'Or with Mikey Madison in the lead": the subject is the
            # film already; "with" names a cast member, not a second title.
            for_film = None
        if for_film and self._names_a_writer_after_film_subject(for_film, a_end, subject, award):
            return self._pick_films(subject, subject_start, verb_start, award)
        if for_film and self._for_names_the_recipient(
            for_film, a_end, subject, award, text[subject_start:verb_start]
        ):
            for_film = None
        if for_film:
            offset = a_end + for_film.end()
            end = offset + _clause_length(text[offset:s_end])
            first = _title_spans(text, offset, end)[:1]
            if (first and first[0].start == offset and _is_country(first[0].text)) or _INITIALISM.match(
                text, offset
            ):
                # "wins best foreign language film for Italy": the country it represents.
                for_film = None
        if for_film:
            # "for John Turturro, who plays a New York playwright": a relative clause's
            # capitalised words are no title.
            # ("by his transformation in Freddie Mercury in Bohemian Rhapsody": after a role, the
            # character may be joined to the film.)
            for_spans = [
                self._after_character(s) if for_film is role_film else s
                for s in self._spans(offset, end)
                if s.quoted or not self._in_background(s.start, a_end - 1)
            ]
            choices = self._pick_films(for_spans, offset, end, award)
            if choices:
                if _DIRECTOR_AWARD.search(award.name) or not _PERSON_AWARD.search(award.name):
                    people = self._resolve_all(
                        [s for s in subject if self._is_person(s) or len(s.text.split()) >= 2]
                    )
                    return [_FilmChoice(c.span, c.directors or people) for c in choices]
                return choices
        bracketed = self._bracketed_after(a_end, s_end, after)
        if bracketed is not None and not any(
            span.quoted or self._has_film_marker(span, subject_start) for span in subject
        ):
            # "Ang Lee has won the Golden Lion ... for the second time in three years, with Lust,
            # Caution, an erotic espionage thriller": a title marked on both sides in the
            # clause outweighs an unmarked subject, which is then the winner or director.
            people = self._resolve_all([s for s in subject if self._is_person(s) or len(s.text.split()) >= 2])
            if _PERSON_AWARD.search(award.name) and not _DIRECTOR_AWARD.search(award.name):
                people = ()
            return [_FilmChoice(bracketed, self._directors_near(bracketed, s_end) or people)]
        if _PERSON_AWARD.search(award.name):
            # "Moonlight's Mahershala Ali won supporting actor": the possessive is the film,
            # the person after it the winner.
            subject = self._films_before_performers(subject)
            # "Mikey Madison won Best Actress": the subject is the winner, not the film.
            subject = [
                s
                for s in subject
                if s.quoted
                or self._has_film_marker(s, subject_start)
                or self._looks_like_title_span(s)
                # "Moonlight also obtained ... Best Adapted Screenplay, for Jenkins and ...": a
                # film the article already told winning.
                or (
                    any(fold(s.text) == fold(film) for film, _ in self.films_so_far)
                    and not self.people.resolve(s.text, s.start)
                )
            ]
        choices = self._pick_films(subject, subject_start, verb_start, award)
        if choices:
            return choices
        if not _PERSON_AWARD.search(award.name) and _DELAYED_LEDE_SUBJECT.match(
            text, subject_start, verb_start
        ):
            delayed = self._title_opening_next_paragraph(s_end)
            if delayed is not None:
                return [delayed]
        known = (
            self._film_of_director(subject_start, verb_start)
            or self._film_by_reference(subject_start, verb_start)
            or self._credited_title_of_subject(subject_start, verb_start)
        )
        if known:
            return known
        if (
            _PERSON_AWARD.search(award.name)
            and not text[s_start:subject_start].strip()
            and _FILMS_PEOPLE_SUBJECT.match(text, subject_start, verb_start)
        ):
            # "... took the best screenplay award for "Beyond the Hills". Its two newcomer leads,
            # Cosmina Stratan and Cristina Flutur, shared the best actress prize": the people of
            # the film that won last, in the same paragraph.
            last = self._last_winning_film(subject_start)
            if last and last[0].span.start > text.rfind("\n\n", 0, s_start):
                return last
        pronoun = _PRONOUN_SUBJECT.fullmatch(text[subject_start:verb_start])
        if pronoun and not _PERSON_AWARD.search(award.name):
            # "The third instalment, A Pigeon Sat on a Branch ..., took four years to build. ...
            # On Saturday it won the Golden Lion.": "it" is the film named last before.
            return self._film_of_pronoun(subject_start)
        if _PERSON_AWARD.search(award.name) and not _DIRECTOR_AWARD.search(award.name):
            # "Cate Blanchett plays a socialite in "Blue Jasmine." ... Blanchett won best
            # actress": the film the article ties the performer to.
            for span in self._spans(subject_start, verb_start):
                full = self.people.resolve(re.sub(r"['’]s?$", "", span.text), span.start)
                performed = self._film_of_performer(full) if full else None
                if performed:
                    return [performed]
        if re.match(
            r"^\s*(?:,\s*)?(?:for|in)\s+(?:the|that|this)\s+(?:same\s+)?(?:film|movie|picture)\b", after
        ) or re.match(
            # "won supporting actor for playing the film's implacable hit man": the film's role.
            r"^\s*(?:,\s*)?for\s+(?:playing|his\s+role\s+as|her\s+role\s+as)\s+the\s+(?:film|movie)['’]s\b",
            after,
        ):
            # "won best supporting actor for the film", "... category for the same movie": the
            # winning film named last before.
            return self._last_winning_film(subject_start)
        # "Östlund won the Palme d'Or on Saturday, as his satire Triangle of Sadness ...":
        # a title marked by a genre noun elsewhere in the sentence.
        marked = [
            s
            for s in self._spans(a_end, s_end)
            if self._has_film_marker(s, a_end)
            and not self._is_person(s)
            and not self._in_background(s.start, a_end - 1)
        ]
        if len(marked) == 1 and not _PERSON_AWARD.search(award.name):
            people = self._resolve_all([s for s in subject if self._is_person(s)])
            return [_FilmChoice(marked[0], self._directors_near(marked[0], s_end) or people)]
        stop = re.search(r"\s+and\s|[,;.]", text[a_end:s_end])
        named_after = [
            span
            for span in self._spans(a_end, a_end + stop.start() if stop else s_end)
            if not self._is_person(span)
            and not re.search(r"['’]s?$", span.text)
            # ("over a field that included Daniel Day-Lewis, ...": the losers, no title.)
            and not (self._is_name_shaped(span.text) and _FIELD_BEFORE.search(text, a_end, span.start))
        ]
        if _PERSON_AWARD.search(award.name) and not named_after:
            # '"The Player" was not shut out. Altman was named best director and Tim Robbins
            # best actor': the film the paragraph has just named, alone, is the one its people
            # won for.
            topic = self._film_of_previous_sentence(s_start) or self._film_before_clause(
                s_start, subject_start
            )
            if topic is not None:
                return [topic]
        return []

    def _film_before_clause(self, s_start: int, clause_start: int) -> _FilmChoice | None:
        """ "My Left Foot ... had a second Oscar when Brenda Fricker won best supporting
        actress": the one marked title of the main clause before the win's clause."""
        if clause_start - s_start < 3:
            return None
        return self._one_told_film(s_start, clause_start, opening_counts=True)

    def _film_of_previous_sentence(self, s_start: int) -> _FilmChoice | None:
        """The one marked title (quoted, or with a genre noun before it) of the sentence before
        ``s_start`` in the same paragraph; None when it names none or several."""
        paragraph_break = self.masked.rfind("\n\n", 0, s_start)
        paragraph_start = paragraph_break + 2 if paragraph_break >= 0 else 0
        for rel_start, rel_end in reversed(_sentences(self.masked[paragraph_start:s_start])):
            start, end = paragraph_start + rel_start, paragraph_start + rel_end
            years = {int(m.group()) for m in _YEAR_RE.finditer(self.masked, start, end)}
            if years and self.article_year not in years:
                return None  # "He came back to Cannes in 2012 with "Beyond the Hills"": another edition
            # ('"The Pianist" won three Oscars in all. Adrien Brody ... was named best actor': a
            # film's tally makes the film that opens it the paragraph's topic.)
            tally = _FILM_TALLY.search(self.masked, start, end)
            film = self._one_told_film(start, end, opening_counts=tally is not None)
            if film is not None or not self._tells_a_persons_award_alone(start, end):
                return film
            # "F was distinguished with two Silver Bears. X received the Silver Bear for the
            # best leading performance. The screenwriter Y was honoured for the best
            # screenplay.": a sibling's sentence passes the film on.
        return None

    def _tells_a_persons_award_alone(self, start: int, end: int) -> bool:
        """A sentence that tells a person's award and marks no title of its own."""
        mentions = self.gazetteer.find_awards(self.folded[start:end])
        return (
            bool(mentions)
            and all(_PERSON_AWARD.search(m.candidates[0][1].name) for m in mentions)
            and not any(s.quoted or self._has_film_marker(s, start) for s in self._spans(start, end))
        )

    def _one_told_film(self, start: int, end: int, *, opening_counts: bool) -> _FilmChoice | None:
        """The one marked title (quoted, after a genre noun, or opening the text when
        ``opening_counts``) of a stretch that tells no award of its own: '"CODA" won best
        picture. Smith won best director' passes nothing on. None for none or several."""
        if any(
            not _COUNTED_AWARDS_BEFORE.search(self.folded, max(start, start + m.start - 20), start + m.start)
            for m in self.gazetteer.find_awards(self.folded[start:end])
        ):
            return None  # (but "was distinguished with two Silver Bears" names no award yet)
        titles = {
            s.text: s
            for s in self._spans(start, end)
            if (s.quoted or self._has_film_marker(s, start) or (opening_counts and s.start == start))
            and not self._is_person(s)
        }
        if len(titles) != 1:
            return None
        (span,) = titles.values()
        return _FilmChoice(span, self._directors_near(span, end))

    def _list_section(self, position: int) -> re.Match[str] | None:
        """The other section a palmarès line belongs to: the last upper-case heading line above
        it names one ("ORIZZONTI", "SHORT FILMS") -- its "Best Director" is not the main
        competition's."""
        line_start = self.masked.rfind("\n", 0, position) + 1
        for line in reversed(re.findall(r"[^\n]+", self.masked[:line_start])):
            # "HONORARY AWARDS (announced before the festival)": a heading's note may be lower case.
            letters = [c for c in re.sub(r"\([^()]*\)", "", line) if c.isalpha()]
            if letters and len(line) <= 100 and not any(c.islower() for c in letters):
                return _SECTION_HEADING.search(line)
        return None

    def _film_of_pronoun(self, start: int) -> list[_FilmChoice]:
        """The film an "it" subject at ``start`` refers to: the last title marked as one (quoted,
        article-led, or used as a title elsewhere) in its paragraph or the one before."""
        paragraph = self.masked.rfind("\n\n", 0, start)
        previous = self.masked.rfind("\n\n", 0, paragraph) if paragraph > 0 else -1
        lookback = previous + 2 if previous >= 0 else 0
        spans = [
            s
            for s in self._spans(max(lookback, start - 1200), start)
            if not (self._is_person(s) or self._is_known(s))
            and (s.quoted or self._looks_like_title_span(s) or self._is_title_elsewhere(s.text))
        ]
        if not spans:
            return []
        # "A year ago, del Toro waited to hear whether "The Shape of Water" had won anything. It
        # won the Golden Lion": the antecedent's sentence dates the story in the past.
        antecedent_start = max(
            self.masked.rfind(". ", 0, spans[-1].start), self.masked.rfind("\n", 0, spans[-1].start)
        )
        if _TIME_AGO.search(self.masked, antecedent_start + 1, spans[-1].start):
            return []
        return [_FilmChoice(spans[-1], self._directors_near(spans[-1], start))]

    def _bracketed_after(self, a_end: int, s_end: int, after: str) -> _Span | None:
        """A title marked on both sides ("with Lust, Caution, an erotic ... thriller") in the
        award's clause, with no other win verb before it."""
        clause_end = a_end + _clause_length(after)
        for match in _BRACKETED_TITLE.finditer(self.masked, a_end, s_end):
            if match.start() > a_end + 160 or _WIN_VERB_ANYWHERE.search(after, 0, match.start() - a_end):
                return None
            if not re.match(r"(?:with|for)\s", match.group()) or (
                match.start() >= clause_end and not re.search(r",\s*$", self.masked[a_end : match.start()])
            ):
                continue
            span = _Span(match.start("title"), match.end("title"), match.group("title"), quoted=False)
            if not (self._is_person(span) or self._is_known(span) or _is_country(span.text)):
                return span
        return None

    def _films_before_performers(self, subject: list[_Span]) -> list[_Span]:
        """ "Moonlight's Mahershala Ali won supporting actor": a possessive the article
        elsewhere quotes as a title (or has as a winning film), right before a full name, is
        the performer's film -- never the person after it."""
        out: list[_Span] = []
        for index, span in enumerate(subject):
            after = subject[index + 1] if index + 1 < len(subject) else None
            owner = re.sub(r"['’]s?$", "", span.text)
            if (
                after is not None
                and owner != span.text
                and 0 <= after.start - span.end <= 1
                and len(after.text.split()) >= 2
                and self.people.clean(after.text) == after.text
                and self._is_title_elsewhere(owner)
            ):
                out += [_Span(span.start, span.start + len(owner), owner, quoted=True)]
                continue
            out.append(span)
        return out

    def _is_title_elsewhere(self, text: str) -> bool:
        return any(fold(film) == fold(text) for film, _ in self.films_so_far) or self._is_quoted(text)

    def _is_quoted(self, text: str) -> bool:
        return re.search(rf"[“\"«„]{re.escape(text)}[,.]?[”\"»“]", self.masked) is not None

    def _film_of_director(self, start: int, end: int) -> list[_FilmChoice]:
        """ "Nolan also won Best Director": the film this article already credits to Nolan."""
        for match in _NAME_RE.finditer(self.masked, start, end):
            full = self.people.resolve(match.group(), match.start())
            if full and full in self.films_by_director:
                film, directors = self.films_by_director[full]
                return [_FilmChoice(_Span(match.start(), match.end(), film, quoted=False), directors)]
            if full:
                known = self._winning_film_beside(full, match.start())
                if known:
                    return known
        return self._winning_film_credited_to(start, end) or self._one_film_credited_to_subject(start, end)

    def _one_film_credited_to_subject(self, start: int, end: int) -> list[_FilmChoice]:
        """ "Triet and her life partner Arthur Harari received the Oscar for the best original
        screenplay" after „Anatomy of a Fall“ by Justine Triet: the one quoted title the article
        credits to the subject's first person, winner or not."""
        first = _NAME_RE.search(self.masked, start, end)
        full = self.people.resolve(first.group(), first.start()) if first else None
        if not full:
            return []
        name = rf"(?:{re.escape(full)}|{re.escape(full.split()[-1])})(?![\w'’])"
        credits = [
            *re.finditer(
                rf"[“\"«„](?P<title>[^“”\"«»„\n]{{1,80}})[”\"»“],?\s+(?:by|of|from)\s+{name}", self.masked
            ),
            *re.finditer(rf"{name}['’]s?\s+[“\"«„](?P<title>[^“”\"«»„\n]{{1,80}})[”\"»“]", self.masked),
        ]
        titles = {match.group("title").strip(" ,.") for match in credits}
        if len(titles) != 1:
            return []
        credit = credits[0]
        span = _Span(
            credit.start("title"), credit.end("title"), credit.group("title").strip(" ,."), quoted=True
        )
        return [_FilmChoice(span, (full,))]

    def _credited_title_of_subject(self, start: int, end: int) -> list[_FilmChoice]:
        """ "Audiard's brutal, sprawling prison drama, ..., had to settle for the Grand Prix":
        a director's possessive and a genre noun for the subject stand for the one title the
        article credits to that director by the same possessive ("Jacques Audiard's A Prophet")."""
        subject = _POSSESSIVE_GENRE_SUBJECT.match(self.masked, start, end)
        if subject is None:
            return []
        owner = subject.group("owner")
        titles = {
            (span.start, span.text)
            for credit in re.finditer(rf"\b{re.escape(owner)}['’]s?\s+", self.masked[:start])
            for span in self._spans(credit.end(), min(credit.end() + 80, start))[:1]
            if span.start == credit.end() and not self._is_person(span)
        }
        if len({text for _, text in titles}) != 1:
            return []
        at, title = min(titles)
        return [
            _FilmChoice(
                _Span(at, at + len(title), title, quoted=False),
                self._directors_near(_Span(at, at + len(title), title, quoted=False), at + 120),
            )
        ]

    def _winning_film_credited_to(self, start: int, end: int) -> list[_FilmChoice]:
        """ "Joel and Ethan Coen ... took three Oscars": the winning film the article credits to
        the subject by a possessive ("The Coen brothers' bloody crime saga "No Country for Old
        Men""), not merely named near them."""
        surnames = {
            match.group().split()[-1]
            for match in _NAME_RE.finditer(self.masked, start, end)
            if len(match.group().split()) >= 2 and self.people.clean(match.group()) == match.group()
        }
        for surname in sorted(surnames):
            credit = re.compile(
                rf"\b{re.escape(surname)}(?:\s+(?:brothers|sisters|siblings))?['’]s?\s+"
                rf"(?:[\w\-]+\s+){{0,4}}?[“\"«]?$"
            )
            for film, directors in self.films_so_far:
                at = self.masked.find(film)
                if 0 <= at < start and credit.search(self.masked, max(0, at - 80), at):
                    return [_FilmChoice(_Span(at, at + len(film), film, quoted=False), directors)]
        return []

    def _winning_film_beside(self, person: str, position: int) -> list[_FilmChoice]:
        """ "Baker won four awards": the winning film named in the same earlier sentence as
        Sean Baker ("Anora won best picture, and its writer-director Sean Baker ...")."""
        for film, directors in reversed(self.films_so_far):
            at = self.masked.find(film, 0, position)
            if at < 0:
                continue
            paragraph_start = self.masked.rfind("\n", 0, at) + 1
            paragraph_end = self.masked.find("\n", at)
            sentence = self.masked[
                paragraph_start : position if paragraph_end < 0 else min(paragraph_end, position)
            ]
            # Only a person the sentence names as the film's maker: "its writer-director
            # Sean Baker", not Will Smith mentioned in passing.
            if re.search(
                rf"\b(?:director|filmmaker|helmer|auteur)\s+{re.escape(person)}|{re.escape(person)}['’]s\s",
                sentence,
            ):
                return [_FilmChoice(_Span(at, at + len(film), film, quoted=False), directors or (person,))]
        return []

    def _resolve_all(self, spans: list[_Span]) -> tuple[str, ...]:
        names = []
        for span in spans:
            for part in re.split(r"\s+(?:and|y|&)\s+", re.sub(r"['’]s?$", "", span.text)):
                resolved = self.people.resolve(part, span.start)
                if resolved:
                    names.append(resolved)
        return tuple(names)

    def _has_film_marker(self, span: _Span, start: int) -> bool:
        before = self.masked[max(start, span.start - 40) : span.start]
        possessive = re.search(r"(\S+(?:\s\S+)?)['’]s?\s*$", before)
        return bool(
            re.search(rf"\b(?:{_GENRE_NOUNS})\s*,?\s*$", before, re.I)
            # "Spain's Javier Bardem": a country's possessive is a nationality, no credit.
            or (
                possessive
                and not _is_country(possessive.group(1))
                and not _is_country(possessive.group(1).split()[-1])
                # "the Directors' Fortnight", "Hollywood's Dolby Theatre": an institution's or a
                # place's possessive credits no film.
                and not _INSTITUTION_POSSESSIVE.fullmatch(possessive.group(1).split()[-1])
            )
            # "Mikey Madison (Anora) won best actress": a title in parentheses after a person.
            or (
                re.search(rf"{_CAP_WORD}\s*\(\s*$", before)
                and re.match(r"\s*\)", self.masked[span.end : span.end + 3])
                and not self._is_person(span)
            )
        )

    def _after_character(self, span: _Span) -> _Span:
        """ "by his transformation in Freddie Mercury in Bohemian Rhapsody": the character a role
        turned into, then the film; the span finder joined them at "in"."""
        character, _, film = span.text.partition(" in ")
        if span.quoted or not film or " " not in character or not _NAME_RE.fullmatch(character):
            return span
        return _Span(span.end - len(film), span.end, film, quoted=False)

    def _looks_like_title_span(self, span: _Span) -> bool:
        """ "The Substance won best screenplay": a run opened by an article is a title, not a
        person (unlike "Coralie Fargeat won best screenplay")."""
        words = span.text.split()
        return (
            len(words) >= 2
            and (
                words[0] in {"The", "A", "An"}
                # "Anatomy of a Fall won ...": a run whose lower-case words are an English title's
                # (a name's particles are "de", "van", "von", ...).
                or (len(words) >= 3 and any(w in _TITLE_ONLY_CONNECTORS for w in words[1:-1]))
            )
            and not self._is_person(span)
            and not re.match(
                r"\s+(?:brothers|sisters|duo|pair|couple|siblings)\b", self.masked[span.end : span.end + 12]
            )
        )

    def _pick_films(self, spans: list[_Span], start: int, end: int, award: AwardName) -> list[_FilmChoice]:
        text = self.masked
        if not spans:
            return []
        scored: list[tuple[int, int, _Span]] = []
        for index, span in enumerate(spans):
            before = text[max(start, span.start - 40) : span.start]
            after = text[span.end : min(len(text), span.end + 40)]
            score = 0
            if span.quoted:
                score += 5
                if index and re.fullmatch(r"[^\S\n]*\([^\S\n]*.", text[spans[index - 1].end : span.start]):
                    # "The Go-Between („A közvetítő”)": the quoted other form in brackets is
                    # the original title of the film named before it.
                    score -= 6
            if re.search(rf"\b(?:{_GENRE_NOUNS})\s*,?\s*$", before, re.I):
                score += 4
            possessive = re.search(r"(\S+)['’]s?\s*$", before)
            if possessive and not _INSTITUTION_POSSESSIVE.fullmatch(possessive.group(1)):
                score += 3
            # (The link may sit just before the window: "won ... for The blues of Beale Street".)
            if re.search(r"\b(?:for|with)\s*$", text[max(0, span.start - 40) : span.start]):
                score += 2
            if re.match(
                r"\s*(?:,\s*)?(?:directed\s+by|by\b|of\s+(?:the\s+)?(?:director\s+)?[A-Z]|from\s+(?:the\s+)?[\w\-\s]{0,40}?director|\()",
                after,
            ):
                score += 2
            if re.match(rf",\s+(?:a|an|the)\s+(?:[\w\-]+,?\s+){{0,3}}?(?:{_GENRE_NOUNS})\b", after, re.I):
                score += 4  # "There Is No Evil, a drama about ...", "F, a sprawling, warm drama"
            if re.search(r"['’]s?$", span.text):
                score -= 6
            if self._is_person(span):
                score -= 6
            elif (
                _PERFORMER_AWARD.search(award.name)
                and not span.quoted
                and re.fullmatch(r"[A-ZÀ-Þ][\w'’\-]+ [A-ZÀ-Þ][\w'’\-]+", span.text)
                and re.search(
                    # (Russian and Czech copy's "Oscar for best male main role received Jack
                    # Nicholson": the award first, its recipient after the verb.)
                    r"\b(?:(?:went|goes|gone|awarded|given|presented)\s+to|received)\s+$",
                    text[max(0, span.start - 40) : span.start],
                )
                and span.text.split()[0] not in _TITLE_OPENERS
            ):
                score -= 6  # "the best supporting performance went to Kizlinger Lilla": a performer
            if (
                index
                and re.fullmatch(
                    r",?\s+(?:of|by|de|di)\s+(?:the\s+\S+\s+)?", text[spans[index - 1].end : span.start]
                )
                # "the Taiwanese Hou Hsiao-hsien by The Assassin": after a person, machine
                # translation's "por" names the film.
                and not self._is_person(spans[index - 1])
            ):
                # "The Hand of God of Paolo Sorrentino", "The Empire, of Bruno Dumont": the director
                # split off a title.
                score -= 6
            if re.search(rf"\b(?:{_ROLE_WORDS})\s*$", before, re.I):
                score -= 6
            if re.match(rf"\s+(?:{_ROLE_WORDS})\b", after, re.I):  # "Swedish director", "French actress"
                score -= 6
            if _AFTER_EARLIER.search(text, start, span.start):
                score -= 6  # "the Golden Lion has gone to ..., after del Toro's F and Cuarón's G"
            if self._background_says_more(span, start, end):
                # "two times palmés (for "Rosetta" in 1999 ...), for "Le Silence de Lorna"", "The
                # Coens, who had won an Oscar for "Fargo" in 1997, accepted their directing award".
                score -= 8 if self._in_told_win(span) else 4
            scored.append((score, -index, span))
        best_score, _, best = max(scored, key=lambda item: (item[0], item[1]))
        if best_score < -2:
            return []
        chosen = [best]
        # Ties: "X and Y shared the Golden Bear" / "the Grand Prix was shared by X and Y".
        # (Within the sentence: 'beat "Crime of Father Amaro." "Spirited Away," which shared the
        # Golden Bear' tells no tie of the first.)
        window = text[max(0, start - 60) : end + 60]
        sentence_end = re.search(
            r"[.!?][”\"»]?\s+[A-Z“\"«]", window[min(len(window), start - max(0, start - 60)) :]
        )
        if sentence_end:
            window = window[: start - max(0, start - 60) + sentence_end.start()]
        # ("a village split by the border": a passive "split by" divides something else.)
        if re.search(
            r"\b(?:shared|share|sharing|split(?!\s+by\b)|divided(?=\s+the\b[^.;]{0,60}\bbetween\b)|ex[\s-]aequo|tie|tied|jointly)\b",
            window,
            re.I,
        ):
            # Each tied film is marked on its own (quoted, a genre noun, a possessive); a marker
            # more on one of them ("Kieslowski's Three Colours: Blue (Trois Couleurs: Bleu)"
            # beside "Altman's Short Cuts") does not make the other less of a winner.
            chosen = [span for score, _, span in scored if score >= max(min(best_score - 2, 5), 0)]
        extended = [self._with_parenthetical(self._with_dashed_subtitle(span)) for span in chosen]
        return [_FilmChoice(span, self._directors_near(span, end)) for span in extended]

    def _with_dashed_subtitle(self, span: _Span) -> _Span:
        """ "Sophie Scholl - The Final Days": a subtitle after a spaced hyphen, opened by an
        article, is part of the title (a clause after a dash opens in lower case)."""
        subtitle = _DASHED_SUBTITLE.match(self.masked, span.end)
        if span.quoted or subtitle is None:
            return span
        end = subtitle.end()
        return _Span(span.start, end, self.masked[span.start : end], quoted=False)

    def _with_parenthetical(self, span: _Span) -> _Span:
        """ "Dreams (Sex Love)": keep a parenthetical that is part of the title, not a year or
        a director."""
        match = re.match(r"\s*\(([^()]{1,40})\)", self.masked[span.end : span.end + 45])
        if not match or span.quoted:
            return span
        inner = match.group(1).strip()
        if _YEAR_RE.search(inner) or self._is_person_name(inner) or not inner[:1].isupper():
            return span
        if (
            len(inner.split()) >= 2
            and self.people.clean(inner)
            and self.people.resolve(inner, span.start)
            in {full for _, full, _ in self.people.mentions if full != inner}
        ):
            return span
        if self._is_other_language_form(span, inner):
            return span
        if re.match(r"(?:The|A|An)\s", inner) or "," in inner or (":" in inner and ":" in span.text):
            # "Uttara (The Wrestlers)", "Tres Irmaos (Two Brothers, My Sister)": a translation
            # opens with its own article or lists; the first form is the film.
            return span
        if (
            len(span.text.split()) >= 2
            and len(inner.split()) >= 2
            and not re.search(r"\b[A-Z]{2,}\b", span.text)
        ):
            # "New Order (Nuevo Orden)": a title of two words or more glossed by another of two or
            # more is the same film twice; a one-word title ("Dreams (Sex Love)") or an
            # abbreviation ("120 BPM (Beats per Minute)") keeps its parenthesis.
            return span
        end = span.end + match.end()
        return _Span(span.start, end, self.masked[span.start : end].strip(), quoted=False)

    def _is_other_language_form(self, span: _Span, inner: str) -> bool:
        """ "From Afar (Desde alla)", "L'Hermine (Courted)": an unquoted title followed by its
        other-language form, not one title with a parenthesis ("Dreams (Sex Love)"). Either form
        reads as foreign, the article uses the first form alone elsewhere, or it writes two or
        more such foreign pairs, which sets its convention ("Frenzy (Abluka)" beside them)."""
        if _looks_foreign(inner) or _looks_foreign(span.text):
            return True
        alone = rf"(?<![\w'’]){re.escape(span.text)}(?![\w'’])(?!\s*\()"
        if len(span.text) >= 4 and re.search(alone, self.masked):
            return True
        return self._foreign_pair_count() >= 2

    def _foreign_pair_count(self) -> int:
        """How many "Title (Other Form)" pairs of the article have a form that reads as foreign."""
        if self.foreign_pairs is None:
            self.foreign_pairs = 0
            for match in _TITLE_AND_PARENTHESIS.finditer(self.masked):
                head, inner = match.group("head"), match.group("inner").strip()
                if _YEAR_RE.search(inner) or _is_country(inner) or self._is_person_name(inner):
                    continue
                # The head is one word here, often a director's name: only its elided article
                # ("L'Hermine") marks it, never a diacritic ("Almodóvar").
                if _looks_foreign(inner) or re.match(r"[LlDd]['’]\w", head):
                    self.foreign_pairs += 1
        return self.foreign_pairs

    def _directors_near(self, span: _Span, limit: int) -> tuple[str, ...]:
        text = self.masked
        credit_starts = [span.end]
        if self._parenthesised_form(span.end) is not None and (
            other := _PARENTHESISED_FORM.match(text, span.end)
        ):
            # '"En tierra hostil" (The Hurt Locker), by Kathryn Bigelow': a credit after the
            # parenthesis makes it the title's other form; without one it may be the credit itself.
            credit_starts.insert(0, other.end())
        before = text[max(0, span.start - 80) : span.start]
        names_pair = rf"({_NAME})(?:\s*(?:,|and|y|&)\s*({_NAME}))?"
        patterns_after = [
            rf"^[\s”\"»]*,\s+(?:a|an|the)\s+[^,.;()]{{0,70}}?\b(?:by|from)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:director\s+|filmmaker\s+)?{names_pair}",
            rf"^[\s”\"»]*,\s+{names_pair}['’]s?\s+(?:[\w\-]+\s+){{0,2}}?(?:{_GENRE_NOUNS}|adaptation|remake)\b",
            rf"^[\s”\"»]*,?\s*(?:directed|helmed)\s+by\s+{names_pair}",
            rf"^[\s”\"»]*,?\s*(?:by|de|di|von|of)\s+(?:the\s+)?(?:director\s+|filmmaker\s+)?{names_pair}",
            # (Not "(The Great War)": an article opens a title, never a name.)
            rf"^[\s”\"»]*\((?!(?:The|A|An|La|Le|Les|Il|El|Los|Las|Der|Die|Das)\s)(?:dir\.\s*)?{names_pair}\)",
            rf"^[\s”\"»]*,?\s*(?:the\s+[\w\s\-]{{0,30}}?\s+)?from\s+(?:the\s+)?(?:[\w\-]+\s+){{0,4}}?(?:director|filmmaker|helmer|auteur|duo)s?\s+{names_pair}",
            rf"^[\s”\"»]*,?\s*(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?(?:of|from|by)\s+(?:the\s+)?(?:director|filmmaker)\s+(?:[a-z]+\s+)?{names_pair}",
            rf"^[\s”\"»]*,?\s*(?:the\s+|a\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{_GENRE_NOUNS})\s+(?:of|from|by)\s+(?:the\s+)?"
            rf"(?:(?:[\w\-]+\s+){{0,2}}?(?:director|filmmaker|helmer|auteur)s?\s+|(?:[a-z]+\s+){{0,2}}?){names_pair}",
        ]
        found: list[str] = []
        for credit_start in credit_starts:
            after = text[credit_start : min(limit + 80, credit_start + 120)]
            match = next(filter(None, (re.match(pattern, after) for pattern in patterns_after)), None)
            if match:
                found += [g for g in match.groups() if g]
                break
        names = self._resolved_credits(found, span)
        if not names:
            # (Also when the parenthesis after the title held its other form, no person: "Jacques
            # Audiard's A Prophet (Un Prophète)".)
            match = re.search(rf"(?:^|[^\w])({_NAME})['’]s?\s+(?:[\w\-]+,?\s+){{0,4}}?[“\"«]?$", before)
            if match and not self.gazetteer.is_known_name(match.group(1)):
                names = self._resolved_credits([match.group(1)], span)
        return names

    def _resolved_credits(self, found: list[str], span: _Span) -> tuple[str, ...]:
        names = []
        for raw in found:
            resolved = self.people.resolve(raw, span.start)
            if resolved and fold(resolved) != fold(span.text):
                names.append(resolved)
        return tuple(names)

    def _directors_elsewhere(self, film: str) -> tuple[str, ...]:
        """The film's director as stated anywhere in the article ("Anora, directed by X")."""
        for index, match in enumerate(re.finditer(re.escape(film), self.masked)):
            if index >= 20:
                break
            span = _Span(match.start(), match.end(), film, quoted=False)
            directors = self._directors_near(span, match.end() + 120)
            if directors:
                return directors
        return ()
