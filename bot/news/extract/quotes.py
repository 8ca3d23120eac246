"""Quotes and their speakers: attribution patterns and _QuoteFinder (decisions: see the package
docstring).
"""

from __future__ import annotations

import re

from bot.news.extract.clauses import _background_spans
from bot.news.extract.models import MIN_QUOTE_WORDS, ProposedQuote
from bot.news.extract.patterns import (
    _CAP_WORD,
    _DEMONYM_WORDS,
    _DEMONYMS,
    _GENDERED_REFERENCE,
    _HONORIFIC,
    _LETTER,
    _NAME,
    _NAME_PARTICLES,
    _NAME_RE,
    _NAMED_ROLE_WORDS,
    _NON_NAME_WORDS,
    _PARTICIPLES,
    _PRONOUNS,
    _ROLE_WORDS,
    _SPEECH_VERBS,
    _UP,
)
from bot.news.extract.people import (
    _PARTICLE_WORDS,
    _in_quoted_title,
    _is_subject,
    _People,
    _verb_is_anothers,
)
from bot.news.extract.quote_spans import (
    _is_statement,
    _looks_like_title,
    _mask_statements,
    _quote_spans,
    _QuoteSpan,
    _word_count,
)
from bot.news.extract.text import _Article, _capitalised
from bot.news.gazetteer import Gazetteer, fold

# ---------------------------------------------------------------------------------------------
# Quotes
# ---------------------------------------------------------------------------------------------

# Roles that stand for the last named person in a quote's attribution ("the composer said"):
# the shared roles and the other crafts a film article quotes.
_SPEAKER_ROLE_WORDS = (
    rf"{_ROLE_WORDS}|novelist|author|playwright|musician|politician|"
    r"documentarian|animator|performer|\d{1,3}-year-old"
)
# Verbs that attribute a quotation only after it: '"...," she began', '"...!" Baker shouted',
# '"...," Crystal cracks', '"...," he deadpanned' (before a quotation "cracked" may be anything).
_AFTER_ONLY_VERBS = r"began|begins|shouted|yelled|whispered|screamed|cracks|cracked|deadpans|deadpanned|went\s+on|goes\s+on|signed"
# Verbs machine translation gives for the Spanish, Portuguese and Italian ones that attribute a
# quotation ("subrayó", "señaló", "aseguró", "destacó"): '"...", underlined Baker.' Only after
# the quotation, where they can do nothing else.
_TRANSLATED_VERBS = (
    r"underlined|underscored|pointed\s+out|assured|expressed|manifested|indicated|highlighted|"
    r"lamented|reiterated|considered|celebrated|summari[sz]ed|"
    # French "a remercié", "a précisé": '« ... », thanked Paolo Sorrentino'.
    r"thanked|specified|"
    # Japanese "aisatsu shita" (gave a speech of thanks) comes out as "greeted".
    r"greeted|"
    # French "a estimé", "a jugé", Italian "ha commentato a caldo": '« ... », had estimated X'.
    r"estimated|judged|deemed"
)
# '« ... », a ajouté Gilles Jacob': the French of a bilingual press release or of a quotation
# given in the original, with the speaker after the verb.
_FRENCH_PARTICIPLES = (
    r"déclaré|ajouté|dit|affirmé|expliqué|souligné|précisé|confié|indiqué|estimé|"
    r"lancé|poursuivi|conclu|commenté|annoncé|insisté|reconnu|confirmé|rappelé|raconté|assuré"
)
_FRENCH_SPEECH = rf"(?:a|avait)\s+(?:{_FRENCH_PARTICIPLES})"
# '« ... », a-t-elle lancé', '« ... », explique-t-il', '« ... », dit-elle': French puts the
# subject pronoun after the verb of the attribution, joined by hyphens.
_FRENCH_PRESENT = (
    r"dit|explique|ajoute|confie|raconte|souligne|précise|lance|poursuit|estime|assure|affirme|"
    r"déclare|résume|reconnaît|insiste|conclut|rappelle|sourit|plaisante"
)
_FRENCH_INVERTED = (
    rf"(?:(?:a|avait)-t-(?P<pron_fr>il|elle)\s+(?:{_FRENCH_PARTICIPLES})"
    rf"|(?:{_FRENCH_PRESENT})-(?:t-)?(?P<pron_fr_present>il|elle)"
    # '« ... », had she said': "avait-elle dit" translated word for word.
    rf"|(?:had|has)\s+(?P<pron_fr_translated>he|she)\s+(?:{_SPEECH_VERBS}))"
)
_FRENCH_PRONOUNS = {"il": "he", "elle": "she", "he": "he", "she": "she"}
# '"...", - told to the correspondent the producer Dmitry Lesnevsky', '"...," shouted the
# director': machine translation keeps the inversion of Romance and Slavic languages, the person
# told between the verb and the speaker included ("to be" is no person: "said to be").
_RECIPIENT = r"to\s+(?!be\b)(?:the\s+|an?\s+)?[a-z][\w\-]*"
# '"...," has said instead Ameche': Italian and Spanish put an adverb between the inverted verb
# and its subject ("ha detto invece", "dijo también").
_INVERTED_ADVERB = (
    r"(?:instead|also|then|again|finally|later|too|"
    # "said through tears Ottavia Piccolo": Russian copy's manner before the inverted subject.
    r"through\s+(?:(?:her|his)\s+)?tears|with\s+(?:a\s+)?(?:smile|laugh|emotion|tears))"
)
# A word qualifying a role: "the Oscar-winning director", "the Palme d'Or winner" (an elision,
# never a possessive: "the film's star" may be someone else than the last person named).
_ROLE_QUALIFIER = r"[\w\-]+(?:['’](?!s\b)[\w\-]+)?"
_AFTER_ATTRIBUTION = re.compile(
    # "had declared the president of the jury, the Swedish Ruben Östlund": inversion, a role
    # and an apposition with a nationality, as machine translation writes it ("it declared
    # Hoffman" keeps Spanish's empty subject as "it").
    rf"^[\s,—–-]*(?:{_FRENCH_INVERTED}|(?:(?:had|has|it)\s+)?(?:{_SPEECH_VERBS}|{_AFTER_ONLY_VERBS}|{_TRANSLATED_VERBS}|{_FRENCH_SPEECH})\s+(?:{_RECIPIENT}\s+)?(?:{_INVERTED_ADVERB}\s+)?(?:(?P<pron_after>{_PRONOUNS})\b|"
    rf"(?:the\s+|an?\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?:{_ROLE_WORDS}|{_NAMED_ROLE_WORDS})(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*)?\s*,?\s+"
    # ", the South Korean director Bong Joon-ho": a nationality and a role before the name.
    rf"(?:the\s+(?:{_CAP_WORD}\s+){{1,2}}(?:(?:{_ROLE_WORDS})\s+)?)?(?P<role_name>{_NAME})|"
    # "said a jubilant Almodovar": an article and an adjective before the name.
    # ("said the Haneke": Greek and Portuguese put an article before a surname.)
    rf"(?:{_CAP_WORD}['’]s\s+|the\s+(?=(?:{_DEMONYMS})\s+{_UP})|the\s+(?!(?:{_DEMONYMS})\b)(?={_CAP_WORD}\s*[,.;]|{_CAP_WORD}\s+(?:from|at|in|on|to|with|after|during)\b)|(?:a|an)\s+(?:(?!(?:of|from|for|in|at|by|with)\s)[a-z][\w\-]*\s+){{1,2}}?(?={_UP}))?(?P<name_after>(?:{_UP}\.[^\S\n]*)?(?:{_NAME_PARTICLES}\s+)?{_NAME})|(?P<role_after>the\s+(?:{_ROLE_QUALIFIER}\s+){{0,2}}(?:{_SPEAKER_ROLE_WORDS}))"
    # "said the Italian": a nationality alone stands for the last named person.
    rf"|(?P<demonym_after>the\s+(?:{_DEMONYMS})(?=\s*(?:[,.;]|$))))"
    # '"...," according to Baker.': the source named after the quotation.
    rf"|according\s+to\s+(?P<name_according>(?:{_NAME_PARTICLES}\s+)?{_NAME})(?=\s*(?:[,.;]|$))"
    # "..., so Farhadi.": German "so X" (thus spoke X), kept by machine translation.
    rf"|so\s+(?P<name_so>(?:{_NAME_PARTICLES}\s+)?{_NAME})(?=\s*(?:[.;]|$))"
    # "Miramax co-chairman Harvey Weinstein said", "Warner Bros distribution boss Jeff Goldstein
    # told": a company before a job title.
    # ("Neon's Tom Quinn said": a company's possessive before the name.)
    rf"|(?:(?P<pron_before>{_PRONOUNS})|(?:(?:{_CAP_WORD}\s+){{1,2}}(?=[a-z])|{_CAP_WORD}['’]s\s+(?={_UP}))?(?:[a-z][\w\-]*\s+){{0,3}}?{_HONORIFIC}?(?P<name_before>{_NAME})|(?P<role_before>the\s+(?:{_ROLE_QUALIFIER}\s+){{0,2}}(?:{_SPEAKER_ROLE_WORDS})))"
    # An aside may be the role's apposition ("the jury president, Greta Gerwig, said"); after
    # the quotation, opening a speech is saying it ('"...," she began').
    rf"\s*(?:,(?P<aside>[^,“”\"]{{1,80}}),\s*)?(?:(?:has|have|had)\s+)?(?:(?:once|again|later|famously)\s+)?(?:{_SPEECH_VERBS}|{_AFTER_ONLY_VERBS}|{_TRANSLATED_VERBS}))\b"
)
# "Director Takahata to the Japanese reporters said": machine translation from Japanese or
# Korean keeps the listeners between the speaker and the verb.
_AUDIENCE_BEFORE_VERB = (
    r"to\s+(?:the\s+)?(?:[A-Za-z][\w\-]*\s+)?(?:reporters|journalists|press|media|audience|crowd|fans)"
)
# "Chief Cabinet Secretary Yasuhisa Shiozaki at the press conference of 28th morning said": so
# does the occasion of the statement.
_OCCASION_BEFORE_VERB = (
    r"(?:at|in|during|after)\s+(?:the|a|an)\s+(?:[a-z][\w\-]*\s+)?(?:press|news)\s+conference"
    r"(?:\s+(?:of|after|on|following)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+)?"
)
_BEFORE_NAME_VERB = re.compile(
    # An aside may hold a short quoted title: 'Östlund, whose "Force Majeure" won ..., said'.
    rf"(?P<name>{_NAME})['’]?\s*(?P<aside>,(?:[^,“”\"]|[“\"][^,“”\"]{{1,60}},?[”\"]){{1,100}},\s*|,\s*"
    # "Morita Akiko of the publicity section of the distribution company commented": the
    # speaker's place of work between the name and the verb.
    r"|\s+of\s+the\s+(?:[a-z][\w\-]*\s+){1,6}?(?=commented|said|told|explained|added|noted))?"
    rf"(?:(?:{_AUDIENCE_BEFORE_VERB}|{_OCCASION_BEFORE_VERB})\s+)?"
    # "Dr. Ngor in a tuxedo said": what the speaker wore or held.
    r"(?:(?:in|wearing|with)\s+(?:a|an|his|her)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*\s+)?"
    rf"(?:(?:has|had|also|then|later|simply)\s+)?(?:{_SPEECH_VERBS})\b"
)
_BEFORE_VERB_NAME = re.compile(
    rf"\b(?:{_SPEECH_VERBS})\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?(?P<name>{_NAME})\s*[,:]?\s*$"
)
# "he once told an interviewer": an adverb of time between the pronoun and its verb.
_BEFORE_PRONOUN = re.compile(
    rf"\b(?P<pron>{_PRONOUNS})\s+(?:(?:also|later|then|once|again|famously|recently|previously|often)\s+)?"
    # ("As the orchestra swelled, he shouted: ...": a raised voice introduces a quotation too.)
    rf"(?:{_SPEECH_VERBS}|shouted|yelled|screamed|whispered)\b"
)
# "She was close to tears on stage, and later admitted, "..."": the pronoun that opens the
# sentence is the subject of a speech verb coordinated after it.
_BEFORE_PRONOUN_COORDINATED = re.compile(
    rf"^\s*(?P<pron>{_PRONOUNS})\s[^.!?;“”\"«»]{{1,100}}?,?\s+and\s+(?:(?:also|later|then|finally)\s+)?"
    rf"(?:{_SPEECH_VERBS})\s*[,:]\s*$"
)
# "Mr. Lustig, himself a survivor of Auschwitz, held the Oscar over his head and said, "..."": a
# named subject whose speech verb is coordinated after another predicate.
_BEFORE_NAME_COORDINATED = re.compile(
    rf"^\s*{_HONORIFIC}?(?P<name>{_NAME})['’]?(?:\s*,[^,“”\"]{{1,80}},)?\s[^.!?;“”\"«»]{{1,100}}?,?\s+"
    # ('went up to the stage and said "..."': Korean copy's quotation with no comma before it.)
    rf"and\s+(?:(?:also|later|then|finally)\s+)?(?:{_SPEECH_VERBS})\s*[,:]?\s*$"
)
_BEFORE_ROLE = re.compile(
    rf"\bthe\s+(?:[\w\-]+\s+){{0,2}}(?:{_SPEAKER_ROLE_WORDS})\s+(?:{_SPEECH_VERBS})\b", re.I
)
# "The director dedicated the prize to his family:", "Le cinéaste montréalais a dédié son prix
# à sa famille :": a sentence whose subject is a role and that introduces the quotation with a
# colon; the role stands for the last person named.
_FRENCH_ROLE_WORDS = (
    r"cinéaste|réalisateur|réalisatrice|acteur|actrice|comédien|comédienne|lauréat|lauréate|"
    r"producteur|productrice|scénariste"
)
_ROLE_SUBJECT_INTRODUCTION = re.compile(
    rf"^\s*(?P<role>[Tt]he\s+(?:{_ROLE_QUALIFIER}\s+){{0,2}}(?:{_SPEAKER_ROLE_WORDS})"
    rf"|(?:Le|La|L['’])\s*(?:{_FRENCH_ROLE_WORDS}))"
    rf"\s[^.!?“”\"«»]{{1,120}}:\s*$"
)
# "The Spanish director has come on the stage": a sentence whose subject is a role.
_ROLE_SUBJECT = re.compile(
    rf"^\s*[Tt]he\s+(?:{_ROLE_QUALIFIER}\s+){{0,2}}(?P<role>{_SPEAKER_ROLE_WORDS})(?:\s+(?!of\b)[a-z]|\s*,)"
)


# An age the article gives a person, before or after the name.
_AGE_TOLD = re.compile(
    rf"\b(?P<age_before>\d{{1,3}})-year-old\s+(?:[a-z][\w\-]*\s+){{0,3}}(?P<before>{_NAME})"
    rf"|(?P<after>{_NAME}),\s+(?P<age_after>\d{{1,3}})\s*,"
)


def _role_kind(role: str) -> str | None:
    """ "director" or "performer" for a role noun that says which ("the Québécois director",
    "the actor"), else None."""
    if re.search(r"\b(?:director|filmmaker|helmer|auteur)$", role.strip()):
        return "director"
    if re.search(r"\b(?:actor|actress|star|performer)$", role.strip()):
        return "performer"
    return None


_DASH_SIGNATURE = re.compile(rf"^\s*(?:[—–]|--?)\s*(?P<name>{_NAME})(?=\s*(?:[,.;(]|$))")
_THE_DEMONYM = re.compile(rf"\bthe\s+(?:{_DEMONYMS})$")
_PARTICIPLE = re.compile(rf"\b(?:{_PARTICIPLES})\b")
# "And he goes there:": a conjunction may open the sentence before the pronoun.
_PRONOUN_INTRODUCTION = re.compile(
    rf"^\s*(?:(?:And|But|Then|So)\s+)?(?:{_PRONOUNS})\s[^.!?“”\"]{{1,120}}:\s*$"
)
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_ACCORDING_TO = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<name>{_NAME})")
_ACCORDING_TO_ROLE = re.compile(
    rf"\b[Aa]ccording\s+to\s+the\s+(?:{_ROLE_QUALIFIER}\s+){{0,2}}(?:{_SPEAKER_ROLE_WORDS})\s*,\s*$"
)


class _QuoteFinder:
    def __init__(self, article: _Article, gazetteer: Gazetteer, films: set[str]) -> None:
        self.article = _without_french_honorifics(
            _without_postposed_titles(_with_title_case_surnames(article))
        )
        article = self.article
        self.gazetteer = gazetteer
        # Names inside quotations ("Mr. Brad Pitt, nice to meet you") are not antecedents.
        masked_body = "\n\n".join(_mask_statements(p.text) for p in article.paragraphs)
        self.people = _People(masked_body, gazetteer, films, mononyms=True)

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
                if index in continuations or self._after_joint_attribution(
                    text, spans, index, paragraph.start
                ):
                    continue
                if _is_title_after_preposition(text, span):
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
        dashed = self._dash_signature(text, span, after, offset)
        if dashed:
            return dashed
        match = _AFTER_ATTRIBUTION.match(after_sentence)
        if match is None:
            # '"...," the "Moonlight" director said': a quoted title inside the attribution.
            titled = _through_titles(text, spans, index)
            match = _AFTER_ATTRIBUTION.match(titled[: _sentence_end(titled)]) if titled != after else None
        tail = after_sentence[match.end() :] if match else ""
        if (
            match
            and index + 1 < len(spans)
            and _INTRODUCES_NEXT.fullmatch(tail)
            and (tail.strip().startswith(":") or re.search(r"[.!?]\W*$", span.text))
        ):
            # '"...award." Virzì added: "..."', '"...Cannes." Director Koreeda, who watched, said to
            # reporters, "..."': after a finished quotation, an attribution that ends in a colon,
            # or in a comma right before the next quotation, introduces that one.
            match = None
        if match:
            pronoun = _matched_pronoun(match)
            if pronoun:
                # 'For Staunton, ..., the win marks a turn. "...," she said.': the one person the
                # sentence just before the quotation names is who "she" is.
                named = self._only_person_in(
                    text[prev_end : span.start], offset + prev_end, pronoun, offset
                ) or self._role_subject_referent(text, span.start, offset, pronoun)
                if named:
                    return named
            speaker = self._speaker_from_match(match, offset + span.end)
            if speaker:
                return speaker
        verb_final = self._verb_final_speaker(text, spans, index, offset)
        if verb_final:
            return verb_final
        before = text[prev_end : span.start]
        before_sentence = before[_last_sentence_start(before) :]
        if before_sentence.strip():
            return self._speaker_in_clause(before_sentence, offset + prev_end + _last_sentence_start(before))
        return None

    def _after_joint_attribution(self, text: str, spans: list[_QuoteSpan], index: int, offset: int) -> bool:
        """'"A," Westmoreland said as he and Glatzer, his partner, accepted the prize. "B."': when
        the sentence attributing the previous quotation makes another person the speaker's
        partner in a joint subject, the quotation that follows with no attribution of its own
        may be either's, and is left out ('"A," Quinn said as he took the prize from Kidman.
        "B."' stays Quinn's)."""
        if index == 0 or not spans[index - 1].closed or _word_count(spans[index - 1].text) < MIN_QUOTE_WORDS:
            return False
        between = text[spans[index - 1].end : spans[index].start]
        attribution = _AFTER_ATTRIBUTION.match(between) if re.search(r"[.!?]\s*$", between) else None
        if attribution is None:
            return False
        after = text[spans[index].end : spans[index + 1].start if index + 1 < len(spans) else len(text)]
        if _AFTER_ATTRIBUTION.match(after[: _sentence_end(after)]):
            return False  # the quotation has an attribution of its own
        speaker = self._speaker_from_match(attribution, offset + spans[index - 1].end)
        for joint in _JOINT_SUBJECT.finditer(between):
            group = "other" if joint.group("other") else "other2"
            other = self.people.resolve(
                joint.group(group), offset + spans[index - 1].end + joint.start(group)
            )
            if other and other != speaker:
                return True
        return False

    def _dash_signature(self, text: str, span: _QuoteSpan, after: str, offset: int) -> str | None:
        """'"I'm just a girl from a trailer park who had a dream." — Hilary Swank, accepting her
        Oscar': a quotation that opens its paragraph signed after a dash (pull quotes, "They said
        it" boxes, epigraphs). Not a quoted title credited the same way ('"Eternal Sunshine of
        the Spotless Mind" — Charlie Kaufman')."""
        if text[: span.start].strip() or not span.closed or _looks_like_title(span.text):
            return None
        match = _DASH_SIGNATURE.match(after)
        if match is None:
            return None
        return self.people.resolve(match.group("name"), offset + span.end + match.start("name"))

    def _only_person_in(self, before: str, offset: int, pronoun: str, paragraph_start: int) -> str | None:
        """The one person the last sentence of ``before`` names, when ``pronoun`` fits them and
        no one else is a subject of the paragraph so far ("Baker thanked his cast. The film stars
        Mikey Madison. '...,' he said." is Baker's)."""
        start = _last_sentence_start(before)
        sentence = before[start:]
        # ("Sandra Bullock, who thanked everyone she's ever met": a pronoun of a relative clause
        # is the clause's own.)
        for b_start, b_end in _background_spans(sentence):
            sentence = sentence[:b_start] + " " * (b_end - b_start) + sentence[b_end:]
        if not sentence.strip() or _SUBJECT_PRONOUN.search(sentence):
            # ("Accepting the award, he paid tribute to Martin Scorsese": the pronoun goes further back.)
            return None
        named = self._people_named(sentence, offset + start)
        if len(named) != 1:
            return None
        person = named.pop()
        if self.people.subjects_between(paragraph_start, offset + len(before)) - {person}:
            return None
        return person if self.people.may_be(person, pronoun) else None

    def _role_subject_referent(self, text: str, quote_start: int, offset: int, pronoun: str) -> str | None:
        """ "... is of Pedro Almodóvar for F. The Spanish director has come on the stage. '...,'
        he has said": a sentence before the quotation whose subject is a role and that names
        nobody stands for the one person its paragraph named before it, whom the pronoun
        continues (not when the paragraph named two people)."""
        start = _last_sentence_start(text[:quote_start])
        sentence = text[start:quote_start]
        role = _ROLE_SUBJECT.match(sentence)
        # ("The Québécois director, who shared a prize with Jean-Luc Godard, was close to tears":
        # a name in a relative clause is not the subject.)
        for b_start, b_end in _background_spans(sentence):
            sentence = sentence[:b_start] + " " * (b_end - b_start) + sentence[b_end:]
        if not role or self._people_named(sentence, offset + start):
            return None
        named = self._people_named(_mask_statements(text[:start]), offset)
        kind = _role_kind(role.group("role"))
        if len(named) > 1 and kind:
            # "... went to Xavier Dolan's F, a drama with Marion Cotillard and Léa Seydoux. The
            # Québécois director ...": the one of them the article shows in the role.
            named = {person for person in named if self.people.plays_role(person, kind)}
        if len(named) != 1:
            return None
        person = named.pop()
        return person if self.people.may_be(person, pronoun) else None

    def _people_named(self, text: str, offset: int) -> set[str]:
        """The full names of the people ``text`` names. A sentence's capitalised first word is
        no part of a name: "For Leung, ..." names Leung."""
        named: set[str] = set()
        for found in _NAME_RE.finditer(text):
            raw, position = found.group(), offset + found.start()
            if _in_quoted_title(text, found.start(), found.end()):
                continue  # 'the director of « Do the Right Thing »': a title's words are nobody
            resolved = self.people.resolve(raw, position)
            lead = re.match(r"(\S+)\s+(?=\S)", raw)
            # (Mid-sentence, "the Best Motion Picture" is an award, not "Best" and a person.)
            opens = re.search(r"(?:^|[.!?:;—–][”\"»]?)\s*$", text[: found.start()]) is not None
            if resolved is None and opens and lead and lead.group(1).lower() in _NON_NAME_WORDS:
                resolved = self.people.resolve(raw[lead.end() :], position + lead.end())
            if resolved and (len(resolved.split()) >= 2 or self.people.is_mononym(resolved)):
                named.add(resolved)
        return named

    def _verb_final_speaker(self, text: str, spans: list[_QuoteSpan], index: int, offset: int) -> str | None:
        """'Enyedi director "A" and "B" said.': machine translation from a verb-final language
        puts the speaker first and the speech verb after the quotations, ending the sentence."""
        last = index
        while last + 1 < len(spans) and _QUOTE_JOINER.match(text[spans[last].end : spans[last + 1].start]):
            last += 1
        if not _VERB_ENDS_SENTENCE.match(text[spans[last].end :]):
            return None
        first = index
        while first > 0 and _QUOTE_JOINER.match(text[spans[first - 1].end : spans[first].start]):
            first -= 1
        before = text[spans[first - 1].end if first else 0 : spans[first].start]
        clause_start = _last_sentence_start(before)
        clause = before[clause_start:]
        name = _NAME_RE.search(clause)
        if name is None or not _is_subject(clause, name.start(), name.end()):
            return None
        position = offset + (spans[first - 1].end if first else 0) + clause_start + name.start()
        return self.people.resolve(name.group(), position)

    def _ages_before(self, position: int) -> list[tuple[str, str]]:
        """(person, age) for each age the article gives before ``position``: "the 80-year-old
        Sidney Lumet", "Hilary Swank, 30,"."""
        found = []
        for told in _AGE_TOLD.finditer(self.article.body, 0, position):
            key = "before" if told.group("before") else "after"
            name = self.people.resolve(told.group(key), told.start(key))
            if name:
                found.append((name, told.group("age_before") or told.group("age_after")))
        return found

    def _speaker_from_match(self, match: re.Match[str], position: int) -> str | None:
        groups = match.groupdict()
        for key in ("role_name", "name_after", "name_before", "name_so", "name_according"):
            if groups.get(key):
                if key == "name_before" and _THE_DEMONYM.search(match.string, 0, match.end(key)):
                    # '"...," the American told reporters': a nationality stands for the last
                    # named person, as in "said the Italian".
                    return self.people.last_before(position)
                resolved = self.people.resolve(groups[key], position)
                # "said de Hadeln" is Moritz de Hadeln; "said la Repubblica" is nobody.
                return resolved if resolved and resolved[0].isupper() else None
        aside = groups.get("aside")
        if groups.get("role_before") and aside and _NAME_RE.fullmatch(aside.strip()):
            # '"...," the jury president, Greta Gerwig, said': the role's apposition names the
            # speaker (not '"...," the director, who thanked Greta Gerwig, said').
            speaker = self.people.resolve(aside.strip(), position + match.start("aside"))
            if speaker:
                return speaker
        role = groups.get("role_after") or groups.get("role_before") or groups.get("demonym_after")
        if role:
            gendered = _GENDERED_REFERENCE.match(role.strip())
            if gendered:
                return self.people.last_before(position, "female" if gendered.group("female") else "male")
            age = re.search(r"\b(\d{1,3})-year-old$", role.strip())
            if age:
                # '"...," said the 30-year-old': the one the article gave that age, else the last
                # person named who was given no other age ("the 80-year-old Sidney Lumet").
                aged = self._ages_before(position)
                same = [name for name, told in aged if told == age.group(1)]
                if same:
                    return same[-1]
                return self.people.last_before(position, exclude=frozenset(name for name, _ in aged))
            if re.search(r"\bactress$", role.strip()):
                # '"...," has said the actress': never a man just named ("Shah was not present").
                # ("The actor" may be a woman: Brie Larson is one.)
                return self.people.last_before(position, pronoun="she")
            return self.people.last_before(position)
        pronoun = _matched_pronoun(match)
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
            if _verb_is_anothers(clause, match.start("name"), match.group("aside")):
                continue
            speaker = self.people.resolve(match.group("name"), offset + match.start("name"))
            if speaker:
                return speaker
        match = _ACCORDING_TO.search(clause)
        if match:
            speaker = self.people.resolve(match.group("name"), offset + match.start("name"))
            if speaker:
                return speaker
        if _ACCORDING_TO_ROLE.search(clause):
            # 'According to the director, "..."': the role stands for the last person named.
            return self.people.last_before(offset)
        participle = _PARTICIPLE.search(clause)
        if participle or clause.rstrip().endswith(":"):
            # "Greta Gerwig, president of the jury, presented the prize to Baker, saying:" and
            # "Zhao sent a video message from California:": the sentence's subject speaks.
            subject_part = clause[: participle.start()] if participle else clause
            # (Past an opening article: "The host actor Jack Lemmon opened the ceremony with
            # saying".)
            first = next(
                (run for run in _NAME_RE.finditer(subject_part) if run.group() not in {"The", "A", "An"}),
                None,
            )
            if first and _is_subject(clause, first.start(), first.end()):
                speaker = self.people.resolve(first.group(), offset + first.start())
                if speaker:
                    return speaker
        if re.search(r"(?::|\s[—–])\s*$", clause) and not _SUBJECT_PRONOUN.search(clause):
            # "the President of the Jury, Isabelle Huppert, declared:", "For Leung, ..., the
            # prize was bittersweet —": the one person the introducing sentence names speaks
            # (not in "Of Huppert, she added:", where the pronoun does).
            named = self._people_named(clause, offset)
            if len(named) == 1:
                return named.pop()
        if _BEFORE_PRONOUN.search(clause) or _BEFORE_ROLE.search(clause):
            return self.people.last_before(offset)
        coordinated_name = _BEFORE_NAME_COORDINATED.match(clause)
        if coordinated_name and _is_subject(
            clause, coordinated_name.start("name"), coordinated_name.end("name")
        ):
            speaker = self.people.resolve(
                coordinated_name.group("name"), offset + coordinated_name.start("name")
            )
            if speaker:
                return speaker
        coordinated = _BEFORE_PRONOUN_COORDINATED.match(clause)
        if coordinated:
            # Only when the paragraph leaves one person the pronoun may be.
            return self.people.only_fitting_in_paragraph(offset, coordinated.group("pron"))
        role_subject = _ROLE_SUBJECT_INTRODUCTION.match(clause)
        if role_subject and not _NAME_RE.search(clause, role_subject.end("role")):
            # (Not "The director dedicated the prize to Mikey Madison:", who may be the antecedent.)
            return self.people.last_before(offset)
        if _PRONOUN_INTRODUCTION.match(clause):
            # "She calls out the industry from the podium:" -- the pronoun introduces the quote.
            return self.people.last_before(offset)
        return None


def _matched_pronoun(match: re.Match[str]) -> str | None:
    """The attribution's pronoun, in English ("a-t-elle lancé" is "she")."""
    french = match.group("pron_fr") or match.group("pron_fr_present") or match.group("pron_fr_translated")
    if french:
        return _FRENCH_PRONOUNS[french]
    return match.group("pron_after") or match.group("pron_before")


# "he and Glatzer accepted", "Glatzer and she": a joint subject of two people.
_JOINT_SUBJECT = re.compile(
    rf"\b(?:{_PRONOUNS}|{_NAME})\s+and\s+(?P<other>{_NAME})(?![\w'’])|(?P<other2>{_NAME})\s+and\s+(?:he|she)\b"
)
# Between two quotations that one verb-final attribution governs: '"A" and "B" said.'
_QUOTE_JOINER = re.compile(r"^\s*,?\s*(?:and\s*)?$")
_VERB_ENDS_SENTENCE = re.compile(rf"^\s*,?\s*(?:{_SPEECH_VERBS})\s*(?:[.!]|$)")

# Between the two parts of a quotation cut mid-sentence: ", she said, " / ", the actress told
# reporters, " -- an attribution clause without a sentence end, ending in a comma.
# (An honorific's or an initial's full stop ends no sentence: ", Mr. Trueba said, ".)
_MID_SENTENCE_ATTRIBUTION = re.compile(
    r"^\s*,?\s*(?:[^.!?;“”„«»\"]|(?<=\bMr|\bMs|\bDr|\bJr|\bSr)\.|(?<=\bMrs)\.|(?<=\b[A-Z])\.){1,80},\s*$"
)
# "a film that, he said, "nobody in his right mind should have let me make."": an attribution
# set off by commas after a relative word or conjunction leaves the writer's own sentence
# unfinished, and the lower-case quotation finishes it (a woven-in fragment).
_WOVEN_ATTRIBUTION = re.compile(
    rf"\b(?:that|which|who|whom|because|since|although|though|and|but|or|as|so|if|when|where|while)"
    rf"\s*,\s*(?:{_PRONOUNS}|{_NAME})\s+(?:{_SPEECH_VERBS})\s*,\s*$"
)
_INTRODUCING_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS})\s*[,:]\s*$")


_INTRODUCES_NEXT = re.compile(r"\s*(?:to\s+(?:the\s+)?(?:reporters|journalists|the\s+press)\s*)?[:,]\s*")


def _is_title_after_preposition(text: str, span: _QuoteSpan) -> bool:
    """ "for « On the Job: The Missing 8 », of Erik Matti": a quotation in title case right after
    a preposition names a work, however many words it has."""
    # ('was presented to: "The Red Chapel (Det Røde Kapel)," directed by Mads Brügger': a colon
    # after the preposition, or a credit after the quotation, marks a work too.)
    return (
        span.closed
        and _looks_like_title(span.text)
        and (
            re.search(r"\b(?:for|of|to|with|by|in)\s*:?\s+$", text[max(0, span.start - 7) : span.start])
            is not None
            or re.match(
                r"[”\"»]?\s*,?\s*(?:directed|written|produced)\s+by\b", text[span.end : span.end + 20]
            )
            is not None
        )
    )


def _continues_after_attribution(text: str, spans: list[_QuoteSpan], index: int) -> bool:
    """True when the quotation at ``index`` goes on, after its attribution, in the next one."""
    if index + 1 >= len(spans) or not spans[index].closed:
        return False
    first, second = spans[index].text.rstrip(), spans[index + 1].text.lstrip(" .…")
    between = text[spans[index].end : spans[index + 1].start]
    return (
        # ('« A jury, it is a small parliament », estimated X, « and ...': French puts the comma
        # outside the marks.)
        (first.endswith(",") or between.lstrip().startswith(","))
        and bool(second)
        # '"When I read the script," Demme said, "I knew ..."': the pronoun "I" is upper case
        # mid-sentence too.
        and (
            second[0].islower()
            # ('Speaking on "Good Morning America," she said, "I'm ...': a title is no first part.)
            or (re.match(r"I(?:['’](?:m|d|ve|ll)\b|\b)", second) is not None and not _looks_like_title(first))
        )
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
    introduced = introduced or (
        _INTRODUCING_VERB.search(clause) is not None and _WOVEN_ATTRIBUTION.search(clause) is None
    )
    after = text[spans[index].end :]
    return introduced and re.match(r"^[\s.!?]*(?:$|[A-Z“\"«(])", after) is not None


# "Liv ULLMANN", "Nanni MORETTI": press releases and agency copy write a surname in capitals
# after the given name (three capitals at least: "Apple TV" stays as written), or before a
# hyphenated East Asian given name ("HOU Hsiao-hsien", "WU Nien-jen").
_CAPITALS_SURNAME = re.compile(
    rf"(?<![\w'’])(?:{_UP}[a-zß-ÿ][\w'’\-]*[^\S\n]+(?P<after>{_UP}{{3,}}(?:[\-'’]{_UP}+)*)"
    rf"|(?P<before>{_UP}{{2,}})(?=[^\S\n]+{_UP}[a-zß-ÿ]+-[a-zß-ÿ]))(?![\w'’])"
)


# "Best Actress: CHARLIZE THERON, "Monster."": a live blog or a winners list writes a winner's
# whole name in capitals, two or three words of them.
_CAPITALS_NAME = re.compile(
    rf"(?<![\w'’.\-])(?<!{_UP}[^\S\n]){_UP}{{2,}}(?:-{_UP}{{2,}})?(?:[^\S\n]+{_UP}{{2,}}(?:[\-'’]{_UP}{{2,}})*){{1,2}}(?![\w'’\-])"
    rf"(?![^\S\n]+{_UP}{{2,}}\b)"
)


def _title_case_surnames(article: _Article, quote_spans: list[list[_QuoteSpan]]) -> dict[str, str]:
    """The surnames of names written in capitals ("CHARLIZE THERON") outside quotations, keyed
    by their capitals, with their title-case spelling. A run is a name when the article also
    writes its surname in title case ("Theron says"); when two runs are, capitals are the
    layout's convention for names and every such run of two or three name words before a comma
    is one ("SOFIA COPPOLA, "Lost in Translation.""; not "FINAL TALLY:"), never one holding a
    word that names no person ("THE FOG OF WAR"). ``quote_spans`` are each paragraph's."""
    wanted: set[str] = set()
    listed: set[str] = set()  # "SOFIA COPPOLA, "Lost in Translation."": a name before its film
    for paragraph, spans in zip(article.paragraphs, quote_spans, strict=True):
        for match in _CAPITALS_NAME.finditer(paragraph.text):
            words = match.group().split()
            if any(span.start <= match.start() < span.end for span in spans):
                continue
            if not any(word.lower() in _NON_NAME_WORDS or word.lower() in _PARTICLE_WORDS for word in words):
                wanted.add(words[-1])
                if paragraph.text.startswith(",", match.end()):
                    listed.add(words[-1])
    if not wanted:
        return {}
    found: dict[str, str] = {}
    for paragraph, spans in zip(article.paragraphs, quote_spans, strict=True):
        outside = _outside_quotes(paragraph.text, spans)
        for word in re.findall(rf"(?<![\w'’]){_UP}[\w'’\-]+", outside):
            if word.upper() in wanted and word != word.upper() and len(word) == len(word.upper()):
                found[word.upper()] = word
    if len(found) >= 2:
        found.update({word: _capitalised(word) for word in listed - set(found)})
    return found


def _capitals_surname_span(match: re.Match[str]) -> tuple[int, int]:
    return match.span("after") if match.group("after") else match.span("before")


def _with_title_case_surnames(article: _Article) -> _Article:
    """The article with "Liv ULLMANN" read as "Liv Ullmann" (same length, so offsets hold) when
    it writes at least two people that way: the layout's convention, not a shouted word. The
    quotations themselves are left as written."""
    found = {
        match.group("after") or match.group("before")
        for paragraph in article.paragraphs
        for match in _CAPITALS_SURNAME.finditer(paragraph.text)
    }
    quote_spans = [_quote_spans(paragraph.text) for paragraph in article.paragraphs]
    surnames = _title_case_surnames(article, quote_spans)
    if len(found) < 2 and not surnames:
        return article
    texts: list[str] = []
    for paragraph, spans in zip(article.paragraphs, quote_spans, strict=True):
        text = paragraph.text
        chars = list(text)
        for match in _CAPITALS_SURNAME.finditer(text) if len(found) >= 2 else ():
            start, end = _capitals_surname_span(match)
            if any(span.start <= start < span.end for span in spans):
                continue
            lowered = text[start + 1 : end].lower()
            if len(lowered) == end - start - 1:
                chars[start + 1 : end] = lowered
        for match in _CAPITALS_NAME.finditer(text):
            words = match.group().split()
            surname = surnames.get(words[-1])
            if surname is None or any(span.start <= match.start() < span.end for span in spans):
                continue
            for word in re.finditer(r"\S+", match.group()):
                written = surname if word.end() == match.end() - match.start() else _capitalised(word.group())
                if len(written) == len(word.group()):
                    chars[match.start() + word.start() : match.start() + word.end()] = written
        texts.append("".join(chars))
    return article.with_texts(texts)


# Japanese and Korean machine translation puts the title after the name ("Ducournau director
# said", "Lee chairman explained"): the title between a name and its verb, blanked.
_POSTPOSED_TITLE = re.compile(
    r"(?<=[a-zà-ÿ])[^\S\n]+(?:director|chairman|chairwoman|president|actor|actress)"
    rf"(?=\s*,|\s+(?:who|whose|expressed|expresses|{_SPEECH_VERBS})\b)"
)


def _without_postposed_titles(article: _Article) -> _Article:
    """The article with "Ducournau director said" read as "Ducournau          said" (same length),
    when it writes names that way at least twice; a role after a common noun ("the French
    director said") stays."""
    found = [
        (index, match)
        for index, paragraph in enumerate(article.paragraphs)
        for match in _POSTPOSED_TITLE.finditer(paragraph.text)
        if _is_surname_before(paragraph.text, match.start())
    ]
    if len(found) < 2:
        return article
    chars = [list(paragraph.text) for paragraph in article.paragraphs]
    for index, match in found:
        chars[index][match.start() : match.end()] = " " * (match.end() - match.start())
    return article.with_texts(["".join(paragraph) for paragraph in chars])


# Le Monde's "M. Truffaut", "MM. Louis Malle, Roman Polanski": French "Monsieur"/"Messieurs"
# before every man's name, kept by translation.
_FRENCH_HONORIFIC = re.compile(rf"(?<![\w.])MM?\.[^\S\n]+(?={_UP})")


def _without_french_honorifics(article: _Article) -> _Article:
    """The article with "M. Truffaut" read as "   Truffaut" (same length) when it writes names
    that way at least three times: the house style, not an initial ("M. Night Shyamalan")."""
    if sum(len(_FRENCH_HONORIFIC.findall(paragraph.text)) for paragraph in article.paragraphs) < 3:
        return article
    return article.with_texts(
        [
            _FRENCH_HONORIFIC.sub(lambda m: " " * len(m.group()), paragraph.text)
            for paragraph in article.paragraphs
        ]
    )


def _is_surname_before(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is a name ("Ducournau"), not a nationality ("French")."""
    word = re.search(r"[A-ZÀ-Þ][\w'’\-]*$", text[max(0, end - 40) : end])
    return (
        word is not None
        and bool(_NAME_RE.fullmatch(word.group()))
        and word.group().lower() not in _DEMONYM_WORDS
    )


def _through_titles(text: str, spans: list[_QuoteSpan], index: int) -> str:
    """The text after the quotation at ``index`` up to the next statement, short quoted titles
    included with their marks blanked (same length): 'the "Moonlight" director said'."""
    end = len(text)
    blanks: list[int] = []
    for span in spans[index + 1 :]:
        if not (span.closed and _word_count(span.text) < MIN_QUOTE_WORDS and _looks_like_title(span.text)):
            end = span.start
            break
        blanks += [span.start, span.end - 1]
    chars = list(text[:end])
    for position in blanks:
        chars[position] = " "
    return "".join(chars)[spans[index].end :]


def _outside_quotes(text: str, spans: list[_QuoteSpan]) -> str:
    parts = []
    cursor = 0
    for span in spans:
        parts.append(text[cursor : span.start])
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


def _sentence_end(text: str) -> int:
    # "Mr. Loach said": an honorific's full stop ends no sentence; nor does an initial's
    # ("declared S. Obraztsov").
    match = re.search(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<![\s(][A-Z])[.!?](?=\s+[A-Z“\"«]|\s*$)", text)
    return match.end() if match else len(text)


def _last_sentence_start(text: str) -> int:
    best = 0
    for match in re.finditer(r"[.!?][”\"»]?\s+(?=[A-Z“\"«])", text):
        best = match.end()
    return best


def _clean_quote(raw: str) -> str:
    text = re.sub(r"\s+", " ", raw).strip()
    stripped = text.strip('“”„«»"').strip()
    if stripped.count('"') % 2 == 1 and text.rstrip("“”„«»").endswith('"'):
        stripped += '"'  # a quotation inside ends the quote: 'It's "I want friends like that."'
    text = stripped
    # "... is, 'I am not worthy,'" he said: the comma before the inner closing mark is the
    # outer sentence's, as the comma before an outer one is.
    inner = re.search(r",([’'])$", text)
    if inner and re.search(r"(?:^|[\s(])[‘']\w", text[: inner.start()]):
        text = text[: inner.start()] + inner.group(1)
    return text.rstrip(",").strip()
