"""Festival and award names, and finding them in messy article text.

The gazetteer is read from the project's data/festivals.csv and data/awards.csv. Matching works
on a *folded* copy of the text (lower case, accents removed, typographic apostrophes made
straight) that keeps every character at the same offset, so a match in the folded text is also a
span of the original. Machine-translated articles glue words together ("Palme d'Orthe",
"Cannes Film Festivalin"), so long aliases may touch the neighbouring word; short ones need a
word boundary so that "Oscar" never matches inside an unrelated word.
"""

from __future__ import annotations

import csv
import functools
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

# Typographic apostrophes and primes that articles use in "Palme d’Or" or "Baker’s".
APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u0060\u2032"


class _FoldTable(dict[int, str]):
    """str.translate table computed lazily: one output character for every input character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in APOSTROPHES:
            folded = "'"
        else:
            base = unicodedata.normalize("NFKD", char)[:1] or char
            lowered = base.lower()
            # A few characters lower-case to two characters ("İ"); keep the offsets aligned.
            folded = lowered[:1] if lowered else char
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip accents and straighten apostrophes; ``len(fold(s)) == len(s)``."""
    return text.translate(_FOLD_TABLE)


def alias_key(alias: str) -> str:
    """A lookup key that ignores case, accents, apostrophe style, spaces, hyphens and dashes."""
    return re.sub(r"[\s\-–—]+", "", fold(alias))


@dataclass(frozen=True)
class AwardName:
    key: str
    name: str
    aliases: tuple[str, ...]
    is_top: bool


@dataclass(frozen=True)
class FestivalName:
    key: str
    name: str
    short_name: str
    aliases: tuple[str, ...]
    awards: tuple[AwardName, ...]


@dataclass(frozen=True)
class FestivalMention:
    start: int
    end: int
    festival: FestivalName


@dataclass(frozen=True)
class AwardMention:
    """An award name in the text; generic names ("Best Director") fit several festivals."""

    start: int
    end: int
    candidates: tuple[tuple[FestivalName, AwardName], ...]


# Aliases at least this long may be glued to the previous word ("wonthe Palme d'Or") ...
_GLUE_BEFORE_MIN = 8
# ... and to the next ("Palme d'Orthe").
_GLUE_AFTER_MIN = 5
# Only to a short function word, though (and to a plural's "s" after): "Sonderpreis der Jury" is
# a word of its own, no "preis der jury" glued to "sonder", and "the jury awarded" holds no "Jury
# Award". Checked on each match (:func:`_glued_to_a_word`): as lookarounds in the pattern of every
# long alias they slowed all matching by a few percent.
_GLUED_BEFORE = re.compile(r"(?:the|won|of|in|and|to|for|a|its|his|her)$")
_GLUED_AFTER = re.compile(r"(?:s|the|in|of|and|for|to|at|on|with|a|an|its|was|is|by|from|this)(?![a-z0-9])")


def _glued_to_a_word(text: str, start: int, end: int) -> bool:
    """Whether a match runs into a word that is not a function word ("sonder|preis der jury",
    "jury award|ed")."""
    if start > 0 and text[start - 1].isalnum() and not _GLUED_BEFORE.search(text, max(0, start - 3), start):
        return True
    return end < len(text) and text[end].isalnum() and not _GLUED_AFTER.match(text, end)


def _alias_pattern(alias: str) -> str:
    folded = fold(alias).strip()
    # Words are joined by spaces or hyphens; where the alias itself has a spaced dash ("Best
    # Motion Picture – Drama"), by any dash or none ("best motion picture — drama"). Not
    # elsewhere: "PRIX DE LA MISE EN SCÈNE – AWARD FOR BEST DIRECTOR" is two names.
    pieces: list[str] = []
    dashed = False
    for token in folded.split():
        if token in {"-", "–", "—"}:
            dashed = True
            continue
        if pieces:
            pieces.append(r"\s*[\-–—]?\s*" if dashed else r"[\s\-]*")
        pieces.append(r"[\s\-]*".join(re.escape(word) for word in re.split(r"-+", token) if word))
        dashed = False
    body = "".join(pieces)
    body = body.replace("'", r"'\s*")
    before = "" if len(folded) >= _GLUE_BEFORE_MIN else r"(?<![a-z0-9])"
    after = "" if len(folded) >= _GLUE_AFTER_MIN else r"(?![a-z0-9])"
    return before + body + after


def _build_matcher(aliases: list[str]) -> re.Pattern[str] | None:
    """One pattern for all aliases, longest first. Thousands of alternatives are tried at every
    position of the text, so they are grouped by the first letters of their first word behind
    a lookahead: a group whose letters are not there is skipped at once (several times faster
    than the flat alternation, same matches)."""
    unique = sorted({alias for alias in aliases if alias.strip()}, key=lambda a: -len(a))
    if not unique:
        return None
    groups: dict[str, list[str]] = {}
    for alias in unique:
        first = re.split(r"[\s\-]+", fold(alias).strip())[0]
        prefix = re.split(r"['’]", first)[0][:3] or first[:1]
        groups.setdefault(prefix, []).append(f"(?:{_alias_pattern(alias)})")
    return re.compile(
        "|".join(f"(?={re.escape(prefix)})(?:{'|'.join(members)})" for prefix, members in groups.items())
    )


# Machine translation and paraphrase reword award names in a few regular ways; each variant of
# an alias names the same award. Generated here rather than listed in awards.csv, which keeps
# only real alternative names.
_GRAND_JURY_FORM = re.compile(
    r"\bgrand\s+special\b|\bgrand\s+(?:jury\s+(?:prize|award)|(?:prize|award)\s+of\s+(?:the\s+)?jury)\b"
)
_JURY_NOUN = re.compile(r"^(?P<head>.*?)\bjury\s+(?P<noun>prize|award)$")
_FOR_BEST = re.compile(r"^(?P<head>.+?)\s+for\s+(?:the\s+)?best\s+(?P<what>.+)$")
_BEST = re.compile(r"^best\s+(?P<what>.+)$")
# A category named without "best": two or more words ending in a performer, a screenplay or a
# kind of feature ("supporting actress", "adapted screenplay", "foreign language film").
_BARE_CATEGORY = re.compile(
    r"^(?:supporting|leading|lead|original|adapted|animated|documentary|international|foreign)"
    r"(?:[\s\-]+[a-z]+){0,2}?[\s\-]+(?:actor|actress|screenplay|feature|(?<=language )film|(?<=feature )film)$"
)
_PERFORMANCE_SYNONYMS = ("performance", "interpretation", "role")
# "prix de la mise en scène": machine translation's "prize of the staging".
# (Russian "за лучшую режиссуру": "for the best directing".)
# (Danish "instruktion": "best instruction".)
# (French "réalisation", Italian "regia" left untranslated: "the Bear of silver for the best regia".)
_DIRECTION_SYNONYMS = (
    "director",
    "direction",
    "directing",
    "staging",
    "mise en scene",
    "instruction",
    "realisation",
    "realization",
    "regia",
)
# "prix du scénario": machine translation's "prize of the scenario".
_SCREENPLAY_SYNONYMS = ("screenplay", "scenario")
# Literal translations of "interprétation masculine/féminine", "interpretazione maschile".
# Scandinavian "bedste mandlige/kvindelige hovedrolle": "best male/female lead role".
_ACTOR_SYNONYMS = (
    "actor",
    "masculine interpretation",
    "male interpretation",
    "male performance",
    "male lead role",
    "male leading role",
    "masculine role",
    # Word for word, the adjective after the noun: "the prize of interpretation masculine".
    "interpretation masculine",
    "interpretation male",
    # Polish "za najlepszą rolę męską": "the best male role".
    "male role",
    # Persian "behtarin bazigar-e mard" ("the prize of best male actor"), Danish "bedste mandlige
    # hovedrolle" ("best male main role"), Japanese "shuen danyū-shō" ("the leading actor prize").
    "male actor",
    "male main role",
    "leading actor",
    "lead actor",
    # German "Hauptdarsteller": "the best main actor".
    "main actor",
)
_ACTRESS_SYNONYMS = (
    "actress",
    "feminine interpretation",
    "female interpretation",
    "female performance",
    "female lead role",
    "female leading role",
    "feminine role",
    "interpretation feminine",
    "interpretation female",
    "female role",
    "female actor",
    "female main role",
    "leading actress",
    "lead actress",
    "main actress",
)
# The source language's own category names, which machine translation and bilingual palmarès
# keep ("Mejor director: Paul Thomas Anderson", "el Oso de Plata al mejor director"): a "best X"
# alias of any award is also written this way. Folded, one language per entry.
_FOREIGN_BEST: tuple[tuple[str, str, dict[str, tuple[str, ...]]], ...] = (
    # "best", the link after a trophy's name, the categories -- Spanish, Portuguese, Italian, French.
    (
        "mejor",
        "al mejor",
        {
            "director": ("director", "direccion"),
            "actor": ("actor",),
            "actress": ("actriz",),
            "screenplay": ("guion",),
        },
    ),
    (
        "melhor",
        "de melhor",
        {
            "director": ("diretor", "direcao", "realizador"),
            "actor": ("ator",),
            "actress": ("atriz",),
            "screenplay": ("roteiro", "argumento"),
        },
    ),
    ("miglior", "per il miglior", {"director": ("regia", "regista"), "actor": ("attore",)}),
    ("miglior", "per la miglior", {"screenplay": ("sceneggiatura",)}),
    ("migliore", "per la migliore", {"actress": ("attrice",), "screenplay": ("sceneggiatura",)}),
    (
        "meilleur",
        "du meilleur",
        {"director": ("realisateur",), "actor": ("acteur",), "screenplay": ("scenario",)},
    ),
    ("meilleure", "de la meilleure", {"actress": ("actrice",)}),
    # German, and machine translation's half-translated "best Hauptdarsteller".
    (
        "bester",
        "fur den besten",
        {"actor": ("hauptdarsteller",), "director": ("regisseur",)},
    ),
    ("beste", "fur die beste", {"actress": ("hauptdarstellerin",), "director": ("regie",)}),
    ("best", "for the best", {"actor": ("hauptdarsteller",), "actress": ("hauptdarstellerin",)}),
)


def _foreign_forms(what: str, head: str | None = None) -> set[str]:
    """ "director" -> "mejor director", "melhor diretor", "miglior regia", "meilleur realisateur";
    after a trophy's English name ``head`` ("silver bear"), with the link: "silver bear al mejor
    director"."""
    return {
        f"{head} {link} {word}" if head else f"{best} {word}"
        for best, link, words in _FOREIGN_BEST
        for word in words.get(what, ())
    }


# "Golden Lion" <-> "Lion of Gold", "Silver Bear" <-> "Bear of Silver": Romance languages put
# the metal after the trophy ("Leone d'oro", "Oso de Plata"), and machine translation keeps it.
_METAL_TROPHY = re.compile(r"^(?P<metal>golden|gold|silver|bronze)\s+(?P<trophy>[a-z]+)(?P<rest>.*)$")
_FOREIGN_JURY = re.compile(r"\s+(?:du|de la|del|della|der)\s+(?:jury|giuria|jurado)$")
_NAMED_CUP = re.compile(r"^(?P<name>[a-z]+)\s+cup(?P<rest>\b.*)$")
_METAL_NOUN = {"golden": "gold", "gold": "gold", "silver": "silver", "bronze": "bronze"}


# Machine translation's literal words for a category, rewritten in place (same length) before
# matching rather than generated as variants of every alias (which would slow every match):
# "the Oscar of better actress" ("melhor"/"mejor"/"meilleur" read as "better"), "coadjuvant
# actress" (Portuguese "atriz coadjuvante").
# "Better" only before a category word ("took the better original screenplay", "won as better
# actor"), and not in a comparison ("a better film than").
_LITERAL_TRANSLATION = re.compile(
    r"(?<=\bof )better\b|(?<=\bof the )better\b|\bcoadjuvant\b|"
    r"\bbetter(?=\s+(?:foreign|original|adapted|supporting|protagonist|leading)\b|"
    r"\s+(?:film|picture|director|direction|actor|actress|script|screenplay|documentary|animated|animation)\b"
    r"(?!\s+than\b))|"
    # French "prix" and German "Preis" read as "price": "The price of the staging was awarded to".
    r"\bprice(?=\s+(?:of|for|to)\s+(?:the\s+)?(?:best|staging|scenario|jury|direction|female|male|"
    r"interpretation|screenplay|script)\b)|(?<=\bjury )price\b|(?<=\bspecial )price\b"
)
_LITERAL_MEANING = {"better": "best  ", "coadjuvant": "supporting", "price": "prize"}


def _literal_translations(folded_text: str) -> str:
    if not any(word in folded_text for word in _LITERAL_MEANING):
        return folded_text
    return _LITERAL_TRANSLATION.sub(lambda m: _LITERAL_MEANING[m.group()], folded_text)


# Machine translation from Spanish, Portuguese and Italian renders a category word for word:
# "guion" is a "script", "de reparto" (supporting) is "of distribution" or "of cast", "de
# animación" is "of animation", "largometraje documental" a "long documentary", "de habla no
# inglesa" a film "of not English language"; and the adjective follows its noun ("script
# original").
_LITERAL_CATEGORY_FORMS = {
    # Portuguese "ator coadjuvante", Spanish "actriz protagonista": the adjective after the noun.
    "supporting actor": (
        "actor supporting",
        "actor of distribution",
        "actor of cast",
        "secondary actor",
        "actor in a secondary role",
        # Czech "za mužský herecký výkon ve vedlejší roli": "for male supporting role".
        "male supporting role",
        "supporting male role",
        "male secondary role",
        # Italian "attore non protagonista".
        "actor not protagonist",
        "actor non protagonist",
        "non-protagonist actor",
        # French "meilleur second rôle masculin".
        "second role masculine",
        "masculine second role",
        "male second role",
    ),
    "supporting actress": (
        "actress supporting",
        "actress of distribution",
        "actress of cast",
        "secondary actress",
        "actress in a secondary role",
        "female supporting role",
        "supporting female role",
        "female secondary role",
        "actress not protagonist",
        "actress non protagonist",
        "non-protagonist actress",
        "second role feminine",
        "feminine second role",
        "female second role",
    ),
    # Italian "sceneggiatura non originale".
    "adapted screenplay": ("screenplay not original", "script not original", "non-original screenplay"),
    # Vietnamese "nam diễn viên", Thai "นักแสดงชาย": the performer's sex after the noun.
    "actor": ("protagonist actor", "actor protagonist", "actor male", "male actor"),
    "actress": ("protagonist actress", "actress protagonist", "actress female", "female actress"),
    # French "meilleure interprétation dans un second rôle": "the best interpretation in a
    # secondary role" (Berlin's gender-neutral acting bears).
    "leading performance": (
        "interpretation in a main role",
        "interpretation in a leading role",
        "performance in a leading role",
        "performance in a main role",
    ),
    "supporting performance": (
        "interpretation in a secondary role",
        "interpretation in a supporting role",
        "performance in a supporting role",
        "performance in a secondary role",
    ),
    "animated feature": ("film of animation", "feature of animation", "animation film", "animated film"),
    "documentary feature": ("long documentary", "documentary of long footage", "feature-length documentary"),
    "foreign language film": (
        "film of not english language",
        "film of non-english language",
        "film in a foreign language",
        "film in foreign language",
        "non-english language film",
        # Spanish "de habla no inglesa".
        "film of non-english speech",
        "film of not english speech",
        "foreign film",
    ),
}
_POSTPOSED_ADJECTIVE = re.compile(r"^(?P<adjective>original|adapted)\s+(?P<noun>screenplay|script|scenario)$")


def _literal_forms(what: str) -> set[str]:
    """Machine translation's word-for-word forms of a category, read only after "best" (each
    template would multiply the matcher): "original screenplay" -> "original script", "script
    original"; "supporting actor" -> "actor of distribution"."""
    found = {what}
    if re.search(r"\bscreenplay$", what):
        found.add(re.sub(r"\bscreenplay$", "script", what))
        # ("of the best scenario adapted": French "scénario adapté".)
        found.add(re.sub(r"\bscreenplay$", "scenario", what))
    for form in list(found):
        postposed = _POSTPOSED_ADJECTIVE.match(form)
        if postposed:
            found.add(f"{postposed.group('noun')} {postposed.group('adjective')}")
    found |= set(_LITERAL_CATEGORY_FORMS.get(what, ()))
    return found - {what}


def _synonyms(what: str) -> set[str]:
    """ "leading performance" -> also "leading interpretation", "leading role"; "actress" ->
    "feminine interpretation"."""
    found = {what}
    for group in (_PERFORMANCE_SYNONYMS, _DIRECTION_SYNONYMS, _SCREENPLAY_SYNONYMS):
        for word in group:
            if re.search(rf"\b{word}$", what):
                found |= {re.sub(rf"\b{word}$", other, what) for other in group}
    for performer in (_ACTOR_SYNONYMS, _ACTRESS_SYNONYMS):
        if what == performer[0]:
            found |= set(performer)
    return found


# A silver trophy's names in the festival's and translations' languages, folded.
_NATIVE_TROPHIES = {
    ("silver", "bear"): ("orso d'argento", "oso de plata", "ours d'argent", "urso de prata", "silberner bar"),
    ("silver", "lion"): (
        "leone d'argento",
        "leon de plata",
        "lion d'argent",
        "leao de prata",
        "silberner lowe",
    ),
}


def _trophy_orders(base: str) -> set[str]:
    """ "golden lion" -> also "lion of gold", "gold lion"; "silver bear for best director" -> "bear of
    silver for best director"."""
    found = {base}
    swapped = _METAL_TROPHY.match(base)
    if swapped:
        metal = _METAL_NOUN[swapped.group("metal")]
        # "The Orso d'argento Grand prize of the jury": the source language's trophy name kept
        # before the translated category.
        found |= {
            f"{native}{swapped.group('rest')}"
            for native in _NATIVE_TROPHIES.get((swapped.group("metal"), swapped.group("trophy")), ())
        }
        found.add(f"{swapped.group('trophy')} of {metal}{swapped.group('rest')}")
        # "the gold bear prize": Japanese and Chinese machine translation's noun for the metal.
        found.add(f"{metal} {swapped.group('trophy')}{swapped.group('rest')}")
        # "the Palm Gold", "the Bear Silver": Vietnamese and Thai put the metal after the noun
        # without a link.
        found.add(f"{swapped.group('trophy')} {metal}{swapped.group('rest')}")
    cup = _NAMED_CUP.match(base)
    if cup:
        # "Coppa Volpi" -> "the Cup Volpi": the trophy noun first, as in the source language,
        # or the source language's own noun ("the Coupe Volpi of the female interpretation").
        found |= {
            f"{noun} {cup.group('name')}{cup.group('rest')}" for noun in ("cup", "coppa", "coupe", "copa")
        }
    # "Grand prix du jury" -> "the Grand Prix of the jury": machine translation's link.
    found |= {_FOREIGN_JURY.sub(" of the jury", form) for form in found if _FOREIGN_JURY.search(form)}
    return found


def alias_variants(alias: str) -> set[str]:
    """Regular rewordings of an award alias, folded: "Jury Prize" -> "prize of the jury";
    "Volpi Cup for Best Actress" -> "volpi cup of the best actress"; "Best Screenplay" ->
    "award to the best screenplay", "screenplay award"; "performance" <-> "interpretation"."""
    variants: set[str] = set()
    for base in _trophy_orders(re.sub(r"\s+", " ", fold(alias).strip())):
        variants |= _base_variants(base)
    # "Best Motion Picture – Drama" is also written "best motion picture, drama".
    variants |= {re.sub(r"\s+[–—-]\s+", ", ", v) for v in variants if re.search(r"\s[–—-]\s", v)}
    # "The Great special prize of the jury", "the Great Prize of the Jury" (Dutch "Grote Prijs"):
    # machine translation's "gran(de)" as "great", in the jury's grand prize only.
    variants |= {re.sub(r"\bgrand\b", "great", v) for v in variants if _GRAND_JURY_FORM.search(v)}
    return variants


def _base_variants(base: str) -> set[str]:
    variants = {base}
    jury = _JURY_NOUN.match(base)
    if jury:
        head = jury.group("head").strip()
        variants.add(f"{head} {jury.group('noun')} of the jury".strip())
        variants.add(f"{head} {jury.group('noun')} of jury".strip())
        if head.split()[:1] == ["grand"]:
            # "Gran Premio della Giuria", "Большой приз жюри": machine translation's "big prize"
            # ("Gran Premio Speciale della Giuria": "big special prize of jury").
            big = f"big{head[len('grand') :]} {jury.group('noun')}"
            variants |= {
                f"{big} of the jury",
                f"{big} of jury",
                f"big{head[len('grand') :]} jury {jury.group('noun')}",
            }
        if head == "special":
            # "premio speciale della giuria": "the prize special of the jury", word for word.
            variants.add(f"{jury.group('noun')} special of the jury")
        # "the jury's grand prize", "the jury's prize": a possessive jury (machine translation).
        variants.add(f"jury's {head} {jury.group('noun')}".replace("  ", " "))
    for_best = _FOR_BEST.match(base)
    if for_best:
        for what in _synonyms(for_best.group("what")):
            for link in ("for the best", "for best", "of the best", "to the best", "to best", "of best"):
                variants.add(f"{for_best.group('head')} {link} {what}")
            for form in _literal_forms(what):
                # "the Oscar to the best actor of distribution": machine translation's links only.
                variants |= {
                    f"{for_best.group('head')} {link} {form}" for link in ("to the best", "of the best")
                }
            if re.search(r"\binterpretation\b|^(?:screenplay|script)$", what):
                # "the Coppa Volpi for the feminine interpretation", "the Golden Osella for the
                # screenplay", "The Cup Volpi of the interpretation feminine": machine translation
                # drops "best" after the trophy's name too.
                variants |= {f"{for_best.group('head')} {link} {what}" for link in ("for the", "of the")}
            if what not in {"film", "picture"}:
                # "film prize" names no award: the bare form only for a real category.
                variants |= {f"{what} prize", f"{what} award"}
            variants |= _foreign_forms(what, for_best.group("head"))
            if for_best.group("what") == "director":
                # "Silver Bear directing award": the category's gerund.
                variants |= {"directing prize", "directing award"}
    best = _BEST.match(base)
    if best and len(best.group("what").split()) <= 3:
        for what in _synonyms(best.group("what")):
            for noun in ("award", "prize"):
                variants |= {
                    f"{noun} to the best {what}",
                    f"{noun} for best {what}",
                    f"{noun} for the best {what}",
                    f"{noun} of the best {what}",
                    f"best {what} {noun}",
                    f"{what} {noun}",
                    f"{noun} for {what}",
                }
            variants |= {f"best {what}", f"{what} category"} | _foreign_forms(what)
            variants |= {f"best {form}" for form in _literal_forms(what)}
            # "Award director best", "the award Actress female best": Vietnamese and Thai put
            # "best" last (only after a prize noun: "the actor best known for" is no award).
            variants |= {
                f"{noun} {form} best" for noun in ("award", "prize") for form in _literal_forms(what) | {what}
            }
            if " " in what or what in {"direction", "staging", "screenplay", "scenario"}:
                # "the prize of masculine interpretation", "the prize of the staging": machine
                # translation drops "best" before a gendered or directing category.
                variants |= {f"{noun} of {what}" for noun in ("award", "prize")}
                variants |= {f"{noun} of the {what}" for noun in ("award", "prize")}
            if re.search(r"\b(?:interpretation|role)\b|^(?:screenplay|script)$", what):
                # "Prize for the screenplay – "Mephisto"": a palmarès line's category.
                variants |= {f"{noun} for the {what}" for noun in ("award", "prize")}
            if _BARE_CATEGORY.match(what):
                # "won supporting actor", "Frozen takes animated feature": news prose drops
                # "best" before a category of two or more words, never before one ("director");
                # so does machine translation ("won the one of adapted script").
                variants.add(what)
                variants |= {
                    form
                    for form in _literal_forms(what)
                    if re.fullmatch(r"(?:original|adapted) script", form)
                }
    return variants


@dataclass(frozen=True)
class Gazetteer:
    festivals: tuple[FestivalName, ...]

    @classmethod
    def from_csv(cls, festivals_csv: Path, awards_csv: Path) -> Gazetteer:
        awards_by_festival: dict[str, list[AwardName]] = {}
        with awards_csv.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                festival_key = (row.get("festival") or "").strip()
                name = (row.get("name") or "").strip()
                if not festival_key or not name:
                    continue
                awards_by_festival.setdefault(festival_key, []).append(
                    AwardName(
                        key=(row.get("key") or "").strip(),
                        name=name,
                        aliases=_split_aliases(row.get("aliases")),
                        is_top=(row.get("is_top") or "").strip().lower() in {"1", "true", "yes"},
                    )
                )
        festivals: list[FestivalName] = []
        with festivals_csv.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                key = (row.get("key") or "").strip()
                name = (row.get("name") or "").strip()
                if not key or not name:
                    continue
                festivals.append(
                    FestivalName(
                        key=key,
                        name=name,
                        short_name=(row.get("short_name") or "").strip() or name,
                        aliases=_split_aliases(row.get("aliases")),
                        awards=tuple(awards_by_festival.get(key, ())),
                    )
                )
        return cls(festivals=tuple(festivals))

    # The lookup indexes are built on first use and kept on the instance (cached_property writes
    # to the instance's __dict__, which a frozen dataclass allows): no global cache keyed by the
    # gazetteer, which hashed every festival and alias on each lookup (a sixth of extraction
    # time) and kept every gazetteer a catalogue reload replaced.

    @functools.cached_property
    def _festival_lookup(self) -> tuple[re.Pattern[str] | None, dict[str, FestivalName]]:
        return _festival_index(self)

    @functools.cached_property
    def _award_lookup(
        self,
    ) -> tuple[re.Pattern[str] | None, dict[str, tuple[tuple[FestivalName, AwardName], ...]]]:
        return _award_index(self)

    def find_festivals(self, folded_text: str) -> list[FestivalMention]:
        """Festival mentions in text already passed through :func:`fold`."""
        matcher, by_key = self._festival_lookup
        if matcher is None:
            return []
        mentions = []
        for match in matcher.finditer(folded_text):
            festival = by_key.get(alias_key(match.group()))
            if festival is not None and not _glued_to_a_word(folded_text, match.start(), match.end()):
                mentions.append(FestivalMention(match.start(), match.end(), festival))
        return mentions

    def find_awards(self, folded_text: str) -> list[AwardMention]:
        """Award mentions in text already passed through :func:`fold`."""
        matcher, by_key = self._award_lookup
        if matcher is None:
            return []
        mentions = []
        text = _literal_translations(folded_text)
        for match in matcher.finditer(text):
            match = _longest_inner_match(matcher, text, match)
            candidates = by_key.get(alias_key(match.group()))
            if candidates and not _glued_to_a_word(text, match.start(), match.end()):
                mentions.append(AwardMention(match.start(), match.end(), candidates))
        return mentions

    def is_known_name(self, text: str) -> bool:
        """True when ``text`` is itself a festival or award name (never a person or a film)."""
        key = alias_key(text)
        return key in self._festival_lookup[1] or key in self._award_lookup[1]

    @functools.cached_property
    def _trophy_keys(self) -> frozenset[str]:
        # "Silver Bear for Best Director" -> "silver bear", "gold bear": the metal and beast that
        # head an award's names, in both forms of the metal.
        keys = set()
        for festival in self.festivals:
            for award in festival.awards:
                for name in (award.name, *award.aliases):
                    trophy = _METAL_TROPHY.match(fold(name).strip())
                    if trophy:
                        for metal in {trophy.group("metal"), _METAL_NOUN[trophy.group("metal")]}:
                            keys.add(alias_key(f"{metal} {trophy.group('trophy')}"))
        return frozenset(keys)

    def is_trophy_name(self, text: str) -> bool:
        """True when ``text`` is a trophy that heads award names ("Silver Bear", "Golden Lion"),
        which copy may quote like a title ('the Grand prize of the jury „Silver Bear“')."""
        return alias_key(text) in self._trophy_keys


def _longest_inner_match(matcher: re.Pattern[str], text: str, match: re.Match[str]) -> re.Match[str]:
    """ "the Oscar to the best film of non-English speech": the leftmost alias ("Oscar to the best
    film") hides a longer one that starts inside it and ends further on ("best film of
    non-english speech"); the alias that reaches furthest is the award named."""
    best = match
    for word in re.finditer(r"(?<=\s)\S", match.group()):
        inner = matcher.match(text, match.start() + word.start())
        if (
            inner is not None
            and inner.end() > best.end()
            and not text[inner.end() : inner.end() + 1].isalnum()
        ):
            best = inner  # (Never one that ends inside a word: "prize for drama|tic".)
    return best


def _split_aliases(raw: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (raw or "").split("|") if part.strip())


def _festival_index(gazetteer: Gazetteer) -> tuple[re.Pattern[str] | None, dict[str, FestivalName]]:
    by_key: dict[str, FestivalName] = {}
    for festival in gazetteer.festivals:
        for alias in (festival.name, festival.short_name, *festival.aliases):
            by_key.setdefault(alias_key(alias), festival)
    aliases = [a for f in gazetteer.festivals for a in (f.name, f.short_name, *f.aliases)]
    return _build_matcher(aliases), by_key


def _award_index(
    gazetteer: Gazetteer,
) -> tuple[re.Pattern[str] | None, dict[str, tuple[tuple[FestivalName, AwardName], ...]]]:
    grouped: dict[str, list[tuple[FestivalName, AwardName]]] = {}
    aliases: list[str] = []
    for festival in gazetteer.festivals:
        for award in festival.awards:
            for alias in {v for a in (award.name, *award.aliases) for v in alias_variants(a)}:
                aliases.append(alias)
                entries = grouped.setdefault(alias_key(alias), [])
                if (festival, award) not in entries:
                    entries.append((festival, award))
    return _build_matcher(aliases), {key: tuple(value) for key, value in grouped.items()}


def default_data_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "data"


def load_default_gazetteer(data_dir: Path | None = None) -> Gazetteer:
    """The project's gazetteer from data/festivals.csv and data/awards.csv.

    Missing files give an empty gazetteer (quotes are still found, winners are not) and a
    warning, rather than a crash of the news pipeline.
    """
    directory = data_dir or default_data_dir()
    festivals_csv, awards_csv = directory / "festivals.csv", directory / "awards.csv"
    if festivals_csv.is_file() and awards_csv.is_file():
        return Gazetteer.from_csv(festivals_csv, awards_csv)
    logger.warning("gazetteer CSVs not found in %s; no award names to match", directory)
    return Gazetteer(festivals=())
