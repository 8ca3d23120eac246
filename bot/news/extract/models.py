"""The results of extraction (proposed winners and quotes) and the limits on the work it does.

Kept apart so that callers (moderation, the CLI, tests) depend on plain data, not on the heuristics.
"""

from __future__ import annotations

from dataclasses import dataclass

# Work is capped so that a huge or hostile input cannot stall the pipeline.
MAX_TEXT_CHARS = 60_000  # real articles are far shorter; bounds the cost of hostile input
# Quotes shorter than this are titles, nicknames or scare quotes, not statements.
MIN_QUOTE_WORDS = 6


@dataclass(frozen=True)
class ProposedWinner:
    festival: str
    award: str
    year: int
    film: str
    directors: tuple[str, ...]


@dataclass(frozen=True)
class ProposedQuote:
    speaker: str
    text: str


@dataclass(frozen=True)
class Extraction:
    winners: tuple[ProposedWinner, ...]
    quotes: tuple[ProposedQuote, ...]

    def to_json(self) -> dict[str, list[dict[str, object]]]:
        return {
            "winners": [
                {
                    "festival": w.festival,
                    "award": w.award,
                    "year": w.year,
                    "film": w.film,
                    "directors": list(w.directors),
                }
                for w in self.winners
            ],
            "quotes": [{"speaker": q.speaker, "text": q.text} for q in self.quotes],
        }


EMPTY = Extraction(winners=(), quotes=())
