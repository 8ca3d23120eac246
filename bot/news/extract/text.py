"""Article preparation: cleaning, un-gluing machine-translated words, splitting into paragraphs."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from bot.news.extract.models import MAX_TEXT_CHARS
from bot.news.extract.patterns import _LETTER, _NON_NAME_WORDS, _SPEECH_VERBS, _UP

# ---------------------------------------------------------------------------------------------
# Article preparation: cleaning, un-gluing words, paragraphs
# ---------------------------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\u200b-\u200f\u2060\ufeff]")
_HSPACE = re.compile(r"[^\S\n]+")
_EMPHASIS = re.compile(r"\*\*([^*\n]{1,200}?)\*\*|(?<!\w)__([^_\n]{1,200}?)__(?!\w)")
# ("▽Grand Prix = ...", "◇ director award ...": Japanese and Korean copy's list marks need no space.)
_BULLET = re.compile(r"^\s*(?:(?:[•·▪●◦\-\*–—]|\d+[.)])\s+|[▽▼◇◆△▲○■□※►]\s*)")

# Function words that machine translation glues onto the end of a title or name.
_GLUE_SUFFIXES = (
    "from", "after", "with", "which", "that", "the", "and", "for", "was", "won", "has", "who",
    "in", "is", "of", "at", "by", "to", "on", "as", "y",
)  # fmt: skip
_WORD_RE = re.compile(rf"{_LETTER}+")
_UPPER_RUN_GLUE = re.compile(rf"({_UP}{{2,}})({'|'.join(_GLUE_SUFFIXES)})$")
# "wonthe Palme d'Or": a win verb glued to the article that follows it.
_GLUED_VERB = re.compile(r"(won|wins|took|takes|received|awarded|shared)(the|a|an|its|his|her)")


def _unglue(text: str, evidence: str = "") -> str:
    """Split "Anorafrom" into "Anora from" when "Anora" also stands alone in the article.

    The evidence rule keeps real words ("Martin", "Austin") intact unless their prefix is
    itself a word of this article. An upper-case run glued to lower case ("NEONis") is split
    when the tail is a function word.
    """
    tokens = _WORD_RE.findall(text)
    words = set(tokens) | set(_WORD_RE.findall(evidence))
    # A capitalised word the article writes twice or more is a name of its own ("Welland" in an
    # article that also uses "Well"): glue is an accident of one spot, not a spelling.
    repeated = {token for token, count in Counter(tokens).items() if count >= 2 and token[0].isupper()}

    def split(match: re.Match[str]) -> str:
        token = match.group()
        if token in repeated:
            return token
        if not token[0].isupper():
            verb_glue = _GLUED_VERB.fullmatch(token)
            return f"{verb_glue.group(1)} {verb_glue.group(2)}" if verb_glue else token
        upper_run = _UPPER_RUN_GLUE.match(token)
        if upper_run:
            return f"{upper_run.group(1)} {upper_run.group(2)}"
        for suffix in _GLUE_SUFFIXES:
            prefix = token[: -len(suffix)]
            # A function word is no glued name: "Into" is not "In to".
            # "Palme d'Orfor": after an elided "d'" the prefix is the end of a French award
            # name ("d'Or"), even when it is also a function word.
            elided = match.string[max(0, match.start() - 2) : match.start()] in {"d'", "d’"}
            if (
                token.endswith(suffix)
                and len(prefix) >= 2
                # ("Joy" is no "Jo y" in an article that names Jo Koy: a glued Spanish "y" follows a
                # longer word, "Sadnessy".)
                and (suffix != "y" or len(prefix) >= 4)
                and (prefix in words or (elided and len(prefix) <= 3 and prefix[0].isupper()))
                and (elided or prefix.casefold() not in _NON_NAME_WORDS)
            ):
                return f"{prefix} {suffix}"
        return token

    return _WORD_RE.sub(split, text)


@dataclass(frozen=True)
class _Paragraph:
    text: str
    start: int  # offset in _Article.body


@dataclass(frozen=True)
class _Article:
    title: str
    body: str
    paragraphs: tuple[_Paragraph, ...]

    @classmethod
    def build(cls, text: str, title: str) -> _Article | None:
        if not isinstance(text, str):
            return None
        raw = (text or "")[:MAX_TEXT_CHARS]
        raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
        raw = _reversed_guillemets(_CONTROL_CHARS.sub(" ", raw)).translate(_CJK_QUOTES)
        raw = _closing_marks_as_pairs(raw)
        raw = _DOUBLED_APOSTROPHES.sub(r"“\1”", raw)
        if not raw.strip():
            return None
        blocks = _paragraph_blocks(raw)
        body_parts: list[str] = []
        paragraphs: list[_Paragraph] = []
        offset = 0
        glued_text = _unglue("\n\n".join(blocks), evidence=title or "")
        for block in glued_text.split("\n\n"):
            paragraphs.append(_Paragraph(block, offset))
            body_parts.append(block)
            offset += len(block) + 2
        clean_title = _HSPACE.sub(" ", _CONTROL_CHARS.sub(" ", _reversed_guillemets(title or "")))
        clean_title = _closing_marks_as_pairs(clean_title.translate(_CJK_QUOTES)).strip()[:1000]
        return cls(title=clean_title, body="\n\n".join(body_parts), paragraphs=tuple(paragraphs))

    def with_texts(self, texts: list[str]) -> _Article:
        """The article with each paragraph's text replaced by one of the same length, so that
        every offset still holds ("Liv ULLMANN" read as "Liv Ullmann", "M. Truffaut" as
        "   Truffaut")."""
        paragraphs = tuple(
            _Paragraph(text, paragraph.start) for text, paragraph in zip(texts, self.paragraphs, strict=True)
        )
        return _Article(title=self.title, body="\n\n".join(texts), paragraphs=paragraphs)


# Danish, German and Swedish quotation marks point inwards: »Pelle the Conqueror«. The opening
# "»" follows a space and touches the next word; the closing "«" touches the last one. French
# spacing ("« Anora » et « Flow »") never matches.
# (Not "… Dog », western … («": a mark before punctuation or after a bracket is French.)
_REVERSED_GUILLEMETS = re.compile(r"(?<![^\s(\[—–-])»(?=[^\W_]|[¿¡'‘\"“])([^«»\n]{1,2000}?)(?<=[^\s«»(\[])«")


# Japanese and Chinese title and quotation brackets (『The Wind Rises』, 「...」, 《Lust·Caution》,
# 〈...〉), kept by machine translation, and the low opening mark „: read as the double quotation
# marks they stand for (same length).
_CJK_QUOTES = str.maketrans(
    {
        "『": "“",
        "』": "”",
        "「": "“",
        "」": "”",
        "《": "“",
        "》": "”",
        "〈": "“",
        "〉": "”",
        # German, Polish, Czech and Romanian open with a low mark: „Gegen die Wand“, „The exile”.
        "„": "“",
    }
)


# ''Paar'', ''Rain Man'': two apostrophes for each quotation mark, as some wire copy (ANSA, AP
# in plain text) types them.
_DOUBLED_APOSTROPHES = re.compile(r"''(?=\S)([^'\n]{1,300}?)(?<=\S)''")


def _reversed_guillemets(text: str) -> str:
    """»…« pairs as «…» (same length), the form the rest of the extractor reads."""
    if "»" not in text:
        return text
    return _REVERSED_GUILLEMETS.sub(lambda m: f"«{m.group(1)}»", text)


# Swedish and Finnish typography opens a quotation with the closing mark: ”The Square”. A mark
# after a space (or a bracket, a dash, the line's start) that touches the next word opens; its
# pair touches the last word. An English “A” never matches: its ” follows a word.
_CLOSING_MARK_PAIRS = re.compile(r"(?<![^\s(\[—–-])”(?=[^\W_]|[¿¡'‘])([^“”\n]{1,2000}?)(?<=[^\s“”(\[])”")


def _closing_marks_as_pairs(text: str) -> str:
    """”…” pairs as “…” (same length), the form the rest of the extractor reads."""
    if "”" not in text:
        return text
    return _CLOSING_MARK_PAIRS.sub(lambda m: f"“{m.group(1)}”", text)


# A live blog's entry time: "11:45 p.m. ET:", "9:40 PM:", "21:04 GMT -", "8:31pm |". A clock
# time with a meridiem or a time zone and a separator; a bare "12:10" may be a score or a ratio.
_ZONE = r"(?:[ECMP][SD]?T|GMT|BST|CES?T|UTC)"
_TIME_STAMP = re.compile(
    rf"^\d{{1,2}}[:.]\d{{2}}(?=\s*(?:[aApP]\.?[mM]\b|{_ZONE}\b))"
    rf"(?:\s*[aApP]\.?[mM]\.?)?(?:\s*{_ZONE})?\s*[:—–|-]\s+"
)


# Spanish, Portuguese and Polish copy marks speech with dashes, not quotation marks:
# "— This is a moment of joy — said Benigni, in an English very particular. — I would like ...".
# A line that opens with a dash and has a spaced dash before a speech verb later on is dialogue;
# so is a dashed line after a line that ends with a colon ("he was still more brief:").
_DIALOGUE_DASH = re.compile(r"^[—–-][^\S\n]+(?=[“\"«]?[^\W\d_])")
_DIALOGUE_ATTRIBUTION = re.compile(rf"[^\S\n][—–-][^\S\n]+[^—–\n]{{0,40}}?\b(?:{_SPEECH_VERBS})\b")
_DIALOGUE_SPLIT = re.compile(r"[^\S\n][—–-][^\S\n]+")


def _dialogue_as_quotes(line: str, after_colon: bool) -> str | None:
    """A dash-marked line of dialogue rewritten with quotation marks (the quote, the narration,
    the next quote, ...), or None when the line is no dialogue (a bullet)."""
    opening = _DIALOGUE_DASH.match(line)
    if opening is None:
        return None
    rest = line[opening.end() :]
    if "“" in rest or '"' in rest or "«" in rest:
        return None
    if not _DIALOGUE_ATTRIBUTION.search(rest) and not (
        after_colon and len(rest.split()) >= 6 and ":" not in rest
    ):
        return None
    parts = [part.strip() for part in _DIALOGUE_SPLIT.split(rest)]
    out: list[str] = []
    for index, part in enumerate(parts):
        if index % 2 == 1:
            out.append(part)
        elif index + 1 < len(parts):
            out.append(f"“{part if part[-1:] in '.!?,' else part + ','}”")
        else:
            out.append(f"“{part}”")
    return " ".join(out)


# A radio transcript's speaker line (NPR): "Mr. HENRY BEAN (Director, "The Believer"): I read
# that story ...", "Ms. KATE DAVIS: ...". The honorific and the capitals mark a quoted person; the
# reporters' own lines ("BLAIR: ...") have neither, and a film clip's line opens with the part
# played ("(As Danny Balint) ...").
_TRANSCRIPT_SPEAKER = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+"
    r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*[A-ZÀ-Þ.](?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*[A-ZÀ-Þ.]){0,3})"
    r"(?:\s*\([^()\n]{1,150}\))?:\s+(?P<speech>[^\s(].*)$"
)


def _transcript_line_as_quote(line: str) -> str | None:
    """A transcript's speaker line as "Henry Bean said: «…»", or None for any other line."""
    match = _TRANSCRIPT_SPEAKER.match(line)
    if match is None or not re.search(r"[A-ZÀ-Þ]{2}", match.group("name")):
        return None
    name = " ".join(_capitalised(word) for word in match.group("name").split())
    # Guillemets around the speech keep a quotation inside it ("It's "I want friends like
    # that."") whole, in the double marks it was written with.
    return f"{name} said: «{match.group('speech')}»"


def _capitalised(word: str) -> str:
    """ "RENÉE" -> "Renée", "JEAN-LUC" -> "Jean-Luc"."""
    return re.sub(rf"{_LETTER}+", lambda part: part.group()[0] + part.group()[1:].lower(), word)


# A web page's cross-link line ("» READ ALSO - Cannes 2015: the red carpet in pictures", "Read
# more: ..."): page furniture copied with the article, never its text (its "»" opened a quotation).
_CROSS_LINK_LINE = re.compile(
    r"^[»›>▶►•*\-\s]*(?:read\s+(?:also|more)|see\s+also|also\s+read|related|lire\s+aussi|à\s+lire\s+aussi|"
    r"leer\s+m[aá]s|lea\s+tambi[eé]n|leggi\s+anche|mehr\s+zum\s+thema|lesen\s+sie\s+auch)\b\s*[-–—:|]",
    re.IGNORECASE,
)


# Japanese and Korean palmarès run their items on in one line, each after a bullet mark: "▽Grand
# Prix 「A Hero」 (...) ▽Director award Leos Carax 「Annette」 (France) ▽Jury award ...".
_INLINE_BULLET = re.compile(r"(?<=\S)\s*(?=[▽▼◇◆△▲■□►]\s*\S)")


def _inline_bullet_items(line: str) -> list[str]:
    """A line of run-on bullet items as one line per item; any other line as it is."""
    if len(_INLINE_BULLET.findall(line)) < 2:
        return [line]
    return _INLINE_BULLET.split(line)


# A line that opens with a short label and a colon ("Best Director: Cristian Mungiu (...)") is
# a list's item of its own, even in hard-wrapped text: a palmarès printed alone is all short lines.
_LABELLED_LINE = re.compile(r"[A-Z][\w'’\-]*(?:[ ,]+[\w'’\-]+){0,7}:\s")


def _paragraph_blocks(raw: str) -> list[str]:
    """Paragraphs: blank lines and bullets separate them, and so does a line break after a
    finished sentence. Lines are joined only in hard-wrapped text (no line longer than 100
    characters), where a line break inside a sentence is not a paragraph break."""
    blocks: list[str] = []
    current: list[str] = []
    lines = [part for line in raw.split("\n") for part in _inline_bullet_items(line)]
    hard_wrapped = sum(1 for line in lines if line.strip()) >= 3 and max(len(line) for line in lines) <= 100
    for raw_line in lines:
        # Markdown emphasis ("**Golden Lion** – F") is layout, not text.
        line = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), _HSPACE.sub(" ", raw_line)).strip()
        if _CROSS_LINK_LINE.match(line):
            line = ""
        previous_line = current[-1] if current else (blocks[-1] if blocks else "")
        dialogue = (
            (_transcript_line_as_quote(line) or _dialogue_as_quotes(line, previous_line.endswith(":")))
            if line
            else None
        )
        bullet = None if dialogue else (_BULLET.match(line) if line else None)
        if dialogue:
            line = dialogue
        elif bullet:
            line = line[bullet.end() :]
        # "11:45 p.m. ET: BEST DIRECTOR: ...": a live blog's time stamp is layout, like a bullet.
        stamp = _TIME_STAMP.match(line) if line else None
        if stamp:
            line = line[stamp.end() :]
        previous = current[-1] if current else ""
        continues = bool(
            hard_wrapped
            and line
            and previous
            and not bullet
            and previous[-1] not in '.!?:”"»'
            and not _LABELLED_LINE.match(line)
        )
        if not continues and current:
            blocks.append(" ".join(current))
            current = []
        if line:
            current.append(line)
    if current:
        blocks.append(" ".join(current))
    return [item for block in blocks for item in _inline_list_items(block)]


# A palmarès run into one paragraph, as wire copy and its translations print it: "The palmares
# is the following. Lion of gold of San Marco: «Il deserto rosso» of Michelangelo Antonioni
# (Italy). Special prize of the jury, ex aequo: «Amleto» ... . Cup Volpi for ...: Tom Courtenay
# for ...", "Here are the principal Oscars. Film: «The Godfather». Direction: Bob Fosse
# («Cabaret»). ...". A sentence that opens with a short label and a colon is one item; three or
# more in a paragraph are a list, read line by line like a printed one.
_INLINE_LIST_LABEL = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][”\"»)]))\s+(?=[A-Z][\w'’\-]*(?:[ ,]+[\w'’\-]+){0,7}:\s)"
)


def _inline_list_items(block: str) -> list[str]:
    """A paragraph holding an inline palmarès as its lead and one line per item; any other
    paragraph as it is."""
    if block.count(":") < 3:
        return [block]
    parts = _INLINE_LIST_LABEL.split(block)
    if len(parts) < 4:
        return [block]
    return [part.strip() for part in parts if part.strip()]
