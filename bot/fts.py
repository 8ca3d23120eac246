"""Turn whatever a user typed into a safe SQLite FTS5 MATCH expression.

FTS5 has its own query language (AND/OR/NOT/NEAR, ``*``, ``^``, ``column:``, parentheses,
quotes); passing user text straight to MATCH raises syntax errors or changes the meaning. We
keep only the words, quote each one (a quoted string is always a plain token sequence to FTS5),
make the last one a prefix query so that results follow typing, and AND them together.
"""

from __future__ import annotations

import re

from bot.text import clean_user_text

# Letters and digits in any script; "_" and everything else separate words, as FTS5's
# unicode61 tokenizer does by default.
_WORD = re.compile(r"[^\W_]+")
# Bounds the cost of one MATCH: a pasted paragraph becomes its first words.
MAX_TERMS = 12
MAX_TERM_LENGTH = 64


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(user_text: str, *, any_word: bool = False, prefix_last: bool = True) -> str | None:
    """``'"fight" "cinem"*'`` for ``"Fight cinem"``; None when no searchable word remains.

    Operators typed by the user (NEAR, AND, OR, NOT) become quoted plain words; punctuation
    (``* ^ : ( ) " -``) separates words and is otherwise dropped. ``any_word`` ORs the words
    instead (a fallback when no text has them all; bm25 still ranks the fullest matches first).
    ``prefix_last=False`` matches whole words only: FTS5 materialises the doclists of every term a
    prefix covers, so a prefix on a common word is the expensive part of a search.
    """
    words = [word[:MAX_TERM_LENGTH] for word in _WORD.findall(clean_user_text(user_text))][:MAX_TERMS]
    if not words:
        return None
    terms = [_quoted(word) for word in words]
    if prefix_last:
        terms[-1] += "*"
    return (" OR " if any_word else " ").join(terms)
