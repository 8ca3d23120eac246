"""Import and export the facts CSVs (data/*.csv; the format is described in data/README.md).

Import is all-or-nothing: every file is read and every row validated first; any problem is
reported as ``file:line: reason`` and nothing is written. Then one transaction upserts by
natural keys, so importing the same files twice changes nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.store import Store
from bot.text import clean_user_text

FILES = ("festivals", "awards", "editions", "wins", "quotes")
COLUMNS: dict[str, tuple[str, ...]] = {
    "festivals": ("key", "name", "short_name", "kind", "aliases", "source"),
    "awards": ("festival", "key", "name", "is_top", "aliases", "source"),
    "editions": ("festival", "year", "number", "held", "jury_president", "note", "source"),
    "wins": ("festival", "award", "year", "film", "original_title", "film_aliases", "directors", "recipients", "note",
             "source"),
    "quotes": ("speaker", "text", "film", "event", "date", "language", "source"),
}
MIN_YEAR, MAX_YEAR = 1900, date.today().year + 1
MAX_NAME, MAX_QUOTE = 200, 1000


class ImportError_(Exception):
    """Raised with every problem found; nothing was written."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Row:
    where: str  # "file:line"
    values: dict[str, str]

    def get(self, name: str) -> str:
        return clean_user_text(self.values.get(name) or "")

    def split(self, name: str) -> list[str]:
        return [part for part in (clean_user_text(p) for p in (self.values.get(name) or "").split("|")) if part]


@dataclass
class FactFiles:
    rows: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in FILES})

    @property
    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def _kind_of(path: Path, header: list[str]) -> str | None:
    if path.stem in COLUMNS:
        return path.stem
    for kind, columns in COLUMNS.items():
        if set(columns) <= set(header):
            return kind
    return None


def read_fact_files(paths: Iterable[Path]) -> FactFiles:
    """Read CSVs (a directory means its festivals/awards/editions/wins/quotes.csv) and validate them."""
    files = FactFiles()
    problems: list[str] = []
    expanded: list[Path] = []
    for path in paths:
        if path.is_dir():
            expanded += [path / f"{name}.csv" for name in FILES if (path / f"{name}.csv").is_file()]
        else:
            expanded.append(path)
    if not expanded:
        raise ImportError_(["no facts CSV files found"])
    for path in expanded:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot read ({exc})")
            continue
        reader = csv.DictReader(io.StringIO(text))
        header = list(reader.fieldnames or [])
        kind = _kind_of(path, header)
        if kind is None:
            problems.append(f"{path}:1: unknown file (name it festivals/awards/editions/wins/quotes.csv)")
            continue
        missing = [c for c in COLUMNS[kind] if c not in header]
        if missing:
            problems.append(f"{path}:1: missing columns {', '.join(missing)}")
            continue
        for record in reader:
            files.rows[kind].append(Row(f"{path.name}:{reader.line_num}", {k: v or "" for k, v in record.items() if k}))
    problems += validate(files)
    if problems:
        raise ImportError_(problems)
    return files


def _year(row: Row, name: str, problems: list[str], *, required: bool = True) -> int | None:
    raw = row.get(name)
    if not raw:
        if required:
            problems.append(f"{row.where}: {name} is empty")
        return None
    if not raw.isdigit() or not MIN_YEAR <= int(raw) <= MAX_YEAR:
        problems.append(f"{row.where}: {name} {raw!r} is not a year between {MIN_YEAR} and {MAX_YEAR}")
        return None
    return int(raw)


def validate(files: FactFiles) -> list[str]:
    problems: list[str] = []
    festivals = {r.get("key") for r in files.rows["festivals"]}
    awards = {(r.get("festival"), r.get("key")) for r in files.rows["awards"]}
    for row in files.rows["festivals"]:
        for col in ("key", "name", "short_name"):
            if not row.get(col):
                problems.append(f"{row.where}: {col} is empty")
        if row.get("kind") not in ("festival", "ceremony"):
            problems.append(f"{row.where}: kind must be festival or ceremony, not {row.get('kind')!r}")
    for row in files.rows["awards"]:
        if row.get("festival") not in festivals:
            problems.append(f"{row.where}: unknown festival {row.get('festival')!r}")
        if not row.get("key") or not row.get("name"):
            problems.append(f"{row.where}: key and name are required")
        if row.get("is_top") not in ("0", "1"):
            problems.append(f"{row.where}: is_top must be 0 or 1")
    for row in files.rows["editions"]:
        if row.get("festival") not in festivals:
            problems.append(f"{row.where}: unknown festival {row.get('festival')!r}")
        _year(row, "year", problems)
        if row.get("number") and not row.get("number").isdigit():
            problems.append(f"{row.where}: number {row.get('number')!r} is not a whole number")
        if row.get("held") not in ("0", "1"):
            problems.append(f"{row.where}: held must be 0 or 1")
    for row in files.rows["wins"]:
        if (row.get("festival"), row.get("award")) not in awards:
            problems.append(f"{row.where}: unknown award {row.get('festival')}/{row.get('award')}")
        _year(row, "year", problems)
        if not row.get("film"):
            problems.append(f"{row.where}: film is empty")
        for name in [row.get("film"), *row.split("directors"), *row.split("recipients")]:
            if len(name) > MAX_NAME:
                problems.append(f"{row.where}: {name[:30]!r}… is longer than {MAX_NAME} characters")
    for row in files.rows["quotes"]:
        if not row.get("speaker") or not row.get("text"):
            problems.append(f"{row.where}: speaker and text are required")
        if len(row.get("text")) > MAX_QUOTE:
            problems.append(f"{row.where}: the quote is longer than {MAX_QUOTE} characters")
        if row.get("date"):
            try:
                date.fromisoformat(row.get("date"))
            except ValueError:
                problems.append(f"{row.where}: date {row.get('date')!r} is not YYYY-MM-DD")
    for kind in FILES:
        if kind != "quotes" and any(not r.get("source") for r in files.rows[kind]):
            first = next(r for r in files.rows[kind] if not r.get("source"))
            problems.append(f"{first.where}: source is empty (every fact needs one)")
    return problems


async def import_facts(store: Store, files: FactFiles) -> dict[str, int]:
    """Upsert everything in one transaction (global scope). Returns rows processed per file."""
    repo = store.facts
    async with store.db.transaction():
        festival_ids: dict[str, int] = {}
        kinds: dict[str, str] = {}
        for row in files.rows["festivals"]:
            festival_ids[row.get("key")] = await repo.upsert_festival(
                row.get("key"), row.get("name"), row.get("short_name"), row.get("kind"), row.split("aliases"),
                row.get("source"))
            kinds[row.get("key")] = row.get("kind")
        for key in {r.get("festival") for r in files.rows["awards"] + files.rows["editions"] + files.rows["wins"]}:
            if key not in festival_ids:
                found = next((f for f in await repo.all_festivals() if f.key == key and f.guild_id is None), None)
                if found is not None:
                    festival_ids[key] = found.id
        award_ids: dict[tuple[str, str], int] = {}
        for row in files.rows["awards"]:
            award_ids[(row.get("festival"), row.get("key"))] = await repo.upsert_award(
                festival_ids[row.get("festival")], row.get("key"), row.get("name"), row.get("is_top") == "1",
                row.split("aliases"), row.get("source"))
        for award in await repo.all_awards():
            if award.guild_id is None:
                for key, fid in festival_ids.items():
                    if fid == award.festival_id:
                        award_ids.setdefault((key, award.key), award.id)
        for row in files.rows["editions"]:
            president = row.get("jury_president")
            president_id = await repo.ensure_person(president, None, row.get("source")) if president else None
            await repo.upsert_edition(festival_ids[row.get("festival")], int(row.get("year")),
                                      int(row.get("number")) if row.get("number") else None, row.get("held") == "1",
                                      row.get("note") or None, president_id, row.get("source"))
        for row in files.rows["wins"]:
            film_id = await repo.ensure_film(row.get("film"), row.get("original_title") or None,
                                             row.split("film_aliases"), None, row.get("source"))
            directors = [await repo.ensure_person(n, None, row.get("source")) for n in row.split("directors")]
            recipients = [await repo.ensure_person(n, None, row.get("source")) for n in row.split("recipients")]
            award_id = award_ids[(row.get("festival"), row.get("award"))]
            existing = await repo.find_global_win(award_id, int(row.get("year")), film_id)
            if existing is None:
                await repo.insert_win(award_id, int(row.get("year")), film_id, directors, recipients,
                                      row.get("note") or None, None, row.get("source"))
            else:
                await repo.update_win(existing, row.get("note") or None, row.get("source"))
                await repo.set_win_people(existing, directors, recipients)
        for row in files.rows["quotes"]:
            speaker_id = await repo.ensure_person(row.get("speaker"), None, row.get("source"))
            film_id_or_none = await repo.ensure_film(row.get("film"), None, (), None, row.get("source")) \
                if row.get("film") else None
            existing = await repo.find_global_quote(speaker_id, row.get("text"))
            source_url = row.get("source") if row.get("source").startswith("http") else None
            if existing is None:
                await repo.insert_quote(speaker_id, row.get("text"), film_id_or_none, row.get("event") or None,
                                        row.get("date") or None, source_url, row.get("language") or None, None,
                                        row.get("source"))
            else:
                await repo.update_quote(existing, film_id_or_none, row.get("event") or None, row.get("date") or None,
                                        source_url, row.get("language") or None, row.get("source"))
    return files.counts


async def export_facts(store: Store, directory: Path) -> dict[str, int]:
    """Write the global facts back as the same five CSV files."""
    repo = store.facts
    directory.mkdir(parents=True, exist_ok=True)
    festivals = {f.id: f for f in await repo.all_festivals()}
    awards = {a.id: a for a in await repo.all_awards()}
    films = {f.id: f for f in await repo.film_names()}
    out: dict[str, list[list[str]]] = {name: [] for name in FILES}
    for row in await repo.global_rows("festivals"):
        festival = festivals[row["id"]]
        aliases = [a for a in festival.aliases if a not in (festival.name, festival.short_name)]
        out["festivals"].append([row["key"], row["name"], row["short_name"], row["kind"], "|".join(aliases),
                                 row["source"]])
    for row in await repo.global_rows("awards"):
        award = awards[row["id"]]
        aliases = [a for a in award.aliases if a != award.name]
        out["awards"].append([row["festival_key"], row["key"], row["name"], str(row["is_top"]), "|".join(aliases),
                              row["source"]])
    for row in await repo.global_rows("editions"):
        out["editions"].append([row["festival_key"], str(row["year"]), str(row["number"] or ""), str(row["held"]),
                                row["jury_president"] or "", row["note"] or "", row["source"]])
    wins = await repo.global_rows("wins")
    people = await repo.win_people([r["id"] for r in wins])
    for row in wins:
        film = films[row["film_id"]]
        aliases = [a for a in film.aliases if a not in (film.title, film.original_title)]
        directors, recipients = people.get(row["id"], ((), ()))
        out["wins"].append([row["festival_key"], row["award_key"], str(row["year"]), row["title"],
                            row["original_title"] or "", "|".join(aliases), "|".join(directors), "|".join(recipients),
                            row["note"] or "", row["source"]])
    for row in await repo.global_rows("quotes"):
        out["quotes"].append([row["speaker"], row["text"], row["film"] or "", row["event"] or "",
                              row["said_on"] or "", row["language"] or "", row["source"]])
    for name, rows in out.items():
        with (directory / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(COLUMNS[name])
            writer.writerows(rows)
    return {name: len(rows) for name, rows in out.items()}
