"""Two runs at once: the run lock (pipelines/run_lock.py) serializes them; nothing breaks."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import duckdb
import pytest

from pipelines import run_lock as run_lock_module
from pipelines.run_lock import LockTimeout, lock_path_for, lock_timeout, run_lock
from tests.conftest import HANG_GUARD_S, ROOT, SEED_PATH
from tests.reliability.conftest import (
    ARTICLES,
    PipelineProcess,
    pipeline_env,
    view_counts,
    wait_until,
)

WAITING = "another huibao run holds"


def test_second_holder_waits_then_gets_the_lock(tmp_path) -> None:
    target = tmp_path / "wh" / "huibao.duckdb"
    released = threading.Event()

    def hold() -> None:
        with run_lock(target, timeout=0):
            time.sleep(0.5)
            released.set()  # inside: set after the lock is released, a waiter could win the race

    with run_lock(target, timeout=0) as path:  # prove the lock is free first
        assert path == lock_path_for(target) == tmp_path / "wh" / "huibao.duckdb.lock"
    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.1)
    out = io.StringIO()
    with run_lock(target, timeout=HANG_GUARD_S, out=out):
        assert released.is_set(), "got the lock while the other holder still had it"
    holder.join()
    # it found the lock held and waited for the holder (the message is printed only then;
    # how long it waited is up to the scheduler, so it is not timed)
    message = out.getvalue()
    assert message.startswith(f"another huibao run holds {target}.lock; waiting…")
    assert f"held by pid {os.getpid()}" in message and "HUIBAO_LOCK_TIMEOUT" in message


class _FakeClock:
    """Stands in for the lock's time module: sleeping advances it, nothing really waits,
    so how long the lock waited is counted, not timed (a busy machine cannot change it)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_lock_times_out_with_a_clear_error(tmp_path, monkeypatch) -> None:
    target = tmp_path / "huibao.duckdb"
    out = io.StringIO()
    with run_lock(target, timeout=0):
        clock = _FakeClock()
        monkeypatch.setattr(run_lock_module, "time", clock)
        expected = r"still holds .*huibao\.duckdb\.lock after 0\.3 s"
        with pytest.raises(LockTimeout, match=expected), run_lock(target, timeout=0.3, out=out):
            pytest.fail("two holders at once")
        monkeypatch.undo()
        # it polled until its deadline, then gave up: it waited out its timeout first
        assert clock.now >= 0.3 and len(clock.slept) >= 2
    assert WAITING in out.getvalue()
    with run_lock(target, timeout=0):  # released by the holder's exit
        pass


def test_lock_timeout_comes_from_the_environment(monkeypatch) -> None:
    monkeypatch.delenv("HUIBAO_LOCK_TIMEOUT", raising=False)
    assert lock_timeout() == 600
    monkeypatch.setenv("HUIBAO_LOCK_TIMEOUT", "2.5")
    assert lock_timeout() == 2.5
    monkeypatch.setenv("HUIBAO_LOCK_TIMEOUT", "soon")
    with pytest.raises(ValueError, match="HUIBAO_LOCK_TIMEOUT"):
        lock_timeout()


_HOLD = """
import sys, time
from pipelines.run_lock import run_lock
with run_lock(sys.argv[1], timeout=0):
    print("locked", flush=True)
    time.sleep(120)
"""


def test_killed_holder_releases_the_lock(tmp_path) -> None:
    target = tmp_path / "huibao.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(target)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert proc.stdout.readline() == b"locked\n"
        with pytest.raises(LockTimeout), run_lock(target, timeout=0.2, out=io.StringIO()):
            pass
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    with run_lock(target, timeout=5, out=io.StringIO()):  # no stale lock after SIGKILL
        pass


_HOLD_WITH_POOL_WORKER = """
import multiprocessing, sys, time
from pipelines.run_lock import run_lock
with run_lock(sys.argv[1], timeout=0):
    worker = multiprocessing.get_context("fork").Process(target=time.sleep, args=(120,))
    worker.start()  # what parallel.parallel_map's fork pool does while the lock is held
    print(worker.pid, flush=True)
    time.sleep(120)
"""


def test_orphaned_pool_worker_does_not_keep_the_lock(tmp_path) -> None:
    """Only the parent is killed (OOM killer, kill -9 <pid>): its forked workers live on,
    but they closed their copy of the lock descriptor right after fork."""
    target = tmp_path / "huibao.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLD_WITH_POOL_WORKER, str(target)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        worker_pid = int(proc.stdout.readline())
        os.kill(proc.pid, signal.SIGKILL)  # the parent only
        proc.wait(timeout=30)
        assert os.path.exists(f"/proc/{worker_pid}") or sys.platform != "linux"
        with run_lock(target, timeout=5, out=io.StringIO()):
            pass
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the orphaned worker
        proc.stdout.close()


@pytest.fixture
def small_corpus(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED_PATH, raw / SEED_PATH.name)
    for name in ("gbk", "utf16", "no_numbers"):
        (raw / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
    (raw / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return raw


def test_run_gives_up_when_another_run_holds_the_lock(tmp_path, small_corpus) -> None:
    warehouse = tmp_path / "wh" / "huibao.duckdb"
    env = pipeline_env(small_corpus, warehouse, tmp_path / "home", HUIBAO_LOCK_TIMEOUT="1")
    with run_lock(warehouse, timeout=0):
        run = PipelineProcess(env, tmp_path / "run.log")
        code = run.wait(timeout=HANG_GUARD_S)
    output = run.output()
    assert code == 2, output[-3000:]
    assert f"another huibao run holds {warehouse}.lock; waiting…" in output
    assert f"error: another huibao run still holds {warehouse}.lock after 1 s" in output
    assert f"held by pid {os.getpid()}" in output
    assert not warehouse.exists(), "a run that never got the lock must not publish"


def test_two_runs_at_once_both_succeed_and_leave_a_complete_warehouse(
    tmp_path, small_corpus
) -> None:
    warehouse = tmp_path / "wh" / "huibao.duckdb"
    env = pipeline_env(small_corpus, warehouse, tmp_path / "home")
    # The test holds the lock until both runs wait for it, so they overlap however slowly
    # each starts; released, one runs while the other waits on.
    with run_lock(warehouse, timeout=0):
        runs = [PipelineProcess(env, tmp_path / f"run{i}.log") for i in (1, 2)]
        both_wait = wait_until(
            lambda: all(WAITING in r.output() or not r.running() for r in runs), HANG_GUARD_S
        )
        if not (both_wait and all(r.running() for r in runs)):
            for run in runs:
                run.kill()
            pytest.fail(f"both runs should wait for the lock: {[r.output()[-2000:] for r in runs]}")
    codes = [run.wait(timeout=HANG_GUARD_S) for run in runs]
    outputs = [run.output() for run in runs]
    assert codes == [0, 0], "\n-----\n".join(o[-3000:] for o in outputs)
    # Each said once that it waited (the second kept waiting while the first ran).
    assert sorted(o.count(WAITING) for o in outputs) == [1, 1], outputs
    for output in outputs:
        assert f"warehouse: {warehouse}" in output

    counts = view_counts(warehouse)  # opens read-only; every view selects
    assert counts["v_articles"] == 4
    with duckdb.connect(str(warehouse), read_only=True) as con:
        files = {r[0] for r in con.execute("SELECT source_file FROM v_articles").fetchall()}
        rejected = con.execute(
            "SELECT source_file FROM v_quality_issues WHERE severity = 'rejected'"
        ).fetchall()
    assert files == {SEED_PATH.name, "gbk.txt", "utf16.txt", "no_numbers.txt"}
    assert rejected == [("broken.txt",)]
    leftovers = sorted(p.name for p in warehouse.parent.iterdir())
    assert leftovers == ["huibao.duckdb", "huibao.duckdb.lock"], leftovers
