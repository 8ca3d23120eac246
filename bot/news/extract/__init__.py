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
* The headline's win ("'Still Life' takes Golden Lion", "Golden Bear for "Title"") is proposed
  when the body's sentences gave none for that award (quoted headline titles only); "the
  festival's top prize" is the festival's top award, unless that award was already told (then
  the rank refers back to it) or the rank belongs to a section ("the documentary competition's").
* Last look (plausible.py): list-line debris in a proposed film (" — ", "|", ", who", a credit,
  an alternate title after " / ", a winner mark) is cut or the proposal dropped; an award given
  four or more films is a list of nominees, of which only films on a line marking a win stay.
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
  One word is a name only for a person known by one ("the Icelandic singer Björk", "director
  Costa-Gavras": a noun for a person right before it, the name written twice, no fuller name
  holding it). A joint subject ("he and Glatzer accepted") attributes the next quotation to
  nobody: either may have said it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date

from bot.news.extract.models import (
    EMPTY,
    MAX_TEXT_CHARS,
    MIN_QUOTE_WORDS,
    Extraction,
    ProposedQuote,
    ProposedWinner,
)
from bot.news.extract.plausible import plausible_title
from bot.news.extract.quotes import _QuoteFinder
from bot.news.extract.text import _Article
from bot.news.extract.winners import _WinnerFinder
from bot.news.gazetteer import Gazetteer, fold

__all__ = [
    "EMPTY",
    "MAX_TEXT_CHARS",
    "MIN_QUOTE_WORDS",
    "Extraction",
    "ProposedQuote",
    "ProposedWinner",
    "extract",
]

logger = logging.getLogger(__name__)


def extract(text: str, *, title: str = "", published: date | None = None, gazetteer: Gazetteer) -> Extraction:
    """Proposed winners and quotes for one article; never raises."""
    try:
        article = _Article.build(text, title)
        if article is None:
            return EMPTY
        winners = _without_nominee_lists(
            _plausible_winners(_WinnerFinder(article, gazetteer, published).find()), article.body
        )
        films = {fold(w.film) for w in winners}
        quotes = _QuoteFinder(article, gazetteer, films).find()
        return Extraction(winners=tuple(winners), quotes=tuple(quotes))
    except Exception:  # a bad article must never stop the news pipeline
        logger.exception("extraction failed; proposing nothing for this article")
        return EMPTY


def _plausible_winners(winners: list[ProposedWinner]) -> list[ProposedWinner]:
    """The winners whose film reads as a title (repaired where it can be), duplicates dropped."""
    kept: dict[tuple[str, str, int, str], ProposedWinner] = {}
    for winner in winners:
        film = plausible_title(winner.film)
        if film is None:
            logger.debug("dropped a proposal whose film is no title: %r", winner.film)
            continue
        key = (winner.festival, winner.award, winner.year, fold(film))
        kept.setdefault(key, replace(winner, film=film))
    return list(kept.values())


# Ties are of two, rarely three films; a list of nominees read as winners gives one award many
# films ("BEST PICTURE / * WINNER: "The Artist" / "The Descendants" / "The Help" ...).
MAX_TIED_FILMS = 3
_WINNER_MARK = re.compile(r"\b(?:winners?|won|wins)\b|[★✓✔]", re.IGNORECASE)


def _without_nominee_lists(winners: list[ProposedWinner], body: str) -> list[ProposedWinner]:
    """An award given more than ``MAX_TIED_FILMS`` films is a list of nominees: only the films
    on a line that marks a win ("* WINNER: ...", "The Artist (winner)") stay, or none."""
    films_by_award: dict[tuple[str, str, int], list[ProposedWinner]] = {}
    for winner in winners:
        films_by_award.setdefault((winner.festival, winner.award, winner.year), []).append(winner)
    marked_lines = [fold(line) for line in body.splitlines() if _WINNER_MARK.search(line)]
    dropped: set[ProposedWinner] = set()
    for group in films_by_award.values():
        if len(group) <= MAX_TIED_FILMS:
            continue
        marked = {w for w in group if any(fold(w.film) in line for line in marked_lines)}
        keep = marked if 0 < len(marked) <= 2 else set()
        logger.debug("%s has %d films: a list of nominees, keeping %d", group[0].award, len(group), len(keep))
        dropped |= set(group) - keep
    return [w for w in winners if w not in dropped]
