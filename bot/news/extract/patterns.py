"""Shared regex fragments and word lists: capitalised words, names, particles, speech verbs, roles,
countries, demonyms, years and genre nouns.

Both finders build their patterns from these, so they live below everything else.
"""

from __future__ import annotations

import functools
import re

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
# A clock time that may open a title ("12:08 East of Bucharest").
_CLOCK_TIME = r"\d{1,2}:\d\d(?!\d)"
# A capitalised word: "Baker", "Jean-Luc", "O'Brien", "Pérez", "NEON".
# Bounded and anchored at a word start, so that a huge run of letters cannot make the many
# patterns built on it backtrack quadratically.
_CAP_WORD = rf"(?<![\w'’]){_UP}(?:{_LETTER}|-(?={_LETTER})|['’](?!s\b)(?={_LETTER})){{0,30}}(?![\w])"
_NAME_PARTICLES = r"(?:de|del|della|da|das|do|dos|van|von|der|den|di|du|le|la|bin|ibn|al|el|y|ter|zu)"
# Spanish "de la", "de los", "de las" inside a name: one particle of two words ("Alex de la Iglesia").
_SPANISH_DE_ARTICLE = r"de[^\S\n]+l(?:a|as|os)"
# 1-4 capitalised words, optionally with particles: "Guillermo del Toro", "Kleber Mendonça Filho".
# ("Nelson Carlos De Los Santos Arias", "Nelson Carlo de los Santos Arias": Spanish "de los" in
# either case is one particle.)
# An elided particle glued to the surname after a forename: "Suso Cecchi d'Amico".
_ELIDED_SURNAME = rf"(?<![\w'’])d['’]{_UP}(?:{_LETTER}|-(?={_LETTER})){{1,30}}(?![\w])"
_NAME = (
    rf"{_CAP_WORD}(?:[^\S\n]+(?:(?:(?i:{_SPANISH_DE_ARTICLE})[^\S\n]+|{_NAME_PARTICLES}[^\S\n]+)?{_CAP_WORD}"
    rf"|{_ELIDED_SURNAME})){{0,3}}"
)
_NAME_RE = re.compile(rf"(?<![\w'’]){_NAME}(?![\w])")
# A time adverb that opens a clause and is no part of its subject: "Moments earlier John Ridley
# took", "Soon after, the film took".
_TIME_ADVERB = (
    r"(?:Moments|Minutes|Seconds|Hours|Days|Weeks|Months|Years|A\s+moment|A\s+minute)\s+"
    r"(?:earlier|later|before|after)|Earlier|Later|Then|Meanwhile|Finally|Next|Afterwards|"
    r"(?:Soon|Shortly)(?:\s+(?:after(?:wards)?|later|that|on))?"
)
# An honorific before a surname: "Mr. Loach said", "said Miss Riviere".
# "Signor Petri", "Herr Kosslick": a period paper's or a translation's foreign courtesy title
# ("Madame" and "Monsieur" open titles too: "Madame Bovary", "Monsieur Hulot's Holiday").
_FOREIGN_HONORIFICS = r"Signor|Signora|Signorina|Señor|Señora|Senhor|Senhora|Mme|Mlle|Herr|Frau"
# ("Mlle. Madeleine Robinson": an English paper abbreviates the French ones with a full stop.)
_HONORIFIC = rf"(?:(?:Mr|Mrs|Ms|Dr)\.\s+|(?:Miss|{_FOREIGN_HONORIFICS})\.?\s+)"

_SPEECH_VERBS = (
    "said|says|say|told|tells|stated|states|added|adds|explained|explains|noted|notes|declared|"
    "declares|remarked|remarks|recalled|recalls|insisted|insists|continued|continues|concluded|"
    "wrote|writes|commented|comments|joked|jokes|quipped|quips|exclaimed|announced|acknowledged|"
    "admitted|admits|argued|argues|observed|reflected|responded|replied|urged|proclaimed|asserted|"
    "emphasized|emphasised|stressed|cautioned|warned|confessed|posted|laughed|laughs|"
    r"smiled|smiles|sighed|beamed|enthused|gushed|cried|confided|confides|launched|affirmed|affirms|"
    r"put\s+it|puts\s+it|"
    # Japanese copy's "to katatta", "to hanashita": '"...," director Imamura talked', "Mr. Yakusho spoke".
    r"talked|spoke"
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
    "presenter|host|chair|chairman|chairwoman|ceo|executive|founder|woman|man|girl|boy|lady|"
    "comedian|comedienne|cinematographer|composer|singer"
)

# Job titles that only ever introduce a name ("said awards strategist Tom O'Neil"); unlike
# _ROLE_WORDS they never stand for the last named person ("a critic said" is nobody).
_NAMED_ROLE_WORDS = (
    "strategist|critic|analyst|editor|programmer|spokesman|spokeswoman|spokesperson|journalist|"
    "columnist|consultant|curator|distributor|publicist|organi[sz]er|delegate|minister|nominee|member|"
    r"programming\s+director|artistic\s+director|"
    # "said SPC co-president Tom Bernard", "Warner Bros domestic distribution boss Jeff Goldstein"
    r"boss|co-president|co-chair(?:man|woman)?|co-founder|vice[\s\-]president"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised words that open sentences or name things other than people or films.
_NON_NAME_WORDS = _words(
    """the a an in at on this that these those it its he she they we i you his her their our my
    neither either nor both besides miss
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
    backstage onstage what which whose whom why how where"""
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
    r"woman|girl|lady|niece|daughter|wife|sister|mother|aunt|actress|chairwoman|spokeswoman|Ms|Mrs|Miss"
)
_MALE_WORDS = r"man|boy|nephew|son|husband|brother|father|uncle|actor|chairman|spokesman|Mr"
_GENDERED_REFERENCE = re.compile(
    r"^the\s+(?:[a-z][\w\-]*\s+){0,2}(?:(?P<female>woman|girl|lady)|(?P<male>man|boy))$", re.IGNORECASE
)
# Words that mark a company or organisation (or a trophy: "The Cup Volpi ... is gone to")
# rather than a person.
_ORG_WORDS = _words(
    """pictures features films film studios studio entertainment media productions releasing
    distribution group company festival academy awards press reporter news times post guardian
    variety deadline netflix neon mubi a24 universal paramount disney warner sony amazon apple hbo
    magazine agency association institute foundation council ministry cinema cinemas theatre
    theater channel network tv radio records co corp inc ltd llc exhibition biennale mostra
    cup coppa coupe trophy prize statuette"""
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
    english catalan basque kurdish quebecois québécois
    texan californian parisian londoner neapolitan sicilian milanese tuscan bavarian
    andalusian quebecer montrealer torontonian"""
)
_ROLE_PREFIX_WORDS = _words(
    """director filmmaker actor actress producer president jury star writer screenwriter
    helmer auteur chairman chairwoman ceo the cannes venice berlin oscar oscars festival
    artistic delegate head chief host presenter producers directors writers hosts presenters
    actors actresses stars filmmakers screenwriters professor"""
)
# The one-word nationalities, capitalised, as a regex alternation: "the Taiwanese Hou Hsiao-hsien".
_DEMONYMS = "|".join(sorted(word.capitalize() for word in _DEMONYM_WORDS if word.isalpha()))
# ", best known to television audiences from", ", familiar to viewers as": what a person is
# known for -- another work than the one in the news.
_KNOWN_FOR = r"(?:(?:best|better|well)[\s\-]+)?(?:known|familiar|famous|remembered)\s+(?:to|for|as|from)\b"
_YEAR_RE = re.compile(r"(?<![\d$€£])(19[3-9]\d|20\d\d)(?![\d,]\d|\d|s\b|['’]s)")
_GENRE_NOUNS = (
    r"film|movie|feature|drama|comedy|tragicomedy|romance|thriller|documentary|doc|picture|"
    r"epic|biopic|western|musical|melodrama|satire|fable|debut|horror|animation|"
    r"entry|title|work|story|tale|odyssey|portrait|saga|película|pelicula|noir|romp|anthology|opera\s+prima"
)


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
        "saudi arabia", "czech republic", "north macedonia", "the philippines", "the netherlands", "hong kong",
        "the united states", "the united kingdom",
        # The ceremonies' own places ("an aspiring actress in Los Angeles"), never a film here.
        "los angeles", "beverly hills", "park city", "salt lake city",
    }
)  # fmt: skip


# "U.S.", "U.K.", "E.U.": an initialism names a country or an organisation, never a film.
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


def _is_country(text: str) -> bool:
    folded = re.sub(r"\s+", " ", text.strip()).casefold()
    return folded in _COUNTRY_WORDS or folded in _COUNTRY_NAMES
