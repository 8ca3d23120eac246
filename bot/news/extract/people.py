"""People named in an article: the name registry, subject detection, and resolution of surnames,
pronouns and gendered references to a full name.
"""

from __future__ import annotations

import bisect
import collections
import re

from bot.news.extract.given_names import given_name_gender
from bot.news.extract.patterns import (
    _CAP_WORD,
    _COUNTRY_WORDS,
    _DEMONYM_WORDS,
    _DEMONYMS,
    _FEMALE_WORDS,
    _FOREIGN_HONORIFICS,
    _GENRE_NOUNS,
    _MALE_WORDS,
    _NAME_PARTICLES,
    _NAME_RE,
    _NAMED_ROLE_WORDS,
    _NON_NAME_WORDS,
    _ORG_WORDS,
    _ROLE_PREFIX_WORDS,
    _ROLE_WORDS,
    _SPANISH_DE_ARTICLE,
    _SPEECH_VERBS,
    _TIME_ADVERB,
    _UP,
    _is_country,
    _words,
)
from bot.news.gazetteer import Gazetteer, fold

# ---------------------------------------------------------------------------------------------
# People: names in the article and resolution of surnames and pronouns
# ---------------------------------------------------------------------------------------------


_MONTH_WORDS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)
# Job titles written as part of a capitalised run before a name: "Culture Minister Dario
# Franceschini", "Festival Director Thierry Frémaux". The title and everything before it (the
# ministry, the company) are no part of the person's name.
_JOB_TITLE_WORDS = frozenset(
    {
        "minister",
        "secretary",
        "mayor",
        "governor",
        "senator",
        "chancellor",
        "ambassador",
        "commissioner",
        "president",
        "vice-president",
        "chairman",
        "chairwoman",
        "director",
        "producer",
        "co-producer",
        "co-director",
        "co-writer",
        "screenwriter",
        "writer",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "delegate",
        "programmer",
        "curator",
        "ceo",
    }
)
# Works and ensembles named in title case: "Mahler's Fifth Symphony", "the Dresden Philharmonic" are nobody.
_WORK_WORDS = _words(
    "symphony concerto sonata quartet requiem overture oratorio philharmonic orchestra ensemble choir"
)
# Nouns that end (or, "Sala Grande", open) the name of a venue: a place is never a speaker.
_VENUE_WORDS = frozenset(
    {
        "pavilion",
        "palace",
        "palais",
        "palast",
        "palazzo",
        "auditorium",
        "hotel",
        "centre",
        "center",
        "sala",
        "theatre",
        "stadium",
        "arena",
    }
)
# "the after-party on Main Street": a street ends a place's name, unless a given name opens it
# ("Jane Street" is a person).
_STREET_WORDS = frozenset({"street", "avenue", "boulevard", "plaza"})
_HALL_KINDS = frozenset({"city", "town", "music", "concert", "albert", "carnegie", "county", "village"})
# Words that open a place's name as well as a nationality ("New Zealander", "South Korean"):
# before a word that is no nationality they open a place ("New York", "South Africa").
_PLACE_OPENERS = frozenset({"new", "south", "north"})
# "German-Turkish Fatih Akin", "Berlin-based Ilker Çatak", "London-born Steve McQueen": a
# compound nationality or an origin written before a name describes the person.
# "Nine-year-old Sofía Otero", "Oscar-winning Nina Hoss": an age or a distinction before a name.
_DESCRIPTOR_SUFFIX = re.compile(r"-(?:based|born|raised|bred|year-old|winning|nominated)$", re.IGNORECASE)


# A role glued to the noun it heads, as Dutch and German write them: "Festivaldirecteur".
_GLUED_ROLE = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ]{3,}(?:direct(?:eur|or|ør|ör)|direktor|regisseur|präsident|president|voorzitter|minister)",
)


def _is_descriptor(word: str) -> bool:
    parts = word.lower().split("-")
    if len(parts) >= 2 and all(part in _DEMONYM_WORDS for part in parts):
        return True
    return _DESCRIPTOR_SUFFIX.search(word) is not None


# A lower-case noun for a person written right before a one-word name: "the singer Björk".
_MONONYM_INTRODUCTION = re.compile(
    r"(?<![\w\-])(?:director|filmmaker|actor|actress|singer|musician|rapper|artist|star|comedian|"
    r"composer|model|writer|screenwriter|producer|cinematographer|helmer|auteur|performer|poet|"
    r"novelist)[^\S\n]+$"
)
_PARTICLE_WORDS = frozenset(_NAME_PARTICLES.strip("(?:)").split("|"))
# A capitalised run opened by a foreign definite article names a thing: a company ("El Deseo"),
# a newspaper ("La Repubblica", "Der Spiegel"), a title or a role ("La Présidente du Jury"),
# never a person. ("Le" and "Das" are also surnames: Lê, Das.)
_PORTFOLIO_WORDS = _words("heritage culture cultural affairs interior defence defense education tourism")
_FOREIGN_ARTICLES = frozenset(
    {
        "El",
        "La",
        "Los",
        "Las",
        "Le",
        "Les",
        "Il",
        "Lo",
        "Gli",
        "Der",
        "Die",
        "Un",
        "Une",
        "Una",
        "Uno",
        "Ein",
        "Eine",
    }
)
_INITIALLED_NAME = re.compile(
    rf"(?<![\w'’.])(?P<first>{_CAP_WORD})(?:[^\S\n]+{_UP}\.){{1,2}}[^\S\n]+(?P<last>{_CAP_WORD})(?=['’]s\b|(?![\w'’]))"
)
# "Steve McQueen's " right before a capitalised run (two words at least: "Pixar's" is a company).
_PERSON_POSSESSIVE = re.compile(
    rf"(?<![\w'’])(?P<owner>{_CAP_WORD}(?:[^\S\n]+{_CAP_WORD}){{1,2}})['’]s[^\S\n]+$"
)
# "J.K. Simmons", "J. K. Rowling", "MM Keeravani", "SS Rajamouli": initials before a surname,
# with full stops or (as Indian names often are) without. Not a single dotted initial ("Plan B.
# Baker said" ends a sentence) nor an acronym before a capitalised run ("US Academy Awards").
_LEADING_INITIALS_NAME = re.compile(
    # ("A R Rahman": two bare initials with a space between, as Indian papers write them.)
    rf"(?<![\w'’.])(?:(?P<dotted>(?:{_UP}\.[^\S\n]?){{1,2}}{_UP}\.)|(?P<bare>{_UP}{{2}}|{_UP}[^\S\n]{_UP}(?![\w'’])))"
    rf"[^\S\n]+(?P<last>{_CAP_WORD})(?![\w'’])(?![^\S\n]+{_UP})"
)
# A word right before a speech verb ("Costa-Gavras told"): a one-word name the article shows speaking.
_WORD_THEN_SPEECH_VERB = re.compile(rf"(?<![\w'’\-])([^\W\d_][\w\-]*)\s+(?:{_SPEECH_VERBS})\b")
# '"...," said Madonna.': the verb first, the one word closing the sentence or clause.
_SPEECH_VERB_THEN_WORD = re.compile(rf"\b(?:{_SPEECH_VERBS})[^\S\n]+({_UP}[\w\-]*)(?=[^\S\n]*[.,;:!?])")
# "M. Night Shyamalan", "F. Scott Fitzgerald": an initial before the first name.
_INITIAL_THEN_FIRST_NAME = re.compile(
    rf"(?<![\w'’.\-])(?P<initial>{_UP}\.)[^\S\n]+(?P<first>{_CAP_WORD})[^\S\n]+(?P<last>{_CAP_WORD})(?![\w'’])"
)
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "in", "on", "at", "then", "but", "and", "he", "she", "it", "they", "we", "this"}
)
# Two capitals that are an acronym, not initials.
_ACRONYMS = frozenset(
    {"US", "UK", "TV", "LA", "NY", "EU", "UN", "DC", "HD", "AI", "OK", "PR", "VR", "GP", "BC", "AD"}
)
# Kinship nouns before an apposition's comma ("Her husband, Ed Sinclair,"); a role noun there
# ("The jury chairman, Indian Mira Nair") says nothing of the gender.
_FEMALE_KIN = r"wife|daughter|sister|mother|niece|aunt|grandmother"
_MALE_KIN = r"husband|son|brother|father|nephew|uncle|grandfather"
# The last word of a company's name ("Music Box Films", "Roadside Attractions Releasing").
_COMPANY_TAILS = frozenset(
    {"films", "pictures", "studios", "entertainment", "media", "productions", "releasing", "distribution"}
)
# Spanish "de los"/"de las", which one name may hold besides its four words.
_SPANISH_PARTICLE = re.compile(rf"(?i)\b{_SPANISH_DE_ARTICLE}\b")
# "Oscar Martínez", "Oscar Isaac": the award's name as a given name, before a surname alone.
_GIVEN_NAME_OSCAR = re.compile(
    r"Oscar\s+(?!(?:Winner|Nominee|Nominations?|Best|Night|Sunday|Academy|Awards?|Ceremony|Gala|Party|Race|Season|"
    r"Voters|Statuette|Day|Week|Glory|History)\b)[A-ZÀ-Þ][\w'’\-]+"
)
# "a film about Bruce Lee", "a biopic of Freddie Mercury": the subject of a work.
_TOPIC_BEFORE = re.compile(
    r"\b(?:film|movie|biopic|documentary|drama|book|portrait|story|project)\s+(?:about|on|of)\s+$",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = re.compile(
    # "his daughter, the actress Carolina Rosi": the relative's own role may follow the noun.
    # "the son of the poet and critic Attilio Bertolucci": the relative of the one written of.
    r"\b(?:brother|sister|wife|husband|son|daughter|father|mother|sibling|cousin|grandfather|grandmother|grandson|granddaughter|uncle|aunt|nephew|niece)\s*(?:,|\s+of)?\s+"
    rf"(?:(?:the|an?)\s+(?:{_ROLE_WORDS}|[a-z][\w\-]*)(?:\s+and\s+[a-z][\w\-]*)?\s+)?$",
    re.IGNORECASE,
)


class _People:
    """Person names of the article, in order, to resolve "Baker" and "she" to "Sean Baker"."""

    def __init__(
        self, body: str, gazetteer: Gazetteer, non_people: set[str], *, mononyms: bool = False
    ) -> None:
        self._gazetteer = gazetteer
        self._non_people = non_people
        self._mononyms: set[str] = set()
        self._body = body
        # (offset, full name, is the subject of its sentence)
        self.mentions: list[tuple[int, str, bool]] = []
        full_names: list[str] = []
        singles: list[tuple[int, str, bool]] = []
        initialled = self._initialled_names(body)
        for match in _names_past_job_titles(body):
            if any(match.start() < end and start < match.end() for start, end, _ in initialled):
                continue  # "Alan J" and "Pakula" of "Alan J. Pakula"
            start, raw = _after_a_thing(body, match.start(), match.group())
            start, raw = _after_a_connective(body, start, raw)
            name = self.clean(raw, body[match.end() : match.end() + 12])
            if (
                not name
                or _followed_by_year_or_number(body, match.end())
                or _in_quoted_title(body, start, match.end())
            ):
                continue
            if self._after_persons_possessive(body, start):
                continue  # "Ma Rainey's Black Bottom", "Wes Anderson's Asteroid City": a work
            if (
                (
                    _WORK_BEFORE.search(body, max(0, start - 40), start)
                    and not body.startswith(("'", "’"), match.end())  # "since Todd Field's film"
                )
                or (re.match(r"The\s", raw) and name == raw[4:].strip())
            ):
                # "a regular since Funny Games in 1997", "her debut, Red Road", "The Old Oak is
                # set in": a work, named where works are; no person.
                continue
            if re.match(r"The\s", raw) and re.match(
                rf"\s+(?:of|in|on|at)\s+(?:the\s+)?{_UP}", body[match.end() : match.end() + 30]
            ):
                continue  # "The Double Life of Veronique": a title, not a person
            if re.search(r"\s(?:Jr|Sr)$", name) and body.startswith(".", match.end()):
                name += "."  # "Robert Downey Jr.": the suffix's full stop is part of the name
            subject = _is_subject(body, start, match.end())
            if len(name.split()) >= 2:
                self.mentions.append((start, name, subject))
                full_names.append(name)
            else:
                singles.append((start, name, subject))
        for start, end, name in initialled:
            surname = " " + name.split()[-1]
            if any(full.endswith(surname) for full in full_names):
                continue  # "Sean Baker ... Plan B. Baker said": a sentence end, not an initial
            subject = _is_subject(body, start, end)
            self.mentions.append((start, name, subject))
            full_names.append(name)
        self.mentions.sort()
        # (One look at the text per name, however often it is mentioned.)
        base_forms = {name: _without_genitive_s(name, body) for name in full_names}
        self.mentions = [
            (offset, base_forms.get(name, name), subject) for offset, name, subject in self.mentions
        ]
        full_names = [base_forms[name] for name in full_names]
        # A lone surname ("Kapadia's film", "Bong also won") is a mention of the full name.
        for offset, single, subject in singles:
            full = self._full_name_for(single, offset)
            if full:
                self.mentions.append((offset, full, subject))
        # "the Icelandic singer Björk", "the Greek-French director Costa-Gavras": a person known
        # by one name (a mononym) is a full name of one word.
        self._mononyms = self._mononyms_in(body, singles) if mononyms else set()
        self.mentions += [
            (offset, single, subject) for offset, single, subject in singles if single in self._mononyms
        ]
        full_names += sorted(self._mononyms)
        # "De Niro" after "Robert De Niro": a short form of a longer name is that person.
        self.mentions = sorted(
            (offset, self._longest_with(name) or name if len(name.split()) <= 3 else name, subject)
            for offset, name, subject in self.mentions
        )
        self._full_names = set(full_names)
        # Paragraph starts bound pronoun antecedents to the same or the previous paragraph.
        self._paragraph_starts = [0] + [match.end() for match in re.finditer(r"\n\n", body)]
        self._body = body
        self._gender: dict[int, str] = {}
        for offset, full, _ in self.mentions:
            # (Not across a paragraph break: "... are named best actor and actress\n\nMichael Haneke".)
            lead = body[max(0, offset - 30) : offset].rpartition("\n")[2]
            # (Only an abbreviation's full stop: "best actor. Meryl Streep won" ends a sentence.)
            # ("Her husband, Ed Sinclair, was in the audience": an apposition's comma may come between.)
            if re.search(rf"\b(?:{_FEMALE_WORDS})(?:(?<=Ms|rs)\.)?\s+$|\b(?:{_FEMALE_KIN}),\s+$", lead):
                self._gender[offset] = "female"
            elif re.search(rf"\b(?:{_MALE_WORDS})(?:(?<=Mr)\.)?\s+$|\b(?:{_MALE_KIN}),\s+$", lead):
                self._gender[offset] = "male"
            else:
                # ("Accepting the award from Ron Howard, she ...": Howard is not "she".)
                by_name = given_name_gender(full)
                if by_name:
                    self._gender[offset] = by_name
        self._listed = self._offsets_in_lists(body)
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

    def _offsets_in_lists(self, body: str) -> set[int]:
        """The offsets of the mentions in a list of three or more names ("Glenn Close, Melanie
        Griffith, Meryl Streep and Sigourney Weaver")."""
        listed: set[int] = set()
        run: list[int] = []
        previous_end = -1
        for offset, _name, _ in self.mentions:
            joined = previous_end >= 0 and re.fullmatch(r"\s*(?:,|,?\s+and)\s+", body[previous_end:offset])
            if not joined:
                if len(run) >= 3:
                    listed.update(run)
                run = []
            run.append(offset)
            # (A mention's own end is its name run's: the text splits no further than that.)
            name_run = _NAME_RE.match(body, offset)
            previous_end = name_run.end() if name_run else offset
        if len(run) >= 3:
            listed.update(run)
        return listed

    def _mononyms_in(self, body: str, singles: list[tuple[int, str, bool]]) -> set[str]:
        """The one-word names the article introduces with a noun for a person right before them
        ("the Icelandic singer Björk", "director Costa-Gavras") and names again, when no longer
        name holds them ("director Kawase" is Naomi Kawase's surname)."""
        found: set[str] = set()
        # ... or shows speaking under it: '"...," Costa-Gavras told reporters', "Adele said".
        speakers = {match.group(1) for match in _WORD_THEN_SPEECH_VERB.finditer(body)}
        speakers |= {match.group(1) for match in _SPEECH_VERB_THEN_WORD.finditer(body)}
        for offset, single, _ in singles:
            if single in found:
                continue
            speaks = single in speakers and single.lower() not in _NON_NAME_WORDS
            if not (speaks or _MONONYM_INTRODUCTION.search(body, max(0, offset - 40), offset)):
                continue
            if any(single in full.split() for _, full, _ in self.mentions):
                continue
            if len(re.findall(rf"(?<![\w'’\-]){re.escape(single)}(?![\w\-])", body)) < 2:
                continue
            if re.search(rf"{_UP}[\w'’\-]+[^\S\n]+{re.escape(single)}(?![\w\-])", body):
                continue  # "newcomer America Ferrera ... joked Ferrera": a surname, not one name
            found.add(single)
        return found

    def _after_persons_possessive(self, body: str, start: int) -> bool:
        """A capitalised run right after a person's possessive names their work ("Steve McQueen's
        Widows", "Ma Rainey's Black Bottom"), not somebody else; after a company's or a country's
        it may be a person ("Netflix's Ted Sarandos", "Denmark's Mads Mikkelsen")."""
        possessor = _PERSON_POSSESSIVE.search(body, max(0, start - 60), start)
        if possessor is None:
            return False
        name = self.clean(possessor.group("owner"))
        return name is not None and len(name.split()) >= 2

    def _initialled_names(self, body: str) -> list[tuple[int, int, str]]:
        """ "Alan J. Pakula", "Robert M. Young": names with a middle initial, which the plain name
        pattern cuts at the initial's full stop; "J.K. Simmons", "MM Keeravani": initials before
        the surname. (start, end, name) of each."""
        found = []
        for match in _INITIALLED_NAME.finditer(body):
            bare = f"{match.group('first')} {match.group('last')}"
            if (
                self.clean(bare) != bare
                or match.group("last").split()[0].lower() in _NON_NAME_WORDS
                # ("the US-director M. Night Shyamalan": a role, then the initial of the name.)
                or re.search(r"-[a-z]", match.group("first"))
            ):
                continue
            found.append((match.start(), match.end(), re.sub(r"\s+", " ", match.group())))
        for match in _LEADING_INITIALS_NAME.finditer(body):
            last = match.group("last")
            if self.clean(last) != last or last.lower() in _NON_NAME_WORDS:
                continue
            if match.group("bare") and (
                match.group("bare") in _ACRONYMS
                # Undotted initials only when the article also calls the person by the surname.
                or len(re.findall(rf"(?<![\w'’]){re.escape(last)}(?![\w])", body)) < 2
            ):
                continue
            found.append((match.start(), match.end(), re.sub(r"\s+", " ", match.group())))
        for match in _INITIAL_THEN_FIRST_NAME.finditer(body):
            bare = f"{match.group('first')} {match.group('last')}"
            last = match.group("last")
            # Only when the article calls the person by the surname again: "Plan B. Baker said"
            # is a sentence end.
            if (
                self.clean(bare) != bare
                or match.group("first").lower() in _SENTENCE_OPENERS
                or len(re.findall(rf"(?<![\w'’]){re.escape(last)}(?![\w])", body)) < 2
                or any(match.start() < end and start < match.end() for start, end, _ in found)
            ):
                continue
            found.append((match.start(), match.end(), re.sub(r"\s+", " ", match.group())))
        return found

    def clean(self, raw: str, after: str | None = None) -> str | None:
        """Strip roles and possessives; None when the span is not a plausible person name.
        With ``after`` (the text behind the span), a month that ends a name and is not followed
        by a day or a year is a surname: "Bille August to Ritzau", not "Cannes, May 23"."""
        name = re.sub(r"['’]s?$", "", raw.strip())
        # "Kawase-san", "Frears-san": a Japanese honorific after a lone surname (translations
        # from Japanese keep it) is no part of the name ("Kim Jee-san" keeps its given name).
        name = re.sub(r"^([^\s\-]+)-(?:san|sama|sensei|kun|chan)$", r"\1", name)
        # "Miss Straight, a stage actress, said": an honorific before a surname is no part of it.
        name = re.sub(rf"^(?:Miss|Mrs?\.?|Ms\.?|Dr\.?|(?:{_FOREIGN_HONORIFICS})\.?)\s+(?={_UP})", "", name)
        words = name.split()
        if any(word.rstrip(".") in {"Miss", "Mr", "Mrs", "Ms"} for word in words[1:]):
            return None  # "Little Miss Sunshine": an honorific inside a name makes it a title
        while (
            words
            and not _GIVEN_NAME_OSCAR.fullmatch(" ".join(words))
            and (
                words[0].lower() in _ROLE_PREFIX_WORDS
                # "Festivaldirecteur Dieter Kosslick": Dutch and German glue a role to its noun.
                or (len(words) >= 3 and _GLUED_ROLE.fullmatch(words[0]) is not None)
                # "Only Yu Nan had no doubt": an adverb opening the sentence.
                or (len(words) >= 3 and words[0] in {"Only", "Even", "Just"})
                or words[0].lower() in _DEMONYM_WORDS
                or _is_descriptor(words[0])
            )
        ):
            if (
                words[0].lower() in _PLACE_OPENERS
                and len(words) >= 4
                and words[1].lower() not in _DEMONYM_WORDS
            ):
                words = words[1:]  # "based in New York Shirin Neshat": the place's second word too
            words = words[1:]
        words = _without_job_title(words)
        if len(words) >= 2 and words[-1].lower() in _JOB_TITLE_WORDS:
            return None  # "Culture Minister": a title with no name behind it is nobody
        if len(words) >= 2 and words[-1].lower() in _COMPANY_TAILS:
            return None  # "Music Box Films", "Roadside Attractions Releasing": a company, nobody
        while words and words[-1].lower() in _NON_NAME_WORDS:
            if (
                after is not None
                and len(words) == 2
                and words[-1].lower() in _MONTH_WORDS
                and words[0].lower() not in _NON_NAME_WORDS
                and not re.match(r"['’]?s?\s*,?\s*\d", after)
            ):
                break
            words = words[:-1]
        while words and words[-1] in _PARTICLE_WORDS:
            # "La Présidente du (Jury)": a name never ends with a lower-case particle ("Zhang Di"
            # and "Lu Le" end with a capitalised given name).
            words = words[:-1]
        spanish_particles = len(_SPANISH_PARTICLE.findall(" ".join(words))) * 2
        if (
            not words
            or len(words) - spanish_particles > 5
            or (len(words) >= 2 and words[0] in _FOREIGN_ARTICLES)
        ):
            return None
        name = " ".join(words)
        if len(words) >= 2 and words[-1].lower() == "hall" and words[-2].lower() in _HALL_KINDS:
            return None  # "Truro City Hall", "Royal Albert Hall": a venue ("Don Hall" is a person)
        if len(words) >= 2 and words[-1].lower() in _STREET_WORDS and not given_name_gender(name):
            return None  # "Main Street": a street, nobody
        folded_words = {word.lower() for word in words}
        # ("Oscar Martínez": the award's name as a given name, no award word here.)
        given_oscar = _GIVEN_NAME_OSCAR.fullmatch(name) is not None
        if folded_words & (_ORG_WORDS | _COUNTRY_WORDS | _VENUE_WORDS | _WORK_WORDS) or (
            words[0].lower() in _NON_NAME_WORDS and not given_oscar
        ):
            return None
        if fold(name) in self._non_people or self._gazetteer.is_known_name(name):
            return None
        if not given_oscar and any(self._gazetteer.is_known_name(word) for word in words):
            return None
        if any(self._gazetteer.is_known_name(" ".join(words[i:])) for i in range(1, len(words) - 1)):
            return None  # "Special Grand Prix": an award's name after a qualifier
        if len(words) >= 3 and len(words[0]) <= 4 and sum(c.isupper() for c in words[0]) >= 2:
            words = words[1:]  # "BiH Safet Halilović": a country's or body's initials before the name
            name = " ".join(words)
        if any(word.isupper() and len(word) > 1 for word in words):  # NEON, HBO: companies
            return None
        if _is_country(name):  # "an NC-17 rating in the United States": a place, never a person
            return None
        return name

    def _full_name_for(self, single: str, position: int) -> str | None:
        # By offset: the singles resolved so far are appended after the full names.
        ordered = sorted(self.mentions)
        before = [full for offset, full, _ in ordered if offset <= position]
        after = [full for offset, full, _ in ordered if offset > position]
        for pool in (reversed(before), after):
            tail, head = " " + single, single + " "
            matches = [full for full in pool if full.endswith(tail) or full.startswith(head)]
            if len(set(matches)) > 1:
                # "Tony Bui ... his brother, Timothy Linh Bui": a bare surname shared by two
                # people is the one not introduced only as somebody's relative.
                principal = [full for full in matches if not self._only_as_relative(full)]
                if principal:
                    # "a film about Bruce Lee ... Lee would not confirm" in a profile of Ang Lee:
                    # the subject of a film is not the one a bare surname means.
                    actors = [full for full in principal if not self._only_as_topic(full)] or principal
                    # "Smith then walked up to the stage" with Will Smith and Jada Pinkett Smith
                    # named: the bare surname is the whole surname of a two-word name, not the
                    # end of a double one.
                    plain = [
                        full
                        for full in actors
                        if len(full.split()) == 2 and not any(o.endswith(" " + full) for o in actors)
                    ]
                    if len(set(plain)) == 1 and len(set(actors)) > 1:
                        return plain[0]
                    return actors[0]
            if matches:
                return matches[0]
        # "Tony Leung Chiu-wai" is "Leung": an English given name before a Chinese name keeps the
        # family name in the middle, before the hyphenated given name.
        middle = {
            full
            for _, full, _ in self.mentions
            if len(full.split()) == 3 and full.split()[1] == single and "-" in full.split()[2]
        }
        return middle.pop() if len(middle) == 1 else None

    def _only_as_topic(self, full: str) -> bool:
        """Every mention of ``full`` is what a work is about: "a film about Bruce Lee"."""
        offsets = [offset for offset, name, _ in self.mentions if name == full]
        return bool(offsets) and all(
            _TOPIC_BEFORE.search(self._body, max(0, offset - 40), offset) for offset in offsets
        )

    def _only_as_relative(self, full: str) -> bool:
        """Every mention of ``full`` follows a kinship noun: "his brother, Timothy Linh Bui"."""
        offsets = [offset for offset, name, _ in self.mentions if name == full]
        return bool(offsets) and all(
            _RELATIVE_BEFORE.search(self._body, max(0, offset - 50), offset) for offset in offsets
        )

    def resolve(self, raw: str, position: int) -> str | None:
        """The full name for a name as written at ``position`` ("Baker" -> "Sean Baker")."""
        written = re.sub(r"['’]s?$", "", raw.strip())
        if re.search(rf"\s{_UP}$", written):
            # "Alan J" cut from "Alan J. Pakula" at the initial's full stop.
            initialled = {full for full in self._full_names if full.startswith(written + ".")}
            return initialled.pop() if len(initialled) == 1 else None
        if written + "." in self._full_names and re.search(r"\s(?:Jr|Sr)$", written):
            return written + "."
        initial = re.match(rf"({_UP})\.\s*(?=\S)", written)
        if initial and written not in self._full_names:
            # "declared S. Obraztsov": the forename's initial and the surname of one named in full.
            full = self.resolve(written[initial.end() :], position)
            return full if full and full.startswith(initial.group(1)) else None
        verb = _VERB_OPENER.match(written)
        if verb and written not in self._full_names:
            # "Said Baker:" is Sean Baker speaking (and "Said Taghmaoui" whoever the article names so).
            return self.resolve(written[verb.end() :], position)
        name = written if written in self._full_names else self.clean(raw)
        if name is None:
            # "Mr. Jordan said": a surname that is also a country's name is the person's when the
            # article has named them in full ("Neil Jordan").
            if " " not in written and any(full.split()[-1] == written for full in self._full_names):
                return self._full_name_for(written, position)
            # "Lo Cascio said": a surname that opens with a foreign article ("Lo", "La") is the
            # person the article named in full with it ("Luigi Lo Cascio").
            return self._longest_with(written) if " " in written else None
        words = name.split()
        if name in self._mononyms:
            return name
        if 2 <= len(words) <= 4:
            # A short form of a longer name mentioned elsewhere keeps the long form.
            return self._longest_with(name) or name
        if len(words) != 1:
            return None
        return self._full_name_for(words[0], position)

    def is_mononym(self, name: str) -> bool:
        """True for a person the article calls by one name only ("the singer Björk")."""
        return name in self._mononyms

    def _longest_with(self, name: str) -> str | None:
        best: str | None = None
        # "Del Toro" opening a sentence is "Guillermo del Toro": a particle's case may differ.
        tails = {" " + name}
        if name.split()[0].lower() in _PARTICLE_WORDS:
            tails.add(" " + name[0].lower() + name[1:])
        for _, full, _ in self.mentions:
            if (
                full != name
                and full.endswith(tuple(tails))
                and len(_SPANISH_PARTICLE.sub("", full).split()) <= 4
            ):
                best = full if best is None or len(full) > len(best) else best
        return best

    def note_speaker(self, position: int, speaker: str) -> None:
        """A resolved speaker counts as a subject mention for later pronouns ("she laughed:")."""
        bisect.insort(self.mentions, (position, speaker, True))
        known = {
            self._noun_gender[o] for o, full, _ in self.mentions if full == speaker and o in self._noun_gender
        }
        if len(known) == 1:
            self._noun_gender[position] = known.pop()

    def subjects_between(self, start: int, end: int) -> set[str]:
        """The people named as a sentence subject (or noted as speakers) in [start, end)."""
        return {full for offset, full, subject in self.mentions if subject and start <= offset < end}

    def _paragraph_pronoun_referent(self, paragraph: int, position: int, pronoun: str) -> str | None:
        """ "She has been nominated for Doubt, The Help and Ma Rainey's Black Bottom, and she
        says ...": a paragraph (or the one before a paragraph that names nobody) that opens with the quotation's pronoun and names no subject
        before it speaks of the person the article is about (its most often named subject,
        twice at least), never of a name it mentions in passing."""
        own = self._paragraph_starts[paragraph]
        if paragraph > 0 and not any(own <= offset < position for offset, _, _ in self.mentions):
            # A paragraph of quotations alone continues the one before it.
            own = self._paragraph_starts[paragraph - 1]
        if not re.match(rf"\s*{re.escape(pronoun)}\b", self._body[own:], re.IGNORECASE):
            return None
        passing = [subject for offset, _, subject in self.mentions if own <= offset < position]
        if not passing or any(passing):
            # (One that names nobody continues the referent before it: see last_before.)
            return None
        before = [m for m in self.mentions if m[0] < own]
        subjects = {full for _, full, subject in before if subject}
        counts = collections.Counter(full for _, full, _ in before if full in subjects)
        if not counts:
            return None
        ranked = counts.most_common(2)
        top, count = ranked[0]
        if count < 2 or (len(ranked) > 1 and ranked[1][1] == count) or not self.may_be(top, pronoun):
            return None
        return top

    def only_fitting_in_paragraph(self, position: int, pronoun: str) -> str | None:
        """The one person the paragraph names before ``position`` whom ``pronoun`` may be, any
        hint of gender counted (a noun, or the possessive of the sentence they are subject of):
        "Denys Arcand ... his sequel ... Best Actress for Marie-Josée Croze. She ..." is Croze."""
        paragraph = bisect.bisect_right(self._paragraph_starts, position) - 1
        own = self._paragraph_starts[paragraph]
        other = _OTHER_GENDER.get(pronoun.lower())
        if other is None:
            return None
        # ("for The Barbarian Invasions": a capitalised "The" mid-sentence opens a title.)
        named = {
            full
            for offset, full, _ in self.mentions
            if own <= offset < position and not _opens_a_title(self._body, offset)
        }
        fitting = {
            full
            for full in named
            if not any(
                name == full and self._gender.get(offset) == other for offset, name, _ in self.mentions
            )
        }
        return fitting.pop() if len(fitting) == 1 else None

    def plays_role(self, full: str, role: str) -> bool:
        """Whether the article shows ``full`` in ``role`` ("director" or "performer"): a director
        by a possessive before a title ("Xavier Dolan's It's Only the End of the World"), "directed
        by" or a directing noun before the name; a performer by an acting noun before the name or
        a performance after it ("Luca Marinelli for his vibrant performance", "who plays")."""
        surname = re.escape(full.split()[-1])
        name = rf"(?:{re.escape(full)}|{surname})(?![\w\-])"
        if role == "director":
            pattern = (
                rf"{name}['’]s?\s+(?:[a-z\-]+\s+){{0,2}}(?:[“\"«]|{_UP})|directed\s+by\s+{name}|"
                rf"\b(?:director|filmmaker|helmer|auteur)\s+(?:{_UP}[\w\-]*\s+)?{name}"
            )
        else:
            pattern = (
                rf"\b(?:actor|actress|star|performer)\s+(?:{_UP}[\w\-]*\s+)?{name}|"
                rf"{name}[^.;!?]{{0,40}}?\bfor\s+(?:his|her|their)\s+(?:[\w\-]+\s+){{0,2}}?"
                r"(?:performance|role|portrayal|turn)\b|"
                rf"{name},?\s+who\s+plays\b"
            )
        return re.search(pattern, self._body) is not None

    def may_be(self, full: str, pronoun: str) -> bool:
        """False when a noun gives ``full`` the other gender than ``pronoun`` ("the actor X", "she")."""
        other = _OTHER_GENDER.get(pronoun.lower(), "")
        return not any(
            name == full and self._noun_gender.get(offset) == other for offset, name, _ in self.mentions
        )

    def last_before(
        self,
        position: int,
        gender: str | None = None,
        pronoun: str | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> str | None:
        """The antecedent of "she" or "the director": the last person named as a sentence
        subject in the same or the previous paragraph, else the last person named there.

        With ``gender`` ("the young woman") only a person introduced by a noun of that gender
        ("his niece Hana Saeidi") qualifies; never one of ``exclude``.
        """
        paragraph = bisect.bisect_right(self._paragraph_starts, position) - 1
        window_start = self._paragraph_starts[max(0, paragraph - 1)]
        # ("he said" is never the woman just named: a known other gender rules a person out.)
        unfit = _OTHER_GENDER.get(pronoun.lower(), "") if pronoun is not None else ""
        # (A noun at any mention counts: "the Indian actor Naseeruddin Shah ... Shah was not present".)
        unfit_names = {
            full for offset, full, _ in self.mentions if unfit and self._noun_gender.get(offset) == unfit
        } | exclude
        earlier = [
            (offset, full, subject)
            for offset, full, subject in self.mentions
            if window_start <= offset < position and full not in unfit_names
        ]
        if not earlier and any(window_start <= offset < position for offset, _, _ in self.mentions):
            # "Olivia Colman won ... Her husband, Ed Sinclair, was in the audience. ... she said":
            # when everyone named near is of the other gender, the sentence subject a paragraph
            # or two further back is meant.
            wider = self._paragraph_starts[max(0, paragraph - 8)]
            earlier = [
                m for m in self.mentions if wider <= m[0] < window_start and m[2] and m[1] not in unfit_names
            ][-1:]
        back = max(0, paragraph - 1)
        if pronoun is not None:
            carried = self._paragraph_pronoun_referent(paragraph, position, pronoun)
            if carried:
                return carried
        while pronoun is not None and not earlier and back > 0:
            # "He was a chain-smoking, melancholy man ..." then '"...," he once told': a paragraph
            # that opens with the same pronoun names nobody and continues the referent before it.
            if not re.match(
                rf"\s*{re.escape(pronoun)}\b", self._body[self._paragraph_starts[back] :], re.IGNORECASE
            ):
                break
            back -= 1
            # Only a sentence subject carries over so far; else the person the article is about
            # (named most often before), as in a profile or an obituary.
            earlier = [
                m
                for m in self.mentions
                if self._paragraph_starts[back] <= m[0] < position and m[2] and m[1] not in unfit_names
            ]
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
            other = (
                "male"
                if pronoun.lower() in {"she", "her"}
                else "female"
                if pronoun.lower() in {"he", "him"}
                else ""
            )
            earlier = [m for m in earlier if self._noun_gender.get(m[0]) != other]
        for _, full, subject in reversed(earlier):
            if subject:
                return full
        # ("was for Jodie Foster, ..., who surpassed Glenn Close, Melanie Griffith and Sigourney
        # Weaver": the people of a list of three or more are not whom a later "she" means.)
        earlier = [m for m in earlier if m[0] not in self._listed] or earlier
        if pronoun is not None and earlier:
            # "went to the young actress Irène Jacob for F of the Polish Krzysztof Kieslowski
            # ... she confided": with no subject to go by, the person a noun of the quote's
            # paragraph gives the pronoun's gender outweighs a later one of unknown gender.
            wanted = (
                "female"
                if pronoun.lower() in {"she", "her"}
                else "male"
                if pronoun.lower() in {"he", "him"}
                else ""
            )
            own = self._paragraph_starts[paragraph]
            marked = [m for m in earlier if m[0] >= own and self._noun_gender.get(m[0]) == wanted]
            if marked:
                return marked[-1][1]
        return earlier[-1][1] if earlier else None


# Words after which a name run is read again: a job title ("Former Vice President Al"), an
# organisation's name ("Director of Sarajevo Film Festival Mirsad" before "Purivatra").
_RUN_CUT_WORDS = _JOB_TITLE_WORDS | _ORG_WORDS
# Words that open a run before the name: "The South Korean Bong" before "Joon-ho".
_RUN_LEADING_WORDS = _DEMONYM_WORDS | {"the"}


def _names_past_job_titles(body: str) -> list[re.Match[str]]:
    """The name runs of ``body``; a run that the length limit cut after a job title ("Former Vice
    President Al" before "Gore") is read again from the name after the title ("Al Gore")."""
    found: list[re.Match[str]] = []
    position = 0
    while (match := _NAME_RE.search(body, position)) is not None:
        words = match.group().split()
        titled = [i for i, word in enumerate(words[:-1]) if word.lower() in _RUN_CUT_WORDS]
        leading = 0
        while leading < len(words) - 1 and words[leading].lower() in _RUN_LEADING_WORDS:
            leading += 1
        if leading:
            titled.append(leading - 1)
        if titled and re.match(rf"[^\S\n]+{_CAP_WORD}", body[match.end() :]):
            offset = match.start() + len(" ".join(words[: max(titled) + 1])) + 1
            again = _NAME_RE.match(body, offset)
            if again is not None:
                found.append(again)
                position = again.end()
                continue
        found.append(match)
        position = match.end()
    return found


def _without_genitive_s(name: str, body: str) -> str:
    """ "Andreas Dresens tragicomedy" -> "Andreas Dresen": German and Dutch write the genitive
    without an apostrophe, and machine translation keeps it; the surname without its "s" standing
    alone elsewhere in the article ("said Dresen") shows it."""
    words = name.split()
    last = words[-1]
    if len(words) < 2 or len(last) < 5 or not last.endswith("s") or last.endswith("ss"):
        return name
    # (Not "Robin Williams" beside "William Goldman": a first name is followed by its surname.)
    alone = re.findall(rf"(?<![\w'’\-]){re.escape(last[:-1])}(?![\w'’\-])(\s+[A-Z])?", body)
    if alone and not any(alone):
        return " ".join([*words[:-1], last[:-1]])
    return name


def _without_job_title(words: list[str]) -> list[str]:
    """ "Culture Minister Dario Franceschini" -> "Dario Franceschini": the words after the last
    job title of a capitalised run, when a name of at least one word follows it."""
    for index in range(len(words) - 2, -1, -1):
        # ("Culture-state-minister Claudia Roth": a German compound ends in the job.)
        if (
            words[index].lower() in _JOB_TITLE_WORDS
            or words[index].lower().rsplit("-", 1)[-1] in _JOB_TITLE_WORDS
            # "the minister of the Cultural Heritage Dario Franceschini": the portfolio's words.
            or (words[index].lower() in _PORTFOLIO_WORDS and len(words) - index - 1 >= 2)
        ):
            return words[index + 1 :]
    return words


def _opens_a_title(body: str, offset: int) -> bool:
    """A capitalised "The" after a word mid-sentence opens a title: "prizes for The Barbarian
    Invasions"."""
    return (
        body.startswith("The ", offset)
        and re.search(r"[^.!?:\s][^\S\n]+$", body[max(0, offset - 4) : offset]) is not None
    )


# The words before a work's name: "since Funny Games", "her debut, Red Road", "his final
# feature, The Old Oak".
# (and "I, Daniel Blake"; "the science-fiction drama Sunshine": a lower-case genre noun.)
_WORK_BEFORE = re.compile(rf"(?:\bsince|\bdebut,|(?-i:\bI),|(?-i:\b(?:{_GENRE_NOUNS})))\s+$", re.IGNORECASE)
_OTHER_GENDER = {"she": "male", "her": "male", "he": "female", "him": "female"}
_LIVE_BLOG_STAMP = re.compile(r"^\s*\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{1,4}T\s*)?[—–-]\s*")
# "Accepting the final award of the night, producer Michael Sugar": up to ten words.
# ("Moments earlier John Ridley took": a live blog's comma-less time adverb is no subject.)
_INTRO_PHRASE = re.compile(
    r"^(?:[\w'’\-]+\s+){0,9}?[\w'’\-]+,\s*$|"
    rf"^(?:{_TIME_ADVERB})\s+$"
)
# "When the jury, led by Greta Gerwig, announced the prize, Baker wept": an adverbial clause
# or a participle phrase may hold commas of its own before the subject.
_INTRO_CLAUSE = re.compile(
    r"^(?:When|After|As|While|Although|Though|Before|Since|Once|Because|If|Until|Despite|During|"
    r"[A-Z][a-z]+ing|"
    # ("Earlier, when he received the statuette, Bong had given ...": an adverb may lead.)
    r"[A-Z][a-z]+,\s+(?:when|after|as|while|although|though|before|since|once|because|if|until))"
    r"\s+(?:[\w'’\-]+,?\s+){0,14}?[\w'’\-]+,\s*$"
)
# (The role pattern may have taken the "s" of "festival's" for an adjective: "festival'" stays.)
# "The festival's", "the Venice festival's", "Neon's"; never a clause ("Baker praised Madison's").
_POSSESSOR = re.compile(rf"(?:[Tt]he\s+[\w\-]+\s+|[Tt]he\s+|{_CAP_WORD}\s+)?[\w\-]+['’]s?")


def _last_closed_quotation(body: str, position: int) -> int:
    """The offset of the last masked quotation's closing mark right before a capitalised word
    (the quotation ended its sentence), or -1."""
    window_start = max(0, position - 200)
    closings = list(re.finditer(r'[”"»]\s+(?=[A-Z])', body[window_start : position + 1]))
    match = closings[-1] if closings else None
    if match is None or not re.search(r'[“"«]\s{3,}$', body[window_start : window_start + match.start()]):
        return -1
    return window_start + match.start()


def _is_subject(body: str, start: int, end: int) -> bool:
    """A name that opens its sentence (after at most a short introductory phrase) or is
    followed by a speech verb is a sentence subject: pronouns most often refer to it."""
    verb_after = re.match(
        rf"['’]?s?\s*(?P<aside>,[^,]{{1,60}},\s*)?(?:also\s+|then\s+)?(?:{_SPEECH_VERBS})\b",
        body[end : end + 80],
    )
    if verb_after and not _verb_is_anothers(body, start, verb_after.group("aside")):
        return True
    # "My Left Foot had a second Oscar when Brenda Fricker, ..., won": the subject of a
    # subordinate clause is the one person the sentence makes act.
    if re.search(
        r"\b(?:when|while|because|although|though)\s+$", body[max(0, start - 12) : start]
    ) and not re.match(r"['’]s?\b", body[end : end + 2]):
        return True
    # "thanked Mr. Helfgott": an honorific's full stop ends no sentence; it belongs to the name.
    honorific = re.search(
        rf"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr|{_FOREIGN_HONORIFICS})\.?\s+$", body[max(0, start - 10) : start]
    )
    if honorific:
        start -= len(honorific.group())
    # "Driver ... sent a message; Rohrwacher ... accepted": a semicolon opens a clause of its own.
    sentence_start = max(
        body.rfind(". ", 0, start),
        # ("What will be next? Forman revealed": a question ends a sentence too.)
        body.rfind("? ", 0, start),
        body.rfind("! ", 0, start),
        # ('... "who gave me the best script I ever had." Stallone, who lost ..., was': a
        # quotation that closes a sentence, its words masked.)
        _last_closed_quotation(body, start),
        body.rfind("\n", 0, start),
        body.rfind(": ", 0, start),
        body.rfind("; ", 0, start),
    )
    lead = body[sentence_start + 1 : start].lstrip(' “"«')
    # "7.40pm PT — Lupita Nyong'o wins": a live-blog time stamp is not part of the sentence.
    lead = _LIVE_BLOG_STAMP.sub("", lead)
    # "Backstage, producer Emma Thomas", "Jury member Anthony Mackie": a role or job title
    # right before the name is part of the subject.
    with_role = lead
    lead = re.sub(
        rf"(?:\b(?:[a-z][\w\-]*\s+)?(?:{_ROLE_WORDS}|{_NAMED_ROLE_WORDS})(?:\s+of\s+(?:the\s+)?[\w\-]+)?\s+)+$",
        "",
        lead,
        flags=re.IGNORECASE,
    )
    # "The festival's artistic director Thierry Frémaux rejected": whose role it is belongs to
    # the subject too.
    if lead != with_role and _POSSESSOR.fullmatch(lead.strip()):
        return True
    # "The Colombian César Augusto Acevedo won": nationalities belong to the subject.
    lead = re.sub(rf"(?:^|\s)(?:(?:{_DEMONYMS})\s*)+$", "", lead.strip())
    # "The French director Audrey Diwan received": the article belongs to the role.
    lead = re.sub(r"(?:^|\s)(?:the|a|an)$", "", lead.strip(), flags=re.IGNORECASE).strip()
    # "Accepting the prize, a visibly shaken Gomez-Rejon spoke": an indefinite article and an
    # adjective before a name belong to it.
    lead = re.sub(r"(?:^|(?<=,))\s*(?:[Aa]n?)\s+(?:[a-z]+ly\s+)?[a-z][\w\-]*$", "", lead).strip()
    # "Denmark's Mads Mikkelsen was named": a country's possessive is part of the subject.
    if re.fullmatch(rf"{_CAP_WORD}['’]s?", lead) and lead.rstrip("'’s").lower() in _COUNTRY_WORDS:
        return True
    # "Best actress: Cate Blanchett, Blue Jasmine": a name before the comma is a list item,
    # not an introductory phrase.
    if re.fullmatch(rf"{_CAP_WORD}(?:\s+{_CAP_WORD})+\s*,", lead):
        return False
    return not lead or bool(_INTRO_PHRASE.match(lead + " ") or _INTRO_CLAUSE.match(lead + " "))


# A preposition before a name makes it no subject: "alongside Sigourney Weaver, ..., insisted".
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:alongside|with|by|to|for|from|of|about|beside|besides|including|among|between|than|like)\s+$"
)
# An "aside" that opens with a finite verb is the predicate of a clause of its own: "whose
# subject, Rocky Braat, is a close friend, said".
_PREDICATE_ASIDE = re.compile(r"^['’]?s?\s*,\s*(?:is|was|are|were|has|had|have|will|would)\b")


def _verb_is_anothers(body: str, start: int, aside: str | None) -> bool:
    """True when the speech verb after a name and an aside belongs to someone else: "Baker, 53,
    said" and "Coppola, now 80, laughed" are their own, "alongside Sigourney Weaver, Winona Ryder
    and Chen Kaige, insisted" (Scorsese did) and "whose subject, Rocky Braat, is a close friend,
    said" (Hoover did) are not."""
    if not aside:
        return False
    return bool(_PREPOSITION_BEFORE.search(body, max(0, start - 15), start) or _PREDICATE_ASIDE.match(aside))


# Sentence-opening conjunctions, adverbs and prepositions that a capitalised run may swallow:
# "So Theo Angelopoulos has his Palme", "But Sean Baker said", "For Jane Campion, ...".
_CONNECTIVE_WORDS = _words(
    """but and or so yet also then when while after before as if though although however
    meanwhile now still for with from by to of in at on"""
)


# "Said Baker: ...", "Added Moore: ...": an inverted speech verb that opens the sentence.
_VERB_OPENER = re.compile(r"(?:Said|Says|Added|Adds)\s+(?=\S)")


def _after_a_connective(body: str, start: int, raw: str) -> tuple[int, str]:
    """ "So Theo Angelopoulos", "Said Baker": a connective or an inverted speech verb that opens
    a sentence is no part of the name that follows it (of two words at least after a connective;
    mid-sentence, "drama For Your Love" is a title). (start, run) of the person."""
    opens_sentence = re.search(r"(?:^|[.!?][”\"»]?\s+|\n)$", body[max(0, start - 3) : start]) is not None
    if not opens_sentence:
        return start, raw
    first = re.match(r"(\S+)\s+(?=\S+\s+\S)", raw)
    if first and first.group(1).lower() in _CONNECTIVE_WORDS:
        return start + first.end(), raw[first.end() :]
    verb = _VERB_OPENER.match(raw)
    if verb:
        return start + verb.end(), raw[verb.end() :]
    return start, raw


def _after_a_thing(body: str, start: int, raw: str) -> tuple[int, str]:
    """ "The director of the Mostra Marco Müller": after a lower-case "the", the first word of a
    capitalised run of three or more is a thing (a person's name takes no article), unless it is
    a nationality or a role ("the American Darren Aronofsky"). (start, run) of the person."""
    words = raw.split()
    if (
        len(words) >= 3
        and re.search(r"(?<![\w'’])the\s+$", body[max(0, start - 5) : start])
        and words[0].lower() not in _DEMONYM_WORDS | _ROLE_PREFIX_WORDS | _JOB_TITLE_WORDS
    ):
        if words[0].lower() in _NON_NAME_WORDS:
            return start, raw  # "the Best Motion Picture": an award, kept whole (no person)
        second = re.search(r"\s+", raw)
        if second:
            return start + second.end(), raw[second.end() :]
    return start, raw


def _is_quoted_whole(text: str, start: int, end: int) -> bool:
    """'the comedy "City Slickers."': a capitalised run that fills a pair of quote marks is a
    title, not a person."""
    return (
        start > 0
        and text[start - 1] in "“\"«‘'„"
        # (German „Perfect Days“ closes with a high mark.)
        and re.match(r"[.,!?]?[”\"»’']" if text[start - 1] != "„" else r"[.,!?]?[“”]", text[end : end + 2])
        is not None
    )


def _in_quoted_title(text: str, start: int, end: int) -> bool:
    """A capitalised run that fills a quoted title or ends one is the title's, not a person."""
    return _is_quoted_whole(text, start, end) or _ends_quoted_title(text, start, end)


def _ends_quoted_title(text: str, start: int, end: int) -> bool:
    """'« Do the Right Thing »', '"La La Land: Singing Seasons"': a capitalised run that ends a
    short quoted title is part of the title, not a person."""
    if re.match(r"[^\S\n]?[.!?]?[^\S\n]?[”\"»“]", text[end : end + 4]) is None:
        return False
    opening = max(text.rfind(mark, max(0, start - 50), start) for mark in '“"«„')
    if opening < 0:
        return False
    inner = text[opening + 1 : end]
    words = re.findall(r"[^\W\d_][\w'’\-]*", inner)
    return (
        not re.search(r"[”\"»,;.!?]", inner)
        and 2 <= len(words) <= 8
        and all(word[0].isupper() for word in words if len(word) > 3)
    )


def _followed_by_year_or_number(text: str, end: int) -> bool:
    """ "Red Rocket (2021)", "Mickey 17", "Blade Runner 2049": the name is a title's, no person's."""
    return re.match(r"\s*\((?:19|20)\d\d\)|[^\S\n]+\d{1,4}\b(?![.,:]\d)", text[end : end + 10]) is not None
