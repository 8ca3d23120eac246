"""A fuzzy name index for autocomplete and "did you mean" (films, people, festivals, awards).

Every entity (``key``) has a display ``label`` and any number of aliases; all of them are
searchable. Matching works on ``bot.text.fold`` forms, so it ignores case, accents, punctuation
and (for the exact and prefix tiers) spacing.

Scoring — a result's score says which tier it reached; a higher tier always ranks first:

=================  ============  ==============================================================
tier               score         when
=================  ============  ==============================================================
exact              1.0           ``fold_key`` of the query == ``fold_key`` of a name or alias
prefix             0.90 .. 0.99  the name's ``fold_key`` starts with the query's ("oppen")
all words prefix   0.75 .. 0.89  every query word starts a word of the name, in any order, and
                                 words may be missing ("anatomy fall" -> "Anatomy of a Fall")
fuzzy              0.00 .. 0.74  0.74 x word similarity (below), at least 0.35 similarity
=================  ============  ==============================================================

Inside the prefix and word tiers the score grows with the share of the name the query covers,
so "oppenheimer" ranks above "oppenheimer (restoration)".

Fuzzy word similarity is the length-weighted mean, over the query words, of each query word's
best match among the name's words: 1.0 when it starts the word, 0.85 when a name word of 4 or
more letters starts it ("berlinale" -> "berlin"), otherwise the larger of the Dice coefficient
of their character trigrams (pg_trgm style, word padded as "  word ") and 1 - 0.15 x edits when
the edit distance (adjacent swaps count once) is within 1 for 5-7 letter words, 2 for longer.
A query word with no match counts 0, so a wrong extra word lowers the score but does not
exclude the name.

Ties (as difflib's get_close_matches prefers the closest string) go to the name whose length is
closest to the query's, then to the alphabetical order of the label, then the key.

Speed: ~200,000 names must answer a keystroke in well under 2 ms, so nothing scans the index
per query and every step has a fixed budget:

* exact: a dict from fold key to names;
* prefix: a sorted list of fold keys (bisect); when a short prefix matches more than
  ``_PREFIX_SCAN`` names, its shortest names are computed once and cached until the index changes;
* words: a sorted list of distinct words, each with a posting list of the names containing it,
  kept ordered by name length, so the first entries are the best-scoring ones. The query word
  with the fewest postings drives: at most ``_CANDIDATE_BUDGET`` of its shortest names are read
  (a k-way merge over the words it prefixes) and checked against the other query words;
* fuzzy (only when the tiers above found fewer than ``limit`` entities, since it can never
  outrank them): each query word that is not itself an indexed word is matched against the
  *vocabulary* through a trigram -> words inverted index (a Counter over the posting lists,
  skipping trigrams shared by more than ``_COMMON_TRIGRAM_WORDS`` words); its best
  ``_FUZZY_WORDS`` similar words then drive candidate generation as above. The vocabulary is far
  smaller than the list of names, which is what keeps this fast.
"""

from __future__ import annotations

import heapq
import logging
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from bot.text import clean_user_text, fold

logger = logging.getLogger(__name__)

_EXACT_SCORE = 1.0
_PREFIX_BASE, _PREFIX_SPAN = 0.90, 0.09
_WORDS_BASE, _WORDS_SPAN = 0.75, 0.14
_FUZZY_SCALE = 0.74
_REVERSE_PREFIX_SIMILARITY = 0.85
_EDIT_PENALTY = 0.15

_MIN_FUZZY_SIMILARITY = 0.35  # below this a fuzzy candidate is noise, not a result
_MIN_WORD_SIMILARITY = 0.4  # vocabulary words less similar than this are not tried
_SUGGEST_MIN_SCORE = _FUZZY_SCALE * 0.45  # "did you mean" only for reasonably close names
_BEST_MIN_SCORE = 0.95  # best(): a prefix covering most of one name...
_BEST_MIN_GAP = 0.04  # ... clearly ahead of the runner-up

# Budgets: they bound the work per query whatever the size of the index.
_PREFIX_SCAN = 400
_PREFIX_CACHE_KEEP = 100
_CANDIDATE_BUDGET = 100  # names kept by the word tier (the shortest, so the best-scoring)
_FUZZY_BUDGET = 60  # ... and by the fuzzy tier, whose scoring costs more per name
_SET_FILTER_MAX = 3000  # postings per query word worth building a membership set from
_WORD_SCAN = 600
_WORD_CACHE_SIZE = 2048  # names read from the driving word's postings at most
_MERGED_WORDS = 64  # at most this many words merged for one short query word ("g")
_COMMON_TRIGRAM_WORDS = 600
_FUZZY_WORDS = 12  # similar vocabulary words kept per query word

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
    spaced: str  # " " + fold(): `" " + word in spaced` tests for a word starting with `word`
    key: str  # fold() without spaces
    is_label: bool


@dataclass(slots=True)
class _Entry:
    label: str
    label_folded: str
    name_ids: list[int]


def _trigrams(word: str) -> set[str]:
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _dice(first: set[str], second: set[str]) -> float:
    return 2 * len(first & second) / (len(first) + len(second))


def _allowed_edits(word: str) -> int:
    if len(word) >= 8:
        return 2
    return 1 if len(word) >= 5 else 0


def edit_distance_within(a: str, b: str, limit: int) -> int | None:
    """Optimal-string-alignment distance (adjacent swaps count 1) if it is <= limit, else None.

    Only the diagonal band |i - j| <= limit of the table is computed: a cell outside it is
    already more than `limit` edits away (limit is 1 or 2, so the band is 3-5 cells wide).
    """
    len_a, len_b = len(a), len(b)
    if abs(len_a - len_b) > limit:
        return None
    if a == b:
        return 0
    over = limit + 1  # stands for every distance beyond the limit
    previous = [j if j <= limit else over for j in range(len_b + 1)]
    before_previous = previous
    for i in range(1, len_a + 1):
        current = [over] * (len_b + 1)
        if i <= limit:
            current[0] = i
        a_char = a[i - 1]
        low, high = max(1, i - limit), min(len_b, i + limit)
        row_min = current[low - 1]
        for j in range(low, high + 1):
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a_char != b[j - 1]))
            if i > 1 and j > 1 and a_char == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before_previous[j - 2] + 1)
            current[j] = value if value < over else over
            if value < row_min:
                row_min = value
        if row_min > limit:
            return None
        before_previous, previous = previous, current
    distance = previous[len_b]
    return distance if distance <= limit else None


def word_similarity(query_word: str, word: str) -> float:
    """How well one indexed ``word`` matches one (folded) ``query_word``, 0..1."""
    if word.startswith(query_word):
        return 1.0
    if len(word) >= 4 and query_word.startswith(word):
        return _REVERSE_PREFIX_SIMILARITY
    similarity = _dice(_trigrams(query_word), _trigrams(word))
    allowed = _allowed_edits(query_word)
    if allowed and similarity < 1.0 - _EDIT_PENALTY:  # else one edit could not score higher
        # Also against the word cut to the query's length: a typo in a word still being typed.
        for target in {word, word[: len(query_word)]}:
            distance = edit_distance_within(query_word, target, allowed)
            if distance is not None:
                similarity = max(similarity, 1.0 - _EDIT_PENALTY * distance)
    return similarity


class NameIndex:
    """In-memory fuzzy index of entity names; see the module docstring for scoring and speed."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._names: dict[int, _Name] = {}
        self._key_lengths: list[int] = []  # by name id; orders posting lists
        self._exact: dict[str, list[int]] = {}
        self._sorted_keys: list[str] = []  # prefix tier, with the name id at the same position
        self._sorted_key_ids: list[int] = []
        self._prefix_cache: dict[str, list[int]] = {}
        self._word_cache: dict[str, tuple[list[str], int, frozenset[int] | None]] = {}
        self._sorted_words: list[str] = []  # the vocabulary, for word-prefix ranges
        self._word_postings: dict[str, list[int]] = {}  # word -> name ids, shortest name first
        self._trigram_words: dict[str, list[str]] = {}  # trigram -> vocabulary words
        self._sorted_labels: list[tuple[str, str]] = []  # (folded label, key): empty query

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
            name = _Name(key, clean_user_text(text), f" {folded}", name_key, position == 0)
            entry.name_ids.append(self._add_name(name))
        self._prefix_cache.clear()
        self._word_cache.clear()

    def _add_name(self, name: _Name) -> int:
        name_id = len(self._key_lengths)
        self._key_lengths.append(len(name.key))
        self._names[name_id] = name
        self._exact.setdefault(name.key, []).append(name_id)
        position = bisect_right(self._sorted_keys, name.key)
        self._sorted_keys.insert(position, name.key)
        self._sorted_key_ids.insert(position, name_id)
        for word in set(name.spaced.split()):
            postings = self._word_postings.get(word)
            if postings is None:
                self._word_postings[word] = [name_id]
                insort(self._sorted_words, word)
                for gram in _trigrams(word):
                    self._trigram_words.setdefault(gram, []).append(word)
            else:
                insort(postings, name_id, key=self._key_lengths.__getitem__)
        return name_id

    def remove(self, key: str) -> None:
        """Forget an entity and all its names; unknown keys are ignored."""
        entry = self._entries.pop(key, None)
        if entry is None:
            return
        del self._sorted_labels[bisect_left(self._sorted_labels, (entry.label_folded, key))]
        for name_id in entry.name_ids:
            self._remove_name(name_id)
        self._prefix_cache.clear()
        self._word_cache.clear()

    def _remove_name(self, name_id: int) -> None:
        name = self._names.pop(name_id)
        same_key = self._exact[name.key]
        same_key.remove(name_id)
        if not same_key:
            del self._exact[name.key]
        position = bisect_left(self._sorted_keys, name.key)
        while self._sorted_key_ids[position] != name_id:
            position += 1
        del self._sorted_keys[position]
        del self._sorted_key_ids[position]
        for word in set(name.spaced.split()):
            postings = self._word_postings[word]
            postings.remove(name_id)
            if postings:
                continue
            del self._word_postings[word]
            del self._sorted_words[bisect_left(self._sorted_words, word)]
            for gram in _trigrams(word):
                words = self._trigram_words[gram]
                words.remove(word)
                if not words:
                    del self._trigram_words[gram]

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
            coverage = min(1.0, query_length / self._key_lengths[name_id])
            offer(name_id, _WORDS_BASE + _WORDS_SPAN * coverage)
        if len(best) < limit:
            for name_id, similarity in self._fuzzy_candidates(query_words):
                offer(name_id, _FUZZY_SCALE * similarity)
        return self._ranked(best, query_length, limit)

    def suggest(self, query: str, limit: int = 3) -> list[NameMatch]:
        """Close names for an "Unknown festival 'Canes'. Did you mean Cannes?" reply."""
        return [match for match in self.search(query, limit) if match.score >= _SUGGEST_MIN_SCORE]

    def best(self, query: str) -> NameMatch | None:
        """A match confident enough to act on without asking, else None.

        Confident means: exactly one entity has a label (failing that, an alias) whose
        ``fold_key`` equals the query's; or one clear leader scoring at least 0.95 (a prefix
        covering most of its name). Two entities with the same exact name are ambiguous: None.
        """
        query_key = fold(query).replace(" ", "")
        if not query_key:
            return None
        exact_ids = self._exact.get(query_key, [])
        for want_label in (True, False):
            owners = {
                self._names[name_id].entry_key: name_id
                for name_id in exact_ids
                if self._names[name_id].is_label == want_label
            }
            if len(owners) > 1:
                return None
            for entry_key, name_id in owners.items():
                return self._match(entry_key, _EXACT_SCORE, name_id)
        leaders = self.search(query, limit=2)
        if not leaders or leaders[0].score < _BEST_MIN_SCORE:
            return None
        if len(leaders) > 1 and leaders[0].score - leaders[1].score < _BEST_MIN_GAP:
            return None
        return leaders[0]

    def _match(self, entry_key: str, score: float, name_id: int) -> NameMatch:
        return NameMatch(
            entry_key, self._entries[entry_key].label, round(score, 4), self._names[name_id].text
        )

    def _ranked(self, best: dict[str, tuple[float, int]], query_length: int, limit: int) -> list[NameMatch]:
        lengths = self._key_lengths

        def order(item: tuple[str, tuple[float, int]]) -> tuple[float, int, str, str]:
            entry_key, (score, name_id) = item
            return (
                -score,
                abs(lengths[name_id] - query_length),
                self._entries[entry_key].label_folded,
                entry_key,
            )

        top = heapq.nsmallest(limit, best.items(), key=order)
        return [self._match(entry_key, score, name_id) for entry_key, (score, name_id) in top]

    # -- candidate generation -----------------------------------------------------------------

    def _prefix_candidates(self, query_key: str) -> list[int]:
        low = bisect_left(self._sorted_keys, query_key)
        high = bisect_left(self._sorted_keys, query_key + _UPPER_SENTINEL, low)
        if high - low <= _PREFIX_SCAN:
            return self._sorted_key_ids[low:high]
        # A short prefix matches thousands of names; the best of them are the shortest, so
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

    def _prefixed_words(self, query_word: str) -> list[str]:
        """Vocabulary words starting with ``query_word`` (the first ``_MERGED_WORDS``)."""
        low = bisect_left(self._sorted_words, query_word)
        high = bisect_left(self._sorted_words, query_word + _UPPER_SENTINEL, low)
        return self._sorted_words[low : min(high, low + _MERGED_WORDS)]

    def _postings_size(self, words: list[str]) -> int:
        return sum(len(self._word_postings[word]) for word in words)

    def _shortest_names(self, words: list[str], budget: int) -> list[int]:
        """Up to ``budget`` names containing any of ``words``, shortest first.

        Posting lists are kept ordered by name length, so for one word this is a slice; for
        several, each contributes its shortest names and the pool is sorted (exact for the
        first names, approximate deep into a long pool, which only short prefixes produce).
        """
        if len(words) == 1:
            return self._word_postings[words[0]][:budget]
        share = max(2 * budget // len(words), 32)
        pooled = dict.fromkeys(chain.from_iterable(self._word_postings[word][:share] for word in words))
        return sorted(pooled, key=self._key_lengths.__getitem__)[:budget]

    def _word_prefix_candidates(self, query_words: list[str]) -> list[int]:
        """Names where every query word starts some word of the name, shortest names first.

        The query word with the fewest postings drives: its names are read shortest first and
        kept when the other query words match too, checked by set membership for selective
        words and by a substring test on the spaced name for unselective ones ("the", "s").
        """
        facts = [self._query_word_facts(word) for word in query_words]
        if not all(words for words, _, _ in facts):
            return []
        driver, *rest = sorted(range(len(query_words)), key=lambda i: facts[i][1])
        member_sets = [members for i in rest if (members := facts[i][2]) is not None]
        word_starts = [f" {query_words[i]}" for i in rest if facts[i][2] is None]
        names = self._names
        found: list[int] = []
        for name_id in self._shortest_names(facts[driver][0], _WORD_SCAN):
            if all(name_id in members for members in member_sets) and all(
                start in names[name_id].spaced for start in word_starts
            ):
                found.append(name_id)
                if len(found) >= _CANDIDATE_BUDGET:
                    break
        return found

    def _query_word_facts(self, query_word: str) -> tuple[list[str], int, frozenset[int] | None]:
        """(words it prefixes, their postings count, those postings as a set if selective).

        Cached: while typing, every keystroke repeats the earlier query words. The cache is
        emptied when the index changes or grows past ``_WORD_CACHE_SIZE`` entries.
        """
        facts = self._word_cache.get(query_word)
        if facts is None:
            words = self._prefixed_words(query_word)
            size = self._postings_size(words)
            members = None
            if size <= _SET_FILTER_MAX:
                members = frozenset().union(*(self._word_postings[word] for word in words))
            if len(self._word_cache) >= _WORD_CACHE_SIZE:
                self._word_cache.clear()
            facts = self._word_cache[query_word] = (words, size, members)
        return facts

    def _similar_words(self, query_word: str) -> dict[str, float]:
        """Vocabulary words like ``query_word`` (prefixed by it, prefixing it, or close)."""
        similar = dict.fromkeys(self._prefixed_words(query_word), 1.0)
        for cut in range(4, len(query_word)):
            if query_word[:cut] in self._word_postings:
                similar[query_word[:cut]] = _REVERSE_PREFIX_SIMILARITY
        if len(query_word) < 3 or query_word in self._word_postings:
            return similar
        shared: Counter[str] = Counter()
        grams = _trigrams(query_word)
        for gram in grams:
            words = self._trigram_words.get(gram)
            if words is not None and len(words) <= _COMMON_TRIGRAM_WORDS:
                shared.update(words)
        # Words sharing at least half of the query word's trigrams, most shared first; a
        # threshold filter is much cheaper than ranking the whole Counter.
        needed = max(2, len(grams) // 2)
        close = [(count, word) for word, count in shared.items() if count >= needed]
        for _, word in heapq.nlargest(_FUZZY_WORDS, close):
            if word not in similar:
                similarity = word_similarity(query_word, word)
                if similarity >= _MIN_WORD_SIMILARITY:
                    similar[word] = similarity
        return similar

    def _fuzzy_candidates(self, query_words: list[str]) -> list[tuple[int, float]]:
        """(name id, word similarity) for names sharing a similar word with the query."""
        similar = [self._similar_words(word) for word in query_words]
        usable = [i for i, words in enumerate(similar) if words]
        if not usable:
            return []
        driver = min(usable, key=lambda i: self._postings_size(list(similar[i])))
        driver_words = sorted(similar[driver], key=similar[driver].__getitem__, reverse=True)
        weights = [len(word) for word in query_words]
        total_weight = sum(weights)
        results = []
        for name_id in self._shortest_names(driver_words[:_MERGED_WORDS], _FUZZY_BUDGET):
            name_words = self._names[name_id].spaced.split()
            matched = 0.0
            for query_word, weight, known in zip(query_words, weights, similar, strict=True):
                matched += weight * max(
                    (1.0 if word.startswith(query_word) else known.get(word, 0.0) for word in name_words),
                    default=0.0,
                )
            similarity = matched / total_weight
            if similarity >= _MIN_FUZZY_SIMILARITY:
                results.append((name_id, similarity))
        return results


# -- scoring a handful of candidates found elsewhere (the store's name search) -------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """One name of an entity, as a search backend found it."""

    key: str
    label: str
    name: str  # the title, name or alias that was found


@dataclass(frozen=True, slots=True)
class _FoldedQuery:
    key: str
    words: tuple[str, ...]

    @classmethod
    def of(cls, query: str) -> _FoldedQuery:
        folded = fold(query)
        return cls(folded.replace(" ", ""), tuple(folded.split()))


def _score(query: _FoldedQuery, name_folded: str, similarities: dict[tuple[str, str], float]) -> float:
    """The same tiers as NameIndex.search, for one query against one folded name (0 = no match)."""
    name_key = name_folded.replace(" ", "")
    if not query.key or not name_key:
        return 0.0
    if name_key == query.key:
        return _EXACT_SCORE
    if name_key.startswith(query.key):
        return _PREFIX_BASE + _PREFIX_SPAN * len(query.key) / len(name_key)
    name_words = name_folded.split()
    if all(any(word.startswith(q) for word in name_words) for q in query.words):
        return _WORDS_BASE + _WORDS_SPAN * min(1.0, len(query.key) / len(name_key))
    total = sum(len(q) for q in query.words)
    similarity = sum(len(q) * max((_remembered_similarity(q, w, similarities) for w in name_words), default=0.0)
                     for q in query.words) / total
    return _FUZZY_SCALE * similarity if similarity >= _MIN_FUZZY_SIMILARITY else 0.0


def _remembered_similarity(query_word: str, word: str, known: dict[tuple[str, str], float]) -> float:
    """word_similarity, computed once per pair for one ranking (`known` lives as long as it)."""
    found = known.get((query_word, word))
    if found is None:
        found = known[query_word, word] = word_similarity(query_word, word)
    return found


@lru_cache(maxsize=20_000)
def _fold_name(name: str) -> str:
    """fold() of a stored name. Typing a query asks for mostly the same candidates keystroke
    after keystroke, and folding a non-ASCII name costs ~50 µs."""
    return fold(name)


def rank_candidates(query: str, candidates: Iterable[Candidate], limit: int = 25) -> list[NameMatch]:
    """Score candidates, keep each entity's best name, best first (ties: closest length, label)."""
    folded = _FoldedQuery.of(query)
    best: dict[str, tuple[float, int, Candidate]] = {}
    # Candidates share words ("... Pokalomi 65475", "... Pokalomi 67116"): each query word is
    # compared with each distinct name word once (the edit distances are the costly part).
    similarities: dict[tuple[str, str], float] = {}
    for candidate in candidates:
        name_folded = _fold_name(candidate.name)
        score = _score(folded, name_folded, similarities)
        if score > 0 and (candidate.key not in best or score > best[candidate.key][0]):
            length_gap = abs(len(name_folded) - name_folded.count(" ") - len(folded.key))
            best[candidate.key] = (score, length_gap, candidate)
    ordered = sorted(best.values(), key=lambda item: (-item[0], item[1], item[2].label.casefold(), item[2].key))
    return [NameMatch(c.key, c.label, round(score, 4), c.name) for score, _, c in ordered[:limit]]


def best_of(query: str, candidates: Iterable[Candidate]) -> NameMatch | None:
    """NameIndex.best's rule over candidates: one exact label (else alias), or a clear prefix leader."""
    ranked = rank_candidates(query, candidates, limit=50)
    exact = [m for m in ranked if m.score == _EXACT_SCORE]
    for want_label in (True, False):
        owners = {m.key: m for m in exact if (fold_key_of(m.matched) == fold_key_of(m.label)) == want_label}
        if len(owners) > 1:
            return None
        if owners:
            return next(iter(owners.values()))
    if not ranked or ranked[0].score < _BEST_MIN_SCORE:
        return None
    if len(ranked) > 1 and ranked[0].score - ranked[1].score < _BEST_MIN_GAP:
        return None
    return ranked[0]


def suggestions_of(query: str, candidates: Iterable[Candidate], limit: int = 3) -> list[NameMatch]:
    return [m for m in rank_candidates(query, candidates, limit) if m.score >= _SUGGEST_MIN_SCORE]


def fold_key_of(text: str) -> str:
    return fold(text).replace(" ", "")
