"""Propose award winners and quotes from one film-news article, for moderators to approve.

Heuristics, not a parser: real articles are messy (machine translation glues words together,
leaves Spanish "y" for "and", mixes curly and straight quotes). Every rule below errs towards
proposing *less*: a wrong fact costs a moderator more than a missed one.

Winners -- decisions:
* Only the article's main news is proposed: an award mention governed by a win construction
  ("won the Palme d'Or", "took home", "was awarded", "the Golden Lion went to", a palmarès line
  "Grand Prix: All We Imagine as Light"). Nominees, contenders, infinitives ("the first American
  to win") and modals ("could win") are not wins.
* Background wins are dropped: another explicit year in the win's own clause ("won the Palme
  d'Or in 2019 with Parasite" in a 2024 article; a year after ", her second ... after" belongs
  to another fact), or cues such as "previously", "consecutive",
  "having won", "which won". A past win is a true fact, but it is not this article's news and
  it is usually already in the database.
* Articles whose title says they are box office, casting, trailer, line-up, nominations or
  obituary news propose no winners at all.
* The year comes from the text near the award ("Cannes 2024", "2024 edition", "the 77th Cannes
  Film Festival"), else the article's main year (title, first paragraph), else ``published``;
  with none of them the winner is skipped.
* ``film`` is a title-like span tied to the win; ``directors`` are the film's directors when the
  article names them (for acting awards too: the film's director, never the actor).
* Beyond "verb ... award" the clause may be built three other ways: the award as the subject
  of a win verb ("The Silver Bear ... received the director X for F", "The Caméra d'Or crowned
  X"), a present-tense copula ("Kaluuya is best supporting actor for F"), and a verb-less
  clause coordinated with an earlier win clause of the same sentence ("handed A to F, and its
  star X the B"; "Soul wins A, and My Octopus Teacher B"), which borrows that clause's verb and
  is dropped when that clause holds a cue that the win is only hoped for.
* A sentence-level fallback, tried only for an award mention none of the constructions above
  matched: the award, exactly one quoted title in its clause (or, with none quoted, one
  title-case span right after "for" behind the award: "the Prize of the Jury was for Bad
  Living", "the best actor to X for Memory") and any win word in the sentence up to the
  clause's end ("was for", "recompenses", "honoured", "collected", a gapped "to"). It refuses
  every negative cue anywhere in that stretch (quoted titles blanked first: "If Beale Street
  Could Talk"), a past year, a sidebar, and a festival the article never names. It exists
  because each construction is one phrasing and unseen articles keep inventing new ones.
* A tie ("shared by", "split between") lists its winners with ", and": the list is one object.
  In prose a tie also reads "A shared the prize with B", "..., sharing the honour with B" (both
  films win; not for prizes given to people) and "shared by X, for A, and Y, for B".
* Weak verbs mean a win only with the award right behind them (two words at most): participle
  clauses ("..., taking best actor for F") and everyday verbs ("got", "scored", "left with").
  "became the first ... to win" is this win; "the first ... to win" alone stays history. Loss
  words ("snubbed", "overlooked", "lost to") and hopes ("expected to", "bidding to") are cues.
* In a sentence of several win clauses ("A was named X, B won Y and C took Z") each verb's
  subject starts after the previous win clause, and a "for" behind another win verb belongs to
  that verb. A country after "for" ("for Italy") is what the film represents, not the film.
* An acting prize's film may be in parentheses or after a comma ("X (F)", "X, F"), or where the
  article ties the actor to a film ("X plays ... in F", "F star X"); never merely nearby.
* A festival named in an aside before a generic award ("F, the Palme d'Or winner from Cannes,
  won best screenplay") does not decide that award's festival.
* A prize of a sidebar ("the documentary Audience Award", "In the documentary competition, the
  Grand Jury Prize went to") is not the main competition's prize of the same name, and a top
  prize matched by an alias ("Audience Award") is not proposed for a festival the article never
  names.
* Palmarès lines ("Award: ...", "**Award** – ...", bullets) are read item by item: "FILM (DIRECTOR)", "PERSON, FILM",
  "PERSON for FILM", "FILM, DIRECTOR", and ties "A (X) and B (Y)"; a line whose award name is
  preceded by other words ("Short Film Palme d'Or:") is a different award and is skipped.
  A table row ("Award | FILM | DIRECTOR") is such a line with "|" for ":" and ","; a ";"
  always separates two winners; a quoted title followed by a description ('"Free Solo," the
  climbing film by ...') is only the quotation.
  A trailing note of one-word parts ("(USA)", "(Israel, France)") is production countries, not
  a director; a title may hold commas ("Person, Three Billboards Outside Ebbing, Missouri").
* An enumeration after a win ("won four awards — best picture, best director and ...",
  "taking home seven Oscars including best picture, best director for Nolan") credits every
  item to the subject's film, whatever "for X" follows an item.
* A subject that only refers to the film ("the film's star", "who directed the film", "the
  film took home") gets the winning film mentioned last before it; a person gets the winning
  film of an earlier sentence only when that sentence names them as its maker ("its
  writer-director Sean Baker"), never someone merely mentioned beside it.

Quotes -- decisions:
* A quote is text between matching quote marks with at least ``MIN_QUOTE_WORDS`` words that
  starts like a sentence (upper case): a lower-case start is a fragment woven into the
  writer's own sentence (a scare quote such as his "singular goal as a filmmaker..."), and
  short quoted spans are usually titles. Exception: a lower-case quotation that an attribution
  explicitly introduces and that ends the sentence ('According to Diop, "the students..."').
* A quotation cut mid-sentence by its attribution ('"A," she said, "and b."') is one quote,
  its parts joined with a space; '"A," she said. "B."' is two statements, two quotes.
* Names inside quotations are never the antecedent of "she" or "the director".
* The speaker must be clearly named: "X said", "said X", "X told Variety:", "..., saying:"
  (the sentence's subject), "according to X"; a pronoun or "the director" resolves to the last
  sentence subject or speaker of the same or previous paragraph (a job title or a live-blog
  time stamp before a name does not stop it being the subject; "Jury member X praised"), never
  to a name further back; "the young woman" / "the man" only to a person introduced by a noun of
  that gender ("his niece X"); "She ... from the podium:" introduces a quote; a paragraph that is only a quotation continues the previous speaker. A speaker
  is a proper name of 2-4 capitalised words after resolving a surname ("Baker") to the full
  name mentioned elsewhere ("Sean Baker"); festivals, films and companies are never speakers.
"""

from __future__ import annotations

import bisect
import collections
import functools
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from bot.news.gazetteer import AwardMention, AwardName, FestivalName, Gazetteer, fold

logger = logging.getLogger(__name__)

# Work is capped so that a huge or hostile input cannot stall the pipeline.
MAX_TEXT_CHARS = 60_000  # real articles are far shorter; bounds the cost of hostile input
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


def extract(text: str, *, title: str = "", published: date | None = None, gazetteer: Gazetteer) -> Extraction:
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
# Bounded and anchored at a word start, so that a huge run of letters cannot make the many
# patterns built on it backtrack quadratically.
_CAP_WORD = rf"(?<![\w'’]){_UP}(?:{_LETTER}|-(?={_LETTER})|['’](?!s\b)(?={_LETTER})){{0,30}}(?![\w])"
_NAME_PARTICLES = r"(?:de|del|della|da|das|do|dos|van|von|der|den|di|du|le|la|bin|ibn|al|el|y|ter|zu)"
# 1-4 capitalised words, optionally with particles: "Guillermo del Toro", "Kleber Mendonça Filho".
_NAME = rf"{_CAP_WORD}(?:[^\S\n]+(?:{_NAME_PARTICLES}[^\S\n]+)?{_CAP_WORD}){{0,3}}"
_NAME_RE = re.compile(rf"(?<![\w'’]){_NAME}(?![\w])")

_SPEECH_VERBS = (
    "said|says|say|told|tells|stated|states|added|adds|explained|explains|noted|notes|declared|"
    "declares|remarked|remarks|recalled|recalls|insisted|insists|continued|continues|concluded|"
    "wrote|writes|commented|comments|joked|jokes|quipped|quips|exclaimed|announced|acknowledged|"
    "admitted|admits|argued|argues|observed|reflected|responded|replied|urged|proclaimed|asserted|"
    "emphasized|emphasised|stressed|cautioned|warned|confessed|posted|laughed|laughs|"
    r"smiled|smiles|sighed|beamed|enthused|gushed|cried|confided|confides|launched|affirmed|affirms|"
    r"put\s+it|puts\s+it"
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
    "presenter|host|chair|chairman|chairwoman|ceo|executive|founder|woman|man|girl|boy|lady"
)

# Job titles that only ever introduce a name ("said awards strategist Tom O'Neil"); unlike
# _ROLE_WORDS they never stand for the last named person ("a critic said" is nobody).
_NAMED_ROLE_WORDS = (
    "strategist|critic|analyst|editor|programmer|spokesman|spokeswoman|spokesperson|journalist|"
    "columnist|consultant|curator|distributor|publicist|organi[sz]er|delegate|minister|nominee|member|"
    r"programming\s+director|artistic\s+director"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that open sentences or name things other than people or films.
_NON_NAME_WORDS = _words(
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
    share subscribe photo getty images am pm later earlier today yesterday tonight now afterwards
    backstage onstage"""
)
# Countries are never people ("the young people of Turkey"); names that are also given names
# (Jordan, Chad, Georgia, India, Kenya) are left out on purpose.
_COUNTRY_WORDS = _words(
    """turkey france italy spain germany brazil mexico korea japan china iran sweden finland
    denmark norway poland belgium netherlands portugal romania greece philippines senegal
    palestine argentina chile colombia canada australia ireland scotland switzerland austria
    russia ukraine thailand taiwan vietnam egypt tunisia morocco nigeria hungary lebanon peru
    britain england america usa uk"""
)
# Gendered nouns that introduce a name ("his niece Hana Saeidi") and let "the young woman" or
# "the man" refer back to that person rather than to the last subject of any gender.
_FEMALE_WORDS = (
    r"woman|girl|lady|niece|daughter|wife|sister|mother|aunt|actress|chairwoman|spokeswoman|Ms|Mrs"
)
_MALE_WORDS = r"man|boy|nephew|son|husband|brother|father|uncle|actor|chairman|spokesman|Mr"
_GENDERED_REFERENCE = re.compile(
    r"^the\s+(?:[a-z][\w\-]*\s+){0,2}(?:(?P<female>woman|girl|lady)|(?P<male>man|boy))$", re.IGNORECASE
)
# Words that mark a company or organisation rather than a person.
_ORG_WORDS = _words(
    """pictures features films film studios studio entertainment media productions releasing
    distribution group company festival academy awards press reporter news times post guardian
    variety deadline netflix neon mubi a24 universal paramount disney warner sony amazon apple hbo
    magazine agency association institute foundation council ministry cinema cinemas theatre
    theater channel network tv radio records"""
)
# Nationalities before a name ("the Swedish Ruben Östlund", "the South Korean Bong Joon-ho").
_DEMONYM_WORDS = _words(
    """american british french italian spanish german brazilian mexican korean south north
    japanese chinese indian iranian swedish finnish finn danish norwegian turkish polish belgian
    dutch portuguese romanian greek filipino dominican senegalese israeli palestinian argentine
    argentinian chilean colombian canadian australian irish scottish swiss austrian russian
    ukrainian georgian thai taiwanese vietnamese franco-vietnamese new zealander egyptian
    tunisian moroccan nigerian hungarian czech frenchman frenchwoman englishman englishwoman
    dutchman irishman scotsman welshman
    briton britons brit spaniard swede pole turk kiwi aussie icelander scotswoman welshwoman
    irishwoman dutchwoman african asian european latin cuban peruvian venezuelan uruguayan
    bolivian ecuadorian haitian jamaican kenyan ghanaian ethiopian senegalese algerian lebanese
    syrian iraqi jordanian saudi emirati afghan pakistani bangladeshi nepali indonesian malaysian
    singaporean cambodian burmese mongolian kazakh croatian serbian bosnian slovenian slovak
    bulgarian estonian latvian lithuanian albanian macedonian cypriot maltese icelandic welsh
    english catalan basque kurdish quebecois québécois"""
)
_ROLE_PREFIX_WORDS = _words(
    """director filmmaker actor actress producer president jury star writer screenwriter
    helmer auteur chairman chairwoman ceo the cannes venice berlin oscar oscars festival
    artistic delegate head chief host presenter"""
)


# ---------------------------------------------------------------------------------------------
# Article preparation: cleaning, un-gluing words, paragraphs
# ---------------------------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\u200b-\u200f\u2060\ufeff]")
_HSPACE = re.compile(r"[^\S\n]+")
_EMPHASIS = re.compile(r"\*\*([^*\n]{1,200}?)\*\*|(?<!\w)__([^_\n]{1,200}?)__(?!\w)")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦\-\*–—]|\d+[.)])\s+")

# Function words that machine translation glues onto the end of a title or name.
_GLUE_SUFFIXES = (
    "from", "after", "with", "which", "that", "the", "and", "for", "was", "won", "has", "who",
    "in", "is", "of", "at", "by", "to", "on", "as", "y",
)  # fmt: skip
_WORD_RE = re.compile(rf"{_LETTER}+")
_UPPER_RUN_GLUE = re.compile(rf"({_UP}{{2,}})({'|'.join(_GLUE_SUFFIXES)})$")
# "wonthe Palme d'Or": a win verb glued to the article that follows it.
_GLUED_VERB = re.compile(r"(won|wins|took|takes|received|awarded|shared)(the|a|an|its|his|her)")


def _unglue(text: str, evidence: str = "") -> str:
    """Split "Anorafrom" into "Anora from" when "Anora" also stands alone in the article.

    The evidence rule keeps real words ("Martin", "Austin") intact unless their prefix is
    itself a word of this article. An upper-case run glued to lower case ("NEONis") is split
    when the tail is a function word.
    """
    words = set(_WORD_RE.findall(text)) | set(_WORD_RE.findall(evidence))

    def split(match: re.Match[str]) -> str:
        token = match.group()
        if not token[0].isupper():
            verb_glue = _GLUED_VERB.fullmatch(token)
            return f"{verb_glue.group(1)} {verb_glue.group(2)}" if verb_glue else token
        upper_run = _UPPER_RUN_GLUE.match(token)
        if upper_run:
            return f"{upper_run.group(1)} {upper_run.group(2)}"
        for suffix in _GLUE_SUFFIXES:
            prefix = token[: -len(suffix)]
            # A function word is no glued name: "Into" is not "In to".
            # "Palme d'Orfor": after an elided "d'" the prefix is the end of a French award
            # name ("d'Or"), even when it is also a function word.
            elided = match.string[max(0, match.start() - 2) : match.start()] in {"d'", "d’"}
            if (
                token.endswith(suffix)
                and len(prefix) >= 2
                and (prefix in words or (elided and len(prefix) <= 3 and prefix[0].isupper()))
                and (elided or prefix.casefold() not in _NON_NAME_WORDS)
            ):
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
        glued_text = _unglue("\n\n".join(blocks), evidence=title or "")
        for block in glued_text.split("\n\n"):
            paragraphs.append(_Paragraph(block, offset))
            body_parts.append(block)
            offset += len(block) + 2
        clean_title = _HSPACE.sub(" ", _CONTROL_CHARS.sub(" ", title or "")).strip()[:1000]
        return cls(title=clean_title, body="\n\n".join(body_parts), paragraphs=tuple(paragraphs))


def _paragraph_blocks(raw: str) -> list[str]:
    """Paragraphs: blank lines and bullets separate them, and so does a line break after a
    finished sentence. Lines are joined only in hard-wrapped text (no line longer than 100
    characters), where a line break inside a sentence is not a paragraph break."""
    blocks: list[str] = []
    current: list[str] = []
    lines = raw.split("\n")
    hard_wrapped = sum(1 for line in lines if line.strip()) >= 3 and max(len(line) for line in lines) <= 100
    for raw_line in lines:
        # Markdown emphasis ("**Golden Lion** – F") is layout, not text.
        line = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), _HSPACE.sub(" ", raw_line)).strip()
        bullet = _BULLET.match(line) if line else None
        if bullet:
            line = line[bullet.end() :]
        previous = current[-1] if current else ""
        continues = bool(hard_wrapped and line and previous and not bullet and previous[-1] not in '.!?:”"»')
        if not continues and current:
            blocks.append(" ".join(current))
            current = []
        if line:
            current.append(line)
    if current:
        blocks.append(" ".join(current))
    return blocks


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
    """Words as a reader counts them: "it's" is one word."""
    return len(re.findall(rf"{_LETTER}+(?:['’]{_LETTER}+)*|\d+", text))


def _is_statement(quote: str) -> bool:
    """A proposable quote: long enough and starting like a sentence (not a woven-in fragment)."""
    stripped = quote.lstrip(" .…'‘\"(")
    if not stripped or _word_count(stripped) < MIN_QUOTE_WORDS:
        return False
    first = stripped[0]
    return first.isupper() or first.isdigit()


def _looks_like_title(quoted: str) -> bool:
    """ "Portrait of a Lady on Fire": a quoted title in title case, not a statement."""
    words = re.findall(rf"{_LETTER}[\w'’\-]*", quoted)
    content = [word for word in words if len(word) > 3]
    return (
        len(words) <= 10
        and bool(content)
        and all(word[0].isupper() for word in content)
        and not re.search(r"[.!?;]", quoted.rstrip(".!?,"))
    )


def _mask_statements(paragraph: str) -> str:
    """The paragraph with long quotations blanked (same length), keeping short quoted titles."""
    chars = list(paragraph)
    for span in _quote_spans(paragraph):
        if _word_count(span.text) >= MIN_QUOTE_WORDS and not _looks_like_title(span.text):
            # The marks stay: a name must not run across the blank ("Turkey "..." Later").
            for position in range(span.start + 1, span.end - 1):
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
        # (offset, full name, is the subject of its sentence)
        self.mentions: list[tuple[int, str, bool]] = []
        full_names: list[str] = []
        singles: list[tuple[int, str, bool]] = []
        for match in _NAME_RE.finditer(body):
            name = self.clean(match.group())
            if not name or _followed_by_year(body, match.end()):
                continue
            if re.match(r"The\s", match.group()) and re.match(
                rf"\s+(?:of|in|on|at)\s+(?:the\s+)?{_UP}", body[match.end() : match.end() + 30]
            ):
                continue  # "The Double Life of Veronique": a title, not a person
            subject = _is_subject(body, match.start(), match.end())
            if len(name.split()) >= 2:
                self.mentions.append((match.start(), name, subject))
                full_names.append(name)
            else:
                singles.append((match.start(), name, subject))
        # A lone surname ("Kapadia's film", "Bong also won") is a mention of the full name.
        for offset, single, subject in singles:
            full = self._full_name_for(single, offset)
            if full:
                self.mentions.append((offset, full, subject))
        # "De Niro" after "Robert De Niro": a short form of a longer name is that person.
        self.mentions = sorted(
            (offset, self._longest_with(name) or name if len(name.split()) <= 3 else name, subject)
            for offset, name, subject in self.mentions
        )
        # Paragraph starts bound pronoun antecedents to the same or the previous paragraph.
        self._paragraph_starts = [0] + [match.end() for match in re.finditer(r"\n\n", body)]
        self._body = body
        self._gender: dict[int, str] = {}
        for offset, _, _ in self.mentions:
            lead = body[max(0, offset - 30) : offset]
            if re.search(rf"\b(?:{_FEMALE_WORDS})\.?\s+$", lead):
                self._gender[offset] = "female"
            elif re.search(rf"\b(?:{_MALE_WORDS})\.?\s+$", lead):
                self._gender[offset] = "male"
        # Only a noun before the name ("the actor Jim Carter") rules a person out for a pronoun
        # of the other gender; a possessive in the sentence may be someone else's.
        self._noun_gender = dict(self._gender)
        for offset, _, subject in self.mentions:
            if not subject or offset in self._gender:
                continue
            # "Otero ... obtained the Silver Bear for her role": the sentence's own possessive or
            # pronoun, when all of them agree, gives its subject's gender.
            rest = re.split(r"[.!?](?:\s|$)", body[offset : offset + 200], maxsplit=1)[0]
            female = re.search(r"\b(?:she|her|herself)\b", rest, re.IGNORECASE)
            male = re.search(r"\b(?:he|his|him|himself)\b", rest, re.IGNORECASE)
            if female and not male:
                self._gender[offset] = "female"
            elif male and not female:
                self._gender[offset] = "male"

    def clean(self, raw: str) -> str | None:
        """Strip roles and possessives; None when the span is not a plausible person name."""
        name = re.sub(r"['’]s?$", "", raw.strip())
        words = name.split()
        while words and (words[0].lower() in _ROLE_PREFIX_WORDS or words[0].lower() in _DEMONYM_WORDS):
            words = words[1:]
        while words and words[-1].lower() in _NON_NAME_WORDS:
            words = words[:-1]
        if not words or len(words) > 5:
            return None
        name = " ".join(words)
        folded_words = {word.lower() for word in words}
        if folded_words & (_ORG_WORDS | _COUNTRY_WORDS) or words[0].lower() in _NON_NAME_WORDS:
            return None
        if fold(name) in self._non_people or self._gazetteer.is_known_name(name):
            return None
        if any(self._gazetteer.is_known_name(word) for word in words):
            return None
        if any(word.isupper() and len(word) > 1 for word in words):  # NEON, HBO: companies
            return None
        if _is_country(name):  # "an NC-17 rating in the United States": a place, never a person
            return None
        return name

    def _full_name_for(self, single: str, position: int) -> str | None:
        before = [full for offset, full, _ in self.mentions if offset <= position]
        after = [full for offset, full, _ in self.mentions if offset > position]
        for pool in (reversed(before), after):
            for full in pool:
                parts = full.split()
                if parts[-1] == single or parts[0] == single:
                    return full
        return None

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
        return self._full_name_for(words[0], position)

    def _longest_with(self, name: str) -> str | None:
        best: str | None = None
        for _, full, _ in self.mentions:
            if full != name and full.endswith(" " + name) and len(full.split()) <= 4:
                best = full if best is None or len(full) > len(best) else best
        return best

    def note_speaker(self, position: int, speaker: str) -> None:
        """A resolved speaker counts as a subject mention for later pronouns ("she laughed:")."""
        bisect.insort(self.mentions, (position, speaker, True))
        known = {self._noun_gender[o] for o, full, _ in self.mentions if full == speaker and o in self._noun_gender}
        if len(known) == 1:
            self._noun_gender[position] = known.pop()

    def last_before(self, position: int, gender: str | None = None, pronoun: str | None = None) -> str | None:
        """The antecedent of "she" or "the director": the last person named as a sentence
        subject in the same or the previous paragraph, else the last person named there.

        With ``gender`` ("the young woman") only a person introduced by a noun of that gender
        ("his niece Hana Saeidi") qualifies.
        """
        paragraph = bisect.bisect_right(self._paragraph_starts, position) - 1
        window_start = self._paragraph_starts[max(0, paragraph - 1)]
        earlier = [
            (offset, full, subject)
            for offset, full, subject in self.mentions
            if window_start <= offset < position
        ]
        back = max(0, paragraph - 1)
        while pronoun is not None and not earlier and back > 0:
            # "He was a chain-smoking, melancholy man ..." then '"...," he once told': a paragraph
            # that opens with the same pronoun names nobody and continues the referent before it.
            if not re.match(rf"\s*{re.escape(pronoun)}\b", self._body[self._paragraph_starts[back] :], re.IGNORECASE):
                break
            back -= 1
            # Only a sentence subject carries over so far; else the person the article is about
            # (named most often before), as in a profile or an obituary.
            earlier = [m for m in self.mentions if self._paragraph_starts[back] <= m[0] < position and m[2]]
            if not earlier and not re.match(
                rf"\s*{re.escape(pronoun)}\b", self._body[self._paragraph_starts[back] :], re.IGNORECASE
            ):
                before = [m for m in self.mentions if m[0] < position]
                subjects = {full for _, full, subject in before if subject}
                counts = collections.Counter(full for _, full, _ in before if full in subjects)
                if counts:
                    # Counter keeps first-seen order: a tie goes to the person named first.
                    top, count = counts.most_common(1)[0]
                    if count >= 2:
                        earlier = [m for m in before if m[1] == top][-1:]
                break
        if gender is not None:
            gendered = [full for offset, full, _ in earlier if self._gender.get(offset) == gender]
            return gendered[-1] if gendered else None
        if pronoun is not None:
            # "he said" is never the woman just named: a known other gender rules a person out.
            other = "male" if pronoun.lower() in {"she", "her"} else "female" if pronoun.lower() in {"he", "him"} else ""
            earlier = [m for m in earlier if self._noun_gender.get(m[0]) != other]
        for _, full, subject in reversed(earlier):
            if subject:
                return full
        if pronoun is not None and earlier:
            # "went to the young actress Irène Jacob for F of the Polish Krzysztof Kieslowski
            # ... she confided": with no subject to go by, the person a noun of the quote's
            # paragraph gives the pronoun's gender outweighs a later one of unknown gender.
            wanted = "female" if pronoun.lower() in {"she", "her"} else "male" if pronoun.lower() in {"he", "him"} else ""
            own = self._paragraph_starts[paragraph]
            marked = [m for m in earlier if m[0] >= own and self._noun_gender.get(m[0]) == wanted]
            if marked:
                return marked[-1][1]
        return earlier[-1][1] if earlier else None


_LIVE_BLOG_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{1,4}T\s*)?[—–-]\s*")
_INTRO_PHRASE = re.compile(r"^(?:[\w'’\-]+\s+){0,5}?[\w'’\-]+,\s*$")


def _is_subject(body: str, start: int, end: int) -> bool:
    """A name that opens its sentence (after at most a short introductory phrase) or is
    followed by a speech verb is a sentence subject: pronouns most often refer to it."""
    if re.match(
        rf"['’]?s?\s*(?:,[^,]{{1,60}},\s*)?(?:also\s+|then\s+)?(?:{_SPEECH_VERBS})\b", body[end : end + 80]
    ):
        return True
    sentence_start = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start), body.rfind(": ", 0, start))
    lead = body[sentence_start + 1 : start].lstrip(' “"«')
    # "7.40pm PT — Lupita Nyong'o wins": a live-blog time stamp is not part of the sentence.
    lead = _LIVE_BLOG_STAMP.sub("", lead)
    # "Backstage, producer Emma Thomas", "Jury member Anthony Mackie": a role or job title
    # right before the name is part of the subject.
    lead = re.sub(
        rf"(?:\b(?:[a-z][\w\-]*\s+)?(?:{_ROLE_WORDS}|{_NAMED_ROLE_WORDS})\s+)+$",
        "",
        lead,
        flags=re.IGNORECASE,
    )
    # "The French director Audrey Diwan received": the article belongs to the role.
    lead = re.sub(r"(?:^|\s)(?:the|a|an)$", "", lead.strip(), flags=re.IGNORECASE).strip()
    # "Denmark's Mads Mikkelsen was named": a country's possessive is part of the subject.
    if re.fullmatch(rf"{_CAP_WORD}['’]s?", lead) and lead.rstrip("'’s").lower() in _COUNTRY_WORDS:
        return True
    # "Best actress: Cate Blanchett, Blue Jasmine": a name before the comma is a list item,
    # not an introductory phrase.
    if re.fullmatch(rf"{_CAP_WORD}(?:\s+{_CAP_WORD})+\s*,", lead):
        return False
    return not lead or bool(_INTRO_PHRASE.match(lead + " "))


def _followed_by_year(text: str, end: int) -> bool:
    """ "Red Rocket (2021)": a title, not a person."""
    return re.match(r"\s*\((?:19|20)\d\d\)", text[end : end + 10]) is not None


# ---------------------------------------------------------------------------------------------
# Winners
# ---------------------------------------------------------------------------------------------

_WIN_VERBS = (
    r"won|wins|scooped|scoops|claimed|claims|clinched|clinches|bagged|bags|nabbed|grabbed|"
    r"collected|collects|landed|lands|earned|earns|received|receives|secured|secures|captured|"
    r"captures|snagged|took|takes|shared|share|split|took\s+home|takes\s+home|taking\s+home|"
    r"picked\s+up|picks\s+up|picking\s+up|walked\s+away\s+with|walks\s+away\s+with|was\s+awarded|"
    r"were\s+awarded|been\s+awarded|is\s+awarded|are\s+awarded|was\s+named|were\s+named|named|"
    r"crowned|conquered|brought|brings|conquers|obtained|obtains|triumphed\s+in|triumphs\s+in|triumphing\s+in|ganó|gana|obtuvo|remporte|a\s+remporté|vince|ha\s+vinto|"
    # "F was honoured with the Golden Lion", "F is the winner of the Grand Prix".
    r"(?:was|were|is|are|been)\s+(?:honou?red|recogni[sz]ed|rewarded)\s+with|"
    r"(?:is|was|are|were)\s+(?:the\s+|a\s+|this\s+year['’]s\s+)(?:(?:big|overall|joint|surprise|deserved|worthy)\s+)?winners?\s+of|"
    r"emerged\s+(?:as\s+)?(?:the\s+)?winners?\s+of|"
    # "Almodóvar, a favourite for the Palme, had to settle for best director": the lesser prize won.
    r"(?:had\s+to\s+|has\s+to\s+)?settled?\s+for|settles\s+for|"
    # "X became the first Asian woman to win best actress": the record is this win.
    r"(?:became|becomes|has\s+become)\s+the\s+(?:first|youngest|oldest|only)\s+(?:[\w\-]+\s+){1,4}?to\s+(?:win|take|receive|claim|earn)"
)
# Verbs that mean a win only with the award right after them (at most two words between):
# participle clauses ("..., taking best actor for F", "F triumphed, winning the Palme d'Or")
# and everyday verbs ("got the Palme d'Or", but "got a ten-minute ovation at the ... ceremony").
_WEAK_WIN_VERBS = (
    r"winning|taking|claiming|collecting|earning|scooping|capturing|securing|receiving|landing|"
    r"bagging|clinching|grabbing|nabbing|snagging|got|gets|getting|pocketed|pockets|garnered|garners|"
    r"netted|nets|scored|scores|accepted|accepts|accepting|carried\s+off|carries\s+off|"
    r"(?:was|were)\s+(?:given|handed|presented\s+with)|"
    r"(?:went|goes|go|left|leaves|came\s+away|comes\s+away|walked\s+off|walks\s+off)\s+(?:home\s+)?with"
)
_WEAK_WIN_BEFORE = re.compile(
    rf"\b(?:{_WEAK_WIN_VERBS})\b(?P<gap>(?:\s+(?!(?:but|while|when|after|before|for|to)\b)[\w'’\-]+){{0,2}}?)\s*$",
    re.IGNORECASE,
)
# The win verb governs the award: at most six words between them ("won the coveted Palme d'Or").
# "for" ends the gap, except after a prize noun: "earned Mexico its first Oscar for best
# foreign language film", "took the prize for best director".
_WIN_BEFORE = re.compile(
    rf"\b(?:{_WIN_VERBS})\b"
    r"(?P<gap>(?:\s+(?:(?:(?<=oscar\s)|(?<=award\s)|(?<=prize\s)|(?<=statuette\s)|(?<=trophy\s))for\b|"
    r"(?!(?:but|while|when|after|before|for|to)\b)[\w'’\-]+,?)){0,6}?)\s*$",
    re.IGNORECASE,
)
# "the jury gave the Grand Prix to X": the film follows "to".
_GIVE_BEFORE = re.compile(
    r"\b(?:gave|gives|give|handed|hands|awarded|awards|presented|presents|bestowed|"
    r"attributed|attributes|assigned|assigns|granted|grants|"
    # "..., handing the Palme d'Or to X for F": the participle of a give verb.
    r"handing|giving|awarding|presenting|granting)\b"
    r"(?:\s+(?!(?:and|but|while|when|to)\b)[\w'’\-]+,?){0,6}?\s*$",
    re.IGNORECASE,
)
_GIVE_AFTER = re.compile(r"^\s*(?:jointly\s+|ex[\s-]aequo\s+)?to\s+", re.IGNORECASE)
# "The jury bestowed the Palme d'Or on X", "conferred ... upon X".
_BESTOW_BEFORE = re.compile(
    r"\b(?:bestowed|bestows|conferred|confers)\b(?:\s+(?!(?:and|but|while|when|on)\b)[\w'’\-]+,?){0,6}?\s*$",
    re.IGNORECASE,
)
_BESTOW_AFTER = re.compile(r"^\s*(?:jointly\s+)?(?:up)?on\s+", re.IGNORECASE)
_WIN_AFTER = re.compile(
    # "The Camera d'Or for best first film went to", "The Leone d'oro of the 79th Mostra went
    # to": the award's own qualifier.
    r"^\W{0,3}(?:(?:for|of|at|in)\s+[^.;:,“”\"«»]{1,60}?\s+(?=went|goes|was|is|has|returned|returns))?"
    # "the Golden Lion prize which is the highest prize was decided to": machine translation's
    # defining relative clause between the award and its verb.
    r"(?:(?:prize|award)?\s*(?:which|that)\s+(?:is|was)\s+[^.;:,“”\"«»]{1,40}?\s+(?=was|is|went))?"
    # "is gone instead to": machine translation's "è andata".
    r"(?:[^.;:]{0,70}?,\s*)?(?:(?:has\s+|had\s+|is\s+|was\s+)?(?:went|returned|returns|goes|go|gone)(?:\s+(?:instead|also|then))?|"
    r"(?:was|were|is|has\s+been)\s+(?:given|awarded|presented|handed|won|shared|conferred|attributed|assigned|decided)|"
    r"(?:was|were|is|has\s+been)\s+(?:bestowed|conferred)\s+(?:up)?(?=on\b)|"
    r"was\s+(?:also\s+)?(?:shared|split|divided))\s*(?:jointly\s+|ex[\s-]aequo\s+)?,?\s*(?:to|by|between|(?<=\bup)on|(?<=\bbestowed\s)on|(?<=\bconferred\s)on)\b",
    re.IGNORECASE,
)
# "The Palme d'Or winner was Anora", "the Golden Bear winner this year is X".
_WINNER_IS_AFTER = re.compile(
    r"^\s*(?:winners?|laureates?)\s+(?:this\s+year\s+)?(?:was|is|were|are)\s+"
    r"(?!(?:not|never|also|often|usually|announced|expected|likely|tipped|due|set|yet|still)\b)",
    re.IGNORECASE,
)
_BEAT_FAVOURITE = re.compile(
    r"\b(?:over|beating|beat|ahead\s+of|defeating|upsetting)\s+(?:the\s+)?(?:[\w\-]+\s+)?favou?rites?\b",
    re.IGNORECASE,
)
_CLEFT = re.compile(r"(\bit\s+(?:was|is)\s+[^,;.]{1,80}?)\s+(?:that|which|who)\b", re.IGNORECASE)
# After an award name at a line start: "Grand Prix: ", "Jury Prize (ex-aequo): ",
# "Golden Bear for Best Film: ", "Best Director — ".
_LIST_SEPARATOR = re.compile(
    r"^\s*(?:\([^()\n]{1,30}\)\s*)?(?:for\s+(?:the\s+)?best\s+(?:film|picture|feature)\s*)?"
    r"(?:winners?\s*)?[:—–|]\s*|^\s+-\s+",
    re.IGNORECASE,
)
# A palmarès item's trailing "(Director Name)" or "(Name and Name)".
_LIST_TRAILING_NAME = re.compile(rf"\s*\(((?:dir\.\s*)?{_NAME}(?:\s*(?:,|and|&|y)\s*{_NAME})*)\)\s*$")
# A palmarès item's trailing production-country note: "(USA)", "(Israel, Germany, France)" --
# one-word parts only, where a director's name has two or more words.
_LIST_COUNTRY_NOTE = re.compile(rf"\s*\({_CAP_WORD}(?:\s*[,/]\s*{_CAP_WORD})*\)\s*$")
_LIST_DIRECTOR_CREDIT = re.compile(
    r"(?:,\s*dir(?:\.|ected\s+by)|\s+by)\s+(?P<names>[^,;()]+(?:,\s*[^,;()]+)*)$"
)
_LIST_TIE_SPLIT = re.compile(r"(?<=\))\s*(?:,?\s*and\s+|\s*&\s*|;\s*|,\s+)")
# A palmarès segment that is a person: "Wagner Moura", "Jean-Pierre and Luc Dardenne".
_LIST_PERSON = rf"(?!(?:The|A|An)\s){_CAP_WORD}(?:[^\S\n]+(?:{_NAME_PARTICLES}[^\S\n]+)?{_CAP_WORD}){{0,5}}"
_LIST_NAME = re.compile(rf"{_LIST_PERSON}(?:\s+(?:and|&)\s+{_LIST_PERSON})?")
# Cues that the award is only hoped for, or that the win is history rather than news. They are
# looked for before the award mention (and just after it), not in the whole sentence: "a
# surprise choice over the favourite" after a real win must not cancel it.
_NOT_NEWS = re.compile(
    r"\b(?:nominat\w*|nominee\w*|shortlist\w*|frontrunner|front-runner|favou?rites?\b|contender|"
    r"contention|vying|vie\s+for|compet\w+\s+for|in\s+competition\s+for|race\s+for|bid\s+for|"
    r"in\s+the\s+running|could|would|might|may(?!\s+\d)|will|should|hopes?\s+to|hoping|tipped|predict\w*|"
    r"odds|previously|consecutive|having\s+won|had\s+won|had\s+already|once\s+won|"
    r"last\s+(?:year|month|may|september|february|march|edition)|years?\s+ago|decades?\s+ago|"
    r"in\s+the\s+past|former|previous|earlier\s+(?:this|that)\s+year|since|went\s+on\s+to|"
    r"(?:which|that|who|whose)\s+(?:\w+\s+){0,2}(?:won|wins|took|received|earned|shared)|"
    # "the first American to win" is history, but "became the first ... to win" is this win.
    r"(?<!became\sthe\s)(?<!becomes\sthe\s)(?<!become\sthe\s)first\s+\w+(?:\s+(?!went\b|goes\b)\w+)?\s+to|"
    r"winners?\s+of\s+the\s+past|"
    # Lost, or only hoped for: "whose director was snubbed", "is expected to win", "lost out to".
    r"snubbed|overlooked|passed\s+over|shut\s+out|missed\s+out|lost\s+(?:out|to)|losing\s+(?:out\s+)?to|"
    r"went\s+home\s+empty|(?:expected|likely|poised|set|bidding|aiming|looking)\s+to|bid\s+to|"
    r"chances?\s+of|hopes\s+of|in\s+line\s+for|(?:best\s+)?known\s+for|"
    r"after\s+(?:it|he|she|they)\s+(?:won|took|received|earned)|"
    # An honorary prize shares the competition award's name: "a Golden Lion for lifetime
    # achievement", "an honorary Golden Bear".
    r"lifetime\s+achievement|career\s+achievement|honorary|for\s+(?:his|her|their)\s+career|"
    # "a best picture Oscar they had not won": a denied win.
    r"(?:not|never|n['’]t)\s+(?:won|win|been\s+awarded)|failed\s+to\s+win)\b",
    re.IGNORECASE,
)
_NOT_AWARD_NEWS_TITLE = re.compile(
    r"box[\s-]?office|trailer|teaser|first\s+look|casting|\bcast\b|\bjoins?\b|to\s+star|"
    r"line-?up|nominations?|nominees?|nominated|shortlist|obituary|\bdies\b|\bdied\b|dead\s+at|"
    r"passed\s+away|\br\.?i\.?p\b|remember(?:ing|ed)|tribute|predictions?|frontrunners?|odds|"
    r"\bgrosses?\b|opening\s+weekend|in\s+memoriam|to\s+preside|jury\s+president|\breview\b|"
    r"rewatch\w*|streaming",
    re.IGNORECASE,
)
_NOT_AWARD_NEWS_LEAD = re.compile(
    r"box\s+office|opening\s+weekend|has\s+died|passed\s+away|died\s+(?:on|at|in)|"
    r"announced\s+(?:the|its)\s+(?:line-?up|selection|nominations)|unveiled\s+(?:the|its)\s+"
    r"(?:line-?up|selection)|nominations\s+were\s+announced|first\s+trailer|new\s+trailer",
    re.IGNORECASE,
)
# Characters of context looked at on each side of an award mention.
_CONTEXT_CHARS = 300
# Award mentions examined per article: a real palmarès has a few dozen.
_MAX_AWARD_MENTIONS = 200
_YEAR_RE = re.compile(r"(?<![\d$€£])(19[3-9]\d|20\d\d)(?![\d,]\d|\d|s\b|['’]s)")
# Edition number -> year for recent editions ("the 77th Cannes Film Festival" is 2024).
_EDITION_YEAR_OFFSET = {"cannes": 1947, "venice": 1943, "berlin": 1950, "oscars": 1928}
_GENRE_NOUNS = (
    r"film|movie|feature|drama|comedy|tragicomedy|romance|thriller|documentary|doc|picture|"
    r"epic|biopic|western|musical|melodrama|satire|fable|debut|horror|animation|"
    r"entry|title|work|story|tale|odyssey|portrait|saga|película|pelicula|noir|romp|anthology"
)
# "fable about a teenager from the Mumbai slums", "a drama set in Tehran": a plot description.
_PLOT_DESCRIPTION = re.compile(
    rf"\b(?:{_GENRE_NOUNS})\s+(?:about|following|set\s+(?:in|among|on)|in\s+which|where)\s"
)
# "for the culinary romance The Taste of Things", "for his cannibal romance Bones and All": a
# description of the film between "for" and its title.
_FILM_DESCRIPTION = rf"(?:(?:the|a|an|his|her|their|its)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_GENRE_NOUNS})\s*,?\s+)?"
# Awards given to a person: the subject of "won Best Actress" is never the film.
_PERSON_AWARD = re.compile(r"direct|actor|actress|performance|screenplay|interpret|camera", re.IGNORECASE)
_DIRECTOR_AWARD = re.compile(r"direct", re.IGNORECASE)
_TITLE_OPENERS = frozenset({"A", "The", "An", "At", "In", "On"})
_FILM_CONNECTORS = _words("of the a an and in on to for with at as is me my de la le du el y from or no not")
_TOKEN_RE = re.compile(r"[^\W_](?:[\w'’\-]*[\w])?|[“”„«»\"]|[^\w\s]", re.UNICODE)
# "won four awards — best picture, best director and": a win verb, a count noun, a list.
_ENUMERATION = re.compile(
    r"\b(?:won|wins|took(?:\s+home)?|taking(?:\s+home)?|takes(?:\s+home)?|picked\s+up|scooped|claimed|collected|"
    r"bagged|earned|swept|winning|nabbed|grabbed|landed|secured|received|captured|snagged|garnered|"
    r"walked\s+away\s+with|went\s+home\s+with|left\s+with)\b(?:\s+[\w\-]+){0,3}?\s+(?:awards|prizes|oscars|statuettes|trophies)"
    # "took three Oscars between them: best picture, ...": the winners shared the haul.
    r"(?:\s+(?:between|among)\s+them|\s+apiece)?"
    r"(?:\s*[—–:]\s*|,?\s+including\s+)(?P<items>[^.;]*?)$",
    re.IGNORECASE,
)
_ENUM_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ENUM_ITEM = re.compile(r"^\s*(?:best|outstanding)\b", re.IGNORECASE)
_FILM_REFERENCE = re.compile(
    r"^\s*the\s+(?:film|movie)\s*(?:also|too|itself|then|later)?\s*$|\b(?:the\s+(?:film|movie|picture)['’]s|its\s+(?:star|lead|director|writer)|"
    r"(?:who|which)\s+(?:directed|wrote|co-wrote|stars?\s+in|starred\s+in)\s+(?:it|the\s+(?:film|movie)))\b",
    re.IGNORECASE,
)
_CREDIT_AFTER_QUOTED = re.compile(r"[»”\"]\s+(?:of|by|from)\s+(?:the\s+)?$")
_CHARACTER_BEFORE = re.compile(
    r"(?:\b(?:turn|role|performance|portrayal|part|cast|starring|stars?)\s+as|\bplay(?:s|ed|ing)|"
    r"\bportray(?:s|ed|ing))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Besides the supreme reward, the film obtained ...": an adverbial lead before "the film".
_FILM_SUBJECT_REFERENCE = re.compile(
    r"^\s*(?:(?:besides|beyond|apart\s+from|in\s+addition\s+to|on\s+top\s+of|as\s+well\s+as|after)\b[^,;]{1,50},\s*)?"
    r"the\s+(?:film|movie)\s*,?\s*(?:also|too|itself|then|later)?\s*$",
    re.IGNORECASE,
)
# Ends the clause of a win: a year after it belongs to another fact ("for Tár, her second Volpi
# after the one in 2007"). A comma before "for X in 1990" still continues the win's clause.
_YEAR_CLAUSE_BREAK = re.compile(
    r",\s+(?:and|while|but|as|whereas|a|an|the|her|his|their|its|which|who|whose)\b|;|\s[—–]\s|"
    r"\b(?:after|before|since)\b|"
    # '"The Ice Storm," directed by Ang Lee and set ... in 1973': a participle describing the
    # film dates its story or making, not the win.
    r",[”\"»]?\s+(?:directed|written|produced|set|based|adapted|shot|made)\b",
    re.IGNORECASE,
)
# A competition section other than the main one, named just before the award or opening the
# sentence: its prizes share names with the main competition's ("Grand Jury Prize").
_SECTION_WORDS = r"documentary|world\s+cinema|short\s+films?|shorts|orizzonti|horizons|next|midnight"
_OTHER_SECTION_BEFORE = re.compile(
    rf"\b(?P<section>{_SECTION_WORDS})\s+(?:U\.S\.\s+|international\s+|jury\s+)?$", re.IGNORECASE
)
_OTHER_SECTION_LEAD = re.compile(
    rf"^\s*(?:in|for)\s+the\s+(?:[\w.\-]+\s+){{0,2}}?(?P<section>{_SECTION_WORDS})\s+"
    r"(?:[\w.\-]+\s+)?(?:competition|section|category|strand|sidebar|programme|program)\b",
    re.IGNORECASE,
)
_NO_AWARD = AwardName(key="", name="", aliases=(), is_top=False)
# What may precede an award name on a palmarès line: bullets, or a live blog's time stamp
# with an optional time zone ("9:40 PM: Best actor: Anthony Hopkins", "8.31pm PT — Best
# actress: Cate Blanchett, Blue Jasmine").
# A newspaper's list line may name the trophy before the category, with a comma: "Silver Bear,
# Grand Jury Prize: Lost Embrace", "Silver Bear, Best Director: Kim Ki-duk for ...".
_LIST_LINE_LEAD = re.compile(
    r"[\s*•\-–]*(?:\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{1,4}T\s*)?[:—–-]\s*)?"
    rf"(?:(?:{_UP}[\w'’]*\s+){{0,2}}{_UP}[\w'’]*\s*,\s*)?"
)
_COPULA_BEFORE = re.compile(r"\b(?:is|are)\s+$")
# An award that opens its clause ("The", "And the") ...
_AWARD_SUBJECT_LEAD = re.compile(r"\s*(?:(?:and\s+)?the\s+)?", re.IGNORECASE)
# ... followed by its own qualifier and a win verb whose object is the winner.
_AWARD_SUBJECT_VERB = re.compile(
    r"^\W{0,3}(?:(?:for|of|at|in)\s+[^.;:,“”\"«»]{1,60}?\s+)?(?:also\s+)?"
    r"(?:received|receives|won|wins|crowned|crowns|rewarded|rewards|honou?red|honou?rs|"
    r"distinguished|distinguishes|"
    # "The best actor prize was American Wesley Snipes ("One Night Stand")": a copula whose
    # complement is a palmarès item, a person and the quoted title in parentheses.
    r"(?:(?:prize|award)\s+)?(?:was|is)(?=\s+[^.;:()“”\"«»]{1,60}\(\s*[“\"«]))\s+(?!by\b)",
    re.IGNORECASE,
)
_WIN_VERB_ANYWHERE = re.compile(rf"\b(?:{_WIN_VERBS}|{_WEAK_WIN_VERBS})\b", re.IGNORECASE)
_GIVE_VERB_ANYWHERE = re.compile(r"\b(?:gave|gives|handed|hands|awarded|awards|presented|presents)\b", re.I)
# Lower-case words a verb-less coordinated win clause may hold ("and its star Olivia Colman").
_GAPPED_LOWER_WORDS = _words("its his her their the a an star lead director also")
# Evidence of a win for the sentence-level fallback: any of these words in the award's clause.
_FALLBACK_WIN_EVIDENCE = re.compile(
    rf"\b(?:{_WIN_VERBS}|win|winning|taking|claiming|collecting|earning|received|"
    r"awarded|honou?red|went\s+to|goes\s+to|go\s+to|shared|sharing|splits?|recompens\w*|"
    r"rewards?|rewarded|gave|gives|handed|presented|bestowed|(?:is|was)\s+(?:also\s+)?for|"
    r"(?:is|was)\s+best)\b|"
    # "Is «The Wrestler» of Aronofsky the Lion of Gold": machine translation's inverted copula
    # ("È «F» il Leone d'oro") opening the sentence, after an agency dateline if any
    # ("(ANSA) - VENICE, 6 SEPT - Is «F» ...").
    r"^[\s\-—–]*(?:\(\w+\)[\s\-—–]*)?(?:[a-z .'’]{2,30},\s*\d{1,2}\s+\w+\.?[\s\-—–]*)?(?:is|was)\s+“…”",
    re.IGNORECASE,
)
_QUOTED_TITLE = re.compile(r"[“\"«„][^“”\"«»„\n]{1,80}[”\"»“]")
# Cues the fallback also refuses anywhere in the clause (the precise rules look before the
# award only): a hope, a jury, a line-up, a past edition.
_FALLBACK_NOT_NEWS = re.compile(
    r"\b(?:nominat\w*|nominee\w*|contend\w*|hop\w+|expect\w*|predict\w*|"
    r"frontrunner|front-runner|in\s+competition|competing|jury\s+(?:president|members?)|"
    r"(?:could|would|will|may|might|should)\s+(?:\w+\s+)?win|first\s+\w+(?:\s+\w+)?\s+to\s+win|"
    r"last\s+year|years?\s+ago|previous\w*|earlier|already|winners?|snubbed|overlooked|passed\s+over|"
    r"shut\s+out|missed\s+out|lost|losing|denied)\b",
    re.IGNORECASE,
)
# An inline list of winners: "Other winners: A, "F"; B, "G"" -- the award opens an item.
_WINNERS_LIST_LEAD = re.compile(
    r"\b(?:winners|awards|prizes|palmar[eè]s)\b[^:.;!?]{0,40}:(?:[^;:]{1,200};)*\s*(?:and\s+)?$", re.IGNORECASE
)
_WINNERS_LIST_ITEM = re.compile(r"^\s*(?:,|:|[—–]|\s-)\s*")
_VERBLESS_TO = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?to\s+(?=[«“\"])", re.IGNORECASE)
_NOMINATION_TALLY = re.compile(
    r"\b(?:on|at|with|in)\s+(?:her|his|their|its)\s+(?:[\w\-]+\s+){0,2}?nominations?\b", re.IGNORECASE
)
_TIE_CUE = re.compile(r"\b(?:shared|split|divided|ex[\s-]aequo|tied|jointly|tie)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    r",[”\"»]?\s+(?:and|while|but|as|whereas|with|y)\s+|\s+and\s+(?=[“\"«])|;|\s[—–]\s"
)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str
    quoted: bool


@dataclass(frozen=True)
class _FilmChoice:
    span: _Span
    directors: tuple[str, ...]


class _WinnerFinder:
    def __init__(self, article: _Article, gazetteer: Gazetteer, published: date | None) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.published = published
        self.masked = "\n\n".join(_mask_statements(p.text) for p in article.paragraphs)
        self.folded = fold(self.masked)
        self.people = _People(self.masked, gazetteer, set())
        self.festival_mentions = gazetteer.find_festivals(self.folded)
        self.main_festivals = self._main_festivals()
        self.article_year = self._article_year()
        self.person_like = self._person_like_names()
        self.films_by_director: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.films_so_far: list[tuple[str, tuple[str, ...]]] = []
        self.performer_films: dict[str, _FilmChoice | None] = {}
        self.background = _background_spans(self.masked)

    # --- article-level decisions -------------------------------------------------------------

    def _main_festivals(self) -> list[FestivalName]:
        """The festivals the article is about: named, or implied by a top award ("Palme d'Or"),
        in the title and then the first paragraph."""
        found: list[FestivalName] = []
        lead = self.article.paragraphs[0].text if self.article.paragraphs else ""
        self.title_festivals: list[FestivalName] = []
        for source in (fold(self.article.title), fold(lead)):
            hits = [(m.start, m.festival) for m in self.gazetteer.find_festivals(source)]
            hits += [
                (m.start, festival)
                for m in self.gazetteer.find_awards(source)
                for festival, award in m.candidates
                if award.is_top and len(m.candidates) == 1
            ]
            found += [
                festival for _, festival in sorted(hits, key=lambda hit: hit[0]) if festival not in found
            ]
            if not self.title_festivals:
                self.title_festivals = list(found)
        return found

    def _is_award_news(self) -> bool:
        if self.article.title and _NOT_AWARD_NEWS_TITLE.search(self.article.title):
            return False
        lead = self.article.paragraphs[0].text if self.article.paragraphs else ""
        return not _NOT_AWARD_NEWS_LEAD.search(lead)

    def _article_year(self) -> int | None:
        """The event year: the title, then the first paragraph near a festival or award
        mention, then the publication date."""
        for source in (self.article.title, self.article.paragraphs[0].text):
            folded = fold(source)
            year = self._year_near_festival(folded, 0, len(folded))
            if year:
                return year
        return self.published.year if self.published is not None else None

    def _year_near_festival(self, folded: str, start: int, end: int) -> int | None:
        window = folded[start:end]
        anchors = [(m.start, m.end, m.festival.key) for m in self.gazetteer.find_festivals(window)]
        anchors += [(m.start, m.end, m.candidates[0][0].key) for m in self.gazetteer.find_awards(window)]
        for anchor_start, anchor_end, festival_key in sorted(anchors)[:50]:
            # Only the anchor's own sentence: "...the 75th Cannes Film Festival. Östlund
            # previously won in 2017" must not date this year's festival.
            near_before = re.split(r"[.!?]\s", window[max(0, anchor_start - 40) : anchor_start])[-1]
            near_after = re.split(r"[.!?]\s", window[anchor_end : anchor_end + 40])[0]
            near = f"{near_before} {near_after}"
            ordinal = re.search(
                r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:edition\s+of\s+the\s+)?(?:annual\s+)?$",
                window[max(0, anchor_start - 30) : anchor_start],
            )
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
                    return int(match.group())
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
            rf"({_NAME})\s*,\s+(?:who|whose)\b",
            rf"({_NAME})\s+(?:and|y)\s+{_NAME}\s*,?\s+(?:known|the\s+directing)",
            # "the brothers Joel and Ethan Coen": siblings sharing one surname.
            rf"\b(?:brothers|sisters|siblings)\s+{_CAP_WORD}\s+(?:and|&|y|et)\s+({_NAME})",
            # "John Turturro, who plays a New York playwright": a performer.
            rf"({_NAME})\s*,?\s+(?:who\s+)?(?:plays|played|portrays|portrayed)\b",
        ]
        for pattern in patterns:
            for match in re.finditer(pattern, self.masked):
                name = self.people.clean(match.group(1))
                if name:
                    names.add(name)
                    names.add(name.split()[-1])
        # A name the article quotes as a title ("Moonlight" ... "Moonlight's Mahershala Ali") is
        # a film, whatever its possessive suggested.
        quoted = {fold(m.group(1)) for m in re.finditer(r"[“\"«]([^“”\"«»\n]{1,60}?)[,.]?[”\"»]", self.masked)}
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
        # "won best actress on her sixth nomination": a tally of the winner's career, no hope.
        return _NOMINATION_TALLY.sub(lambda m: " " * len(m.group()), text)

    def _in_background(self, position: int, a_start: int) -> bool:
        """True when ``position`` is in a background clause that does not hold the award."""
        return any(
            b_start <= position < b_end and not b_start <= a_start < b_end for b_start, b_end in self.background
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
        for sentence_start, sentence_end in _sentences(self.masked):
            if any(h_start <= sentence_start < h_end for h_start, h_end in headings):
                continue  # a palmarès heading already read with its items
            sentence_folded = self.folded[sentence_start:sentence_end]
            for mention in self.gazetteer.find_awards(sentence_folded):
                budget -= 1
                if budget < 0:
                    return winners
                found = self._winners_for(mention, sentence_start, sentence_end)
                if not found:
                    # Only where the win constructions above found nothing for this mention.
                    found = self._fallback_winners(mention, sentence_start, sentence_end)
                for winner in found:
                    key = (winner.festival, winner.award, winner.year, fold(winner.film))
                    if key not in seen:
                        seen.add(key)
                        winners.append(winner)
                        self.films_so_far.append((winner.film, winner.directors))
                        for director in winner.directors:
                            self.films_by_director.setdefault(director, (winner.film, winner.directors))
        return winners

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
            mention, festival, award = heading
            year = self._event_year(start, start + len(line), start + mention.start, start + mention.end)
            person = False
            while index < len(lines):
                item_start, item = lines[index]
                if _palmares_block_ends(item) or self.gazetteer.find_awards(fold(item)):
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
                credit = _PALMARES_CREDIT.search(raw)
                directors = tuple(_name_case(n) for n in re.split(r"\s+and\s+|,\s*", credit.group(1))) if credit else ()
                title, person_part = self._palmares_item_title(raw[: credit.start()] if credit else raw, award)
                if person_part and not directors and _DIRECTOR_AWARD.search(award.name):
                    directors = (_name_case(person_part),)
                span = _Span(item_start, item_start + len(item), title, quoted=False)
                if (
                    not title
                    or len(title.split()) > 10
                    or (not credit and not film_line and not person_part and self._is_person(span))
                ):
                    continue
                if year is not None:
                    winners += self._proposals(festival, award, year, [_FilmChoice(span, directors)])
                person = False
        return winners, headings

    def _palmares_item_title(self, raw: str, award: AwardName) -> tuple[str, str]:
        """The title of a palmarès item line and the person part it was split from:
        "Rosetta (Belgium-France)", "Pedro Almodóvar – All About My Mother (Spain)",
        "L'Humanité – Bruno Dumont". Parts are separated by a spaced dash; the title part is the
        one with a title's evidence (a country or original-title parenthesis, a title the
        article uses elsewhere), never the part that is a person; without evidence, the layout
        of the award decides: "Person – Title" for a person's award, "Title – Person" otherwise."""
        parts = [p for p in _PALMARES_PART_SPLIT.split(raw.strip()) if p.strip(" -–—")]
        if len(parts) != 2:
            return _clean_title(re.sub(r"\s*\([^()]*\)", "", raw)), ""
        cleaned = [_clean_title(re.sub(r"\s*\([^()]*\)", "", part)) for part in parts]
        scores = []
        for part, text in zip(parts, cleaned, strict=True):
            score = 0
            if "(" in part:
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

    def _palmares_heading(
        self, start: int, line: str
    ) -> tuple[AwardMention, FestivalName, AwardName] | None:
        """An upper-case line that is nothing but award names of one award ("PRIX DU SCÉNARIO
        – AWARD FOR BEST SCREENPLAY"), with its festival."""
        stripped = line.strip().rstrip(":")
        letters = [c for c in re.sub(r"\([^()]*\)", "", stripped) if c.isalpha()]
        if not letters or len(stripped) > 100 or any(c.islower() for c in letters):
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

    def _winners_for(self, mention: AwardMention, s_start: int, s_end: int) -> list[ProposedWinner]:
        text = self.masked
        a_start, a_end = s_start + mention.start, s_start + mention.end
        # Bounded windows keep a pathological "sentence" of thousands of words linear.
        s_start = max(s_start, a_start - _CONTEXT_CHARS)
        s_end = min(s_end, a_end + _CONTEXT_CHARS)
        left, right = text[s_start:a_start], text[a_end:s_end]
        win_after = _WIN_AFTER.search(right) or _WINNER_IS_AFTER.match(right)
        give = (_GIVE_BEFORE.search(left) and _GIVE_AFTER.search(right)) or (
            _BESTOW_BEFORE.search(left) and _BESTOW_AFTER.search(right)
        )
        win_before = None if give else (_WIN_BEFORE.search(left) or _WEAK_WIN_BEFORE.search(left))
        list_line = _LIST_SEPARATOR.search(right) if _LIST_LINE_LEAD.fullmatch(left) else None
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
        if not (win_before or win_after or give or list_line):
            # "Kaluuya is best supporting actor for F": a present-tense copula, as live blogs
            # and headlines write it.
            win_before = _COPULA_BEFORE.search(left)
        enumeration = None if (win_after or give or list_line) else self._enumeration(text, s_start, a_start)
        gapped = False
        if not (win_before or win_after or give or list_line or enumeration is not None):
            # "... the Grand Jury Prize to F, and its star X the Volpi Cup": a coordinated clause
            # that shares the win verb of the clause before it.
            gapped = self._is_gapped_win(text, s_start, clause_start, a_start)
            if not gapped:
                return []
        window = _without_asides(self._cue_text(clause_start, a_end + 30, a_start), a_start - clause_start)
        # "It was Anora that took the Palme d'Or": a cleft sentence, not a relative clause;
        # "was named best picture over the favorite": beating a favourite is no hope.
        window = _BEAT_FAVOURITE.sub(" ", _CLEFT.sub(r"\1", window))
        if _NOT_NEWS.search(window):
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
        section = _OTHER_SECTION_BEFORE.search(left) or _OTHER_SECTION_LEAD.match(text[s_start:a_start])
        if section and fold(section.group("section")).split()[0] not in fold(award.name):
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
            tie = re.search(r"\b(?:shared|split|divided|between)\b", separator.group(), re.IGNORECASE)
            length = _tie_length(text[offset:s_end]) if tie else _clause_length(text[offset:s_end])
            choices = (
                self._tied_for_films(offset, offset + length, award) if tie else []
            ) or self._films_in_object(offset, offset + length, award)
        elif gapped:
            choices = self._films_for_subject(clause_start, a_start, a_end, s_end, award)
        else:
            assert win_before is not None
            choices = self._films_for_subject(s_start, s_start + win_before.start(), a_end, s_end, award)
        return self._proposals(festival, award, year, choices)

    def _proposals(
        self, festival: FestivalName, award: AwardName, year: int, choices: list[_FilmChoice]
    ) -> list[ProposedWinner]:
        winners = []
        for choice in choices:
            film = _clean_title(choice.span.text)
            if not film or self.gazetteer.is_known_name(film) or self._is_person_name(film):
                continue
            directors = choice.directors or self._directors_elsewhere(film)
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

    def _fallback_winners(self, mention: AwardMention, s_start: int, s_end: int) -> list[ProposedWinner]:
        """The sentence-level rule: an award, one film title and some win evidence in the
        award's clause, with no cue that the win is hoped for or history.

        The win constructions above are precise but each is one phrasing; unseen articles keep
        finding new ones ("the Jury Prize was for", "recompenses X for"). Here the phrasing is
        not parsed, so the rest must be unambiguous: exactly one marked (quoted) film title in
        the clause, and no negative cue anywhere in it."""
        text = self.masked
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
        resolved = self._disambiguate(mention, s_start, s_end)
        if resolved is None:
            return []
        festival, award = resolved
        if self._lacks_own_year(festival, s_start, s_end, a_start, a_end):
            return []
        named = {f.key for f in self.main_festivals} | {m.festival.key for m in self.festival_mentions}
        if festival.key not in named:
            return []  # an alias shared with a festival the article never names
        lead = text[s_start:a_start]
        if _OTHER_SECTION_BEFORE.search(lead) or _OTHER_SECTION_LEAD.match(lead):
            return []
        year = self._event_year(s_start, s_end, a_start, a_end)
        if year is None:
            return []
        marked = [
            span
            for span in self._spans(clause_start, clause_end)
            if span.quoted and not self._is_person(span) and not a_start <= span.start < a_end
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
            # "the prize ... was divided: ... was for X by "A" and for Y by "B"": a tie.
            return self._proposals(
                festival,
                award,
                year,
                [_FilmChoice(span, self._directors_near(span, clause_end)) for span in distinct],
            )
        if len(distinct) != 1:
            return []  # none, or a choice the clause alone cannot make
        span = marked[0]
        logger.debug("fallback win of %s for %s", award.name, span.text)
        return self._proposals(
            festival, award, year, [_FilmChoice(span, self._directors_near(span, clause_end))]
        )

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
        ]
        nearby = sorted(in_sentence, key=lambda m: abs(m.start - position))
        before = [m for m in self.festival_mentions if m.start < s_start]
        ordered = [m.festival for m in nearby] + self.main_festivals + [m.festival for m in reversed(before)]
        if ordered:
            return keys.get(ordered[0].key)
        top = [c for c in mention.candidates if c[1].is_top]
        return (top or list(mention.candidates))[0]

    def _lacks_own_year(self, festival: FestivalName, s_start: int, s_end: int, a_start: int, a_end: int) -> bool:
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
        years = [
            int(m.group())
            for m in _YEAR_RE.finditer(sentence)
            if not _in_title_parentheses(sentence, m.start())
        ]
        edition = self._year_near_festival(fold(sentence), 0, len(sentence))
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
        return name in self.person_like or (len(words) <= 3 and words[-1] in self.person_like)

    def _is_person(self, span: _Span) -> bool:
        if span.quoted:
            return False
        text = re.sub(r"['’]s?$", "", span.text)
        pair = re.fullmatch(r"(.+?)\s+(?:and|&)\s+(.+)", text)
        if pair and all(
            2 <= len(part.split()) <= 3 and self.people.clean(part) == part and _NAME_RE.fullmatch(part)
            for part in pair.groups()
        ):
            return True  # "for Steve Coogan and Jeff Pope": two full names are people
        return self._is_person_name(text)

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
        return [
            s
            for s in map(self._without_known_head, spans)
            if not self._is_known(s)
            and not _is_country(s.text)
            # "Anthony Chen's Singapore-set "Ilo Ilo"": a compound adjective, not a title.
            and not re.fullmatch(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*-[a-z]+", s.text)
            # "The 48-year-old was named best actress": an age stands for a person.
            and not re.fullmatch(r"(?:The|A|An)\s+\d{1,3}-year-old", s.text)
            # "for U.S. dramatic film": a letter of an initialism is no title.
            and not (len(s.text) == 1 and _INITIALISM.match(self.masked, s.start))
            # '« La Belle Noiseuse » of Jacques Rivette': machine translation's credit after a
            # quoted title names its director.
            and not (not s.quoted and _CREDIT_AFTER_QUOTED.search(self.masked, max(0, s.start - 30), s.start))
            # "for his tightly coiled turn as Murrow", "plays Lester Burnham": a character.
            and not (not s.quoted and _CHARACTER_BEFORE.search(self.masked, max(0, s.start - 40), s.start))
        ]

    def _without_known_head(self, span: _Span) -> _Span:
        """ "Cannes Film Festival: Anora wins ...": a headline's festival is not the title."""
        head, colon, tail = span.text.partition(": ")
        if not colon or not tail or not self.gazetteer.is_known_name(head):
            return span
        return _Span(span.end - len(tail), span.end, tail, span.quoted)

    def _tied_for_films(self, start: int, end: int, award: AwardName) -> list[_FilmChoice]:
        """ "shared by the Romanian Cristian Mungiu, for "Graduation," and the Frenchman Olivier
        Assayas, for "Personal Shopper"": each tied winner's own "for" names a film."""
        text = self.masked
        fors = list(
            re.finditer(
                rf"\b(?:for|with|por|pour|per)\s+{_FILM_DESCRIPTION}(?=[“\"«]|{_UP})", text[start:end]
            )
        )
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

    def _films_in_object(self, start: int, end: int, award: AwardName) -> list[_FilmChoice]:
        """Film(s) after "went to" / "gave ... to" / "Award:": "FILM by P", "P's FILM",
        "P for FILM", "FILM (P)"."""
        text = self.masked
        if _PERSON_AWARD.search(award.name):
            # "Best actress went to Mikey Madison (Anora)" / "to Mikey Madison, Anora": the
            # object is a palmarès item.
            item = re.match(r"[^()]{1,80}\([^()]{1,80}\)", text[start:end])
            choice = self._person_then_film(start, item.group(), award) if item else None
            if choice is None and re.match(rf"\s*{_LIST_PERSON},\s", text[start:end]):
                choice = self._list_item(start, text[start:end], award)
            if choice is not None:
                return [choice]
        for_film = re.search(
            rf"\s(?:for|with|por|pour|per)\s+{_FILM_DESCRIPTION}(?=[“\"«]|{_UP})", text[start:end]
        )
        if for_film and any(s.quoted for s in self._spans(start, start + for_film.start())):
            # '"Joker" of Todd Phillips, ..., with Joaquin Phoenix': the quoted title that
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
            if item.strip()
        ]
        if not all(
            _ENUM_ITEM.match(item) or self.gazetteer.find_awards(fold(item.strip())[:60]) for item in items
        ):
            return None
        return a_start - len(left) + match.start()

    def _films_of_subject_only(self, s_start: int, verb_start: int) -> list[_FilmChoice]:
        text = self.masked
        subject_start = _clause_start(text, s_start, verb_start)
        spans = [s for s in self._spans(subject_start, verb_start) if not self._is_person(s)]
        marked = [
            s
            for s in spans
            if s.quoted or self._has_film_marker(s, subject_start) or self._looks_like_title_span(s)
        ]
        choices = self._pick_films(marked, subject_start, verb_start, _NO_AWARD)
        return (
            choices
            or self._film_of_director(subject_start, verb_start)
            or self._film_by_reference(subject_start, verb_start)
        )

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
            if not _FILM_SUBJECT_REFERENCE.match(clause):
                return []
        return self._last_winning_film(start)

    def _last_winning_film(self, start: int) -> list[_FilmChoice]:
        best: tuple[int, str, tuple[str, ...]] | None = None
        for film, directors in self.films_so_far:
            at = self.masked.rfind(film, 0, start)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, film, directors)
        if best is None:
            return []
        return [_FilmChoice(_Span(best[0], best[0] + len(best[1]), best[1], quoted=False), best[2])]

    def _films_in_list_line(self, start: int, end: int, award: AwardName) -> list[_FilmChoice]:
        """The winners of a palmarès line after "Award:": "FILM (DIRECTOR)", "PERSON, FILM",
        "FILM, DIRECTOR", ties as "A (X) and B (Y)"."""
        line = self.masked[start:end].rstrip(" .;")
        items = [(start, line)]
        tie = _LIST_TIE_SPLIT.split(line)
        # "F (Original Title), dir. X (Country)": a director credit is not a second winner.
        credit_part = any(re.match(r"\s*dir(?:\.|ected\b)", part) for part in tie[1:])
        if credit_part or not (len(tie) > 1 and all(_LIST_TRAILING_NAME.search(part) for part in tie)):
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

    def _list_item(self, start: int, item: str, award: AwardName) -> _FilmChoice | None:
        # A table row's cells ("FILM | DIRECTOR") are the items of a comma palmarès; the
        # replacement keeps every offset.
        item = re.sub(r"\s\|(?=\s)", " ,", item)
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
        person_for = re.match(r"^\s*(?P<people>[^()]+?),?\s+(?:for|in)\s+(?=[“\"«‘'*_]?[^\W_])", item)
        if person_for and all(
            _LIST_NAME.fullmatch(part)
            for part in re.split(r",\s*|\s+(?:and|&)\s+", person_for.group("people").strip())
        ):
            # "Jesse Plemons for Kinds of Kindness": the person, then the film.
            film_at = start + person_for.end()
            choice = self._list_item(film_at, item[person_for.end() :], award)
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
            span = self._title_in(start, item[: credit.start()])
            return _FilmChoice(span, names) if span else None
        person_film = self._person_then_film(start, item, award)
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
                while lead < len(segments) - 1 and self._is_co_credit(segments[lead].strip(), segments[:lead]):
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
        if self._is_person_name(film):
            return None
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
        verbs = list(_WIN_VERB_ANYWHERE.finditer(self.masked, start, verb_start))
        if not verbs:
            return start
        earlier_end = verbs[-1].end()
        cuts = list(re.finditer(r",[”\"»]?\s+|\s+and\s+", self.masked[earlier_end:verb_start]))
        if not cuts:
            return start
        new_start = earlier_end + cuts[-1].end()
        return new_start if self._spans(new_start, verb_start) else start

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

    def _starts_with_person(self, position: int) -> bool:
        """A full name of two or three words opens the text at ``position``."""
        match = re.match(_NAME, self.masked[position : position + 80])
        if match is None:
            return False
        name = match.group()
        return 2 <= len(name.split()) <= 3 and self.people.clean(name) == name

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
            r"\b(?:sharing|shared|splitting|split|tying|tied)\b(?:\s+[\w'’\-]+){0,4}?\s*$",
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
            s for s in self._spans(subject_start, verb_start) if s.quoted or not self._in_background(s.start, verb_start)
        ]
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
        for_film = re.match(
            rf"^(?:[^.;]{{0,60}}?)\s(?:for|with|thanks\s+to|por|con|pour|avec|per)\s+{_FILM_DESCRIPTION}(?=[“\"«]|{_UP})",
            after,
        ) or re.match(
            # "won best actor for his role as the father of ... in King Richard"
            rf"^[^.;]{{0,20}}?\bfor\s+(?:(?:his|her|their)\s+(?:[\w\-]+\s+)?(?:role|turn|performance|portrayal|part)\b|playing\b)"
            rf"[^.;]{{0,160}}\sin\s+(?=[“\"«]|{_UP})",
            after,
        )
        if for_film and (
            for_film.start() >= _clause_length(after) or _WIN_VERB_ANYWHERE.search(after, 0, for_film.start())
        ):
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
        if for_film:
            offset = a_end + for_film.end()
            end = offset + _clause_length(text[offset:s_end])
            first = _title_spans(text, offset, end)[:1]
            if (first and first[0].start == offset and _is_country(first[0].text)) or _INITIALISM.match(text, offset):
                # "wins best foreign language film for Italy": the country it represents.
                for_film = None
        if for_film:
            # "for John Turturro, who plays a New York playwright": a relative clause's
            # capitalised words are no title.
            for_spans = [
                s for s in self._spans(offset, end) if s.quoted or not self._in_background(s.start, a_end - 1)
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
                if s.quoted or self._has_film_marker(s, subject_start) or self._looks_like_title_span(s)
            ]
        choices = self._pick_films(subject, subject_start, verb_start, award)
        if choices:
            return choices
        known = self._film_of_director(subject_start, verb_start) or self._film_by_reference(
            subject_start, verb_start
        )
        if known:
            return known
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
            if self._has_film_marker(s, a_end) and not self._is_person(s) and not self._in_background(s.start, a_end - 1)
        ]
        if len(marked) == 1 and not _PERSON_AWARD.search(award.name):
            people = self._resolve_all([s for s in subject if self._is_person(s)])
            return [_FilmChoice(marked[0], self._directors_near(marked[0], s_end) or people)]
        return []

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
        if any(fold(film) == fold(text) for film, _ in self.films_so_far):
            return True
        return re.search(rf"[“\"«]{re.escape(text)}[,.]?[”\"»]", self.masked) is not None

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
        return self._winning_film_credited_to(start, end)

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
            or (possessive and not _is_country(possessive.group(1)) and not _is_country(possessive.group(1).split()[-1]))
            # "Mikey Madison (Anora) won best actress": a title in parentheses after a person.
            or (
                re.search(rf"{_CAP_WORD}\s*\(\s*$", before)
                and re.match(r"\s*\)", self.masked[span.end : span.end + 3])
                and not self._is_person(span)
            )
        )

    def _looks_like_title_span(self, span: _Span) -> bool:
        """ "The Substance won best screenplay": a run opened by an article is a title, not a
        person (unlike "Coralie Fargeat won best screenplay")."""
        words = span.text.split()
        return (
            len(words) >= 2
            and words[0] in {"The", "A", "An"}
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
            if re.search(rf"\b(?:{_GENRE_NOUNS})\s*,?\s*$", before, re.I):
                score += 4
            if re.search(r"['’]s?\s*$", before):
                score += 3
            if re.search(r"\b(?:for|with)\s*$", before):
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
            if index and re.fullmatch(
                r"\s+(?:of|by|de|di)\s+(?:the\s+\S+\s+)?", text[spans[index - 1].end : span.start]
            ):
                score -= 6  # "The Hand of God of Paolo Sorrentino": the director split off a title
            if re.search(rf"\b(?:{_ROLE_WORDS})\s*$", before, re.I):
                score -= 6
            if re.match(rf"\s+(?:{_ROLE_WORDS})\b", after, re.I):  # "Swedish director", "French actress"
                score -= 6
            scored.append((score, -index, span))
        best_score, _, best = max(scored, key=lambda item: (item[0], item[1]))
        if best_score < -2:
            return []
        chosen = [best]
        # Ties: "X and Y shared the Golden Bear" / "the Grand Prix was shared by X and Y".
        window = text[max(0, start - 60) : end + 60]
        if re.search(r"\b(?:shared|share|split|ex[\s-]aequo|tie|tied|jointly)\b", window, re.I):
            # Each tied film is marked on its own (quoted, a genre noun); one more marker on
            # one of them does not make the other less of a winner.
            chosen = [span for score, _, span in scored if score >= max(min(best_score - 1, 5), 0)]
        extended = [self._with_parenthetical(span) for span in chosen]
        return [_FilmChoice(span, self._directors_near(span, end)) for span in extended]

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
        end = span.end + match.end()
        return _Span(span.start, end, self.masked[span.start : end].strip(), quoted=False)

    def _directors_near(self, span: _Span, limit: int) -> tuple[str, ...]:
        text = self.masked
        after = text[span.end : min(limit + 80, span.end + 120)]
        before = text[max(0, span.start - 80) : span.start]
        names_pair = rf"({_NAME})(?:\s*(?:,|and|y|&)\s*({_NAME}))?"
        patterns_after = [
            rf"^[\s”\"»]*,\s+(?:a|an|the)\s+[^,.;()]{{0,70}}?\b(?:by|from)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:director\s+|filmmaker\s+)?{names_pair}",
            rf"^[\s”\"»]*,\s+{names_pair}['’]s?\s+(?:[\w\-]+\s+){{0,2}}?(?:{_GENRE_NOUNS}|adaptation|remake)\b",
            rf"^[\s”\"»]*,?\s*(?:directed|helmed)\s+by\s+{names_pair}",
            rf"^[\s”\"»]*,?\s*(?:by|de|di|von|of)\s+(?:the\s+)?(?:director\s+|filmmaker\s+)?{names_pair}",
            rf"^[\s”\"»]*\((?:dir\.\s*)?{names_pair}\)",
            rf"^[\s”\"»]*,?\s*(?:the\s+[\w\s\-]{{0,30}}?\s+)?from\s+(?:the\s+)?(?:[\w\-]+\s+){{0,4}}?(?:director|filmmaker|helmer|auteur|duo)s?\s+{names_pair}",
            rf"^[\s”\"»]*,?\s*(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?(?:of|from|by)\s+(?:the\s+)?(?:director|filmmaker)\s+(?:[a-z]+\s+)?{names_pair}",
            rf"^[\s”\"»]*,?\s*(?:the\s+|a\s+)?(?:[\w\-]+\s+){{0,2}}?(?:{_GENRE_NOUNS})\s+(?:of|from|by)\s+(?:the\s+)?"
            rf"(?:(?:[\w\-]+\s+){{0,2}}?(?:director|filmmaker|helmer|auteur)s?\s+|(?:[a-z]+\s+){{0,2}}?){names_pair}",
        ]
        found: list[str] = []
        for pattern in patterns_after:
            match = re.match(pattern, after)
            if match:
                found += [g for g in match.groups() if g]
                break
        if not found:
            match = re.search(rf"(?:^|[^\w])({_NAME})['’]s?\s+(?:[\w\-]+,?\s+){{0,4}}?[“\"«]?$", before)
            if match and not self.gazetteer.is_known_name(match.group(1)):
                found.append(match.group(1))
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


# Countries of several words, and single-word ones left out of _COUNTRY_WORDS because they are
# also given names: never a film ("wins best foreign language film for Italy").
_COUNTRY_NAMES = _words(
    """india israel georgia jordan kenya chad bhutan nepal iraq syria cuba estonia latvia lithuania
    iceland bolivia venezuela ecuador uruguay paraguay kazakhstan indonesia malaysia singapore
    cambodia pakistan bangladesh algeria ethiopia ghana slovakia slovenia croatia serbia bosnia
    albania bulgaria kosovo macedonia montenegro"""
) | frozenset(
    {
        "united states", "united kingdom", "south korea", "north korea", "new zealand", "south africa",
        "saudi arabia", "czech republic", "north macedonia", "the philippines", "the netherlands",
        "the united states", "the united kingdom",
    }
)  # fmt: skip


# "U.S.", "U.K.", "E.U.": an initialism names a country or an organisation, never a film.
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


def _is_country(text: str) -> bool:
    folded = re.sub(r"\s+", " ", text.strip()).casefold()
    return folded in _COUNTRY_WORDS or folded in _COUNTRY_NAMES


def _in_title_parentheses(text: str, year_start: int) -> bool:
    """ "Red Rocket (2021)": a film's year, not the event year."""
    return text[max(0, year_start - 1) : year_start] == "(" and text[year_start + 4 : year_start + 5] == ")"


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds = []
    start = 0
    for match in re.finditer(r"(?<=[.!?])([”\"»]?)\s+(?=[“\"«(]?[A-Z0-9À-Þ•])|\n+", text):
        preceding = text[max(0, match.start() - 4) : match.start()]
        if re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|No|[Dd]ir)\.$|\b[A-Z]\.$", preceding):
            continue
        # 'for "Petits arrangements avec les morts."': the closing mark ends the sentence with
        # the title, which would otherwise be cut at its first lower-case word.
        bounds.append((start, match.end(1) if match.group(1) else match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


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
    r",[”\"»]?\s+(?:(?:the|a|an)\s+[^,;.!?“”\"\n]{1,60}?\s)?(?:who|whose|which)\b[^,;:.!?\n]{1,160}|"
    r"\([^()\n]{1,160}\)|"
    # ", Kevin Macdonald's account of the massacre ... at the 1972 Munich Olympics,": a credited
    # description of the film; ", starring Isabelle Adjani,": a participle apposition.
    rf",[”\"»]?\s+(?:{_UP}[\w.’'\-]*\s+){{0,3}}{_UP}[\w\-]*['’]s\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:{_GENRE_NOUNS}|account|chronicle|study|look|adaptation)\b[^,;.!?\n]{{0,140}}?(?=,)|"
    r",\s+(?:starring|co-starring|featuring|directed\s+by|written\s+by|produced\s+by)\s[^,;.!?\n]{1,100}?(?=,)"
)


def _background_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _BACKGROUND.finditer(_blank_quoted_titles(text))]


# Words a bilingual palmarès heading may hold besides award names ("CAMÉRA D'OR – AWARD FOR
# THE BEST FIRST FEATURE FILM", "JURY PRIZE (EX-AEQUO)").
_PALMARES_HEADING_FILLER = re.compile(
    r"\b(?:award|prize|for|the|best|first|feature|film|ex|aequo|winners?|jointly|tie|shared)\b"
)
# An item line that names the film after a person line: "for Kinatay", "in Antichrist".
_PALMARES_FILM_LINE = re.compile(r"^\s*(?:for|in)\s+(?=\S)", re.IGNORECASE)
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
    """Start of the clause that holds ``position``: after ", and", ", while", ";" or a dash."""
    ends = [match.end() for match in _CLAUSE_BREAK.finditer(text, s_start, position)]
    return ends[-1] if ends else s_start


def _clause_start_enum(text: str, s_start: int, position: int) -> int:
    """Like :func:`_clause_start`, but a dash opens a list here rather than a new clause."""
    ends = [m.end() for m in re.finditer(r",\s+(?:while|but|as|whereas)\s+|;", text[s_start:position])]
    return s_start + ends[-1] if ends else s_start


def _tie_length(tail: str) -> int:
    """Like :func:`_clause_length`, but ", and" continues the list of tied winners."""
    match = re.search(
        r"(?<!\bNo)(?<!\bMr)(?<!\bDr)(?<!\bSt)[.;!?](?:\s|$)|\s[—–]\s|\n|,\s+(?:while|but|as|whereas)\s",
        tail,
    )
    return match.start() if match else len(tail)


def _clause_length(tail: str) -> int:
    match = re.search(
        r"(?<!\bNo)(?<!\bMr)(?<!\bDr)(?<!\bSt)[.;!?](?:\s|$)|\s[—–]\s|\n|,\s+(?:while|and|but|as|whereas)\s",
        tail,
    )
    return match.start() if match else len(tail)


_DATELINE = re.compile(
    r"(?:^|(?<=\n))[^\S\n]*(?:[A-Z][A-Z .'’\-]{1,40}(?:,[^()\n]{1,20})?[^\S\n]*)?"
    r"\([^\S\n]*[A-Z][A-Za-z]{1,9}[^\S\n]*\)[^\S\n]*[-—–]"
)


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
        if inner and _word_count(inner) <= 10 and (inner[0].isupper() or inner[0].isdigit()):
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
            if len(head) == 1 and len(tail) >= 2:
                # "Delphine and Muriel Coulin's": two first names sharing one surname.
                head = []
            for part in (head, tail):
                current.extend(part)
                flush()
            return
        # "12 Years a Slave", "20 Feet from Stardom": a leading number belongs to a title of
        # at least three more words; before fewer it counts something ("4 Oscars").
        if current and current[0].group().isdigit() and len(current) < 4:
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
        is_cap = first.isupper() or (first.isdigit() and not _YEAR_RE.fullmatch(word) and bool(current))
        is_cap = is_cap or (
            not current and word.isdigit() and len(word) <= 3 and _next_is_cap(segment, token.end())
        )
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
            # "It's a Free World...", "There's Something About Mary": a contraction, no possessive.
            if re.search(r"['’]s?$", word) and not title_possessive and not _CONTRACTION.fullmatch(word):
                flush()
        elif current and word.lower() in _FILM_CONNECTORS and word.islower():
            current.append(token)
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
_BRACKETED_WORD = re.compile(rf"(?:{_UP}[\w'’\-]*|\d+|by|of|the|a|an|and|in|on|to|for|with|at|from|de|la|le|,)$")


def _with_bracketed_titles(text: str, start: int, end: int, spans: list[_Span]) -> list[_Span]:
    for match in _BRACKETED_TITLE.finditer(text, start, end):
        title = match.group("title")
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


# ---------------------------------------------------------------------------------------------
# Quotes
# ---------------------------------------------------------------------------------------------

_AFTER_ATTRIBUTION = re.compile(
    # "had declared the president of the jury, the Swedish Ruben Östlund": inversion, a role
    # and an apposition with a nationality, as machine translation writes it.
    rf"^[\s,—–-]*(?:(?:(?:had|has)\s+)?(?:{_SPEECH_VERBS})\s+(?:(?P<pron_after>{_PRONOUNS})\b|"
    rf"(?:the\s+|an?\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?:{_ROLE_WORDS}|{_NAMED_ROLE_WORDS})(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*)?\s*,?\s+"
    rf"(?:the\s+{_CAP_WORD}\s+)?(?P<role_name>{_NAME})|"
    # "said a jubilant Almodovar": an article and an adjective before the name.
    rf"(?:{_CAP_WORD}['’]s\s+|(?:a|an)\s+(?:(?!(?:of|from|for|in|at|by|with)\s)[a-z][\w\-]*\s+){{1,2}}?(?={_UP}))?(?P<name_after>{_NAME})|(?P<role_after>the\s+(?:[\w\-]+\s+){{0,2}}(?:{_ROLE_WORDS})))"
    # "Miramax co-chairman Harvey Weinstein said": a company before a job title.
    rf"|(?:(?P<pron_before>{_PRONOUNS})|(?:{_CAP_WORD}\s+(?=[a-z]))?(?:[a-z][\w\-]*\s+){{0,3}}?(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?P<name_before>{_NAME})|(?P<role_before>the\s+(?:[\w\-]+\s+){{0,2}}(?:{_ROLE_WORDS})))"
    rf"\s*(?:,[^,“”\"]{{1,80}},\s*)?(?:(?:once|again|later|famously)\s+)?(?:{_SPEECH_VERBS}))\b"
)
_BEFORE_NAME_VERB = re.compile(
    # An aside may hold a short quoted title: 'Östlund, whose "Force Majeure" won ..., said'.
    rf"(?P<name>{_NAME})['’]?\s*(?:,(?:[^,“”\"]|[“\"][^,“”\"]{{1,60}},?[”\"]){{1,100}},\s*|,\s*)?"
    rf"(?:(?:has|had|also|then|later|simply)\s+)?(?:{_SPEECH_VERBS})\b"
)
_BEFORE_VERB_NAME = re.compile(
    rf"\b(?:{_SPEECH_VERBS})\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?(?P<name>{_NAME})\s*[,:]?\s*$"
)
# "he once told an interviewer": an adverb of time between the pronoun and its verb.
_BEFORE_PRONOUN = re.compile(
    rf"\b(?P<pron>{_PRONOUNS})\s+(?:(?:also|later|then|once|again|famously|recently|previously|often)\s+)?"
    rf"(?:{_SPEECH_VERBS})\b"
)
_BEFORE_ROLE = re.compile(rf"\bthe\s+(?:[\w\-]+\s+){{0,2}}(?:{_ROLE_WORDS})\s+(?:{_SPEECH_VERBS})\b", re.I)
_PARTICIPLE = re.compile(rf"\b(?:{_PARTICIPLES})\b")
_PRONOUN_INTRODUCTION = re.compile(rf"^\s*(?:{_PRONOUNS})\s[^.!?“”\"]{{1,120}}:\s*$")
_ACCORDING_TO = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<name>{_NAME})")


class _QuoteFinder:
    def __init__(self, article: _Article, gazetteer: Gazetteer, films: set[str]) -> None:
        self.article = article
        self.gazetteer = gazetteer
        # Names inside quotations ("Mr. Brad Pitt, nice to meet you") are not antecedents.
        masked_body = "\n\n".join(_mask_statements(p.text) for p in article.paragraphs)
        self.people = _People(masked_body, gazetteer, films)

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
            continuations: set[int] = set()
            for index, span in enumerate(spans):
                if index in continuations:
                    continue
                speaker = self._attribute(text, spans, index, paragraph.start)
                if speaker is None and quote_only:
                    speaker = pending_speaker or previous_speaker
                if speaker is None:
                    speaker = paragraph_speaker
                if speaker is None:
                    continue
                paragraph_speaker = speaker
                self.people.note_speaker(paragraph.start + span.start, speaker)
                statement = span.text
                if _continues_after_attribution(text, spans, index):
                    # "A," she said, "and b." is one statement cut by its attribution.
                    statement = f"{span.text.strip()} {spans[index + 1].text.strip()}"
                    continuations.add(index + 1)
                if not (_is_statement(statement) or _is_introduced_statement(text, spans, index, statement)):
                    continue
                quote_text = _clean_quote(statement)
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
        # A short quoted title before the quotation ('won best actress for "The Substance," and
        # said in her speech: "..."') is part of the introducing sentence, not a statement.
        previous = [
            spans[j]
            for j in range(index)
            if _word_count(spans[j].text) >= MIN_QUOTE_WORDS or not spans[j].closed
        ]
        prev_end = previous[-1].end if previous else 0
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
        role = groups.get("role_after") or groups.get("role_before")
        if role:
            gendered = _GENDERED_REFERENCE.match(role.strip())
            if gendered:
                return self.people.last_before(position, "female" if gendered.group("female") else "male")
            return self.people.last_before(position)
        pronoun = groups.get("pron_after") or groups.get("pron_before")
        if pronoun:
            return self.people.last_before(position, pronoun=pronoun)
        return None

    def _speaker_in_clause(self, clause: str, offset: int) -> str | None:
        """The speaker named in text that introduces a quotation."""
        # "Staunton, who lives with her husband, the actor Jim Carter, said": a name inside a
        # relative clause or apposition is not the one who speaks (offsets kept).
        for b_start, b_end in reversed(_background_spans(clause)):
            clause = clause[:b_start] + " " * (b_end - b_start) + clause[b_end:]
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
        participle = _PARTICIPLE.search(clause)
        if participle or clause.rstrip().endswith(":"):
            # "Greta Gerwig, president of the jury, presented the prize to Baker, saying:" and
            # "Zhao sent a video message from California:": the sentence's subject speaks.
            subject_part = clause[: participle.start()] if participle else clause
            first = _NAME_RE.search(subject_part)
            if first and _is_subject(clause, first.start(), first.end()):
                speaker = self.people.resolve(first.group(), offset + first.start())
                if speaker:
                    return speaker
        if re.search(r"(?::|\s[—–])\s*$", clause):
            # "the President of the Jury, Isabelle Huppert, declared:", "For Leung, ..., the
            # prize was bittersweet —": the one person the introducing sentence names speaks.
            named = {
                resolved
                for found in _NAME_RE.finditer(clause)
                if (resolved := self.people.resolve(found.group(), offset + found.start()))
                and len(resolved.split()) >= 2
            }
            if len(named) == 1:
                return named.pop()
        if _BEFORE_PRONOUN.search(clause) or _BEFORE_ROLE.search(clause):
            return self.people.last_before(offset)
        if _PRONOUN_INTRODUCTION.match(clause):
            # "She calls out the industry from the podium:" -- the pronoun introduces the quote.
            return self.people.last_before(offset)
        return None


# Between the two parts of a quotation cut mid-sentence: ", she said, " / ", the actress told
# reporters, " -- an attribution clause without a sentence end, ending in a comma.
_MID_SENTENCE_ATTRIBUTION = re.compile(r"^\s*,?\s*[^.!?;“”„«»\"]{1,80},\s*$")
_INTRODUCING_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS})\s*[,:]\s*$")


def _continues_after_attribution(text: str, spans: list[_QuoteSpan], index: int) -> bool:
    """True when the quotation at ``index`` goes on, after its attribution, in the next one."""
    if index + 1 >= len(spans) or not spans[index].closed:
        return False
    first, second = spans[index].text.rstrip(), spans[index + 1].text.lstrip(" .…")
    between = text[spans[index].end : spans[index + 1].start]
    return (
        first.endswith(",")
        and bool(second)
        and second[0].islower()
        and _MID_SENTENCE_ATTRIBUTION.match(between) is not None
        and _AFTER_ATTRIBUTION.match(between) is not None
    )


def _is_introduced_statement(text: str, spans: list[_QuoteSpan], index: int, statement: str) -> bool:
    """A lower-case quotation that an attribution explicitly introduces and that ends the sentence.

    'According to Diop, "the students were the real authors..."' is a statement; a lower-case
    quotation without such an introduction is a fragment of the writer's sentence.
    """
    if _word_count(statement) < MIN_QUOTE_WORDS:
        return False
    previous_end = spans[index - 1].end if index else 0
    before = text[previous_end : spans[index].start]
    clause = before[_last_sentence_start(before) :]
    introduced = _ACCORDING_TO.search(clause) is not None and clause.rstrip().endswith(",")
    introduced = introduced or _INTRODUCING_VERB.search(clause) is not None
    after = text[spans[index].end :]
    return introduced and re.match(r"^[\s.!?]*(?:$|[A-Z“\"«(])", after) is not None


def _outside_quotes(text: str, spans: list[_QuoteSpan]) -> str:
    parts = []
    cursor = 0
    for span in spans:
        parts.append(text[cursor : span.start])
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


def _sentence_end(text: str) -> int:
    # "Mr. Loach said": an honorific's full stop ends no sentence.
    match = re.search(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)[.!?](?=\s+[A-Z“\"«]|\s*$)", text)
    return match.end() if match else len(text)


def _last_sentence_start(text: str) -> int:
    best = 0
    for match in re.finditer(r"[.!?][”\"»]?\s+(?=[A-Z“\"«])", text):
        best = match.end()
    return best


def _clean_quote(raw: str) -> str:
    text = re.sub(r"\s+", " ", raw).strip()
    text = text.strip('“”„«»"').strip()
    return text.rstrip(",").strip()
