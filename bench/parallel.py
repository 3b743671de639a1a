"""One ``process_corpus`` run in a fresh process, reporting time and dictionary loads.

Run: ``python -m bench.parallel RAW_DIR WORKERS [--warm]``; prints one JSON line.

Every jieba dictionary load (``Tokenizer.initialize`` doing real work) is recorded with
the id of the process doing it, so the report shows whether dictionaries are loaded once
per process or more often. ``--warm`` first runs the stages once in the parent, so the
forked workers inherit what it loaded (what ``materialize_all`` does before a pool run).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path


def _record_dictionary_loads(log_path: str) -> None:
    import jieba

    original = jieba.Tokenizer.initialize

    def initialize(self, dictionary=None):
        if not self.initialized:
            fd = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
            try:
                os.write(fd, f"{os.getpid()}\n".encode())
            finally:
                os.close(fd)
        return original(self, dictionary)

    jieba.Tokenizer.initialize = initialize
    # jieba.initialize is the default tokenizer's bound method, taken at import time.
    jieba.initialize = lambda dictionary=None: jieba.dt.initialize(dictionary)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("raw_dir", type=Path)
    parser.add_argument("workers", type=int)
    parser.add_argument("--warm", action="store_true")
    args = parser.parse_args(argv)

    with tempfile.NamedTemporaryFile(prefix="jieba-loads-", delete=False) as fh:
        log_path = fh.name
    _record_dictionary_loads(log_path)
    import jieba

    jieba.setLogLevel(60)
    from bench.core import warm_up
    from tests.oracle import process_corpus

    t0 = time.perf_counter()
    cpu0 = os.times()
    if args.warm:
        warm_up()
    t1 = time.perf_counter()
    data = process_corpus(args.raw_dir, workers=args.workers)
    t2 = time.perf_counter()
    cpu1 = os.times()
    loads = Counter(Path(log_path).read_text().split())
    os.unlink(log_path)
    parent = str(os.getpid())
    print(
        json.dumps(
            {
                "workers": args.workers,
                "warm": args.warm,
                "articles": len(data.articles),
                "warm_up_seconds": round(t1 - t0, 2),
                "seconds": round(t2 - t1, 2),
                "seconds_with_warm_up": round(t2 - t0, 2),
                "cpu_parent": round(cpu1.user + cpu1.system - cpu0.user - cpu0.system, 2),
                "cpu_children": round(
                    cpu1.children_user
                    + cpu1.children_system
                    - cpu0.children_user
                    - cpu0.children_system,
                    2,
                ),
                "dictionary_loads_parent": loads.pop(parent, 0),
                "dictionary_loads_workers": sum(loads.values()),
                "worker_processes_loading": len(loads),
                "max_loads_in_one_worker": max(loads.values(), default=0),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
