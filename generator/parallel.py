"""Run one function over many seeds on every core, results in input order, with a progress bar on a terminal."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

POOL_MIN_ITEMS = 24
"""Below this many seeds one process is faster: starting workers costs more than it saves."""
PROGRESS_DELAY = 1.0
"""Seconds before a progress bar appears, so quick runs print nothing but their summary."""


def default_jobs() -> int:
    """Worker processes to use: every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def show_progress() -> bool:
    """A bar only for a person watching: stderr is a terminal and this is not CI."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def map_ordered(
    func: Callable[[T], R], items: Sequence[T], *, jobs: int | None = None, label: str = "", preload: str | None = None
) -> list[R]:
    """``[func(item) for item in items]``, spread over ``jobs`` processes when there are enough items.

    Results come back in the order of ``items`` whatever order the workers finish in, so the
    output of a run never depends on scheduling. ``func`` must be picklable (a module-level
    function or a ``functools.partial`` of one) and should return failures as values: an
    exception it raises stops the whole run. ``preload`` names the module the workers' server
    imports once before forking them (default: ``func``'s own).
    """
    return list(imap_ordered(func, items, jobs=jobs, label=label, preload=preload))


def imap_ordered(
    func: Callable[[T], R], items: Sequence[T], *, jobs: int | None = None, label: str = "", preload: str | None = None
) -> Iterator[R]:
    """``map_ordered`` one result at a time, each as soon as it and those before it are done.

    The caller can put a result to use (write its pages) while the workers go on with the rest.
    """
    if not items:  # a no-op regenerate: spare it the imports below, a fifth of its time
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from tqdm import tqdm

    jobs = max(1, jobs or default_jobs())
    with tqdm(total=len(items), desc=label, unit="seed", file=sys.stderr, delay=PROGRESS_DELAY,
              disable=not show_progress(), leave=False) as bar:
        if jobs == 1 or len(items) < POOL_MIN_ITEMS:
            for item in items:
                yield func(item)
                bar.update()
            return
        # Chunks amortise the pickling round trip; several per worker keep the cores evenly busy.
        # Small chunks: at the end of a run one worker may otherwise sit idle while the other
        # finishes a long last chunk (32 seeds cost a third of a second).
        chunksize = max(1, min(8, len(items) // (jobs * 4)))
        # forkserver: workers start from a clean, single-threaded process, never a fork of this one.
        context = multiprocessing.get_context("forkserver")
        # Importing the pipeline once there, not in every worker, saves each worker its import time.
        module = preload or getattr(getattr(func, "func", func), "__module__", None)
        context.set_forkserver_preload([module] if module else [])
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            for result in pool.map(func, items, chunksize=chunksize):
                yield result
                bar.update()
