"""Benchmark bot.names.NameIndex at production size (run by hand, not by the test suite).

    PYTHONPATH=. .venv/bin/python bench/names.py [--titles 100000] [--people 0] [--queries 5000]

Builds an index of synthetic film titles (random but title-like word combinations) plus real
titles, optionally a second index of synthetic people, runs a mix of queries (prefixes as typed,
typos, exact titles, word fragments in any order) and prints p50/p99/max latency of
``search`` and the RSS growth caused by building the index.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import string
import sys
import time

from bot.names import NameIndex

REAL_TITLES = [
    "Anora", "Anatomy of a Fall", "Parasite", "Oppenheimer", "The Zone of Interest", "Past Lives",
    "Poor Things", "Killers of the Flower Moon", "Everything Everywhere All at Once", "Tár",
    "Triangle of Sadness", "Drive My Car", "Titane", "The Worst Person in the World", "Nomadland",
    "Minari", "Portrait of a Lady on Fire", "Shoplifters", "Roma", "The Square", "Moonlight",
    "La La Land", "Fight Club", "The Godfather", "The Godfather Part II", "Pulp Fiction",
    "Amélie", "Cinema Paradiso", "Spirited Away", "In the Mood for Love", "Pan's Labyrinth",
    "City of God", "Y tu mamá también", "Das Leben der Anderen", "Der Himmel über Berlin",
    "Les Quatre Cents Coups", "La Dolce Vita", "8½", "Rashomon", "Seven Samurai", "Tokyo Story",
    "Bicycle Thieves", "The Seventh Seal", "Persona", "Stalker", "Andrei Rublev", "Ida", "Cold War",
    "Leviathan", "The White Ribbon", "Amour", "Blue Is the Warmest Colour", "Winter Sleep",
    "Dheepan", "I, Daniel Blake", "The Tree of Life", "Uncle Boonmee Who Can Recall His Past Lives",
    "4 Months, 3 Weeks and 2 Days", "The Class", "Apocalypse Now", "Taxi Driver", "Barton Fink",
    "Wild at Heart", "Pelle the Conqueror", "sex, lies, and videotape", "Under the Sun of Satan",
    "The Piano", "Farewell My Concubine", "Secrets & Lies", "Taste of Cherry", "The Eel",
    "Eternity and a Day", "Rosetta", "Dancer in the Dark", "The Son's Room", "The Pianist",
    "Elephant", "Fahrenheit 9/11", "L'Enfant", "The Wind That Shakes the Barley",
    "Dune: Part Two", "The Brutalist", "Emilia Pérez", "Conclave", "The Substance",
    "All We Imagine as Light", "Perfect Days", "Fallen Leaves", "Aftersun", "Decision to Leave",
]  # fmt: skip

WORDS = [
    "love",
    "night",
    "day",
    "dark",
    "light",
    "blood",
    "city",
    "river",
    "house",
    "road",
    "war",
    "heart",
    "dream",
    "summer",
    "winter",
    "fire",
    "water",
    "stone",
    "sky",
    "moon",
    "sun",
    "star",
    "shadow",
    "ghost",
    "king",
    "queen",
    "girl",
    "boy",
    "man",
    "woman",
    "father",
    "mother",
    "son",
    "daughter",
    "brother",
    "sister",
    "child",
    "lost",
    "last",
    "first",
    "long",
    "short",
    "silent",
    "secret",
    "wild",
    "little",
    "great",
    "broken",
    "golden",
    "black",
    "white",
    "red",
    "blue",
    "green",
    "empty",
    "hidden",
    "burning",
    "frozen",
    "falling",
    "rising",
    "hollow",
    "island",
    "garden",
    "forest",
    "desert",
    "ocean",
    "mountain",
    "valley",
    "street",
    "station",
    "hotel",
    "kingdom",
    "empire",
    "border",
    "return",
    "journey",
    "escape",
    "promise",
    "memory",
    "stranger",
    "hunter",
    "soldier",
    "angel",
    "devil",
    "saint",
    "sinner",
    "widow",
    "orphan",
    "prisoner",
    "dancer",
    "singer",
    "painter",
    "doctor",
    "teacher",
    "lover",
    "killer",
    "thief",
    "witness",
    "traveler",
    "paradise",
    "inferno",
    "eclipse",
    "horizon",
    "harbor",
    "lighthouse",
    "carnival",
    "circus",
    "theater",
    "cinema",
    "symphony",
    "requiem",
    "ballad",
    "lullaby",
    "echo",
    "whisper",
    "silence",
    "thunder",
    "storm",
    "rain",
    "snow",
    "wind",
    "glass",
    "mirror",
    "window",
    "door",
    "key",
    "letter",
    "song",
    "story",
    "tale",
    "legend",
    "myth",
    "prophecy",
    "chronicle",
    "diary",
    "portrait",
    "landscape",
    "midnight",
    "morning",
    "evening",
    "autumn",
    "spring",
    "tomorrow",
    "yesterday",
    "forever",
    "never",
    "always",
    "somewhere",
    "nowhere",
    "beyond",
    "between",
    "under",
    "over",
    "behind",
    "inside",
    "outside",
    "against",
    "without",
    "among",
    "across",
    "avalanche",
    "labyrinth",
    "menagerie",
    "constellation",
    "archipelago",
    "cathedral",
    "monastery",
    "observatory",
    "pilgrimage",
    "reckoning",
    "redemption",
    "vengeance",
    "innocence",
    "conscience",
    "obsession",
    "revolution",
    "butterfly",
    "scorpion",
    "nightingale",
    "wolf",
    "tiger",
    "elephant",
    "horse",
    "raven",
    "serpent",
    "dragon",
    "phoenix",
    "tempest",
    "harvest",
    "vineyard",
    "orchard",
    "meadow",
    "tundra",
    "canyon",
    "glacier",
    "volcano",
    "lagoon",
]
LINKS = ["of", "of the", "in", "and", "for", "on", "at", "with", "from", "to"]
SYLLABLES = [
    "ka",
    "ri",
    "to",
    "na",
    "mo",
    "se",
    "lu",
    "va",
    "de",
    "an",
    "el",
    "or",
    "is",
    "ur",
    "ber",
    "lin",
    "mar",
    "tel",
    "ço",
    "pa",
    "zi",
    "gor",
    "ven",
    "ami",
    "sha",
    "dor",
    "kel",
    "vo",
    "tra",
    "ne",
    "qui",
    "bel",
    "ros",
    "han",
    "jo",
    "ste",
    "fa",
    "gri",
    "mé",
    "lo",
]


def pseudo_vocabulary(rng: random.Random, size: int) -> list[str]:
    """Name-like and foreign-looking words: real title sets have tens of thousands of words."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def synthetic_title(rng: random.Random, pseudo_words: list[str]) -> str:
    def w(choices: list[str]) -> str:
        # Two words in five come from the large name-like vocabulary.
        return rng.choice(pseudo_words) if choices is WORDS and rng.random() < 0.4 else rng.choice(choices)

    shape = rng.random()
    if shape < 0.25:
        title = f"The {w(WORDS).title()} {w(LINKS)} {w(WORDS).title()}"
    elif shape < 0.45:
        title = f"{w(WORDS).title()} {w(WORDS).title()}"
    elif shape < 0.60:
        title = f"{w(WORDS).title()} {w(LINKS)} {w(WORDS).title()} {w(WORDS).title()}"
    elif shape < 0.75:
        title = f"{w(WORDS).title()}: {w(WORDS).title()} {w(WORDS).title()}"
    elif shape < 0.85:
        title = f"The {w(WORDS).title()}"
    else:
        title = (
            f"{w(WORDS).title()} {w(WORDS).title()} {w(LINKS)} {w(WORDS).title()} Part {rng.randint(2, 5)}"
        )
    if rng.random() < 0.1:
        title += f" ({rng.randint(1920, 2025)})"
    return title


FIRST = [
    "Sean",
    "Greta",
    "Bong",
    "Justine",
    "Sandra",
    "Cillian",
    "Emma",
    "Lily",
    "Martin",
    "Agnes",
    "Pedro",
    "Wim",
    "Michael",
    "Jane",
    "Chloe",
    "Hirokazu",
    "Ryusuke",
    "Celine",
    "Mati",
    "Yorgos",
    "Jonathan",
    "Wong",
    "Apichatpong",
    "Cristian",
    "Nuri",
    "Asghar",
    "Jafar",
    "Alice",
    "Julia",
    "Lynne",
    "Kelly",
    "Sofia",
    "Claire",
    "Mia",
    "Ruben",
    "Aki",
    "Joachim",
    "Ildiko",
    "Payal",
    "Mohammad",
    "Ken",
    "Ang",
]
LAST = [
    "Baker",
    "Gerwig",
    "Joon-ho",
    "Triet",
    "Hüller",
    "Murphy",
    "Stone",
    "Gladstone",
    "Scorsese",
    "Varda",
    "Almodóvar",
    "Wenders",
    "Haneke",
    "Campion",
    "Zhao",
    "Koreeda",
    "Hamaguchi",
    "Sciamma",
    "Diop",
    "Lanthimos",
    "Glazer",
    "Kar-wai",
    "Weerasethakul",
    "Mungiu",
    "Ceylan",
    "Farhadi",
    "Panahi",
    "Rohrwacher",
    "Ducournau",
    "Reichardt",
    "Ramsay",
    "Coppola",
    "Denis",
    "Hansen-Løve",
    "Östlund",
    "Kaurismäki",
    "Trier",
    "Enyedi",
    "Kapadia",
    "Rasoulof",
    "Loach",
    "Lee",
    "Tarkovsky",
    "Kurosawa",
    "Bergman",
    "Fellini",
]


def synthetic_person(rng: random.Random) -> str:
    middle = f" {rng.choice(string.ascii_uppercase)}." if rng.random() < 0.2 else ""
    return (
        f"{rng.choice(FIRST)}{middle} {rng.choice(LAST)}-{rng.choice(LAST)}"
        if rng.random() < 0.1
        else (f"{rng.choice(FIRST)}{middle} {rng.choice(LAST)}{rng.randint(1, 999)}")
    )


def typo(word: str, rng: random.Random) -> str:
    position = rng.randrange(len(word))
    kind = rng.choice(["swap", "drop", "replace", "insert"])
    letter = rng.choice(string.ascii_lowercase)
    if kind == "swap" and position < len(word) - 1:
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    if kind == "drop":
        return word[:position] + word[position + 1 :]
    if kind == "insert":
        return word[:position] + letter + word[position:]
    return word[:position] + letter + word[position + 1 :]


def make_queries(titles: list[str], count: int, rng: random.Random) -> list[str]:
    queries = []
    for _ in range(count):
        title = rng.choice(titles)
        kind = rng.random()
        if kind < 0.45:  # typing a prefix, 3..15 characters
            queries.append(title[: rng.randint(3, 15)].lower())
        elif kind < 0.70:  # a typo in one longer word
            words = title.lower().split()
            long_words = [i for i, word in enumerate(words) if len(word) >= 5] or [0]
            index = rng.choice(long_words)
            words[index] = typo(words[index], rng)
            queries.append(" ".join(words)[:25])
        elif kind < 0.85:  # exact title
            queries.append(title)
        else:  # a couple of word fragments in any order
            words = [word for word in title.lower().split() if len(word) > 2] or [title.lower()]
            picked = rng.sample(words, min(2, len(words)))
            queries.append(" ".join(word[: rng.randint(3, max(3, len(word)))] for word in picked))
    return queries


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def build(labels: list[str]) -> tuple[NameIndex, float, int]:
    gc.collect()
    before = rss_kib()
    started = time.perf_counter()
    index = NameIndex()
    for number, label in enumerate(labels):
        index.add(str(number), label)
    elapsed = time.perf_counter() - started
    gc.collect()
    return index, elapsed, rss_kib() - before


def measure(index: NameIndex, queries: list[str]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (thread) milliseconds per search.

    CPU time is reported too because on a shared 2-core machine the wall clock also measures
    other processes' scheduling.
    """
    for query in queries[:200]:  # warm-up: first-use caches, like a bot that has been running
        index.search(query)
    wall, cpu = [], []
    for query in queries:
        started, started_cpu = time.perf_counter_ns(), time.thread_time_ns()
        index.search(query)
        cpu.append((time.thread_time_ns() - started_cpu) / 1e6)
        wall.append((time.perf_counter_ns() - started) / 1e6)
    return wall, cpu


def percentiles(timings: list[float]) -> str:
    ordered = sorted(timings)
    p99 = ordered[int(len(ordered) * 0.99) - 1]
    return f"p50 {statistics.median(ordered):.3f} ms, p99 {p99:.3f} ms, max {ordered[-1]:.3f} ms"


def report(
    name: str, index: NameIndex, seconds: float, rss_delta: int, timings: tuple[list[float], list[float]]
) -> None:
    wall, cpu = timings
    sys.stdout.write(
        f"{name}: {len(index)} entries built in {seconds:.1f} s, RSS +{rss_delta / 1024:.0f} MiB; "
        f"{len(wall)} searches: wall {percentiles(wall)}; cpu {percentiles(cpu)}\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--titles", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=0, help="also bench an index of N people")
    parser.add_argument("--queries", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=20240525)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    pseudo_words = pseudo_vocabulary(rng, 30_000)
    synthetic = [synthetic_title(rng, pseudo_words) for _ in range(args.titles - len(REAL_TITLES))]
    titles = REAL_TITLES + synthetic
    index, seconds, rss_delta = build(titles)
    report("films", index, seconds, rss_delta, measure(index, make_queries(titles, args.queries, rng)))

    if args.people:
        people = [synthetic_person(rng) for _ in range(args.people)]
        people_index, seconds, rss_delta = build(people)
        timings = measure(people_index, make_queries(people, args.queries, rng))
        report("people", people_index, seconds, rss_delta, timings)


if __name__ == "__main__":
    main()
