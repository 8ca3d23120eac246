"""The command line: run, sandbox, db, facts, extract. Nothing else lives here."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from bot.config import Settings, SettingsError, load_settings
from bot.logs import setup_logging

NO_TOKEN_MESSAGE = (
    "No DISCORD_TOKEN set: create a bot at https://discord.com/developers/applications (Bot > Reset Token) "
    "and put DISCORD_TOKEN=... in .env (see .env.example).\n"
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="FilmBot, a Discord bot for film news.")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="connect to Discord (the default)")
    sandbox = sub.add_parser("sandbox", help="try the bot offline against a local fake Discord")
    sandbox.add_argument("--json", action="store_true", help="one JSON object per line on stdout")
    sandbox.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("migrate", help="apply pending migrations")
    backup = db_sub.add_parser("backup", help="online backup, safe while the bot runs")
    backup.add_argument("path", type=Path)
    facts = sub.add_parser("facts", help="import or export the facts CSVs")
    facts_sub = facts.add_subparsers(dest="facts_command", required=True)
    facts_import = facts_sub.add_parser("import", help="import CSV files or a directory of them (all or nothing)")
    facts_import.add_argument("paths", type=Path, nargs="+")
    facts_export = facts_sub.add_parser("export", help="write the global facts as CSV files")
    facts_export.add_argument("directory", type=Path, nargs="?", default=Path("facts-export"))
    facts_promote = facts_sub.add_parser("promote", help="make a server's fact global (every server sees it)")
    facts_promote.add_argument("fact_id", metavar="ID", help="the fact's id as moderators see it: W123 or Q45")
    extract = sub.add_parser("extract", help="print the winners and quotes proposed from an article (JSON)")
    extract.add_argument("file", type=Path)
    extract.add_argument("--published", help="the article's publication date, YYYY-MM-DD")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings.log_level, secrets=[settings.token.get()])
    command = args.command or "run"
    if command == "run":
        return _run(settings)
    if command == "sandbox":
        from bot.sandbox.main import run_sandbox

        return asyncio.run(run_sandbox(settings, db_path=args.db, as_json=args.json))
    if command == "db":
        from bot.dbcli import backup, migrate

        if args.db_command == "migrate":
            return _operator(migrate(settings))
        return _operator(backup(settings, args.path))
    if command == "extract":
        from bot.extractcli import extract_command

        return extract_command(args.file, args.published)
    if command == "facts":
        from bot.factscli import export_command, import_command, promote_command

        if args.facts_command == "import":
            return _operator(import_command(settings, args.paths))
        if args.facts_command == "promote":
            return _operator(promote_command(settings, args.fact_id))
        return _operator(export_command(settings, args.directory))
    return 2


def _operator(command: Coroutine[Any, Any, int]) -> int:
    """Run an operator command; a problem it reports (bad database, bad id) is one line, exit 1."""
    from bot.errors import UserError
    from bot.store import StoreError

    try:
        return asyncio.run(command)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
    return 1


def _run(settings: Settings) -> int:
    if not settings.token:
        if sys.stdin.isatty() and sys.stdout.isatty():
            sys.stderr.write(NO_TOKEN_MESSAGE + "Starting the offline sandbox instead (python -m bot sandbox).\n")
            from bot.sandbox.main import run_sandbox

            return asyncio.run(run_sandbox(settings, db_path=None, as_json=False))
        sys.stderr.write(NO_TOKEN_MESSAGE + "To try the bot without Discord, run: python -m bot sandbox\n")
        return 2
    import aiohttp
    import discord

    from bot.runner import run_bot
    from bot.store import StoreError

    try:
        asyncio.run(run_bot(settings))
    except KeyboardInterrupt:  # Ctrl-C is how an operator stops it
        return 0
    except discord.LoginFailure:
        sys.stderr.write("Discord refused the token: copy a fresh one from the Developer Portal "
                         "(Bot > Reset Token) into DISCORD_TOKEN.\n")
        return 2
    except discord.PrivilegedIntentsRequired:
        sys.stderr.write("Discord refused a privileged intent; FilmBot needs none: check for a modified intents().\n")
        return 2
    except (aiohttp.ClientConnectionError, TimeoutError) as exc:
        sys.stderr.write(f"Cannot reach Discord ({exc.__class__.__name__}): check the network and try again.\n")
        return 1
    except StoreError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
