"""Where the extractor loses winners: each missed winner of the corpus, by where its pieces are.

    PYTHONPATH=. .venv/bin/python bench/extract_misses.py [--corpus DIR] [--quiet] [ROUND_PREFIX ...]

``--corpus`` reads another directory of articles (a blind round before it joins the corpus);
``--quiet`` prints the counts only, so that a round kept unseen can be sorted without reading it.

For every expected winner the extractor does not propose (same matching as extract_eval.py), the
article is looked at again:

* ``same sentence``: a sentence names both the award (as the gazetteer finds it) and the film. The
  words were there; no win construction read them.
* ``other sentences``: the gazetteer finds the award and the film is in the text, but never in
  one sentence (a film told a sentence or a paragraph away).
* ``award not found``: the gazetteer finds the award nowhere ("best film" at the Oscars, "the
  supporting categories", a machine translation's category name).
* ``film not in text``: the labelled title is not written as such (a translation's other form).

Session 6, rounds 27-29 (48 articles, end of the session): 92 missed winners; 65 in one sentence
with their award, 6 in other sentences, 21 with an award the gazetteer did not find. End of
session 7: 72 (56, 4, 12); end of session 8: 68 (56, 3, 9). Unseen at the end of session 8:
round 34, 20 missed (14 in one sentence, 2 in others, 4 award not found); round 35, 39 (25, 5, 9).
End of session 9: round 36 (tuned on) 19 (13, 3, 3); round 37 (unseen) 32 (25, 4, 3), as at first
sight. End of session 10: round 38 (tuned on) 12 (7, 1, 4); round 39 (unseen) 31 (26, 2, 3), 28 (23,
2, 3) after the one fix read from it. End of session 11: round 40 (tuned on) 37 (28, 2, 7), 59 (38, 4,
17) at first sight; round 41 (unseen) 23 (20, 2, 1), as at first sight. End of session 12: round 42
(tuned on) 17 (9, 3, 5), 29 (17, 3, 9) at first sight; round 43 (unseen) 29 (15, 0, 14), 29 (14, 0,
15) at first sight. End of session 13: round 44 (tuned on) 19 (9, 6, 4), 40 (22, 6, 12) at first
sight; round 45 (unseen) 28 (18, 2, 8), 30 (18, 2, 10) at first sight. End of session 14: round 46
(tuned on) 16 (8, 6, 2), 38 (20, 9, 9) at first sight; round 47 (unseen) 34 (23, 4, 7), 35 (23, 4, 8)
at first sight.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from extract_eval import winner_key

from bot.news.extract import extract
from bot.news.extract.clauses import _sentences
from bot.news.gazetteer import fold, load_default_gazetteer

CORPUS = Path(__file__).parent.parent / "tests" / "fixtures" / "articles"


def main(argv: list[str]) -> int:
    gazetteer = load_default_gazetteer()
    corpus = CORPUS
    if "--corpus" in argv:
        at = argv.index("--corpus")
        corpus = Path(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    quiet = "--quiet" in argv
    argv = [arg for arg in argv if arg != "--quiet"]
    prefixes = tuple(argv) or ("round",)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for path in sorted(corpus.glob("*.txt")):
        if not path.stem.startswith(prefixes) or not path.with_suffix(".json").exists():
            continue
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        meta = path.with_suffix(".meta")
        found = re.search(r"\d{4}-\d{2}-\d{2}", meta.read_text()) if meta.exists() else None
        published = date.fromisoformat(found.group()) if found else None
        proposed = extract(body, title=title, published=published, gazetteer=gazetteer).to_json()
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        got = {winner_key(w) for w in proposed["winners"]}
        folded = fold(body)
        sentences = [folded[start:end] for start, end in _sentences(folded)]
        for winner in expected["winners"]:
            if winner_key(winner) in got:
                continue
            film = fold(str(winner["film"])).strip()

            def names_award(sentence: str, award: str = str(winner["award"])) -> bool:
                return any(
                    any(candidate.name == award for _, candidate in mention.candidates)
                    for mention in gazetteer.find_awards(sentence)
                )

            if film not in folded:
                where = "film not in text"
            elif any(film in sentence and names_award(sentence) for sentence in sentences):
                where = "same sentence"
            elif any(names_award(sentence) for sentence in sentences):
                where = "other sentences"
            else:
                where = "award not found"
            counts[where] += 1
            examples.setdefault(where, []).append(f"{path.stem}: {winner['award']} / {winner['film']}")
    print(f"missed winners: {sum(counts.values())}")
    for where, count in counts.most_common():
        print(f"  {where}: {count}")
        for line in [] if quiet else examples[where][:8]:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
