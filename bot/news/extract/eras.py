"""Awards under the names of their era.

Cannes's top prize was the Grand Prix du Festival International du Film until 1954, the Palme
d'Or from 1955, and again the "Grand Prix" from 1964 to 1974. An article of those years that
says its winner "won the Grand Prix" tells the top prize, not today's second prize of that name,
which was then the "Special Grand Prix of the Jury". So a bare "Grand Prix" of those years is
read as the award of its era; one named with the jury ("the special grand prize of the jury"),
or another body's ("the technical grand prize"), stays what it says.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.news.extract.models import ProposedWinner
from bot.news.gazetteer import Gazetteer

# (festival key, award key) -> ((first year, last year, the award key of those years), ...)
_ERAS: dict[tuple[str, str], tuple[tuple[int, int, str], ...]] = {
    ("cannes", "grand-prix"): ((1946, 1954, "grand-prix-festival"), (1964, 1974, "palme-dor")),
}
# Folded text around the award's name: words that make it the jury's or another body's prize.
_QUALIFIED = re.compile(
    r"jury|jurado|giuria|special|especial|technic|tecnic|commission|critic|audience|public"
)
# How far either side of the name a qualifier still belongs to it ("the special grand prize of
# the jury").
_REACH = 16


def in_its_era(
    gazetteer: Gazetteer, winner: ProposedWinner, folded: str, start: int, end: int
) -> ProposedWinner:
    """``winner`` with the award of its year's era, read from the award's name at
    ``folded[start:end]``; unchanged where the name is qualified or the year is no other era."""
    festival = next((f for f in gazetteer.festivals if f.short_name == winner.festival), None)
    if festival is None:
        return winner
    award = next((a for a in festival.awards if a.name == winner.award), None)
    if award is None:
        return winner
    eras = _ERAS.get((festival.key, award.key), ())
    era_key = next((key for first, last, key in eras if first <= winner.year <= last), None)
    if era_key is None or _QUALIFIED.search(folded, max(0, start - _REACH), end + _REACH):
        return winner
    era_award = next((a for a in festival.awards if a.key == era_key), None)
    return replace(winner, award=era_award.name) if era_award is not None else winner
