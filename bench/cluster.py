"""Cluster mode against `make run` on one corpus: wall time and ratio.

``python -m bench.cluster [N] [--workers 2] [--batch 100]`` (``make bench-cluster``), or
``make bench`` with ``--cluster N``: a fresh cluster (PostgreSQL, Redis, daemon, N celery
workers) in a temporary folder on ports of its own, then on the same generated corpus

1. ``python -m pipelines.run`` (what ``make run`` runs: in-process executor, SQLite
   instance, a process pool over every core), and
2. ``python -m pipelines.cluster run`` (``make cluster-run``: batch runs on the celery
   workers, each worker one process),

each from scratch, their wall times, the ratio cluster/local, and whether the public
views of the two warehouses are equal row for row. Cluster start-up is timed apart.
No speed-up is expected on one machine: the figure is what the engine costs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from bench import corpus

ROOT = Path(__file__).resolve().parents[1]
PORTS = {"HUIBAO_PG_PORT": "54349", "HUIBAO_REDIS_PORT": "63819"}


def _timed(args: list[str], env: dict[str, str], log: Path) -> tuple[float, int, str]:
    started = time.perf_counter()
    with log.open("wb") as out:
        code = subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        ).returncode
    return time.perf_counter() - started, code, log.read_text(errors="replace")


def public_views(path: Path) -> dict[str, list]:
    with duckdb.connect(str(path), read_only=True) as con:
        names = [
            r[0]
            for r in con.execute(
                "SELECT view_name FROM duckdb_views() WHERE NOT internal "
                "AND view_name LIKE 'v\\_%' ESCAPE '\\' ORDER BY 1"
            ).fetchall()
        ]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY ALL').fetchall() for n in names}


def cluster_section(corpus_dir: Path, base: Path, workers: int = 2, batch: int = 100) -> dict:
    # 0755 (and the folders above it too): as root, PostgreSQL runs as `postgres` and
    # must reach its data folder.
    base.mkdir(parents=True, exist_ok=True)
    base.chmod(0o755)
    from pipelines.settings import init_dagster_home

    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("HUIBAO_")},
        **PORTS,
        "HUIBAO_CLUSTER_DIR": str(base / "cluster"),
        "HUIBAO_CELERY_WORKERS": str(workers),
        "HUIBAO_CLUSTER_BATCH": str(batch),
        "RAW_DIR": str(corpus_dir),
        "PYTHONPATH": str(ROOT),
    }
    res: dict = {
        "articles": len(list(corpus_dir.glob("*.txt"))),
        "workers": workers,
        "batch": batch,
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }
    up_s, code, out = _timed(["-m", "pipelines.cluster", "up"], env, base / "up.log")
    if code:
        raise RuntimeError(f"cluster-up failed:\n{out[-2000:]}")
    res["cluster_up_seconds"] = round(up_s, 1)
    try:
        local = {**env, "DAGSTER_HOME": str(init_dagster_home(base / "local_home")),
                 "WAREHOUSE_PATH": str(base / "local.duckdb")}  # fmt: skip
        local_s, code, out = _timed(["-m", "pipelines.run"], local, base / "local.log")
        if code:
            raise RuntimeError(f"make run failed:\n{out[-2000:]}")
        remote = {**env, "WAREHOUSE_PATH": str(base / "cluster.duckdb")}
        cluster_s, code, out = _timed(["-m", "pipelines.cluster", "run"], remote, base / "run.log")
        if code:
            raise RuntimeError(f"cluster-run failed:\n{out[-2000:]}")
        used = re.search(r"^celery workers used: (\d+)$", out, re.MULTILINE)
        res.update(
            make_run_seconds=round(local_s, 1),
            cluster_run_seconds=round(cluster_s, 1),
            ratio=round(cluster_s / local_s, 2),
            celery_workers_used=int(used.group(1)) if used else None,
            views_equal=public_views(base / "local.duckdb")
            == public_views(base / "cluster.duckdb"),
        )
    finally:
        subprocess.run([sys.executable, "-m", "pipelines.cluster", "down"], cwd=ROOT, env=env,
                       capture_output=True)  # fmt: skip
    res["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    return res


def say_cluster(res: dict) -> None:
    print(
        f"cluster mode, {res['articles']} articles, {res['workers']} celery workers, steps of "
        f"{res['batch']}: make run {res['make_run_seconds']} s, cluster-run "
        f"{res['cluster_run_seconds']} s (ratio {res['ratio']}), workers used "
        f"{res['celery_workers_used']}, views equal: {res['views_equal']} "
        f"(cluster-up {res['cluster_up_seconds']} s; load {res['load_average_start']} → "
        f"{res['load_average_end']})",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="huibao-bench-cluster-"))
    base.chmod(0o755)  # see cluster_section
    try:
        corpus.write_corpus(base / "corpus", args.n, args.seed)
        res = cluster_section(base / "corpus", base / "work", args.workers, args.batch)
        say_cluster(res)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return 0 if res.get("views_equal") else 1


if __name__ == "__main__":
    sys.exit(main())
