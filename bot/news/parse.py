"""Feed bytes → ParsedFeed: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x.

Why two XML parsers (``bench/feeds_parse.py`` on the 2-vCPU dev box, ±30 % run to run):

==========================================  ============  ==============  ==============
input                                        feedparser    fastfeedparser  parse_feed
==========================================  ============  ==============  ==============
realistic 50-item RSS, CDATA HTML, ×200      ~55 ms/feed   ~0.65 ms/feed   ~8 ms/feed
feedparser's corpus, 2,106 files             0.96 s        0.16 s          0.63 s
  exceptions on the corpus                   0             75 ValueError   0 (7 FeedParseError)
==========================================  ============  ==============  ==============

* fastfeedparser (lxml) is ~90× faster than feedparser on a realistic feed, which makes raw
  parsing vanish from a 1,000-feed poll cycle; but it raises on 3.6 % of the corpus
  (ill-formed documents, odd encodings), silently drops text and items when lxml has to
  "recover" a broken document, and ignores ``xml:base``.
* feedparser (sgmllib/expat) accepts the whole corpus and resolves relative links as the
  specifications say, but is slow.
* parse_feed's own cost (~7 of its ~8 ms) is turning titles and summaries into clean text with
  html.parser; it is still ~7× cheaper than feedparser alone, which does not even do that.

So the fast path is fastfeedparser, and feedparser is the fallback whenever the fast path
raises or returns something unusable (no entries although the document has ``<item>``/``<entry>``
elements), and also when the document is not well-formed XML (fastfeedparser's lxml recovery
silently drops text and whole items there, feedparser's loose mode does not) or uses
``xml:base`` (whose relative links only feedparser resolves correctly). Both paths (and the
JSON Feed reader, which is ours) go through the same item builder, so the output does not
depend on which parser read the feed, except for the ``parser`` field that says which one did.

Before either parser runs, the body is transcoded to UTF-8 by :func:`_decode_body`: valid UTF-8
wins over a declared legacy charset (servers that label UTF-8 as ISO-8859-1 are common, while
legacy text that happens to be valid multi-byte UTF-8 is vanishingly rare), a declared charset
that does not decode falls back to windows-1252 (a superset of Latin-1 that every byte decodes
in), so a wrong declaration costs a few odd characters, never the whole feed.

Every value is bounded (see the ``MAX_*`` constants) and ``parse_feed`` raises nothing but
:class:`FeedParseError`.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import re
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin
from xml.parsers import expat

import fastfeedparser
import feedparser

from bot.news.html_text import first_image_src, html_to_text, shorten
from bot.news.urls import canonical_url, is_http_url

logger = logging.getLogger(__name__)

MAX_ITEMS = 200
MAX_TITLE = 512
MAX_SUMMARY = 4000
MAX_AUTHOR = 256
MAX_GUID = 1024
# A longer URL is dropped rather than cut: a truncated URL points somewhere else.
MAX_URL = 2048
# HTML beyond this is never needed for a 4,000-character summary; bounding the input bounds the
# time html_to_text spends on a hostile summary.
_MAX_HTML_INPUT = 100_000

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
_ITEM_TAG = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>/]", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_FIRST_TAG = re.compile(r"<([a-z][\w:.-]*)", re.IGNORECASE)
_PROLOGUE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!doctype[^>]*>)\s*", re.IGNORECASE | re.DOTALL)
_HTML_DOCTYPE = re.compile(r"<!doctype\s+html", re.IGNORECASE)
_UNMARKED_WIDE = {
    b"\x00\x00\x00<": "utf-32-be",
    b"<\x00\x00\x00": "utf-32-le",
    b"\x00<\x00?": "utf-16-be",
    b"<\x00?\x00": "utf-16-le",
}
_HTML_ROOTS = frozenset({"html", "head", "body", "meta", "title", "div", "script", "link", "p"})
_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
_IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


class FeedParseError(Exception):
    """The document is not a feed at all (a web page, empty, garbage). ``str()`` is user-friendly."""


@dataclass(frozen=True)
class ParsedItem:
    guid: str | None  # None when the feed gives none or it merely repeats the link
    link: str | None  # canonical absolute http(s) URL
    title: str  # clean text, may be ""
    summary: str  # clean text
    image: str | None  # absolute http(s) URL
    published: datetime | None  # aware, UTC
    author: str | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    link: str | None
    items: tuple[ParsedItem, ...]
    parser: str  # "fast", "feedparser" or "json"


@dataclass
class _RawItem:
    """One entry as either parser reported it, before cleaning."""

    guid: str | None
    link: str | None
    title: str
    summary_html: str
    content_html: str
    image_candidates: list[str]
    published: datetime | None
    author: str | None


# --------------------------------------------------------------------------- public API


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse feed ``body`` fetched from ``url``; relative links resolve against ``url``.

    Raises FeedParseError (and nothing else) when the body is not a feed.
    """
    try:
        return _parse(body, url, content_type)
    except FeedParseError:
        raise
    except Exception as exc:  # a parser bug must cost one feed, never the poll loop
        logger.debug("unexpected error while parsing %s", url, exc_info=True)
        raise FeedParseError("the feed could not be read (it is badly broken)") from exc


def looks_like_html(body: bytes, content_type: str | None) -> bool:
    """True when ``body`` is a web page rather than a feed.

    The body decides (servers often label feeds text/html); the header decides only when the
    start of the body says nothing either way.
    """
    head = _sniff_text(body[:4096]).lstrip()
    html_doctype = False
    while True:  # skip any number of comments, processing instructions and doctypes
        match = _PROLOGUE.match(head)
        if not match or not match.end():
            break
        html_doctype = html_doctype or bool(_HTML_DOCTYPE.search(match.group()))
        head = head[match.end() :]
    first = _FIRST_TAG.match(head)
    if first:
        root = first.group(1).lower()
        if root in _HTML_ROOTS:
            return True
        if root.rpartition(":")[2] in _FEED_ROOTS:
            return False  # a feed, even behind an XHTML doctype or served as text/html
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    return html_doctype or mime in {"text/html", "application/xhtml+xml"}


def discover_feed_links(html: bytes | str, base_url: str) -> list[str]:
    """Absolute URLs of the feeds a web page advertises with <link rel="alternate" type=...>,
    in page order, without duplicates."""
    text = _sniff_text(html) if isinstance(html, bytes) else html
    finder = _FeedLinkFinder(base_url)
    try:
        finder.feed(text)
        finder.close()
    except Exception:  # html.parser is tolerant; this only guards against its rare assertions
        logger.debug("HTML parser gave up on %s", base_url, exc_info=True)
    return finder.links


# --------------------------------------------------------------------------- dispatch


def _parse(body: bytes, url: str, content_type: str | None) -> ParsedFeed:
    if not body.strip():
        raise FeedParseError("the address returned an empty document, not a feed")
    text = _decode_body(body, content_type)
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        return _parse_json_feed(stripped, url)
    if looks_like_html(body, content_type):
        raise FeedParseError("the address is a web page, not a feed")
    utf8_body = _XML_DECLARATION.sub("", text, count=1).lstrip().encode("utf-8")

    if b"xml:base" not in utf8_body and _is_well_formed(utf8_body):
        try:
            feed, entry_count = _parse_fast(utf8_body, url)
        except Exception as exc:
            logger.debug("fast parser failed on %s (%r); using feedparser", url, exc)
        else:
            if entry_count or not _ITEM_TAG.search(utf8_body):
                return feed
            logger.debug("fast parser found no entries in %s; using feedparser", url)
    return _parse_with_feedparser(utf8_body, url)


def _is_well_formed(body: bytes) -> bool:
    """Strict XML check (expat, C speed: ~0.5 ms for a 120 KiB feed). fastfeedparser repairs
    ill-formed XML by dropping what it cannot read (a bare "&" costs the rest of an item), while
    feedparser's loose mode keeps it, so ill-formed documents go to feedparser."""
    checker = expat.ParserCreate()
    try:
        checker.Parse(body, True)
    except expat.ExpatError:
        return False
    return True


# --------------------------------------------------------------------------- encodings


def _decode_body(body: bytes, content_type: str | None) -> str:
    """Decode ``body`` to text; see the module docstring for the rules."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same 2 bytes
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace")
    declared = _declared_encodings(body, content_type)
    wide = next((name for name in declared if name.startswith(("utf-16", "utf-32"))), None)
    if wide is None:  # UTF-16/32 without a BOM, recognised by the NULs around the first "<"
        wide = _UNMARKED_WIDE.get(body[:4])
    if wide is not None:
        try:
            return body.decode(wide)
        except UnicodeDecodeError:
            pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for name in declared:
        try:
            return body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("windows-1252", errors="replace")


def _declared_encodings(body: bytes, content_type: str | None) -> list[str]:
    """Charsets named by the XML declaration and the Content-Type header, known to Python."""
    names: list[str] = []
    match = _DECLARED_ENCODING.match(body[:512])
    if match:
        names.append(match.group(1).decode("ascii"))
    header = _CHARSET_PARAM.search(content_type or "")
    if header:
        names.append(header.group(1))
    known: list[str] = []
    for name in names:
        try:
            known.append(codecs.lookup(name).name)
        except LookupError:
            continue
    return known


def _sniff_text(data: bytes) -> str:
    """Best-effort text of a byte prefix for sniffing (never raises)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    return data.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace")


# --------------------------------------------------------------------------- fastfeedparser


def _parse_fast(body: bytes, url: str) -> tuple[ParsedFeed, int]:
    """The feed and the number of entries fastfeedparser saw (before unusable ones are dropped)."""
    result = fastfeedparser.parse(body)
    channel: Mapping[str, Any] = result.get("feed") or {}
    entries: list[Mapping[str, Any]] = result.get("entries") or []
    raw_items = (_fast_raw_item(entry) for entry in entries)
    feed = _build_feed(_str(channel.get("title")), _str(channel.get("link")), raw_items, url, "fast")
    return feed, len(entries)


def _fast_raw_item(entry: Mapping[str, Any]) -> _RawItem:
    images = [
        _str(media.get("url"))
        for media in _dicts(entry.get("media_content"))
        if _is_image(media.get("medium"), media.get("type"), media.get("url"), untyped_ok=True)
    ]
    images += _enclosure_images(entry)
    published = _iso_datetime(entry.get("published")) or _iso_datetime(entry.get("updated"))
    return _RawItem(
        guid=_str(entry.get("id")) or None,
        link=_str(entry.get("link")) or None,
        title=_str(entry.get("title")),
        summary_html=_str(entry.get("description")),
        content_html=_first_content(entry),
        image_candidates=images,
        published=published,
        author=_str(entry.get("author")) or None,
    )


# --------------------------------------------------------------------------- feedparser


def _parse_with_feedparser(body: bytes, url: str) -> ParsedFeed:
    # A BytesIO, never the bytes themselves: feedparser.parse() treats a bytes argument as a
    # possible file name and would open() it.
    result = feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-location": url, "content-type": "application/xml; charset=utf-8"},
    )
    channel: Mapping[str, Any] = result.get("feed") or {}
    entries: list[Mapping[str, Any]] = result.get("entries") or []
    if not entries and not result.get("version") and not channel.get("title"):
        raise FeedParseError("the address did not return an RSS, Atom or JSON feed")
    raw_items = (_feedparser_raw_item(entry) for entry in entries)
    return _build_feed(_str(channel.get("title")), _str(channel.get("link")), raw_items, url, "feedparser")


def _feedparser_raw_item(entry: Mapping[str, Any]) -> _RawItem:
    images: list[str] = []
    for media in _dicts(entry.get("media_content")):
        if _is_image(media.get("medium"), media.get("type"), media.get("url"), untyped_ok=False):
            images.append(_str(media.get("url")))
    images += [_str(thumb.get("url")) for thumb in _dicts(entry.get("media_thumbnail"))]
    images += _enclosure_images(entry)
    published = _struct_datetime(entry.get("published_parsed")) or _struct_datetime(
        entry.get("updated_parsed")
    )
    return _RawItem(
        guid=_str(entry.get("id")) or None,
        link=_str(entry.get("link")) or None,
        title=_str(entry.get("title")),
        summary_html=_str(entry.get("summary")),
        content_html=_first_content(entry),
        image_candidates=images,
        published=published,
        author=_str(entry.get("author")) or None,
    )


# --------------------------------------------------------------------------- JSON Feed


def _parse_json_feed(text: str, url: str) -> ParsedFeed:
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise FeedParseError("the address returned broken JSON, not a feed") from exc
    if not isinstance(document, dict) or not _str(document.get("version")).startswith(
        "https://jsonfeed.org/version/"
    ):
        raise FeedParseError("the address returned JSON that is not a JSON Feed")
    items = document.get("items")
    raw_items = (_json_raw_item(item) for item in (items if isinstance(items, list) else []))
    return _build_feed(
        _str(document.get("title")), _str(document.get("home_page_url")), raw_items, url, "json"
    )


def _json_raw_item(item: Any) -> _RawItem:
    if not isinstance(item, dict):
        item = {}
    authors = [a for a in _dicts(item.get("authors")) if a.get("name")]
    author = authors[0] if authors else item.get("author")
    guid = item.get("id")
    images = [_str(item.get("image")), _str(item.get("banner_image"))]
    images += [
        _str(a.get("url"))
        for a in _dicts(item.get("attachments"))
        if _str(a.get("mime_type")).startswith("image/")
    ]
    return _RawItem(
        # JSON Feed ids are strings by spec, numbers in practice.
        guid=str(guid) if isinstance(guid, str | int) and not isinstance(guid, bool) and guid != "" else None,
        link=_str(item.get("url")) or _str(item.get("external_url")) or None,
        title=_str(item.get("title")),
        summary_html=_str(item.get("summary")),
        content_html=_str(item.get("content_html")) or _escape_text(_str(item.get("content_text"))),
        image_candidates=[image for image in images if image],
        published=_iso_datetime(item.get("date_published")) or _iso_datetime(item.get("date_modified")),
        author=_str(author.get("name")) if isinstance(author, dict) else None,
    )


def _escape_text(text: str) -> str:
    # content_text is plain text: protect it from being read as HTML by html_to_text.
    return text.replace("&", "&amp;").replace("<", "&lt;")


# --------------------------------------------------------------------------- cleaning


def _build_feed(title: str, link: str, raw_items: Iterable[_RawItem], url: str, parser: str) -> ParsedFeed:
    items: list[ParsedItem] = []
    for raw in raw_items:
        item = _clean_item(raw, url)
        if item is not None:
            items.append(item)
            if len(items) == MAX_ITEMS:
                break
    return ParsedFeed(
        title=shorten(html_to_text(title[:_MAX_HTML_INPUT]), MAX_TITLE),
        link=_absolute_link(link, url),
        items=tuple(items),
        parser=parser,
    )


def _clean_item(raw: _RawItem, base: str) -> ParsedItem | None:
    link = _absolute_link(raw.link, base)
    guid = raw.guid.strip()[:MAX_GUID] if raw.guid and raw.guid.strip() else None
    if guid is not None and raw.link is not None and guid == raw.link.strip():
        guid = None  # the link already identifies the item (and is canonical, unlike the guid)
    if guid is None and link is None:
        return None
    summary_html = raw.summary_html or raw.content_html
    image = _first_image(raw.image_candidates, base) or _first_image(
        [
            first_image_src(raw.content_html[:_MAX_HTML_INPUT]) or "",
            first_image_src(summary_html[:_MAX_HTML_INPUT]) or "",
        ],
        base,
    )
    author = html_to_text(raw.author[:_MAX_HTML_INPUT]) if raw.author else ""
    return ParsedItem(
        guid=guid,
        link=link,
        title=shorten(html_to_text(raw.title[:_MAX_HTML_INPUT]), MAX_TITLE),
        summary=shorten(html_to_text(summary_html[:_MAX_HTML_INPUT]), MAX_SUMMARY),
        image=image,
        published=raw.published,
        author=shorten(author, MAX_AUTHOR) or None,
    )


def _absolute_link(link: str | None, base: str) -> str | None:
    if not link:
        return None
    absolute = canonical_url(link, base)
    return absolute if is_http_url(absolute) and len(absolute) <= MAX_URL else None


def _first_image(candidates: Iterable[str], base: str) -> str | None:
    for candidate in candidates:
        if not candidate:
            continue
        absolute = candidate.strip()
        if not absolute.lower().startswith(("http://", "https://")):
            absolute = urljoin(base, absolute)
        if is_http_url(absolute) and len(absolute) <= MAX_URL and not any(c.isspace() for c in absolute):
            return absolute
    return None


def _is_image(medium: Any, mime: Any, url: Any, *, untyped_ok: bool) -> bool:
    """Is this media:content / media:thumbnail an image? fastfeedparser merges thumbnails
    (which carry no type) into media_content, hence ``untyped_ok``."""
    if medium or mime:
        return _str(medium) == "image" or _str(mime).startswith("image/")
    return untyped_ok or _str(url).lower().split("?", 1)[0].endswith(_IMAGE_SUFFIXES)


def _enclosure_images(entry: Mapping[str, Any]) -> list[str]:
    images: list[str] = []
    for enclosure in _dicts(entry.get("enclosures")):
        if _str(enclosure.get("type")).startswith("image/"):
            images.append(_str(enclosure.get("url")) or _str(enclosure.get("href")))
    for link in _dicts(entry.get("links")):
        if link.get("rel") == "enclosure" and _str(link.get("type")).startswith("image/"):
            images.append(_str(link.get("href")))
    return images


def _first_content(entry: Mapping[str, Any]) -> str:
    return next((_str(c.get("value")) for c in _dicts(entry.get("content")) if c.get("value")), "")


def _iso_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)  # a feed date without a zone: UTC is the usual intent
    return parsed.astimezone(UTC)


def _struct_datetime(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)  # feedparser normalises to UTC
    except ValueError:
        return None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _dicts(value: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(value, list):
        yield from (item for item in value if isinstance(item, Mapping))


class _FeedLinkFinder(HTMLParser):
    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: (value or "") for name, value in attrs}
        if tag == "base" and values.get("href"):
            self.base_url = urljoin(self.base_url, values["href"].strip())
        if tag != "link" or "alternate" not in values.get("rel", "").lower().split():
            return
        mime = values.get("type", "").split(";", 1)[0].strip().lower()
        href = values.get("href", "").strip()
        if mime in _FEED_TYPES and href:
            absolute = urljoin(self.base_url, href)
            if is_http_url(absolute) and absolute not in self.links:
                self.links.append(absolute)

    handle_startendtag = handle_starttag
