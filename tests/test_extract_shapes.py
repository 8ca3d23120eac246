"""Article shapes from blind rounds 31-33 that no construction read, each with a near miss.

The same harness as test_extract_layouts.py: an article-sized snippet, its headline and date, and
the winners a moderator would expect in the review queue.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.news.extract import extract
from bot.news.gazetteer import Gazetteer

CANNES_2018 = ("Kore-eda's 'Shoplifters' wins the Palme d'Or", date(2018, 5, 20))


@pytest.fixture
def gazetteer(project_gazetteer: Gazetteer) -> Gazetteer:
    return project_gazetteer  # (conftest's, built once per session)


def _wins(gazetteer: Gazetteer, event: tuple[str, date], *paragraphs: str) -> set[tuple[str, str, int, str]]:
    title, published = event
    found = extract("\n\n".join(paragraphs), title=title, published=published, gazetteer=gazetteer)
    return {(w.festival, w.award, w.year, w.film) for w in found.winners}


def test_a_special_palme_dor_is_the_special_prize_not_the_palme(gazetteer: Gazetteer) -> None:
    assert _wins(
        gazetteer,
        CANNES_2018,
        'Japanese director Hirokazu Kore-eda won the Palme d\'Or on Saturday for "Shoplifters". The jury '
        "also handed a special Palme d'Or to Jean-Luc Godard for \"The Image Book\" (Le Livre d'image).",
    ) == {("Cannes", "Palme d'Or", 2018, "Shoplifters"), ("Cannes", "Special Prize", 2018, "The Image Book")}
