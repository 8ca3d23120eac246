"""Propose award winners and quotes from one film-news article, for moderators to approve.

Heuristics, not a parser: real articles are messy (machine translation glues words together,
leaves Spanish "y" for "and", mixes curly and straight quotes). Every rule below errs towards
proposing *less*: a wrong fact costs a moderator more than a missed one.

Winners -- decisions:
* Only the article's main news is proposed: an award mention governed by a win construction
  ("won the Palme d'Or", "took home", "was awarded", "the Golden Lion went to", a palmarès line
  "Grand Prix: All We Imagine as Light"). Nominees, contenders, infinitives ("the first American
  to win") and modals ("could win") are not wins.
* Background wins are dropped: a sentence with another explicit year ("won the Palme d'Or in
  2019 with Parasite" in a 2024 article), or with cues such as "previously", "consecutive",
  "having won", "which won". A past win is a true fact, but it is not this article's news and
  it is usually already in the database.
* Articles whose title says they are box office, casting, trailer, line-up, nominations or
  obituary news propose no winners at all.
* The year comes from the text near the award ("Cannes 2024", "2024 edition", "the 77th Cannes
  Film Festival"), else the article's main year (title, first paragraph), else ``published``;
  with none of them the winner is skipped.
* ``film`` is a title-like span tied to the win; ``directors`` are the film's directors when the
  article names them (for acting awards too: the film's director, never the actor).

Quotes -- decisions:
* A quote is text between matching quote marks with at least ``MIN_QUOTE_WORDS`` words that
  starts like a sentence (upper case): a lower-case start is a fragment woven into the
  writer's own sentence (a scare quote such as his "singular goal as a filmmaker..."), and
  short quoted spans are usually titles.
* The speaker must be clearly named: "X said", "said X", "X told Variety:", "..., saying:"
  (the sentence's subject), "according to X"; a pronoun or "the director" resolves to the last
  named person; a paragraph that is only a quotation continues the previous speaker. A speaker
  is a proper name of 2-4 capitalised words after resolving a surname ("Baker") to the full
  name mentioned elsewhere ("Sean Baker"); festivals, films and companies are never speakers.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from bot.news.gazetteer import AwardMention, AwardName, FestivalName, Gazetteer, fold

logger = logging.getLogger(__name__)

# Work is capped so that a huge or hostile input cannot stall the pipeline.
MAX_TEXT_CHARS = 200_000
# Quotes shorter than this are titles, nicknames or scare quotes, not statements.
MIN_QUOTE_WORDS = 6


@dataclass(frozen=True)
class ProposedWinner:
    festival: str
    award: str
    year: int
    film: str
    directors: tuple[str, ...]


@dataclass(frozen=True)
class ProposedQuote:
    speaker: str
    text: str


@dataclass(frozen=True)
class Extraction:
    winners: tuple[ProposedWinner, ...]
    quotes: tuple[ProposedQuote, ...]

    def to_json(self) -> dict[str, list[dict[str, object]]]:
        return {
            "winners": [
                {
                    "festival": w.festival,
                    "award": w.award,
                    "year": w.year,
                    "film": w.film,
                    "directors": list(w.directors),
                }
                for w in self.winners
            ],
            "quotes": [{"speaker": q.speaker, "text": q.text} for q in self.quotes],
        }


EMPTY = Extraction(winners=(), quotes=())


def extract(
    text: str, *, title: str = "", published: date | None = None, gazetteer: Gazetteer
) -> Extraction:
    """Proposed winners and quotes for one article; never raises."""
    try:
        article = _Article.build(text, title)
        if article is None:
            return EMPTY
        winners = _WinnerFinder(article, gazetteer, published).find()
        films = {fold(w.film) for w in winners}
        quotes = _QuoteFinder(article, gazetteer, films).find()
        return Extraction(winners=tuple(winners), quotes=tuple(quotes))
    except Exception:  # a bad article must never stop the news pipeline
        logger.exception("extraction failed; proposing nothing for this article")
        return EMPTY


# ---------------------------------------------------------------------------------------------
# Character classes and word lists
# ---------------------------------------------------------------------------------------------


@functools.cache
def _upper_class() -> str:
    """A regex character class of every upper-case letter (re has no \\p{Lu})."""
    letters = "".join(chr(code) for code in range(0x41, 0x2000) if chr(code).isupper())
    return "[" + re.escape(letters) + "]"


_UP = _upper_class()
_LETTER = r"[^\W\d_]"
# A capitalised word: "Baker", "Jean-Luc", "O'Brien", "Pérez", "NEON".
_CAP_WORD = rf"{_UP}(?:{_LETTER}|['’\-](?={_LETTER}))*"
_NAME_PARTICLES = r"(?:de|del|della|da|das|do|dos|van|von|der|den|di|du|le|la|bin|ibn|al|el|y|ter|zu)"
# 1-4 capitalised words, optionally with particles: "Guillermo del Toro", "Kleber Mendonça Filho".
_NAME = rf"{_CAP_WORD}(?:\s+(?:{_NAME_PARTICLES}\s+)?{_CAP_WORD}){{0,3}}"
_NAME_RE = re.compile(rf"(?<![\w'’]){_NAME}(?![\w])")

_SPEECH_VERBS = (
    "said|says|say|told|tells|stated|states|added|adds|explained|explains|noted|notes|declared|"
    "declares|remarked|remarks|recalled|recalls|insisted|insists|continued|continues|concluded|"
    "wrote|writes|commented|comments|joked|jokes|quipped|quips|exclaimed|announced|acknowledged|"
    "admitted|admits|argued|argues|observed|reflected|responded|replied|urged|proclaimed|asserted|"
    "emphasized|emphasised|stressed|cautioned|warned|confessed|shared|offered|posted"
)
_PARTICIPLES = (
    "saying|adding|noting|explaining|declaring|telling|recalling|insisting|stating|remarking|"
    "joking|quipping|writing|arguing|concluding|urging|proclaiming|acknowledging|admitting"
)
_PRONOUNS = r"(?:he|she|they|He|She|They)"
# Roles that stand for "the last named person": "said the director", "the filmmaker told".
_ROLE_WORDS = (
    "director|filmmaker|helmer|auteur|actor|actress|star|writer|screenwriter|writer-director|"
    "producer|president|jury president|jury head|winner|laureate|artist|jury|head|chief|"
    "presenter|host|chair|chairman|chairwoman|ceo|executive|founder"
)

# Capitalised words that open sentences or name things other than people or films.
_NON_NAME_WORDS = frozenset(
    """the a an in at on this that these those it its he she they we i you his her their our my
    but and or after before when while as for with from by to of if so yet also then there here
    last next first second new best top festival film films movie jury award awards prize prizes
    director actor actress producer president filmmaker star writer screenwriter mr mrs ms dr
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december american british french italian spanish
    german brazilian mexican korean japanese chinese indian iranian european hollywood academy
    competition section jury's grand golden silver bear lion palme oscar oscars netflix neon
    variety deadline reuters afp ap bbc cnn indiewire screen focus universal sony disney warner
    mubi a24 paramount amazon apple hbo studio studios pictures features entertainment media
    however meanwhile according despite although among during leave reply read more related
    share subscribe photo getty images""".split()
)
# Words that mark a company or organisation rather than a person.
_ORG_WORDS = frozenset(
    """pictures features films film studios studio entertainment media productions releasing
    distribution group company festival academy awards press reporter news times post guardian
    variety deadline netflix neon mubi a24 universal paramount disney warner sony amazon apple hbo
    magazine agency association institute foundation council ministry cinema cinemas theatre
    theater channel network tv radio records""".split()
)
_ROLE_PREFIX_WORDS = frozenset(
    """director filmmaker actor actress producer president jury star writer screenwriter
    helmer auteur chairman chairwoman ceo the cannes venice berlin oscar oscars festival
    artistic delegate head chief host presenter""".split()
)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)


# ---------------------------------------------------------------------------------------------
# Article preparation: cleaning, un-gluing words, paragraphs
# ---------------------------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\u200b-\u200f\u2060\ufeff]")
_HSPACE = re.compile(r"[^\S\n]+")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦\-\*–—]|\d+[.)])\s+")

# Function words that machine translation glues onto the end of a title or name.
_GLUE_SUFFIXES = (
    "from", "after", "with", "which", "that", "the", "and", "for", "was", "won", "has", "who",
    "in", "is", "of", "at", "by", "to", "on", "as", "y",
)  # fmt: skip
_WORD_RE = re.compile(rf"{_LETTER}+")


def _unglue(text: str) -> str:
    """Split "Anorafrom" into "Anora from" when "Anora" also stands alone in the article.

    The evidence rule keeps real words ("Martin", "Austin") intact unless their prefix is
    itself a word of this article. An upper-case run glued to lower case ("NEONis") is split
    when the tail is a function word.
    """
    words = set(_WORD_RE.findall(text))

    def split(match: re.Match[str]) -> str:
        token = match.group()
        if not token[0].isupper():
            return token
        upper_run = re.match(rf"({_UP}{{2,}})({'|'.join(_GLUE_SUFFIXES)})$", token)
        if upper_run:
            return f"{upper_run.group(1)} {upper_run.group(2)}"
        for suffix in _GLUE_SUFFIXES:
            prefix = token[: -len(suffix)]
            if token.endswith(suffix) and len(prefix) >= 2 and prefix in words:
                return f"{prefix} {suffix}"
        return token

    return _WORD_RE.sub(split, text)


@dataclass(frozen=True)
class _Paragraph:
    text: str
    start: int  # offset in _Article.body


@dataclass(frozen=True)
class _Article:
    title: str
    body: str
    paragraphs: tuple[_Paragraph, ...]

    @classmethod
    def build(cls, text: str, title: str) -> _Article | None:
        if not isinstance(text, str):
            return None
        raw = (text or "")[:MAX_TEXT_CHARS]
        raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
        raw = _CONTROL_CHARS.sub(" ", raw)
        if not raw.strip():
            return None
        blocks = _paragraph_blocks(raw)
        body_parts: list[str] = []
        paragraphs: list[_Paragraph] = []
        offset = 0
        glued_text = _unglue("\n\n".join(blocks))
        for block in glued_text.split("\n\n"):
            paragraphs.append(_Paragraph(block, offset))
            body_parts.append(block)
            offset += len(block) + 2
        clean_title = _HSPACE.sub(" ", _CONTROL_CHARS.sub(" ", title or "")).strip()[:1000]
        return cls(title=clean_title, body="\n\n".join(body_parts), paragraphs=tuple(paragraphs))


def _paragraph_blocks(raw: str) -> list[str]:
    """Blank-line separated blocks when the text has them (hard-wrapped lines are joined),
    otherwise one paragraph per line. Bullet lines are always their own paragraph."""
    lines = [_HSPACE.sub(" ", line).strip() for line in raw.split("\n")]
    has_blank_separators = any(not line for line in lines) and sum(1 for line in lines if line) > 1
    blocks: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line or _BULLET.match(line) or not has_blank_separators:
            if current:
                blocks.append(" ".join(current))
                current = []
            if line:
                if _BULLET.match(line):
                    blocks.append(_BULLET.sub("", line))
                elif not has_blank_separators:
                    blocks.append(line)
                else:
                    current.append(line)
            continue
        current.append(line)
    if current:
        blocks.append(" ".join(current))
    return [block for block in blocks if block]


# ---------------------------------------------------------------------------------------------
# Quote spans (shared by both finders: long quotes are masked before looking for winners)
# ---------------------------------------------------------------------------------------------

# Opening mark -> the marks accepted as its close. Lenient on purpose: translated text mixes them.
_QUOTE_CLOSERS = {
    "“": "”\"“",
    "„": "“”\"",
    "«": "»",
    '"': '"”',
    "”": "”",  # Swedish/Finnish style: ”…”
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
        if closers is None or (char == "”" and not _looks_like_opening(paragraph, index)):
            index += 1
            continue
        close_at = -1
        for probe in range(index + 1, length):
            if paragraph[probe] in closers:
                close_at = probe
                break
        if close_at < 0:
            # An unclosed quote runs to the paragraph end: the convention for a quotation that
            # continues in the next paragraph.
            spans.append(_QuoteSpan(index, length, paragraph[index + 1 :].strip(), closed=False))
            break
        spans.append(_QuoteSpan(index, close_at + 1, paragraph[index + 1 : close_at].strip(), True))
        index = close_at + 1
    return spans


def _looks_like_opening(paragraph: str, index: int) -> bool:
    before = paragraph[index - 1] if index else " "
    return before.isspace() or before in "(:—–-"


def _word_count(text: str) -> int:
    return len(re.findall(rf"{_LETTER}+|\d+", text))


def _is_statement(quote: str) -> bool:
    """A proposable quote: long enough and starting like a sentence (not a woven-in fragment)."""
    stripped = quote.lstrip(" .…'‘\"(")
    if not stripped or _word_count(stripped) < MIN_QUOTE_WORDS:
        return False
    first = stripped[0]
    return first.isupper() or first.isdigit()


def _mask_statements(paragraph: str) -> str:
    """The paragraph with long quotations blanked (same length), keeping short quoted titles."""
    chars = list(paragraph)
    for span in _quote_spans(paragraph):
        if _word_count(span.text) >= MIN_QUOTE_WORDS:
            for position in range(span.start, span.end):
                if chars[position] != "\n":
                    chars[position] = " "
    return "".join(chars)


# ---------------------------------------------------------------------------------------------
# People: names in the article and resolution of surnames and pronouns
# ---------------------------------------------------------------------------------------------


class _People:
    """Person names of the article, in order, to resolve "Baker" and "she" to "Sean Baker"."""

    def __init__(self, body: str, gazetteer: Gazetteer, non_people: set[str]) -> None:
        self._gazetteer = gazetteer
        self._non_people = non_people
        self.mentions: list[tuple[int, str]] = []  # (offset, full name)
        for match in _NAME_RE.finditer(body):
            name = self.clean(match.group())
            if name and len(name.split()) >= 2 and not _followed_by_year(body, match.end()):
                self.mentions.append((match.start(), name))

    def clean(self, raw: str) -> str | None:
        """Strip roles and possessives; None when the span is not a plausible person name."""
        name = re.sub(r"['’]s?$", "", raw.strip())
        words = name.split()
        while words and words[0].lower() in _ROLE_PREFIX_WORDS:
            words = words[1:]
        while words and words[-1].lower() in _NON_NAME_WORDS:
            words = words[:-1]
        if not words or len(words) > 5:
            return None
        name = " ".join(words)
        folded_words = {word.lower() for word in words}
        if folded_words & _ORG_WORDS or words[0].lower() in _NON_NAME_WORDS:
            return None
        if fold(name) in self._non_people or self._gazetteer.is_known_name(name):
            return None
        if any(self._gazetteer.is_known_name(word) for word in words):
            return None
        if any(word.isupper() and len(word) > 1 for word in words):  # NEON, HBO: companies
            return None
        return name

    def resolve(self, raw: str, position: int) -> str | None:
        """The full name for a name as written at ``position`` ("Baker" -> "Sean Baker")."""
        name = self.clean(raw)
        if name is None:
            return None
        words = name.split()
        if 2 <= len(words) <= 4:
            # A short form of a longer name mentioned elsewhere keeps the long form.
            return self._longest_with(name) or name
        if len(words) != 1:
            return None
        surname = words[0]
        before = [full for offset, full in self.mentions if offset <= position]
        after = [full for offset, full in self.mentions if offset > position]
        for pool in (reversed(before), after):
            for full in pool:
                parts = full.split()
                if parts[-1] == surname or parts[0] == surname:
                    return full
        return None

    def _longest_with(self, name: str) -> str | None:
        best: str | None = None
        for _, full in self.mentions:
            if full != name and full.endswith(" " + name) and len(full.split()) <= 4:
                best = full if best is None or len(full) > len(best) else best
        return best

    def last_before(self, position: int) -> str | None:
        for offset, full in reversed(self.mentions):
            if offset < position:
                return full
        return None


def _followed_by_year(text: str, end: int) -> bool:
    """"Red Rocket (2021)": a title, not a person."""
    return re.match(r"\s*\((?:19|20)\d\d\)", text[end : end + 10]) is not None


# ---------------------------------------------------------------------------------------------
# Winners
# ---------------------------------------------------------------------------------------------

_WIN_BEFORE = re.compile(
    r"(?:\b(?:won|wins|scooped|scoops|claimed|claims|clinched|clinches|bagged|bags|nabbed|"
    r"grabbed|collected|collects|landed|lands|earned|earns|received|receives|secured|secures|"
    r"captured|captures|snagged|took\s+home|takes\s+home|taking\s+home|picked\s+up|picks\s+up|"
    r"walked\s+away\s+with|walks\s+away\s+with|was\s+awarded|were\s+awarded|been\s+awarded|"
    r"is\s+awarded|are\s+awarded|was\s+named|were\s+named|named|crowned|ganó|gana|obtuvo|"
    r"remporte|a\s+remporté|vince|ha\s+vinto)\b)"
    r"(?P<gap>(?:\s+(?!(?:and|but|while|when|after|before)\b)[\w'’\-]+,?){0,6}?)\s*$",
    re.IGNORECASE,
)
_WIN_AFTER = re.compile(
    r"^\W{0,3}(?:[^.;:]{0,70}?,\s*)?(?:(?:has\s+|had\s+)?(?:went|goes|go|gone)|"
    r"(?:was|were|is|has\s+been)\s+(?:given|awarded|presented|handed|won)|"
    r"was\s+shared)\s+(?:to|by|between)\b",
    re.IGNORECASE,
)
_LIST_SEPARATOR = re.compile(r"^\s*(?:winner\s*)?[:—–]\s*|^\s+-\s+")
# Cues that the award is only hoped for, or the win is history rather than news.
_NOT_NEWS = re.compile(
    r"\b(?:nominat\w*|nominee\w*|shortlist\w*|frontrunner|front-runner|favou?rites?\b|contender|"
    r"contention|vying|vie\s+for|compet\w+\s+for|in\s+competition\s+for|race\s+for|bid\s+for|"
    r"in\s+the\s+running|could|would|might|may|will|should|hopes?\s+to|hoping|tipped|predict\w*|"
    r"odds|previously|consecutive|having\s+won|had\s+won|once\s+won|also\s+won\s+in|last\s+year|"
    r"years?\s+ago|decades?\s+ago|in\s+the\s+past|former|previous|earlier|since|"
    r"(?:which|that|who|whose)\s+(?:\w+\s+){0,2}(?:won|wins|took|received|earned)|"
    r"first\s+\w+(?:\s+\w+)?\s+to|winners?\s+of\s+the\s+past|went\s+on\s+to)\b",
    re.IGNORECASE,
)
_NOT_AWARD_NEWS_TITLE = re.compile(
    r"box[\s-]?office|trailer|teaser|first\s+look|casting|\bcast\b|\bjoins?\b|to\s+star|"
    r"line-?up|nominations?|nominees?|nominated|shortlist|obituary|\bdies\b|\bdied\b|dead\s+at|"
    r"passed\s+away|\br\.?i\.?p\b|remember(?:ing|ed)|tribute|predictions?|frontrunners?|odds|"
    r"\bgrosses?\b|opening\s+weekend|in\s+memoriam",
    re.IGNORECASE,
)
_NOT_AWARD_NEWS_LEAD = re.compile(
    r"box\s+office|opening\s+weekend|has\s+died|passed\s+away|died\s+(?:on|at|in)|"
    r"announced\s+(?:the|its)\s+(?:line-?up|selection|nominations)|unveiled\s+(?:the|its)\s+"
    r"(?:line-?up|selection)|nominations\s+were\s+announced|first\s+trailer|new\s+trailer",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?<!\d)(19[3-9]\d|20\d\d)(?!\d)")
_ORDINAL_EDITION = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b\s+(?:edition\s+of\s+the\s+)?", re.IGNORECASE)
# Edition number -> year for recent editions ("the 77th Cannes Film Festival" is 2024).
_EDITION_YEAR_OFFSET = {"cannes": 1947, "venice": 1943, "berlin": 1950, "oscars": 1928}
_GENRE_NOUNS = (
    r"film|movie|feature|drama|comedy|tragicomedy|romance|thriller|documentary|doc|picture|"
    r"epic|biopic|western|musical|melodrama|satire|fable|debut|horror|animation|animated\s+film|"
    r"entry|title|work|story|tale|odyssey|portrait|saga|película|pelicula|film\s+noir"
)
_PERSON_AWARD = re.compile(r"direct|actor|actress|performance|screenplay|interpret", re.IGNORECASE)
_FILM_CONNECTORS = frozenset(
    "of the a an and in on to for with at as is me my de la le du el y from by it or no".split()
)
_TOKEN_RE = re.compile(r"[^\W_](?:[\w'’\-]*[\w])?|[“”„«»\"]|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str
    quoted: bool


class _WinnerFinder:
    def __init__(self, article: _Article, gazetteer: Gazetteer, published: date | None) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.published = published
        self.body = article.body
        self.masked = "\n\n".join(_mask_statements(p.text) for p in article.paragraphs)
        self.folded = fold(self.masked)
        self.people = _People(self.masked, gazetteer, set())
        self.festival_mentions = gazetteer.find_festivals(self.folded)
        self.title_festivals = gazetteer.find_festivals(fold(article.title))
        self.article_year = self._article_year()
        self.person_like = self._person_like_names()

    # --- article-level decisions -------------------------------------------------------------

    def _is_award_news(self) -> bool:
        if self.article.title and _NOT_AWARD_NEWS_TITLE.search(self.article.title):
            return False
        lead = self.article.paragraphs[0].text if self.article.paragraphs else ""
        return not _NOT_AWARD_NEWS_LEAD.search(lead)

    def _article_year(self) -> int | None:
        """The event year: title first, then the first paragraphs near a festival or award."""
        title_folded = fold(self.article.title)
        for source in (title_folded, fold(self.article.paragraphs[0].text)):
            year = self._year_near_festival(source, 0, len(source))
            if year:
                return year
        if self.published is not None:
            return self.published.year
        return None

    def _year_near_festival(self, folded: str, start: int, end: int) -> int | None:
        window = folded[start:end]
        festival_hits = self.gazetteer.find_festivals(window) + [
            m for m in []  # keeps the type of the list explicit for mypy
        ]
        award_hits = self.gazetteer.find_awards(window)
        anchors = [(m.start, m.end, m.festival.key) for m in festival_hits] + [
            (m.start, m.end, m.candidates[0][0].key) for m in award_hits
        ]
        if not anchors:
            return None
        for anchor_start, anchor_end, festival_key in anchors:
            near = window[max(0, anchor_start - 40) : anchor_end + 40]
            for match in _YEAR_RE.finditer(near):
                if not _in_title_parentheses(near, match.start()):
                    return int(match.group())
            ordinal = re.search(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:edition\s+of\s+the\s+)?$",
                                window[max(0, anchor_start - 30) : anchor_start])
            if ordinal and festival_key in _EDITION_YEAR_OFFSET:
                year = _EDITION_YEAR_OFFSET[festival_key] + int(ordinal.group(1))
                if 1990 <= year <= 2100:
                    return year
        return None

    def _person_like_names(self) -> set[str]:
        """Names the article itself shows to be people: roles, "directed by", speech verbs."""
        names: set[str] = set()
        text = self.masked
        patterns = [
            rf"\b(?:{_ROLE_WORDS}|directed\s+by|by\s+director|co-directors?|directors?)\s+(?:and\s+\w+\s+)?({_NAME})",
            rf"({_NAME})\s*,?\s+(?:{_SPEECH_VERBS})\b",
            rf"\b(?:{_SPEECH_VERBS})\s+({_NAME})",
            rf"({_NAME})['’]s\s+(?:new\s+|latest\s+|debut\s+)?(?:{_GENRE_NOUNS}|{_UP})",
        ]
        for pattern in patterns:
            for match in re.finditer(pattern, text):
                name = self.people.clean(match.group(1))
                if name:
                    names.add(name)
                    names.add(name.split()[-1])
        return names

    # --- main loop -----------------------------------------------------------------------------

    def find(self) -> list[ProposedWinner]:
        if not self._is_award_news():
            return []
        winners: list[ProposedWinner] = []
        seen: set[tuple[str, str, int, str]] = set()
        for sentence_start, sentence_end in _sentences(self.masked):
            sentence_folded = self.folded[sentence_start:sentence_end]
            for mention in self.gazetteer.find_awards(sentence_folded):
                for winner in self._winners_for(mention, sentence_start, sentence_end):
                    key = (winner.festival, winner.award, winner.year, fold(winner.film))
                    if key not in seen:
                        seen.add(key)
                        winners.append(winner)
        return winners

    def _winners_for(self, mention: AwardMention, s_start: int, s_end: int) -> list[ProposedWinner]:
        text = self.masked
        a_start, a_end = s_start + mention.start, s_start + mention.end
        left = text[s_start:a_start]
        right = text[a_end:s_end]
        sentence = text[s_start:s_end]
        win_before = _WIN_BEFORE.search(left)
        win_after = _WIN_AFTER.search(right)
        list_line = _LIST_SEPARATOR.search(right) if not left.strip(" *•-–") else None
        if not (win_before or win_after or list_line):
            return []
        if _NOT_NEWS.search(sentence) or _NOT_NEWS.search(left[-60:]):
            return []
        if win_before and re.search(r"\b(?:for|to)\s+$", left[: win_before.start()][-5:] or ""):
            return []
        festival, award = self._disambiguate(mention, s_start, s_end)
        year = self._event_year(s_start, s_end, festival.key)
        if year is None:
            return []
        person_award = bool(_PERSON_AWARD.search(award.name))
        films: list[tuple[_Span, list[str]]]
        if win_after:
            films = self._films_after(right[win_after.end() :], a_end + win_after.end(), person_award)
        elif list_line:
            films = self._films_after(right[list_line.end() :], a_end + list_line.end(), person_award)
        else:
            assert win_before is not None
            films = self._films_for_subject(
                s_start, s_start + win_before.start(), a_end, s_end, person_award
            )
        winners = []
        for span, directors in films:
            film = _clean_title(span.text)
            if not film or self.gazetteer.is_known_name(film):
                continue
            if not directors:
                directors = self._directors_elsewhere(film)
            winners.append(
                ProposedWinner(
                    festival=festival.short_name,
                    award=award.name,
                    year=year,
                    film=film,
                    directors=tuple(dict.fromkeys(directors)),
                )
            )
        return winners

    def _disambiguate(
        self, mention: AwardMention, s_start: int, s_end: int
    ) -> tuple[FestivalName, AwardName]:
        """Pick the festival of a generic award name: nearest festival in the sentence, then
        the paragraph, the title, and the article's most mentioned festival."""
        if len(mention.candidates) == 1:
            return mention.candidates[0]
        keys = {festival.key: (festival, award) for festival, award in mention.candidates}
        position = s_start + mention.start
        in_sentence = [m for m in self.festival_mentions if s_start <= m.start < s_end]
        nearby = sorted(in_sentence, key=lambda m: abs(m.start - position))
        before = [m for m in self.festival_mentions if m.start < s_start]
        ordered = [*nearby, *reversed(before), *self.title_festivals, *self.festival_mentions]
        for festival_mention in ordered:
            if festival_mention.festival.key in keys:
                return keys[festival_mention.festival.key]
        top = [c for c in mention.candidates if c[1].is_top]
        return (top or list(mention.candidates))[0]

    def _event_year(self, s_start: int, s_end: int, festival_key: str) -> int | None:
        """Year of a win sentence; None for a background win with a different explicit year."""
        sentence = self.masked[s_start:s_end]
        years = [
            int(m.group())
            for m in _YEAR_RE.finditer(sentence)
            if not _in_title_parentheses(sentence, m.start())
        ]
        ordinal = self._year_near_festival(self.folded, s_start, s_end)
        if ordinal and ordinal not in years:
            years.append(ordinal)
        if years:
            if self.article_year and self.article_year not in years:
                return None
            return self.article_year or years[0]
        return self.article_year

    # --- films and directors ---------------------------------------------------------------

    def _spans(self, start: int, end: int) -> list[_Span]:
        return _title_spans(self.masked, start, end)

    def _is_person(self, span: _Span) -> bool:
        if span.quoted:
            return False
        name = span.text
        if name in self.person_like or name.split()[-1] in self.person_like and len(name.split()) <= 4:
            return True
        return False

    def _films_after(self, tail: str, offset: int, person_award: bool) -> list[tuple[_Span, list[str]]]:
        """Film(s) after "went to" / "Award:": "FILM by P", "P's FILM", "P for FILM", "FILM (P)"."""
        end = offset + _clause_length(tail)
        spans = self._spans(offset, end)
        return self._pick_films(spans, offset, end, person_award, subject_first=True)

    def _films_for_subject(
        self, s_start: int, verb_start: int, a_end: int, s_end: int, person_award: bool
    ) -> list[tuple[_Span, list[str]]]:
        text = self.masked
        after = text[a_end:s_end]
        for_film = re.match(
            r"^(?:[^.;]{0,60}?)\s(?:for|with|thanks\s+to|por|con|pour|avec|per)\s+(?=[“\"«]|[A-Z0-9À-Þ])",
            after,
        )
        subject_spans = [s for s in self._spans(s_start, verb_start) if not self._is_known(s)]
        if for_film:
            offset = a_end + for_film.end()
            end = offset + _clause_length(text[offset:s_end])
            film_spans = [s for s in self._spans(offset, end) if not self._is_known(s)]
            picked = self._pick_films(film_spans, offset, end, person_award, subject_first=False)
            if picked:
                subject_people = [
                    self.people.resolve(s.text, s.start) or s.text
                    for s in subject_spans
                    if self._is_person(s) or len(s.text.split()) >= 2
                ]
                if not person_award or re.search(r"direct", text[a_end - 40 : a_end], re.I):
                    return [(span, directors or subject_people) for span, directors in picked]
                return picked
        subject_start = _subject_start(text, s_start, verb_start)
        spans = [s for s in self._spans(subject_start, verb_start) if not self._is_known(s)]
        return self._pick_films(spans, subject_start, verb_start, person_award, subject_first=False)

    def _is_known(self, span: _Span) -> bool:
        words = span.text.split()
        return self.gazetteer.is_known_name(span.text) or all(
            w.lower().strip("'’") in _NON_NAME_WORDS or self.gazetteer.is_known_name(w) for w in words
        )

    def _pick_films(
        self, spans: list[_Span], start: int, end: int, person_award: bool, subject_first: bool
    ) -> list[tuple[_Span, list[str]]]:
        text = self.masked
        spans = [s for s in spans if not self._is_known(s)]
        if not spans:
            return []
        scored: list[tuple[int, int, _Span]] = []
        for index, span in enumerate(spans):
            before = text[max(start, span.start - 40) : span.start]
            after = text[span.end : min(len(text), span.end + 40)]
            score = 0
            if span.quoted:
                score += 5
            if re.search(rf"\b(?:{_GENRE_NOUNS})\s*,?\s*$", before, re.I):
                score += 4
            if re.search(r"['’]s\s*$", before):
                score += 3
            if re.search(r"\b(?:for|with)\s*$", before):
                score += 2
            if re.match(r"\s*(?:,\s*)?(?:directed\s+by|by\b|from\s+(?:the\s+)?[\w\-\s]{0,40}?director|\()", after):
                score += 2
            if re.search(r"['’]s$", span.text):
                score -= 6
            if self._is_person(span):
                score -= 6
            if re.search(rf"\b(?:{_ROLE_WORDS})\s*$", before, re.I):
                score -= 6
            scored.append((score, -index, span))
        best_score, _, best = max(scored, key=lambda item: (item[0], item[1]))
        if best_score < -2:
            return []
        chosen = [best]
        # Ties: "X and Y shared the Golden Bear" / "went to X and Y (ex aequo)".
        window = text[start:end]
        if re.search(r"\b(?:shared|share|ex[\s-]aequo|tie|tied|jointly)\b", window, re.I):
            chosen = [span for score, _, span in scored if score >= max(best_score - 1, 0)]
        results = []
        for span in chosen:
            results.append((span, self._directors_near(span, end)))
        return results

    def _directors_near(self, span: _Span, limit: int) -> list[str]:
        text = self.masked
        after = text[span.end : min(limit + 80, span.end + 120)]
        before = text[max(0, span.start - 80) : span.start]
        found: list[str] = []
        patterns_after = [
            rf"^[\s”\"»]*,?\s*(?:directed|helmed)\s+by\s+({_NAME})(?:\s*(?:,|and|y|&)\s*({_NAME}))?",
            rf"^[\s”\"»]*,?\s*(?:by|de|di|von)\s+({_NAME})(?:\s*(?:,|and|y|&)\s*({_NAME}))?",
            rf"^[\s”\"»]*\((?:dir\.\s*)?({_NAME})(?:\s*(?:,|and|y|&)\s*({_NAME}))?\)",
            rf"^[\s”\"»]*,?\s*from\s+(?:the\s+)?(?:[\w\-]+\s+){{0,4}}?(?:director|filmmaker|helmer|auteur)s?\s+({_NAME})(?:\s*(?:,|and|y|&)\s*({_NAME}))?",
        ]
        for pattern in patterns_after:
            match = re.match(pattern, after)
            if match:
                found += [g for g in match.groups() if g]
                break
        if not found:
            match = re.search(rf"(?:^|[^\w])({_NAME})['’]s\s+(?:[\w\-]+\s+){{0,3}}?[“\"«]?$", before)
            if match:
                found.append(match.group(1))
        names = []
        for raw in found:
            resolved = self.people.resolve(raw, span.start)
            if resolved and fold(resolved) != fold(span.text):
                names.append(resolved)
        return names

    def _directors_elsewhere(self, film: str) -> list[str]:
        """The film's director as stated anywhere in the article ("Anora, directed by X")."""
        for match in re.finditer(re.escape(film), self.masked):
            span = _Span(match.start(), match.end(), film, quoted=False)
            directors = self._directors_near(span, match.end() + 120)
            if directors:
                return directors
        return []


def _in_title_parentheses(text: str, year_start: int) -> bool:
    """"Red Rocket (2021)": a film's year, not the event year."""
    return text[max(0, year_start - 1) : year_start] == "(" and text[year_start + 4 : year_start + 5] == ")"


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for match in re.finditer(r"(?<=[.!?])[”\"»]?\s+(?=[“\"«(]?[A-Z0-9À-Þ•])|\n+", text):
        preceding = text[max(0, match.start() - 4) : match.start()]
        if re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No)\.$|\b[A-Z]\.$", preceding):
            continue
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


def _subject_start(text: str, s_start: int, verb_start: int) -> int:
    """Skip introductory clauses ("On Saturday night, ...") and relative clauses before the verb."""
    segment = text[s_start:verb_start]
    cut = max(segment.rfind(";"), segment.rfind(" — "), segment.rfind(" – "))
    return s_start + cut + 1 if cut >= 0 else s_start


def _clause_length(tail: str) -> int:
    match = re.search(r"[.;!?](?:\s|$)|\s[—–]\s|\n", tail)
    return match.start() if match else len(tail)


def _title_spans(text: str, start: int, end: int) -> list[_Span]:
    """Title-like spans: quoted short segments, and runs of capitalised words joined by
    connectors ("All We Imagine as Light", "The Seed of the Sacred Fig")."""
    spans: list[_Span] = []
    segment = text[start:end]
    quoted_ranges: list[tuple[int, int]] = []
    for match in re.finditer(r"[“\"«„]([^“”\"«»„]{1,80})[”\"»“]", segment):
        inner = match.group(1).strip().rstrip(",.")
        if inner and _word_count(inner) <= 10 and (inner[0].isupper() or inner[0].isdigit()):
            spans.append(_Span(start + match.start(1), start + match.end(1), inner, quoted=True))
            quoted_ranges.append((match.start(), match.end()))
    tokens = list(_TOKEN_RE.finditer(segment))
    current: list[re.Match[str]] = []

    def flush() -> None:
        while current and current[-1].group().lower() in _FILM_CONNECTORS:
            current.pop()
        if current:
            s, e = current[0].start(), current[-1].end()
            if not any(qs <= s < qe for qs, qe in quoted_ranges):
                spans.append(_Span(start + s, start + e, segment[s:e], quoted=False))
        current.clear()

    for token in tokens:
        word = token.group()
        first = word[0]
        is_cap = first.isupper() or (first.isdigit() and not _YEAR_RE.fullmatch(word) and bool(current))
        if is_cap:
            current.append(token)
            if re.search(r"['’]s$", word):
                flush()
        elif current and word.lower() in _FILM_CONNECTORS and word.islower():
            current.append(token)
        elif current and word in {":", "!", "?"} and _next_is_cap(segment, token.end()):
            current.append(token)  # "Mission: Impossible", "Yes!"-style titles
        else:
            flush()
    flush()
    spans.sort(key=lambda s: s.start)
    return spans


def _next_is_cap(segment: str, position: int) -> bool:
    rest = segment[position : position + 3].lstrip()
    return bool(rest) and rest[0].isupper()


def _clean_title(raw: str) -> str:
    title = raw.strip().strip("“”\"«»„,.;:")
    title = re.sub(r"\s+", " ", title)
    title = re.sub(r"^(?:The\s+film|The\s+movie)\s+", "", title)
    return title.strip()


# ---------------------------------------------------------------------------------------------
# Quotes
# ---------------------------------------------------------------------------------------------

_AFTER_ATTRIBUTION = re.compile(
    rf"^[\s,—–-]*(?:(?:{_SPEECH_VERBS})\s+(?:(?P<pron_after>{_PRONOUNS})\b|"
    rf"(?:the\s+|an?\s+)?(?:[\w\-]+\s+){{0,3}}?(?:{_ROLE_WORDS})\s*,?\s+(?P<role_name>{_NAME})|"
    rf"(?P<name_after>{_NAME})|(?P<role_after>the\s+(?:[\w\-]+\s+){{0,2}}(?:{_ROLE_WORDS})))"
    rf"|(?:(?P<pron_before>{_PRONOUNS})|(?P<name_before>{_NAME})|(?P<role_before>the\s+(?:[\w\-]+\s+){{0,2}}(?:{_ROLE_WORDS})))"
    rf"\s*(?:,[^,“”\"]{{1,80}},\s*)?(?:{_SPEECH_VERBS}))\b"
)
_BEFORE_NAME_VERB = re.compile(
    rf"(?P<name>{_NAME})['’]?\s*(?:,[^,“”\"]{{1,80}},\s*)?(?:(?:has|had|also|then|later|simply)\s+)?(?:{_SPEECH_VERBS})\b"
)
_BEFORE_VERB_NAME = re.compile(rf"\b(?:{_SPEECH_VERBS})\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?(?P<name>{_NAME})\s*[,:]?\s*$")
_BEFORE_PRONOUN = re.compile(rf"\b(?P<pron>{_PRONOUNS})\s+(?:also\s+|later\s+|then\s+)?(?:{_SPEECH_VERBS})\b")
_BEFORE_ROLE = re.compile(rf"\bthe\s+(?:[\w\-]+\s+){{0,2}}(?:{_ROLE_WORDS})\s+(?:{_SPEECH_VERBS})\b", re.I)
_PARTICIPLE = re.compile(rf"\b(?:{_PARTICIPLES})\b")
_ACCORDING_TO = re.compile(rf"\baccording\s+to\s+(?P<name>{_NAME})")


class _QuoteFinder:
    def __init__(self, article: _Article, gazetteer: Gazetteer, films: set[str]) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.people = _People(article.body, gazetteer, films)

    def find(self) -> list[ProposedQuote]:
        quotes: list[ProposedQuote] = []
        seen: set[tuple[str, str]] = set()
        previous_speaker: str | None = None
        pending_speaker: str | None = None  # "Baker stated:" ending the previous paragraph
        for paragraph in self.article.paragraphs:
            text = paragraph.text
            spans = _quote_spans(text)
            outside = _outside_quotes(text, spans)
            quote_only = bool(spans) and not re.search(rf"{_LETTER}{{2,}}", outside)
            paragraph_speaker: str | None = None
            for index, span in enumerate(spans):
                speaker = self._attribute(text, spans, index, paragraph.start)
                if speaker is None and quote_only:
                    speaker = pending_speaker or previous_speaker
                if speaker is None:
                    speaker = paragraph_speaker
                if speaker is None:
                    continue
                paragraph_speaker = speaker
                if not _is_statement(span.text):
                    continue
                quote_text = _clean_quote(span.text)
                key = (speaker, fold(quote_text))
                if key not in seen:
                    seen.add(key)
                    quotes.append(ProposedQuote(speaker=speaker, text=quote_text))
            if spans:
                previous_speaker = paragraph_speaker or (None if not quote_only else previous_speaker)
                if spans[-1].closed is False and paragraph_speaker:
                    previous_speaker = paragraph_speaker
            else:
                previous_speaker = None
            pending_speaker = None
            if not spans and text.rstrip().endswith(":"):
                pending_speaker = self._speaker_in_clause(text, paragraph.start)
        # A quotation paragraph whose speaker is only named afterwards is left out on purpose.
        return quotes

    def _attribute(self, text: str, spans: list[_QuoteSpan], index: int, offset: int) -> str | None:
        span = spans[index]
        next_start = spans[index + 1].start if index + 1 < len(spans) else len(text)
        prev_end = spans[index - 1].end if index else 0
        after = text[span.end : next_start]
        after_sentence = after[: _sentence_end(after)]
        match = _AFTER_ATTRIBUTION.match(after_sentence)
        if match:
            speaker = self._speaker_from_match(match, offset + span.end)
            if speaker:
                return speaker
        before = text[prev_end : span.start]
        before_sentence = before[_last_sentence_start(before) :]
        if before_sentence.strip():
            return self._speaker_in_clause(before_sentence, offset + prev_end + _last_sentence_start(before))
        return None

    def _speaker_from_match(self, match: re.Match[str], position: int) -> str | None:
        groups = match.groupdict()
        for key in ("role_name", "name_after", "name_before"):
            if groups.get(key):
                return self.people.resolve(groups[key], position)
        if groups.get("pron_after") or groups.get("pron_before") or groups.get("role_after") or groups.get(
            "role_before"
        ):
            return self.people.last_before(position)
        return None

    def _speaker_in_clause(self, clause: str, offset: int) -> str | None:
        """The speaker named in text that introduces a quotation."""
        match = _BEFORE_VERB_NAME.search(clause)
        if match:
            speaker = self.people.resolve(match.group("name"), offset + match.start("name"))
            if speaker:
                return speaker
        candidates = list(_BEFORE_NAME_VERB.finditer(clause))
        for match in reversed(candidates):
            speaker = self.people.resolve(match.group("name"), offset + match.start("name"))
            if speaker:
                return speaker
        match = _ACCORDING_TO.search(clause)
        if match:
            speaker = self.people.resolve(match.group("name"), offset + match.start("name"))
            if speaker:
                return speaker
        if _PARTICIPLE.search(clause):
            # "Greta Gerwig, president of the jury, presented the prize to Baker, saying:"
            for name_match in _NAME_RE.finditer(clause[: _PARTICIPLE.search(clause).start()]):  # type: ignore[union-attr]
                speaker = self.people.resolve(name_match.group(), offset + name_match.start())
                if speaker:
                    return speaker
        if _BEFORE_PRONOUN.search(clause) or _BEFORE_ROLE.search(clause):
            return self.people.last_before(offset)
        return None


def _outside_quotes(text: str, spans: list[_QuoteSpan]) -> str:
    parts = []
    cursor = 0
    for span in spans:
        parts.append(text[cursor : span.start])
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


def _sentence_end(text: str) -> int:
    match = re.search(r"[.!?](?=\s+[A-Z“\"«]|\s*$)", text)
    return match.end() if match else len(text)


def _last_sentence_start(text: str) -> int:
    best = 0
    for match in re.finditer(r"[.!?][”\"»]?\s+(?=[A-Z“\"«])", text):
        best = match.end()
    return best


def _clean_quote(raw: str) -> str:
    text = re.sub(r"\s+", " ", raw).strip()
    text = text.strip("“”„«»\"").strip()
    return text.rstrip(",").strip()
