"""parse_feed, discover_feed_links, looks_like_html, and the URL/text helpers they rest on."""

from __future__ import annotations

import codecs
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.news.html_text import html_to_text, shorten
from bot.news.parse import (
    MAX_ITEMS,
    MAX_SUMMARY,
    MAX_TITLE,
    FeedParseError,
    ParsedFeed,
    discover_feed_links,
    looks_like_html,
    parse_feed,
)
from bot.news.urls import canonical_url, is_http_url

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
FEED_URL = "https://news.example.org/feed.xml"


def parse_fixture(name: str, url: str = FEED_URL) -> ParsedFeed:
    return parse_feed((FIXTURES / name).read_bytes(), url)


def rss(items: str, *, encoding: str = "utf-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        f"<title>T</title><link>https://ex.org/</link>{items}</channel></rss>"
    )


# ----------------------------------------------------------------------------- formats


def test_rss20_items_are_cleaned() -> None:
    feed = parse_fixture("rss20.xml")
    assert feed.parser == "fast"
    assert feed.title == "Film & Festival News"
    assert feed.link == "https://news.example.org/"
    first = feed.items[0]
    assert first.guid == "news-4711"
    # tracking parameters and fragment gone, other parameters kept
    assert first.link == "https://news.example.org/2024/05/palme/?page=2"
    # CDATA HTML stripped, numeric entities decoded
    assert first.title == "Cannes: Anora wins the Palme d’Or"
    # double-escaped entity decoded, script dropped, paragraphs on their own lines
    assert first.summary == (
        "The jury & its president Greta Gerwig gave the top prize to Sean Baker’s film.\nSecond paragraph."
    )
    assert first.published == datetime(2024, 5, 25, 19, 30, tzinfo=UTC)
    assert first.author == "Jane Critic"


def test_rss20_images_from_media_enclosure_and_content() -> None:
    items = {item.title: item for item in parse_fixture("rss20.xml").items}
    assert items["Cannes: Anora wins the Palme d’Or"].image == "https://cdn.example.org/palme.jpg"
    assert items["Relative link, no guid, thumbnail"].image == "https://news.example.org/thumbs/relative.png"
    assert items["Image from an enclosure"].image == "https://cdn.example.org/poster.jpg"  # not the mp3
    assert items["Image from the content"].image == "https://news.example.org/img/inline.webp"


def test_missing_guid_falls_back_to_link_and_unidentifiable_items_are_dropped() -> None:
    items = parse_fixture("rss20.xml").items
    relative = next(item for item in items if item.title.startswith("Relative link"))
    assert relative.guid is None
    assert relative.link == "https://news.example.org/2024/05/relative/"  # resolved, fbclid dropped
    assert relative.summary == "Plain escaped HTML summary"
    # a guid that only repeats the link is not kept twice
    assert next(item for item in items if item.title.startswith("Image from an enclosure")).guid is None
    assert all(item.guid or item.link for item in items)
    assert "No guid and no link: dropped" not in {item.title for item in items}
    assert len(items) == 4


def test_atom10() -> None:
    feed = parse_fixture("atom10.xml")
    assert feed.title == "Atom & Film"
    oscars, content_only = feed.items
    assert oscars.guid == "tag:atom.example.org,2024:oscars"
    assert oscars.link == "https://atom.example.org/oscars-2024?ref=home"
    assert oscars.summary == "Seven awards including Best Picture."
    assert oscars.image == "https://atom.example.org/statuette.png"
    assert oscars.author == "Sam Reporter"
    assert oscars.published == datetime(2024, 3, 11, 3, 0, tzinfo=UTC)  # -07:00 converted
    assert content_only.summary == "XHTML content here."  # content used when there is no summary


def test_atom_xml_base_resolves_relative_links() -> None:
    feed = parse_fixture("atom_xml_base.xml", url="https://elsewhere.example.net/feed")
    assert feed.parser == "feedparser"
    assert feed.link == "https://base.example.org/blog/"
    assert feed.items[0].link == "https://base.example.org/blog/posts/first.html"


def test_rss10_rdf() -> None:
    feed = parse_fixture("rss10.rdf")
    assert feed.title == "RDF Film Site"
    (item,) = feed.items
    assert item.link == "https://rdf.example.org/berlinale"
    assert item.title == "Berlinale Golden Bear"
    assert item.published == datetime(2024, 2, 24, 18, 0, tzinfo=UTC)
    assert item.author == "Rdf Writer"


def test_rss091() -> None:
    feed = parse_fixture("rss091.xml")
    assert feed.title == "Old School Cinema"
    assert [item.link for item in feed.items] == ["http://old.example.org/venice.html"]


def test_json_feed() -> None:
    feed = parse_fixture("feed.json", url="https://json.example.org/feed.json")
    assert (feed.parser, feed.title, feed.link) == ("json", "JSON Film Feed", "https://json.example.org/")
    tiff, text_only = feed.items
    assert tiff.guid == "2"
    assert tiff.link == "https://json.example.org/tiff"
    assert tiff.summary == "The audience award & more."
    assert tiff.image == "https://json.example.org/img/tiff.jpg"
    assert tiff.published == datetime(2024, 9, 15, 22, 0, tzinfo=UTC)
    assert tiff.author == "Jay Son"
    assert text_only.guid == "1"  # numeric id accepted
    assert text_only.summary == "Plain text with <angle> brackets & ampersands."  # text is not HTML


def test_json_that_is_not_a_feed() -> None:
    with pytest.raises(FeedParseError, match="not a JSON Feed"):
        parse_feed(json.dumps({"hello": "world"}).encode(), FEED_URL)
    with pytest.raises(FeedParseError, match="broken JSON"):
        parse_feed(b'{"version": "https://jsonfeed.org/version/1", ', FEED_URL)


# ----------------------------------------------------------------------------- robustness


def test_malformed_xml_is_read_by_the_tolerant_parser() -> None:
    feed = parse_fixture("malformed.xml")
    assert feed.parser == "feedparser"
    assert feed.title == "Broken & Co"
    assert [item.link for item in feed.items] == [
        "https://broken.example.org/one",
        "https://broken.example.org/two",
    ]
    assert feed.items[0].title == "Unescaped ampersand & an unclosed tag"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   \n",
        b"\x00\x01\x02garbage\xff\xfe",
        b"<not-a-feed><x/></not-a-feed>",
        b"<?xml version='1.0'?><!-- only a comment -->",
        b"<rss><channel><item><title>unterminated",
        b"{" * 100_000,
        b"[1, 2, 3]",
        b"<" * 10_000,
        "<rss>\u2028\ud800</rss>".encode("utf-8", "surrogatepass"),
    ],
)
def test_garbage_raises_only_feed_parse_error(body: bytes) -> None:
    try:
        feed = parse_feed(body, FEED_URL)
    except FeedParseError as error:
        assert str(error)
    else:
        assert isinstance(feed, ParsedFeed)


def test_empty_body_message() -> None:
    with pytest.raises(FeedParseError, match="empty"):
        parse_feed(b"", FEED_URL)


def test_html_page_is_refused_and_its_feeds_discovered() -> None:
    page = (FIXTURES / "page_with_feed.html").read_bytes()
    assert looks_like_html(page, "text/html; charset=utf-8")
    with pytest.raises(FeedParseError, match="web page"):
        parse_feed(page, "https://news.example.org/", "text/html")
    assert discover_feed_links(page, "https://news.example.org/") == [
        "https://news.example.org/feed/",
        "https://news.example.org/feed/atom/",
        "https://news.example.org/feed.json",
    ]


def test_html_page_without_feed_link() -> None:
    page = (FIXTURES / "page_without_feed.html").read_bytes()
    with pytest.raises(FeedParseError):
        parse_feed(page, "https://news.example.org/")
    assert discover_feed_links(page.decode(), "https://news.example.org/") == []


def test_feed_served_as_text_html_is_still_a_feed() -> None:
    body = rss("<item><link>https://ex.org/a</link></item>").encode()
    assert not looks_like_html(body, "text/html")
    assert parse_feed(body, FEED_URL, "text/html").items[0].link == "https://ex.org/a"
    xhtml_doctype = b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><rss><channel/></rss>'
    assert not looks_like_html(xhtml_doctype, None)


def test_windows_1252_bytes_declared_utf8() -> None:
    body = rss("<item><title>Caf\u00e9 \u201cLumi\u00e8re\u201d</title><link>https://ex.org/a</link></item>")
    feed = parse_feed(body.encode("windows-1252"), FEED_URL, "application/rss+xml; charset=utf-8")
    assert feed.items[0].title == "Café “Lumière”"


def test_utf8_bytes_declared_latin1() -> None:
    body = rss(
        "<item><title>Am\u00e9lie \u2013 Tr\u00e8s bien</title><link>https://ex.org/a</link></item>",
        encoding="iso-8859-1",
    )
    feed = parse_feed(body.encode("utf-8"), FEED_URL, "text/xml; charset=ISO-8859-1")
    assert feed.items[0].title == "Amélie – Très bien"


def test_correctly_declared_legacy_charset() -> None:
    body = rss(
        "<item><title>Gr\u00fc\u00dfe aus K\u00f6ln</title><link>https://ex.org/a</link></item>",
        encoding="iso-8859-1",
    )
    assert parse_feed(body.encode("iso-8859-1"), FEED_URL).items[0].title == "Grüße aus Köln"


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_mark(codec: str) -> None:
    text = rss("<item><title>\u00c9t\u00e9</title><link>https://ex.org/bom</link></item>")
    body = text.encode(codec)
    assert body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE))
    feed = parse_feed(body, FEED_URL)
    assert [(item.title, item.link) for item in feed.items] == [("Été", "https://ex.org/bom")]


def test_bounds_on_items_and_strings() -> None:
    huge_title = "word " * 1000
    huge_summary = "<p>" + "lorem ipsum " * 2000 + "</p>"
    items = "".join(
        f"<item><title>{huge_title}</title><link>https://ex.org/{n}</link>"
        f"<description><![CDATA[{huge_summary}]]></description></item>"
        for n in range(MAX_ITEMS + 50)
    )
    feed = parse_feed(rss(items).encode(), FEED_URL)
    assert len(feed.items) == MAX_ITEMS
    assert feed.items[0].link == "https://ex.org/0"  # order as given
    assert all(len(item.title) <= MAX_TITLE and item.title.endswith("…") for item in feed.items)
    assert all(len(item.summary) <= MAX_SUMMARY for item in feed.items)


def test_non_http_links_and_images_are_dropped() -> None:
    body = rss(
        '<item xmlns:media="http://search.yahoo.com/mrss/"><guid>g1</guid>'
        "<link>javascript:alert(1)</link>"
        '<media:content url="data:image/png;base64,AAAA" medium="image"/></item>'
    )
    (item,) = parse_feed(body.encode(), FEED_URL).items
    assert (item.guid, item.link, item.image) == ("g1", None, None)


# ----------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        (
            "HTTPS://News.Example.ORG:443/a?utm_source=x&id=1&fbclid=2#top",
            None,
            "https://news.example.org/a?id=1",
        ),
        ("/b?gclid=1&mc_cid=2&mc_eid=3&igshid=4&utm_medium=5", "http://ex.org:80/feed", "http://ex.org/b"),
        ("c?z=1&a=2", "https://ex.org/dir/feed", "https://ex.org/dir/c?z=1&a=2"),
        ("http://ex.org:8080", None, "http://ex.org:8080/"),
        ("https://ex.org/path?", None, "https://ex.org/path"),
    ],
)
def test_canonical_url(url: str, base: str | None, expected: str) -> None:
    assert canonical_url(url, base) == expected


def test_is_http_url() -> None:
    assert is_http_url("https://ex.org/x")
    assert not is_http_url("ftp://ex.org/x")
    assert not is_http_url("/relative")
    assert not is_http_url("http://")


def test_html_to_text() -> None:
    assert html_to_text("<style>p{}</style><p>A&nbsp;&amp;amp;&#x2019;</p><div>B</div>") == "A &’\nB"
    assert html_to_text("AT&T  <  more") == "AT&T < more"


def test_shorten_never_exceeds_limit() -> None:
    text = "The quick brown fox jumps over the lazy dog"
    assert shorten(text, 100) == text
    assert shorten(text, 15) == "The quick…"
    assert shorten("x" * 50, 10) == "x" * 9 + "…"
    assert all(len(shorten(text, limit)) <= limit for limit in range(len(text) + 1))
