"""Split a list of lines (one per win, quote, feed...) into embed-sized page bodies."""

from __future__ import annotations

from collections.abc import Sequence

from bot.render.limits import ELLIPSIS, truncate


def _fit_line(line: str, max_chars: int, max_lines: int) -> str:
    parts = line.split("\n")
    if len(parts) > max_lines:
        line = "\n".join([*parts[: max_lines - 1], parts[max_lines - 1].rstrip() + ELLIPSIS])
    if len(line) > max_chars:
        line = truncate(line, max_chars)
    return line


def paginate_lines(lines: Sequence[str], *, per_page_chars: int = 3800, max_lines: int = 20) -> list[str]:
    """Page bodies of at most ``max_lines`` lines and ``per_page_chars`` characters each.

    Lines keep their order and are never dropped: a line longer than a page is truncated
    (ending in "…") and put on a page of its own. A line containing newlines counts as that
    many lines (and is cut after ``max_lines`` of them). No lines gives ``[]``: the caller decides how to say "nothing to show"
    (an empty page would render as a blank embed).
    """
    if per_page_chars < 1 or max_lines < 1:
        raise ValueError("per_page_chars and max_lines must be at least 1")
    pages: list[str] = []
    current: list[str] = []
    current_chars = 0
    current_lines = 0
    for raw_line in lines:
        line = _fit_line(raw_line, per_page_chars, max_lines)
        line_count = line.count("\n") + 1
        added_chars = len(line) + (1 if current else 0)  # the joining "\n"
        if current and (
            current_chars + added_chars > per_page_chars or current_lines + line_count > max_lines
        ):
            pages.append("\n".join(current))
            current, current_chars, current_lines = [], 0, 0
            added_chars = len(line)
        current.append(line)
        current_chars += added_chars
        current_lines += line_count
    if current:
        pages.append("\n".join(current))
    return pages
