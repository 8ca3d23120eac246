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
import statistics
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


async def add_synthetic(store: Store, count: int) -> None:
    rng = random.Random(42)
    repo = store.facts
    awards = [a for a in await repo.all_awards() if a.guild_id is None]
    async with store.db.transaction():
        people = [await repo.ensure_person(f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", None, "bench")
                  for i in range(max(1, count // 10))]
        for i in range(count):
            title = " ".join(rng.sample(WORDS, rng.randint(2, 4))).title() + f" {i}"
            film = await repo.ensure_film(title, None, (), None, "bench")
            award = rng.choice(awards)
            await repo.insert_win(award.id, rng.randint(1950, 2025), film, [rng.choice(people)], [], None, None,
                                  "bench")
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
            await repo.insert_quote(rng.choice(people), text.capitalize() + ".", film, "Bench event", None, None,
                                    "en", None, "bench")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main(n: int, synthetic: int, validate: bool) -> None:
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        async with Store.open(Path(tmp) / "bench.db") as store:
            started = time.perf_counter()
            await ensure_seeded(store)
            await add_synthetic(store, synthetic)
            counts = await store.stats.row_counts()
            print(f"store: {counts} (built in {time.perf_counter() - started:.1f} s)")
            async with Sandbox(store, Settings()) as sandbox:
                assert sandbox.bot is not None
                if not validate:
                    # The fake's OpenAPI check (~4 ms a request in jsonschema) is the test harness's
                    # cost, not the bot's: Discord does it on its own servers.
                    sandbox.fake.spec = None
                await sandbox.bot.add_cog(EchoCog())
                await sandbox.bot.tree.sync()
                rng = random.Random(7)
                festivals = ["Cannes", "Venice", "Berlin", "Oscars", "mostra", "berlinale"]
                searches = ["fight for cinema", "golden river", "silent night", "dream of the sea", "wolf", "light"]
                prefixes = ["anora", "oppen", "parasit", "golden riv", "silent ga", "the roo", "anatomy fall", "win"]
                runs: dict[str, list[float]] = {"echo": [], "/winner": [], "/quote search": [], "autocomplete": []}
                for _ in range(50):  # warm-up
                    await sandbox.command("echo", {"text": "warm"})
                for i in range(n):
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
                            result = await sandbox.command("quote search", {"text": rng.choice(searches)})
                            runs[name].append(result.ms)
                        else:
                            t0 = time.perf_counter()
                            await sandbox.autocomplete("film", {"title": rng.choice(prefixes)}, focused="title")
                            runs[name].append((time.perf_counter() - t0) * 1000)
                echo_p99 = pct(runs["echo"], 0.99)
                print(f"\n{n} interactions each, interleaved")
                print(f"{'command':<16}{'p50 ms':>9}{'p99 ms':>9}{'mean':>8}  p99 vs echo   target p99 ≤ 1.5×echo+2 ms")
                for name, values in runs.items():
                    p50, p99 = pct(values, 0.5), pct(values, 0.99)
                    target = 1.5 * echo_p99 + 2
                    verdict = "" if name == "echo" else ("ok" if p99 <= target else "MISSED")
                    print(f"{name:<16}{p50:>9.2f}{p99:>9.2f}{statistics.mean(values):>8.2f}  {p99 / echo_p99:>6.2f}×"
                          f"       {'' if name == 'echo' else f'{target:.2f} {verdict}'}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of the process (bot + fake Discord + SQLite cache): {rss:.0f} MiB (target ≤ 150)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--synthetic", type=int, default=100_000)
    parser.add_argument("--validate", action="store_true", help="keep the fake's OpenAPI request check on")
    args = parser.parse_args()
    asyncio.run(main(args.n, args.synthetic, args.validate))
