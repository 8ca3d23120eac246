"""Command latency under a big store, against a bare echo command in the same run (by hand).

    .venv/bin/python bench/commands.py [--n 2000] [--synthetic 100000]

Builds a store with the shipped facts plus N synthetic wins and N synthetic quotes, connects the
real bot to the fake Discord in this process, then runs --n interactions each of a bare /echo
(an embed reply, no store), /winner, /quote search and a film-title autocomplete, interleaved
so that machine noise hits all equally. Latency is from writing INTERACTION_CREATE to the bot
having finished with the interaction (its callback received and discord.py's tasks done).
The fake's OpenAPI request check is off unless --validate (it is harness cost, not the bot's).
Prints p50/p99 per command, the ratio of each p99 to the echo's, and the process's peak RSS
(bot + fake Discord + SQLite, one process).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import discord
from discord import app_commands
from discord.ext import commands

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import FilmBot
from bot.config import Settings
from bot.sandbox.harness import Sandbox
from bot.seed import ensure_seeded
from bot.store import Store

WORDS = ("night", "river", "silent", "garden", "winter", "last", "red", "house", "city", "dream", "blue", "road",
         "mother", "stranger", "summer", "glass", "wolf", "light", "empire", "shadow", "sea", "golden", "little",
         "white", "return", "storm", "heart", "train", "moon", "hunter", "paper", "bird", "fire", "island")
FIRST = ("Anna", "Luca", "Mei", "Omar", "Ines", "Kenji", "Sofia", "Pablo", "Yara", "Lars", "Nadia", "Tomas")
LAST = ("Moreau", "Rossi", "Tanaka", "Haddad", "Silva", "Novak", "Berg", "Okafor", "Kowalski", "Dubois", "Ito")


class EchoCog(commands.Cog):
    @app_commands.command(name="echo", description="bench baseline: an embed reply, no store")
    async def echo(self, interaction: discord.Interaction[FilmBot], text: str) -> None:
        await interaction.response.send_message(embed=discord.Embed(description=text),
                                                allowed_mentions=discord.AllowedMentions.none())


def pseudo_words(rng: random.Random, count: int) -> list[str]:
    syllables = ("ka", "lo", "mi", "ren", "ta", "vel", "su", "dor", "ni", "ام", "po", "qua", "zel", "ri", "an",
                 "to", "mer", "li", "sa", "gor", "é", "ne", "bar", "ul")
    words = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(count * 2)}
    return sorted(words)[:count]


async def add_synthetic(store: Store, count: int) -> None:
    """`count` wins and `count` quotes shaped like real ones.

    Wins: synthetic festivals with ten awards each and one winner per award per year (1900-2025),
    so a /winner answer is one film, as in the real data. Quotes: 8-40 words drawn with a Zipf
    distribution from a 5,000-word vocabulary (plus common English words), attributed to 10,000
    people, about 100,000 films.
    """
    rng = random.Random(42)
    vocabulary = pseudo_words(rng, 5000)
    common = ("the", "a", "of", "and", "to", "in", "is", "cinema", "film", "we", "it", "that", "for", "this")
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    repo = store.facts
    years = list(range(1900, 2026))
    awards_needed = -(-count // len(years))
    async with store.db.transaction():
        award_ids: list[int] = []
        for f in range(-(-awards_needed // 10)):
            festival = await repo.upsert_festival(f"bench-{f}", f"Bench Festival {f}", f"Bench {f}", "festival",
                                                  [f"Synthetic Festival {f}"], "bench")
            for a in range(10):
                award_ids.append(await repo.upsert_award(festival, f"award-{a}", f"Bench Prize {a}", a == 0, [],
                                                         "bench"))
        people = [await repo.ensure_person(f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", None, "bench")
                  for i in range(max(1, count // 10))]
        done = 0
        for award_id in award_ids[:awards_needed]:
            for year in years:
                if done >= count:
                    break
                title = " ".join(rng.sample(WORDS, rng.randint(1, 3))).title() + " " + rng.choice(vocabulary).title()
                film = await repo.ensure_film(f"{title} {done}", None, (), None, "bench")
                await repo.insert_win(award_id, year, film, [rng.choice(people)], [], None, None, "bench")
                words = rng.choices(vocabulary, weights, k=rng.randint(8, 40))
                words[::3] = [rng.choice(common) for _ in words[::3]]
                await repo.insert_quote(rng.choice(people), " ".join(words).capitalize() + ".", film, "Bench event",
                                        None, None, "en", None, "bench")
                done += 1


async def build(path: Path, count: int) -> None:
    async with Store.open(path) as store:
        await ensure_seeded(store)
        await add_synthetic(store, count)
        await store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MiB."""
    current = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            current = int(line.split()[1]) / 1024
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main(n: int, synthetic: int, validate: bool, db: Path) -> None:
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.db"
        shutil.copyfile(db, copy)
        async with Store.open(copy) as store:
            counts = await store.stats.row_counts()
            print(f"store: {counts}")
            rss_before = rss_mib()[0]
            async with Sandbox(store, Settings()) as sandbox:
                assert sandbox.bot is not None
                if not validate:
                    # The fake's OpenAPI check (~4 ms a request in jsonschema) is the test harness's
                    # cost, not the bot's: Discord does it on its own servers.
                    sandbox.fake.spec = None
                await sandbox.bot.add_cog(EchoCog())
                await sandbox.bot.tree.sync()
                rng = random.Random(7)
                festivals = ["Cannes", "Venice", "Berlin", "Oscars", "mostra", "berlinale", "Bench 7", "bench 42"]
                searches = ["fight for cinema", "cinema", "incredibly human film", "kalo", "the film we", "mika",
                            "renta velsu", "sacred"]
                prefixes = ["anora", "oppen", "parasit", "golden riv", "silent ga", "the roo", "anatomy fall", "win",
                            "oppenhiemer", "kalomi"]
                runs: dict[str, list[float]] = {"echo": [], "/winner": [], "/quote search": [], "autocomplete": []}
                by_query: dict[tuple[str, str], list[float]] = {}
                for _ in range(50):  # warm-up
                    await sandbox.command("echo", {"text": "warm"})
                for i in range(n):
                    if i % 100 == 0:
                        sandbox.fake.forget_history()  # the fake's records are not the bot's memory
                    order = list(runs)
                    rng.shuffle(order)
                    for name in order:
                        if name == "echo":
                            result = await sandbox.command("echo", {"text": f"hello {i}"})
                            runs[name].append(result.ms)
                        elif name == "/winner":
                            result = await sandbox.command("winner", {"festival": rng.choice(festivals),
                                                                      "year": rng.randint(1960, 2025)})
                            runs[name].append(result.ms)
                        elif name == "/quote search":
                            text = rng.choice(searches)
                            result = await sandbox.command("quote search", {"text": text})
                            runs[name].append(result.ms)
                            by_query.setdefault((name, text), []).append(result.ms)
                        else:
                            typed = rng.choice(prefixes)
                            t0 = time.perf_counter()
                            await sandbox.autocomplete("film", {"title": typed}, focused="title")
                            runs[name].append((time.perf_counter() - t0) * 1000)
                            by_query.setdefault((name, typed), []).append(runs[name][-1])
                echo_p99 = pct(runs["echo"], 0.99)
                print(f"\n{n} interactions each, interleaved")
                print(f"{'command':<16}{'p50 ms':>9}{'p99 ms':>9}{'mean':>8}  p99 vs echo   target p99 ≤ 1.5×echo+2 ms")
                for name, values in runs.items():
                    p50, p99 = pct(values, 0.5), pct(values, 0.99)
                    target = 1.5 * echo_p99 + 2
                    verdict = "" if name == "echo" else ("ok" if p99 <= target else "MISSED")
                    print(f"{name:<16}{p50:>9.2f}{p99:>9.2f}{statistics.mean(values):>8.2f}  {p99 / echo_p99:>6.2f}×"
                          f"       {'' if name == 'echo' else f'{target:.2f} {verdict}'}")
                print("\nper query (p50 / p99 ms):")
                for (name, query), values in sorted(by_query.items()):
                    print(f"  {name:<14} {query!r:<24} {pct(values, 0.5):6.2f} {pct(values, 0.99):6.2f}")
                current, peak = rss_mib()
    print(f"\nRSS: {rss_before:.0f} MiB with the store open, {current:.0f} MiB after the run, peak {peak:.0f} MiB "
          "(bot + fake Discord + SQLite page cache in one process; target ≤ 150)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--validate", action="store_true", help="keep the fake's OpenAPI request check on")
    parser.add_argument("--db", type=Path, help="reuse (or build) this store; default /tmp/filmbot-bench-N.db")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        asyncio.run(build(args.build, args.synthetic))
    else:
        db = args.db or Path(tempfile.gettempdir()) / f"filmbot-bench-{args.synthetic}.db"
        if not db.exists():
            # Built by a child process, so this process's memory holds only what the bot needs.
            started = time.perf_counter()
            subprocess.run([sys.executable, __file__, "--build", str(db), "--synthetic", str(args.synthetic)],
                           check=True)
            print(f"built {db} in {time.perf_counter() - started:.0f} s")
        asyncio.run(main(args.n, args.synthetic, args.validate, db))
