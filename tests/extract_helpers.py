"""Helpers for the extractor's article-shape tests: the winners a snippet yields."""

from __future__ import annotations

from datetime import date

from bot.news.extract import extract
from bot.news.gazetteer import Gazetteer


def wins(gazetteer: Gazetteer, event: tuple[str, date], *paragraphs: str) -> set[tuple[str, str, int, str]]:
    """(festival, award, year, film) of each winner proposed for the paragraphs, under the
    event's headline and publication date."""
    title, published = event
    found = extract("\n\n".join(paragraphs), title=title, published=published, gazetteer=gazetteer)
    return {(w.festival, w.award, w.year, w.film) for w in found.winners}
