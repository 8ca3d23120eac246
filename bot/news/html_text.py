"""Plain text from the HTML and entity soup that feeds put in titles and summaries.

lxml's HTML parser (C, tolerant of fragments and broken markup) does the work: it is ~10x
faster than the standard library's ``html.parser``, which was most of the cost of parsing a feed.
The stdlib parser remains the fallback for input lxml refuses.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from lxml import etree
from lxml import html as lxml_html

# Elements whose content is never text a reader should see.
_HIDDEN = frozenset({"script", "style", "template", "noscript", "head", "title", "iframe", "svg", "math"})
# Elements that start a new line in rendered HTML.
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
# A character or entity reference left over after one decoding pass (double escaping).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES = re.compile(r"[^\S\n]+")
# C0/C1 controls (except newline and tab) and zero-width characters: invisible noise in a feed.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]")
_ELLIPSIS = "…"


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.first_image: str | None = None
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag == "img" and self.first_image is None:
            self.first_image = next((value for name, value in attrs if name == "src" and value), None)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <img/>: a self-closed hidden element must not open a hidden section.
        if tag not in _HIDDEN:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.parts.append(data)


def _extract(markup: str) -> _TextExtractor:
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return extractor


def _tidy(text: str) -> str:
    # Entities escaped twice (``&amp;amp;``, ``&amp;#8217;``) survive the parser once; decode
    # the leftovers, at most twice more, so that literal text is not decoded forever.
    for _ in range(2):
        if not _ENTITY.search(text):
            break
        text = html.unescape(text)
    text = _INVISIBLE.sub("", text.replace("\xa0", " "))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(markup: str) -> str:
    """Readable plain text of an HTML fragment: tags dropped (script/style with their content),
    block elements on their own lines, entities decoded, whitespace collapsed."""
    if "<" not in markup:
        # A plain-text title, maybe with entities: no tags to parse.
        return _tidy(html.unescape(markup) if "&" in markup else markup)
    try:
        return _tidy(_lxml_text(markup))
    except (etree.LxmlError, ValueError):
        return _tidy("".join(_extract(markup).parts))


def _lxml_text(markup: str) -> str:
    root = lxml_html.fragment_fromstring(markup, create_parent="div")
    etree.strip_elements(root, *_HIDDEN, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    for element in root.iter(*_BLOCK):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    return str(etree.tostring(root, method="text", encoding="unicode"))


def first_image_src(markup: str) -> str | None:
    """The ``src`` of the first ``<img>`` in an HTML fragment, as written (maybe relative)."""
    if "<img" not in markup.lower():
        return None
    return _extract(markup).first_image


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a word boundary, ending with "…"."""
    if len(text) <= limit:
        return text
    if limit <= 0:
        return ""
    cut = text[: limit - len(_ELLIPSIS)]
    boundary = max(cut.rfind(" "), cut.rfind("\n"))
    # Cut at the last word boundary unless that throws away most of the text (one huge word).
    if boundary > len(cut) // 2:
        cut = cut[:boundary]
    return cut.rstrip(" \n,;:-–—") + _ELLIPSIS
