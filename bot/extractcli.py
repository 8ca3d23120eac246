"""`python -m bot extract FILE [--published YYYY-MM-DD]`: proposed facts of one article, as JSON.

A stable interface for outside evaluation: {"winners": [{"festival", "award", "year", "film",
"directors": []}], "quotes": [{"speaker", "text"}]} on stdout, nothing else.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from bot.news.extract import extract
from bot.news.gazetteer import load_default_gazetteer


def extract_command(path: Path, published: str | None) -> int:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 1
    day: date | None = None
    if published:
        try:
            day = date.fromisoformat(published)
        except ValueError:
            print(f"--published: {published!r} is not a date (example: --published 2024-05-25)", file=sys.stderr)
            return 2
    result = extract(text, published=day, gazetteer=load_default_gazetteer())
    json.dump(result.to_json(), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0
