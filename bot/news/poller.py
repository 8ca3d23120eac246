"""When each feed is polled next: the interval with jitter, exponential backoff on failure,
and the threshold after which a feed counts as failing.

Pure functions of (interval, failures, random source) so the schedule is testable without a clock.
"""

from __future__ import annotations

import random

MAX_BACKOFF_SECONDS = 6 * 3600.0
FAILING_AFTER = 10  # consecutive failures
JITTER = 0.1  # ± this share of the delay, so feeds added together do not stay in lockstep


def clamp_interval(minutes: float, minimum_minutes: float) -> float:
    """The polling interval in seconds, never below the operator's minimum."""
    return max(minutes, minimum_minutes) * 60.0


def _jittered(delay: float, rng: random.Random) -> float:
    return delay * (1.0 + rng.uniform(-JITTER, JITTER))


def delay_after_success(interval: float, rng: random.Random) -> float:
    return _jittered(interval, rng)


def backoff_delay(interval: float, consecutive_failures: int) -> float:
    """Failure n (1-based) waits interval·2ⁿ, capped at 6 h."""
    exponent = min(max(consecutive_failures, 0), 30)  # 2**30 × any interval is past the cap
    return min(interval * (2.0**exponent), MAX_BACKOFF_SECONDS)


def delay_after_failure(interval: float, consecutive_failures: int, rng: random.Random) -> float:
    base = backoff_delay(interval, consecutive_failures)
    # Jitter below the cap only, so the 6 h ceiling holds.
    return min(_jittered(base, rng), MAX_BACKOFF_SECONDS)


def loop_tick_seconds(minimum_interval_minutes: float) -> float:
    """How often the background loop looks for due feeds: a quarter of the shortest interval,
    between 1 s and 30 s."""
    return min(30.0, max(1.0, minimum_interval_minutes * 60.0 / 4.0))
