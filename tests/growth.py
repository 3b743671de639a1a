"""Complexity guards that a slow or busy machine cannot break: growth ratios, not time limits.

A test that says "this takes under 10 s" fails on a machine whose cores are busy with other
work, and passes a quadratic algorithm on a fast one. Here the same function runs on inputs
of size n and 4n in this process, and only the ratio of the two times is checked: a linear
algorithm stays near 4× whatever the machine, a quadratic one goes towards 16×. Measured
as CPU time of this process (``time.process_time``), so other processes on the machine do
not count, and as the minimum of a few repetitions taken in turns at both sizes, so one
disturbed repetition does not count either. The cyclic garbage collector is off while a run
is timed (as ``timeit`` does): when it runs depends on every object the test session made
before, not on the function. A ratio over the limit is measured again, up to ATTEMPTS
times, and the best counts: a neighbour that slows every repetition for a few seconds
(memory bandwidth, caches) lifts one measurement, while a quadratic step fails them all.
Speed itself is measured by ``make bench``.

A function faster than MIN_TIMED_SECONDS at n is called several times per timing, the
same number at both sizes, so that clock ticks do not decide the ratio.

A regression must fail fast, not hang the suite: the sizes are climbed as a ladder
(n/16, n/4, n, 4n) and each run may take at most STEP_CAP times the CPU time of the rung
below (never less than CAP_FLOOR_SECONDS); a CPU-time timer (ITIMER_PROF, which also
stops a long regex search) ends a run that goes over. Linear steps cost 4×, quadratic 16×.
"""

from __future__ import annotations

import gc
import math
import signal
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

FACTOR = 4
# Linear work grows 4× (plus a little from caches and allocation); quadratic work 16×.
LINEAR_MAX_RATIO = 6.0
STEP_CAP = 10.0
CAP_FLOOR_SECONDS = 0.5  # tiny rungs are noisy: they may always take this much
REPEATS = 3
ATTEMPTS = 3
# A run at n must take this much CPU, or a jiffy of noise moves the ratio by 50%: faster
# functions are called several times per timing (the same number at n and 4n).
MIN_TIMED_SECONDS = 0.05
MAX_CALLS = 1000


class GrowsTooFast(BaseException):
    """A run took more CPU time than STEP_CAP times the rung below it allows.

    Not an Exception: the stages turn any Exception of one article into a quality issue
    and carry on, which would swallow it. growth() reports it as an AssertionError."""


@dataclass(frozen=True)
class Growth:
    n: int
    seconds_n: float  # min CPU seconds at n
    seconds_4n: float  # min CPU seconds at FACTOR * n
    calls: int = 1  # calls per timing at both sizes (fast functions are called repeatedly)

    @property
    def ratio(self) -> float:
        # A CPU clock may tick in jiffies: a run below one tick reads 0 and n is too small.
        assert self.seconds_n > 0, f"n={self.n} is too small to time; use a larger n"
        return self.seconds_4n / self.seconds_n

    def __str__(self) -> str:
        return (
            f"{self.seconds_n:.3f} s CPU at n={self.n}, {self.seconds_4n:.3f} s at {FACTOR}n: "
            f"{self.ratio:.1f}× (linear stays under {LINEAR_MAX_RATIO}×)"
            + (f", {self.calls} calls per timing" if self.calls > 1 else "")
        )


@contextmanager
def _cpu_cap(seconds: float, what: str):
    """Raise GrowsTooFast in this thread once the process has used ``seconds`` more CPU."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals reach only the main thread: run uncapped
        return

    def over(signum, frame):
        raise GrowsTooFast(f"{what} used more than {seconds:.2f} s of CPU time")

    previous = signal.signal(signal.SIGPROF, over)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def cpu_seconds(
    fn: Callable[[Any], Any], arg: Any, cap: float = math.inf, what: str = "", calls: int = 1
) -> float:
    """CPU seconds of ``calls`` calls of ``fn(arg)``, stopped once over ``cap``."""
    gc.collect()  # garbage of the previous call is not this call's cost

    def timed() -> float:
        gc.disable()
        try:
            start = time.process_time()
            for _ in range(calls):
                fn(arg)
            return time.process_time() - start
        finally:
            gc.enable()

    if math.isinf(cap):
        return timed()
    try:
        with _cpu_cap(cap, what):
            return timed()
    except GrowsTooFast as exc:
        raise AssertionError(f"grows faster than linear: {exc}") from None


def _cap(below: float) -> float:
    return max(STEP_CAP * below, CAP_FLOOR_SECONDS)


def growth(
    fn: Callable[[Any], Any], make: Callable[[int], Any], n: int, repeats: int = REPEATS
) -> Growth:
    """Min-of-``repeats`` CPU time of ``fn(make(n))`` and of ``fn(make(4n))``.

    The rungs n/16 and n/4 run first, once (the first also loads dictionaries and caches
    outside the timings); every run is capped relative to the rung below it."""
    below = cpu_seconds(fn, make(max(1, n // FACTOR**2)))
    below = cpu_seconds(fn, make(max(1, n // FACTOR)), _cap(below), f"n/{FACTOR}")
    calls = _calls_to_time(fn, make(max(1, n // FACTOR)), below)
    small, big = make(n), make(FACTOR * n)
    best_small = best_big = math.inf
    for _ in range(repeats):
        cap_small = _cap(below * calls)
        best_small = min(best_small, cpu_seconds(fn, small, cap_small, f"n={n}", calls))
        best_big = min(best_big, cpu_seconds(fn, big, _cap(best_small), f"{FACTOR}n", calls))
    return Growth(n, best_small, best_big, calls)


def _calls_to_time(fn: Callable[[Any], Any], arg: Any, seconds: float) -> int:
    """How many calls at n make MIN_TIMED_SECONDS, from one call at n/4 (which a slow
    machine may time as 0: then time a batch of them to find out)."""
    if seconds * FACTOR >= MIN_TIMED_SECONDS:
        return 1
    batch = 1
    while seconds < MIN_TIMED_SECONDS / FACTOR and batch < MAX_CALLS:
        batch = min(batch * FACTOR, MAX_CALLS)
        seconds = cpu_seconds(fn, arg, calls=batch) / batch
    per_call_at_n = max(seconds * FACTOR, 1e-6)
    return max(1, min(MAX_CALLS, math.ceil(MIN_TIMED_SECONDS / per_call_at_n)))


def assert_linear(
    fn: Callable[[Any], Any], make: Callable[[int], Any], n: int, repeats: int = REPEATS
) -> Growth:
    attempts = []
    for _ in range(ATTEMPTS):
        attempts.append(growth(fn, make, n, repeats))
        if attempts[-1].ratio < LINEAR_MAX_RATIO:
            return attempts[-1]
    raise AssertionError("grows faster than linear: " + "; ".join(map(str, attempts)))
