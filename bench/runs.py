"""``make run`` as a subprocess (``python -m pipelines.run``) in a temporary environment.

Wall time from start to exit, and memory: the process tree (the run and its pool
workers) is sampled from /proc every 0.1 s for the sum of PSS (shared pages split
between the processes sharing them: what the run really occupies) and of RSS; the
largest single process comes from ``wait4``'s ``ru_maxrss``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from pipelines.settings import init_dagster_home

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SECONDS = 0.1


@dataclass
class RunResult:
    seconds: float
    returncode: int
    peak_pss_mb: float  # process tree, summed
    peak_rss_sum_mb: float  # process tree, summed (counts shared pages once per process)
    max_process_rss_mb: float  # the largest single process (ru_maxrss)
    log: str

    def as_dict(self) -> dict:
        d = asdict(self)
        d["seconds"] = round(d["seconds"], 2)
        for k in ("peak_pss_mb", "peak_rss_sum_mb", "max_process_rss_mb"):
            d[k] = round(d[k], 1)
        return d


def python_env(pycache: Path | None) -> dict[str, str]:
    """This environment, with Python's bytecode cache in ``pycache`` if given.

    A developer's machine keeps compiled modules (``__pycache__``); a sandbox with
    PYTHONDONTWRITEBYTECODE=1 and no compiled files recompiles Dagster & co. on every
    start (seconds). A cache folder of our own gives the usual behaviour without writing
    into the virtualenv or the repository.
    """
    env = dict(os.environ)
    env.pop("HUIBAO_FULL_REFRESH", None)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def startup_seconds(pycache: Path | None) -> float:
    """Wall time of ``import pipelines.run`` (Dagster, the definitions) in a new process."""
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "import pipelines.run"],
        cwd=ROOT,
        env=python_env(pycache),
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


@dataclass
class RunEnv:
    raw_dir: Path
    warehouse: Path
    dagster_home: Path
    pycache: Path | None = None

    @classmethod
    def under(cls, base: Path, raw_dir: Path, pycache: Path | None = None) -> RunEnv:
        home = init_dagster_home(base / "dagster_home")  # as `make run` has it
        return cls(raw_dir, base / "warehouse" / "huibao.duckdb", home, pycache)

    def environ(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = python_env(self.pycache)
        env.update(
            RAW_DIR=str(self.raw_dir),
            WAREHOUSE_PATH=str(self.warehouse),
            DAGSTER_HOME=str(self.dagster_home),
        )
        env.update(extra or {})
        return env

    @property
    def store(self) -> Path:
        """The article store (ArticleStoreIOManager's default location)."""
        return self.dagster_home / "huibao" / "assets"


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo += _children(p)
    return pids


def _memory_kb(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process in kB; zeros if it is gone."""
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


class _Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.stop = threading.Event()
        self.peak_pss = self.peak_rss = 0

    def run(self) -> None:
        while not self.stop.is_set():
            totals = [_memory_kb(p) for p in _tree(self.pid)]
            self.peak_pss = max(self.peak_pss, sum(t[0] for t in totals))
            self.peak_rss = max(self.peak_rss, sum(t[1] for t in totals))
            self.stop.wait(SAMPLE_SECONDS)


def run_pipeline(env: RunEnv, log_path: Path, extra_env: dict[str, str] | None = None) -> RunResult:
    """Run ``python -m pipelines.run`` once; its output goes to ``log_path``."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w", encoding="utf-8") as log:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipelines.run"],
            cwd=ROOT,
            env=env.environ(extra_env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        sampler = _Sampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop.set()
        sampler.join()
    return RunResult(
        seconds=seconds,
        returncode=proc.returncode,
        peak_pss_mb=sampler.peak_pss / 1024,
        peak_rss_sum_mb=sampler.peak_rss / 1024,
        max_process_rss_mb=usage.ru_maxrss / 1024,
        log=str(log_path),
    )


def pickles_written_since(store: Path, asset: str, since: float) -> int:
    """How many partitions of ``asset`` the article store got (re)written after ``since``."""
    folder = store / asset
    if not folder.is_dir():
        return 0
    # One subfolder per code version (ArticleStoreIOManager).
    return sum(1 for p in folder.glob("v*/*.pkl") if p.stat().st_mtime >= since)


def log_tail(path: str, lines: int = 30) -> str:
    text = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(text[-lines:])


def phases(dagster_home: Path, started: float, ended: float) -> dict:
    """Where the latest run's wall time went, from its events in ``dagster_home``.

    ``started``/``ended`` are the subprocess's wall-clock start and end (``time.time()``).
    Per step: loading inputs, computing (the process pool), storing outputs (the IO
    manager writing pickles) and logging the per-partition materialization events; plus
    the time before the run starts (imports, partition sync, staleness check, the
    dictionary warm-up, run creation) and after it ends (summary, exit).
    """
    import dagster as dg

    saved = os.environ.get("DAGSTER_HOME")
    os.environ["DAGSTER_HOME"] = str(dagster_home)  # huibao's event log finds its files by it
    try:
        with dg.DagsterInstance.get() as instance:
            (run,) = instance.get_runs(limit=1)
            logs = instance.all_logs(run.run_id)
    finally:
        if saved is None:
            os.environ.pop("DAGSTER_HOME", None)
        else:
            os.environ["DAGSTER_HOME"] = saved
    kinds = dg.DagsterEventType
    run_start = next(e.timestamp for e in logs if e.dagster_event_type == kinds.RUN_START)
    run_end = max(e.timestamp for e in logs)
    steps: dict[str, dict[str, float]] = {}
    for e in logs:
        if not e.is_dagster_event or not e.step_key:
            continue
        s = steps.setdefault(e.step_key, {})
        t, kind = e.timestamp, e.dagster_event_type
        if kind == kinds.STEP_START:
            s["start"] = t
        elif kind == kinds.LOADED_INPUT:
            s["loaded"] = max(s.get("loaded", t), t)
        elif kind == kinds.STEP_OUTPUT:
            s.setdefault("output", t)
        elif kind == kinds.HANDLED_OUTPUT:
            s["handled"] = max(s.get("handled", t), t)
        elif kind == kinds.ASSET_MATERIALIZATION:
            s["first_materialized"] = min(s.get("first_materialized", t), t)
            s["materialized"] = max(s.get("materialized", t), t)
            s["n_materializations"] = s.get("n_materializations", 0) + 1
        elif kind in (kinds.STEP_SUCCESS, kinds.STEP_FAILURE):
            s["end"] = t
    out: dict = {
        "before_run_seconds": round(run_start - started, 2),
        "run_seconds": round(run_end - run_start, 2),
        "after_run_seconds": round(ended - run_end, 2),
        "steps": {},
    }
    for key, s in sorted(steps.items(), key=lambda kv: kv[1].get("start", 0)):
        start = s.get("start", run_start)
        loaded = s.get("loaded", start)
        output = s.get("output", loaded)
        first = s.get("first_materialized", output)
        handled = s.get("handled", s.get("materialized", first))
        end = s.get("end", handled)
        # Dagster logs the materializations after the IO manager has stored the output,
        # then HANDLED_OUTPUT.
        out["steps"][key] = {
            "load_inputs": round(loaded - start, 2),
            "compute": round(output - loaded, 2),
            "store_outputs": round(first - output, 2),
            "materialization_events": round(handled - first, 2),
            "checks_and_finish": round(end - handled, 2),
            "total": round(end - start, 2),
            "n_materializations": s.get("n_materializations", 0),
        }
    return out
