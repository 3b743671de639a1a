"""``map`` over a fork-started process pool, in order and streaming: how per-article
work uses every core (pipelines/assets/partitions.py, and the test oracle's build)."""

from __future__ import annotations

import ctypes
import ctypes.util
import itertools
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
# Below this many items a pool costs more than it saves.
MIN_ITEMS_FOR_POOL = 8


def parallel_map(
    fn: Callable[[T], R], items: Iterable[T], workers: int, in_flight: int = 0
) -> Iterator[R]:
    """``map`` over a fork-started process pool when it pays, in order, streaming.

    Fork shares the parent's already loaded modules (jieba's dictionary included), so
    each worker pays no start-up beyond the fork itself. At most ``in_flight`` items
    (default: 32 per worker) are read ahead of the results handed back, so a 10,000-article
    run holds a window of articles in memory, not all of them.
    """
    items = iter(items)
    head = list(itertools.islice(items, MIN_ITEMS_FOR_POOL))
    if workers <= 1 or len(head) < MIN_ITEMS_FOR_POOL:
        yield from map(fn, itertools.chain(head, items))
        return
    window = in_flight or 32 * workers
    chunk = max(1, window // (workers * 4))
    batches = _batched(itertools.chain(head, items), chunk)
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=_die_with_parent
    ) as pool:
        pending = deque(
            pool.submit(_map_batch, fn, b) for b in itertools.islice(batches, window // chunk)
        )
        while pending:
            done = pending.popleft().result()
            for batch in itertools.islice(batches, 1):
                pending.append(pool.submit(_map_batch, fn, batch))
            yield from done


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def _map_batch(fn: Callable[[T], R], batch: list[T]) -> list[R]:
    return [fn(item) for item in batch]


def _die_with_parent() -> None:
    """Pool workers get SIGTERM when the run that forked them dies (kill -9, OOM killer),
    instead of running on as orphans (Linux only; elsewhere a no-op)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
