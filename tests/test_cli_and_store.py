"""The command line, the settings and the store's migrations, as an operator meets them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Secret, Settings, SettingsError, settings_from_mapping
from bot.facts.importer import ImportError_, import_facts, read_fact_files
from bot.store import DatabaseCorrupt, DatabaseTooNew, Store
from bot.store.database import latest_version

ROOT = Path(__file__).resolve().parent.parent
GOOD_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB"


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str = "", cwd: Path | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_", "LOG_"))}
    base["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                          env={**base, **(env or {})}, cwd=cwd or ROOT, timeout=timeout)


# -- settings ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("env", "variable", "hint"), [
    ({"DEV_GUILD_ID": "abc"}, "DEV_GUILD_ID", "example: DEV_GUILD_ID="),
    ({"OWNER_IDS": "1234567890123456789,nope"}, "OWNER_IDS", "example"),
    ({"LOG_LEVEL": "loud"}, "LOG_LEVEL", "INFO"),
    ({"FEED_INTERVAL_MINUTES": "often"}, "FEED_INTERVAL_MINUTES", "example"),
    ({"FEED_INTERVAL_MINUTES": "1", "FEED_MIN_INTERVAL_MINUTES": "2"}, "FEED_INTERVAL_MINUTES", "MIN"),
    ({"DISCORD_TOKEN": "has spaces in it"}, "DISCORD_TOKEN", "Developer Portal"),
])
def test_a_bad_setting_names_the_variable_and_gives_an_example(env: dict[str, str], variable: str, hint: str) -> None:
    with pytest.raises(SettingsError) as caught:
        settings_from_mapping(env)
    message = str(caught.value)
    assert message.startswith(variable) and hint in message and "\n" not in message


def test_a_bad_setting_exits_2_with_one_line(tmp_path: Path) -> None:
    result = run_cli("db", "migrate", env={"DEV_GUILD_ID": "abc", "DATABASE_PATH": str(tmp_path / "x.db")},
                     cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "DEV_GUILD_ID" in result.stderr


def test_settings_read_dotenv_and_environment_wins(tmp_path: Path) -> None:
    from bot.config import load_settings

    (tmp_path / ".env").write_text("LOG_LEVEL=DEBUG\nDATABASE_PATH=from-dotenv.db\n")
    settings = load_settings(tmp_path / ".env", environ={"DATABASE_PATH": "from-env.db"})
    assert settings.log_level == "DEBUG" and settings.database_path == Path("from-env.db")


def test_the_token_is_never_in_a_repr() -> None:
    settings = settings_from_mapping({"DISCORD_TOKEN": GOOD_TOKEN})
    assert settings.token.get() == GOOD_TOKEN
    assert GOOD_TOKEN not in repr(settings) and GOOD_TOKEN not in str(settings.token)
    assert repr(Secret("")) == "Secret('')"


# -- python -m bot -----------------------------------------------------------------------------

def test_without_a_token_and_without_a_terminal_it_exits_2_pointing_to_the_sandbox(tmp_path: Path) -> None:
    result = run_cli(env={"DATABASE_PATH": str(tmp_path / "x.db")}, cwd=tmp_path)
    assert result.returncode == 2
    assert "No DISCORD_TOKEN" in result.stderr and "python -m bot sandbox" in result.stderr
    assert result.stdout == ""


def test_sandbox_json_prints_one_json_object_per_line(tmp_path: Path) -> None:
    lines = "\n".join([
        "/about",
        "/winner festival:Cannes year:2024",
        '/quote by speaker:"Sean Baker"',
        "/nonsense",
        ":as admin",
        ":guild Other",
        "/winner festival:Canes year:2024",
    ]) + "\n"
    result = run_cli("sandbox", "--json", stdin=lines, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(isinstance(o, dict) and "in" in o and "kind" in o for o in objects)
    by_line: dict[str, list[dict]] = {}
    for obj in objects:
        by_line.setdefault(obj["in"], []).append(obj)
    about = by_line["/about"]
    assert [o["kind"] for o in about] == ["reply", "done"] and about[1]["ms"] > 0
    assert about[0]["ephemeral"] is True and about[0]["guild"] == "Sandbox" and about[0]["channel"] == "general"
    assert set(about[0]) == {"in", "kind", "guild", "channel", "ephemeral", "content", "embeds", "components",
                             "allowed_mentions"}
    assert "Anora" in by_line["/winner festival:Cannes year:2024"][0]["embeds"][0]["description"]
    assert "fight for cinema" in json.dumps(by_line['/quote by speaker:"Sean Baker"'])
    assert by_line["/nonsense"][0]["kind"] == "error" and "unknown command" in by_line["/nonsense"][0]["error"]
    other = by_line["/winner festival:Canes year:2024"][0]
    assert other["guild"] == "Other" and other["ephemeral"] and "Did you mean Cannes" in other["content"]


def test_db_migrate_and_backup_commands(tmp_path: Path) -> None:
    env = {"DATABASE_PATH": str(tmp_path / "bot.db")}
    migrated = run_cli("db", "migrate", env=env, cwd=tmp_path)
    assert migrated.returncode == 0 and f"schema version {latest_version()}" in migrated.stdout
    backed_up = run_cli("db", "backup", str(tmp_path / "copy.db"), env=env, cwd=tmp_path)
    assert backed_up.returncode == 0, backed_up.stderr
    with sqlite3.connect(tmp_path / "copy.db") as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    again = run_cli("db", "backup", str(tmp_path / "copy.db"), env=env, cwd=tmp_path)
    assert again.returncode == 1 and "already exists" in again.stderr


# -- the store ---------------------------------------------------------------------------------

async def test_migrations_are_tracked_and_applied_once(tmp_path: Path) -> None:
    async with Store.open(tmp_path / "a.db") as store:
        assert await store.db.user_version() == latest_version()
        assert await store.db.migrate() == []
        mode = await (await store.db.conn.execute("PRAGMA journal_mode")).fetchone()
        keys = await (await store.db.conn.execute("PRAGMA foreign_keys")).fetchone()
        assert mode is not None and mode[0] == "wal" and keys is not None and keys[0] == 1


async def test_a_database_newer_than_the_code_refuses_to_start(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 5}")
    with pytest.raises(DatabaseTooNew, match="newer FilmBot"):
        async with Store.open(path):
            pass


async def test_a_corrupt_file_is_reported_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    garbage = b"SQLite format 3\x00" + os.urandom(4096)
    path.write_bytes(garbage)
    with pytest.raises(DatabaseCorrupt, match="left untouched"):
        async with Store.open(path):
            pass
    assert path.read_bytes() == garbage


async def test_facts_import_is_idempotent_and_all_or_nothing(empty_store: Store, tmp_path: Path) -> None:
    data = ROOT / "data"
    counts = await import_facts(empty_store, read_fact_files([data]))
    first = await empty_store.stats.row_counts()
    await import_facts(empty_store, read_fact_files([data]))
    assert await empty_store.stats.row_counts() == first and counts["wins"] == first["wins"]

    bad = tmp_path / "wins.csv"
    header = (data / "wins.csv").read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(header + "\ncannes,palme-dor,2030,New Film,,,Someone,,,https://x\n"
                   "cannes,palme-dor,1800,Old Film,,,Someone,,,https://x\n"
                   "cannes,no-such-award,2020,Film,,,Someone,,,https://x\n", encoding="utf-8")
    with pytest.raises(ImportError_) as caught:
        read_fact_files([bad])
    problems = caught.value.problems
    assert any(p.startswith("wins.csv:2:") and "2030" in p for p in problems)
    assert any(p.startswith("wins.csv:3:") and "1800" in p for p in problems)
    assert any(p.startswith("wins.csv:4:") and "unknown award" in p for p in problems)
    assert await empty_store.stats.row_counts() == first


def test_facts_import_and_export_commands(tmp_path: Path) -> None:
    env = {"DATABASE_PATH": str(tmp_path / "bot.db")}
    imported = run_cli("facts", "import", str(ROOT / "data"), env=env, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    exported = run_cli("facts", "export", str(tmp_path / "out"), env=env, cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    original = (ROOT / "data" / "wins.csv").read_text(encoding="utf-8").splitlines()
    written = (tmp_path / "out" / "wins.csv").read_text(encoding="utf-8").splitlines()
    assert original[0] == written[0] and len(original) == len(written)
    bad = tmp_path / "quotes.csv"
    bad.write_text("speaker,text,film,event,date,language,source\nSomeone,,,,,,x\n", encoding="utf-8")
    failed = run_cli("facts", "import", str(bad), env=env, cwd=tmp_path)
    assert failed.returncode == 1 and "quotes.csv:2:" in failed.stderr
    refused = run_cli("facts", "promote", "W1", env=env, cwd=tmp_path)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "global" in refused.stderr


def test_settings_defaults() -> None:
    settings = Settings()
    assert settings.database_path == Path("data/filmbot.db") and settings.feed_interval_minutes == 10


def test_extract_prints_the_seed_articles_facts_as_json(tmp_path: Path) -> None:
    seed = ROOT.parent / "shared" / "seeds" / "anora-palme-dor-2024.txt"
    if not seed.is_file():
        pytest.skip("../shared is not present")
    result = run_cli("extract", str(seed), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["winners"] == [{"festival": "Cannes", "award": "Palme d'Or", "year": 2024, "film": "Anora",
                                "directors": ["Sean Baker"]}]
    speakers = [q["speaker"] for q in data["quotes"]]
    assert speakers == ["Greta Gerwig", "Sean Baker", "Sean Baker"]
    assert data["quotes"][1]["text"].startswith("I am going to fight for cinema")
    bad = run_cli("extract", str(seed), "--published", "yesterday", cwd=tmp_path)
    assert bad.returncode == 2 and "--published" in bad.stderr
