"""A fuzzy name index for autocomplete and "did you mean" (films, people, festivals, awards).

Every entity (``key``) has a display ``label`` and any number of aliases; all of them are
searchable. Matching works on ``bot.text.fold`` forms, so it ignores case, accents, punctuation
and (for the exact tier) spacing.

Scoring — a result's score says which tier it reached, higher tiers always rank first:

=========================  =============  =====================================================
tier                       score          when
=========================  =============  =====================================================
exact                      1.0            ``fold_key`` of query == ``fold_key`` of a name
prefix                     0.90 .. 0.99   the name's ``fold_key`` starts with the query's
all words prefix           0.75 .. 0.89   every query word starts a word of the name, in any
                                          order ("anatomy fall" -> "Anatomy of a Fall")
fuzzy                      0.00 .. 0.74   0.74 x similarity (below)
=========================  =============  =====================================================

Inside the prefix and word tiers the score grows with the share of the name the query covers,
so "oppenheimer" beats "oppenheimer (2023 restoration)". Fuzzy *similarity* is the larger of

* a trigram measure: the mean of Dice (symmetric) and containment (share of the query's
  trigrams found in the name), on pg_trgm-style trigrams of each word padded "  word ", and
* a word measure: each query word matched to a name word by prefix (1.0), by the name word
  being a prefix of it ("berlinale" -> "berlin", 0.85) or within 1 edit (words of 5-7
  characters) / 2 edits (8 or more) (1 - 0.15 per edit), weighted by word length.

Ties (as difflib's get_close_matches prefers the closest string) go to the name whose length
is closest to the query's, then alphabetical order of the label, then the key.

Speed: ~200,000 names must answer a keystroke in well under 2 ms, so nothing scans the whole
index per query. Exact matches come from a dict; prefix matches from a sorted list (bisect);
word-prefix matches from a sorted list of distinct words with posting lists, starting from the
most selective query word; fuzzy candidates from trigram posting lists counted with a Counter
(lists longer than ``_COMMON_TRIGRAM_POSTINGS`` are skipped as non-discriminating), and only the
top ``_FUZZY_CANDIDATES`` by shared-trigram count are scored exactly. The fuzzy tier runs only
when the cheaper tiers found fewer than ``limit`` entities, since it can never outrank them.
"""

from __future__ import annotations

import heapq
import logging
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from bot.text import clean_user_text, fold

logger = logging.getLogger(__name__)

_EXACT_SCORE = 1.0
_PREFIX_BASE, _PREFIX_SPAN = 0.90, 0.09
_WORDS_BASE, _WORDS_SPAN = 0.75, 0.14
_FUZZY_SCALE = 0.74

_MIN_FUZZY_SIMILARITY = 0.35  # below this a fuzzy candidate is noise, not a result
_SUGGEST_MIN_SCORE = _FUZZY_SCALE * 0.45  # "did you mean" only for reasonably close names
_BEST_MIN_SCORE = 0.95  # best(): a prefix covering most of a single name
_BEST_MIN_GAP = 0.04  # ... and clearly ahead of the runner-up

# Candidate caps: these bound the work per query whatever the index size.
_PREFIX_SCAN = 400  # prefix ranges longer than this use a cached "shortest names" list
_PREFIX_CACHE_KEEP = 100
_WORD_CANDIDATES = 3000
_COMMON_TRIGRAM_POSTINGS = 4000
_FUZZY_CANDIDATES = 250
_TYPO_CHECKED = 60  # fuzzy candidates (best by trigrams) that also get the word measure

_UPPER_SENTINEL = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class NameMatch:
    key: str  # the entity's id, as a string
    label: str  # its display name
    score: float  # 0..1, see the module docstring
    matched: str  # which name or alias matched


@dataclass(slots=True)
class _Name:
    entry_key: str
    text: str  # as given (cleaned): shown in NameMatch.matched
    folded: str
    key: str  # folded without spaces
    is_label: bool


@dataclass(slots=True)
class _Entry:
    label: str
    label_folded: str
    name_ids: list[int]


def _word_trigrams(words: Iterable[str]) -> set[str]:
    grams: set[str] = set()
    for word in words:
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def _allowed_edits(word: str) -> int:
    if len(word) >= 8:
        return 2
    if len(word) >= 5:
        return 1
    return 0


def edit_distance_within(a: str, b: str, limit: int) -> int | None:
    """Optimal-string-alignment distance (adjacent swaps count 1) if it is <= limit, else None."""
    if abs(len(a) - len(b)) > limit:
        return None
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        ai = a[i - 1]
        row_min = i
        for j in range(1, len(b) + 1):
            cost = 0 if ai == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return None
        previous2, previous = previous, current
    distance = previous[len(b)]
    return distance if distance <= limit else None


def _word_similarity(query_words: list[str], name_words: list[str]) -> float:
    """Length-weighted share of query words matched by prefix, reverse prefix or a small typo."""
    total = 0
    matched = 0.0
    for qword in query_words:
        total += len(qword)
        best = 0.0
        for nword in name_words:
            if nword.startswith(qword):
                best = 1.0
                break
            if len(nword) >= 4 and qword.startswith(nword):
                best = max(best, 0.85)
                continue
            allowed = _allowed_edits(qword)
            if allowed:
                # Compare with the name word cut to the query's length too, so a typo in a
                # word still being typed ("oppenhie" -> "oppenheimer") is caught.
                for target in {nword, nword[: len(qword)]}:
                    distance = edit_distance_within(qword, target, allowed)
                    if distance is not None:
                        best = max(best, 1.0 - 0.15 * distance)
        matched += best * len(qword)
    return matched / total if total else 0.0


class NameIndex:
    """In-memory fuzzy index of entity names; see the module docstring for scoring."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._names: dict[int, _Name] = {}
        self._next_name_id = 0
        self._exact: dict[str, list[int]] = {}
        # Prefix tier: fold keys sorted, with the name id at the same position.
        self._sorted_keys: list[str] = []
        self._sorted_key_ids: list[int] = []
        self._prefix_cache: dict[str, list[int]] = {}
        # Word tier: distinct words sorted, each with the names containing it.
        self._sorted_words: list[str] = []
        self._word_postings: dict[str, list[int]] = {}
        self._trigram_postings: dict[str, list[int]] = {}
        # Empty query: labels in alphabetical order.
        self._sorted_labels: list[tuple[str, str]] = []

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    # -- building ---------------------------------------------------------------------------

    def add(self, key: str, label: str, aliases: Iterable[str] = ()) -> None:
        """Add an entity, or replace it (with all its names) if ``key`` is already indexed."""
        if key in self._entries:
            self.remove(key)
        entry = _Entry(label=label, label_folded=fold(label), name_ids=[])
        self._entries[key] = entry
        insort(self._sorted_labels, (entry.label_folded, key))
        seen: set[str] = set()
        for position, text in enumerate((label, *aliases)):
            folded = fold(text)
            name_key = folded.replace(" ", "")
            if not name_key or name_key in seen:
                continue
            seen.add(name_key)
            entry.name_ids.append(self._add_name(_Name(key, clean_user_text(text), folded, name_key, position == 0)))
        self._prefix_cache.clear()

    def _add_name(self, name: _Name) -> int:
        name_id = self._next_name_id
        self._next_name_id += 1
        self._names[name_id] = name
        self._exact.setdefault(name.key, []).append(name_id)
        position = bisect_right(self._sorted_keys, name.key)
        self._sorted_keys.insert(position, name.key)
        self._sorted_key_ids.insert(position, name_id)
        words = name.folded.split()
        for word in set(words):
            postings = self._word_postings.get(word)
            if postings is None:
                self._word_postings[word] = [name_id]
                insort(self._sorted_words, word)
            else:
                postings.append(name_id)
        for gram in _word_trigrams(words):
            self._trigram_postings.setdefault(gram, []).append(name_id)
        return name_id

    def remove(self, key: str) -> None:
        """Forget an entity and all its names; unknown keys are ignored."""
        entry = self._entries.pop(key, None)
        if entry is None:
            return
        label_position = bisect_left(self._sorted_labels, (entry.label_folded, key))
        del self._sorted_labels[label_position]
        for name_id in entry.name_ids:
            self._remove_name(name_id)
        self._prefix_cache.clear()

    def _remove_name(self, name_id: int) -> None:
        name = self._names.pop(name_id)
        self._discard_posting(self._exact, name.key, name_id)
        position = bisect_left(self._sorted_keys, name.key)
        while self._sorted_key_ids[position] != name_id:
            position += 1
        del self._sorted_keys[position]
        del self._sorted_key_ids[position]
        words = name.folded.split()
        for word in set(words):
            if self._discard_posting(self._word_postings, word, name_id):
                del self._sorted_words[bisect_left(self._sorted_words, word)]
        for gram in _word_trigrams(words):
            self._discard_posting(self._trigram_postings, gram, name_id)

    @staticmethod
    def _discard_posting(postings: dict[str, list[int]], token: str, name_id: int) -> bool:
        """Remove ``name_id`` from ``postings[token]``; True when the token is now unused."""
        ids = postings[token]
        ids.remove(name_id)
        if ids:
            return False
        del postings[token]
        return True

    # -- querying ---------------------------------------------------------------------------

    def search(self, query: str, limit: int = 25) -> list[NameMatch]:
        """Best matches first, one per entity; an empty query lists labels alphabetically."""
        if limit <= 0:
            return []
        query_folded = fold(query)
        query_key = query_folded.replace(" ", "")
        if not query_key:
            return [
                NameMatch(key, self._entries[key].label, 0.0, self._entries[key].label)
                for _, key in self._sorted_labels[:limit]
            ]
        query_words = query_folded.split()
        best: dict[str, tuple[float, int]] = {}  # entry key -> (score, name id)

        def offer(name_id: int, score: float) -> None:
            entry_key = self._names[name_id].entry_key
            current = best.get(entry_key)
            if current is None or score > current[0]:
                best[entry_key] = (score, name_id)

        for name_id in self._exact.get(query_key, ()):
            offer(name_id, _EXACT_SCORE)
        query_length = len(query_key)
        for name_id in self._prefix_candidates(query_key):
            name_key = self._names[name_id].key
            if name_key != query_key:
                offer(name_id, _PREFIX_BASE + _PREFIX_SPAN * query_length / len(name_key))
        for name_id in self._word_prefix_candidates(query_words):
            name_key = self._names[name_id].key
            offer(name_id, _WORDS_BASE + _WORDS_SPAN * min(1.0, query_length / len(name_key)))
        if len(best) < limit:
            for name_id, similarity in self._fuzzy_candidates(query_words):
                offer(name_id, _FUZZY_SCALE * similarity)
        return self._ranked(best, query_length, limit)

    def suggest(self, query: str, limit: int = 3) -> list[NameMatch]:
        """Close names for an "Unknown festival 'Canes'. Did you mean Cannes?" reply."""
        return [match for match in self.search(query, limit) if match.score >= _SUGGEST_MIN_SCORE]

    def best(self, query: str) -> NameMatch | None:
        """A match confident enough to act on without asking, else None.

        Confident means: exactly one entity has a label (else: an alias) whose ``fold_key``
        equals the query's, or one clear leader with a prefix-tier score of at least 0.95.
        Two entities with the same exact name are ambiguous: None.
        """
        query_key = fold(query).replace(" ", "")
        if not query_key:
            return None
        exact_ids = self._exact.get(query_key, [])
        for want_label in (True, False):
            keys = {
                self._names[name_id].entry_key
                for name_id in exact_ids
                if self._names[name_id].is_label == want_label
            }
            if len(keys) > 1:
                return None
            if keys:
                (entry_key,) = keys
                name_id = next(i for i in exact_ids if self._names[i].entry_key == entry_key)
                return self._match(entry_key, _EXACT_SCORE, name_id)
        leaders = self.search(query, limit=2)
        if not leaders or leaders[0].score < _BEST_MIN_SCORE:
            return None
        if len(leaders) > 1 and leaders[0].score - leaders[1].score < _BEST_MIN_GAP:
            return None
        return leaders[0]

    def _match(self, entry_key: str, score: float, name_id: int) -> NameMatch:
        return NameMatch(entry_key, self._entries[entry_key].label, round(score, 4), self._names[name_id].text)

    def _ranked(self, best: dict[str, tuple[float, int]], query_length: int, limit: int) -> list[NameMatch]:
        def order(item: tuple[str, tuple[float, int]]) -> tuple[float, int, str, str]:
            entry_key, (score, name_id) = item
            closeness = abs(len(self._names[name_id].key) - query_length)
            return (-score, closeness, self._entries[entry_key].label_folded, entry_key)

        top = heapq.nsmallest(limit, best.items(), key=order)
        return [self._match(entry_key, score, name_id) for entry_key, (score, name_id) in top]

    # -- candidate generation -----------------------------------------------------------------

    def _prefix_candidates(self, query_key: str) -> list[int]:
        low = bisect_left(self._sorted_keys, query_key)
        high = bisect_left(self._sorted_keys, query_key + _UPPER_SENTINEL, low)
        if high - low <= _PREFIX_SCAN:
            return self._sorted_key_ids[low:high]
        # A short prefix matches thousands of names: the best of them are the shortest, so
        # find those once and remember them until the index changes.
        cached = self._prefix_cache.get(query_key)
        if cached is None:
            keys = self._sorted_keys
            positions = heapq.nsmallest(
                _PREFIX_CACHE_KEEP, range(low, high), key=lambda i: (len(keys[i]), keys[i])
            )
            cached = [self._sorted_key_ids[i] for i in positions]
            self._prefix_cache[query_key] = cached
        return cached

    def _word_range(self, word: str) -> tuple[int, int]:
        low = bisect_left(self._sorted_words, word)
        return low, bisect_left(self._sorted_words, word + _UPPER_SENTINEL, low)

    def _word_prefix_candidates(self, query_words: list[str]) -> list[int]:
        """Names where every query word starts some word of the name."""
        if not query_words:
            return []
        # Start from the query word with the fewest matching words (cheap proxy for postings).
        ranges = [self._word_range(word) for word in query_words]
        start = min(range(len(query_words)), key=lambda i: ranges[i][1] - ranges[i][0])
        low, high = ranges[start]
        collected: set[int] = set()
        for word in self._sorted_words[low:high]:
            collected.update(self._word_postings[word])
            if len(collected) >= _WORD_CANDIDATES:
                break
        others = [word for i, word in enumerate(query_words) if i != start]
        if not others:
            return list(collected)
        result = []
        for name_id in collected:
            name_words = self._names[name_id].folded.split()
            if all(any(nword.startswith(qword) for nword in name_words) for qword in others):
                result.append(name_id)
        return result

    def _fuzzy_candidates(self, query_words: list[str]) -> list[tuple[int, float]]:
        """(name id, similarity) for names sharing trigrams with the query."""
        query_grams = _word_trigrams(query_words)
        counts: Counter[int] = Counter()
        skipped: list[list[int]] = []
        for gram in query_grams:
            postings = self._trigram_postings.get(gram)
            if postings is None:
                continue
            if len(postings) > _COMMON_TRIGRAM_POSTINGS:
                skipped.append(postings)
            else:
                counts.update(postings)
        if not counts and skipped:
            counts.update(min(skipped, key=len)[:_COMMON_TRIGRAM_POSTINGS])
        scored: list[tuple[float, int]] = []
        for name_id, _ in counts.most_common(_FUZZY_CANDIDATES):
            name_grams = _word_trigrams(self._names[name_id].folded.split())
            shared = len(query_grams & name_grams)
            dice = 2 * shared / (len(query_grams) + len(name_grams))
            containment = shared / len(query_grams)
            scored.append(((dice + containment) / 2, name_id))
        scored.sort(reverse=True)
        results: list[tuple[int, float]] = []
        for rank, (trigram_similarity, name_id) in enumerate(scored):
            similarity = trigram_similarity
            if rank < _TYPO_CHECKED:
                name_words = self._names[name_id].folded.split()
                similarity = max(similarity, 0.95 * _word_similarity(query_words, name_words))
            if similarity >= _MIN_FUZZY_SIMILARITY:
                results.append((name_id, min(similarity, 1.0)))
        return results
