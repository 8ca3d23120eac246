"""Feed documents for the news tests, written out so each test says exactly what the feed holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.utils import format_datetime
from xml.sax.saxutils import escape

BASE_TIME = dt.datetime(2025, 5, 20, 12, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    summary: str = "A film story."
    guid: str | None = None
    minutes: int = 0  # published BASE_TIME + minutes
    image: str | None = None

    @property
    def published(self) -> dt.datetime:
        return BASE_TIME + dt.timedelta(minutes=self.minutes)


def item(n: int, *, site: str = "https://films.example", **overrides: object) -> Item:
    values: dict[str, object] = {"title": f"Story number {n}", "link": f"{site}/story/{n}",
                                 "summary": f"Summary of story {n}.", "minutes": n}
    values.update(overrides)
    return Item(**values)  # type: ignore[arg-type]


def rss(items: list[Item], *, title: str = "Film Wire") -> str:
    """RSS 2.0, newest first as feeds are usually written."""
    entries = []
    for it in sorted(items, key=lambda i: i.minutes, reverse=True):
        guid = f"<guid isPermaLink=\"false\">{escape(it.guid)}</guid>" if it.guid else ""
        image = f"<enclosure url=\"{escape(it.image)}\" type=\"image/jpeg\" length=\"1\"/>" if it.image else ""
        entries.append(
            f"<item><title>{escape(it.title)}</title><link>{escape(it.link)}</link>{guid}"
            f"<description><![CDATA[<p>{it.summary}</p>]]></description>"
            f"<pubDate>{format_datetime(it.published)}</pubDate>{image}</item>")
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{escape(title)}</title>"
            f"<link>https://films.example/</link><description>d</description>{''.join(entries)}</channel></rss>")


def atom(items: list[Item], *, title: str = "Atom Films") -> str:
    entries = []
    for it in sorted(items, key=lambda i: i.minutes, reverse=True):
        entries.append(
            f"<entry><title>{escape(it.title)}</title><link rel=\"alternate\" href=\"{escape(it.link)}\"/>"
            f"<id>{escape(it.guid or it.link)}</id><updated>{it.published.isoformat()}</updated>"
            f"<summary type=\"html\">{escape('<b>' + it.summary + '</b>')}</summary></entry>")
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>{escape(title)}</title><id>urn:atom-films</id><updated>{BASE_TIME.isoformat()}</updated>"
            f"<link rel=\"alternate\" href=\"https://atom.example/\"/>{''.join(entries)}</feed>")
