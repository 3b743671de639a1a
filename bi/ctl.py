"""Start, provision and stop the local Superset of `make bi` / `make bi-stop`.

    python bi/ctl.py start   (with Superset's venv python: $BI_VENV/bin/python)
    python bi/ctl.py stop    (any python 3: uses the standard library only)

Superset runs under gunicorn bound to 127.0.0.1:$BI_PORT in its own process group, whose id
is kept in $BI_HOME/superset.pid; stop sends SIGTERM to the group, then SIGKILL after a grace
period. Start is idempotent: the metadata database is migrated and Superset's roles synced only
when the installed lock file changed, a server already up is reused, and provisioning
(bi/provision.py) runs every time, so new warehouse views become datasets.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BI_DIR = Path(__file__).resolve().parent
ROOT = BI_DIR.parent
BI_HOME = Path(os.environ.get("BI_HOME", ROOT / ".bi")).resolve()
BI_VENV = Path(os.environ.get("BI_VENV", ROOT / ".bi" / "venv")).absolute()
PID_FILE = BI_HOME / "superset.pid"
LOG_FILE = BI_HOME / "superset.log"
INIT_STAMP = BI_HOME / "initialised"
PORT = int(os.environ.get("BI_PORT", "8088"))
USER = os.environ.get("BI_ADMIN_USER", "admin")
PASSWORD = os.environ.get("BI_ADMIN_PASSWORD", "admin")
GRACE_SECONDS = 20
START_TIMEOUT_SECONDS = 300


def superset_env() -> dict[str, str]:
    return {
        **os.environ,
        "BI_HOME": str(BI_HOME),
        "BI_PORT": str(PORT),
        "BI_ADMIN_USER": USER,
        "BI_ADMIN_PASSWORD": PASSWORD,
        "SUPERSET_CONFIG_PATH": str(BI_DIR / "superset_config.py"),
        "FLASK_APP": "superset.app:create_app()",
        "SUPERSET_LOG_LEVEL": "warning",
    }


def venv_bin(name: str) -> str:
    return str(BI_VENV / "bin" / name)


def superset(*args: str) -> subprocess.CompletedProcess:
    """Run Superset's CLI; its output is shown only when it fails."""
    done = subprocess.run(
        [venv_bin("superset"), *args], env=superset_env(), capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"superset {' '.join(args[:2])} failed:\n{done.stdout}{done.stderr}")
    return done


def initialise() -> bool:
    """Migrate the metadata DB and sync roles, once per installed lock file (slow: ~2 min).
    Returns whether it ran, i.e. whether a running server has the old packages loaded."""
    lock_hash = hashlib.sha256((BI_DIR / "requirements.lock").read_bytes()).hexdigest()
    if INIT_STAMP.exists() and INIT_STAMP.read_text() == lock_hash:
        return False
    print("superset: initialising its metadata database (first run only)", flush=True)
    superset("db", "upgrade")
    superset("init")
    INIT_STAMP.write_text(lock_hash)
    return True


def ensure_admin() -> None:
    """Create the admin, or reset its password to BI_ADMIN_PASSWORD if it exists already."""
    created = superset(
        "fab", "create-admin", "--username", USER, "--firstname", "huibao",
        "--lastname", "admin", "--email", f"{USER}@localhost", "--password", PASSWORD,
    )  # fmt: skip
    if "already exists" in created.stdout + created.stderr:
        superset("fab", "reset-password", "--username", USER, "--password", PASSWORD)


def running_group() -> int | None:
    """The process group of our gunicorn if it is still alive, else None. A group led by
    something else than our gunicorn (the pid was reused) is not ours to signal."""
    try:
        pgid = int(PID_FILE.read_text().split()[0])
        os.killpg(pgid, 0)
    except (FileNotFoundError, ValueError, IndexError, ProcessLookupError, PermissionError):
        return None
    leader = Path(f"/proc/{pgid}/cmdline")  # empty for an exited leader: workers may be left
    cmdline = leader.read_bytes() if leader.exists() else b""
    if cmdline and venv_bin("gunicorn").encode() not in cmdline:
        return None
    return pgid


def gone(pgid: int, seconds: float) -> bool:
    """Wait up to ``seconds`` for the last process of the group to exit."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


def can_log_in() -> bool:
    body = json.dumps({"username": USER, "password": PASSWORD, "provider": "db"}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{PORT}/api/v1/security/login", data=body,
        headers={"Content-Type": "application/json"},
    )  # fmt: skip
    try:
        with urllib.request.urlopen(request, timeout=60) as r:
            return r.status == 200
    except OSError:  # HTTPError (401) included
        return False


def is_up() -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/health", timeout=5) as r:
            return r.status == 200
    except OSError:
        return False


def serve() -> None:
    if running_group() is not None and is_up():
        print(f"superset: already running (process group {running_group()})", flush=True)
        return
    stop()  # a stale group from an earlier start that never came up
    log = LOG_FILE.open("ab")
    # One worker with threads: Superset is single-user here, and DuckDB queries release the GIL.
    proc = subprocess.Popen(
        [venv_bin("gunicorn"), "--bind", f"127.0.0.1:{PORT}", "--workers", "1",
         "--worker-class", "gthread", "--threads", "8", "--timeout", "120",
         "--limit-request-line", "0", "--limit-request-field_size", "0",
         "superset.app:create_app()"],
        env=superset_env(), stdout=log, stderr=log, stdin=subprocess.DEVNULL,
        start_new_session=True, cwd=BI_HOME,
    )  # fmt: skip
    PID_FILE.write_text(f"{proc.pid} {PORT}\n")
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while not is_up():
        if proc.poll() is not None or time.monotonic() > deadline:
            stop()
            proc.wait()  # our child: reap it
            tail = LOG_FILE.read_text(errors="replace")[-3000:]
            raise SystemExit(f"superset did not start; end of {LOG_FILE}:\n{tail}")
        time.sleep(1)


def start() -> int:
    warehouse = Path(os.environ.get("WAREHOUSE_PATH", ROOT / "warehouse" / "huibao.duckdb"))
    if not warehouse.is_file():
        print(f"no warehouse at {warehouse}: run `make run` first", file=sys.stderr)
        return 1
    BI_HOME.mkdir(parents=True, exist_ok=True)
    if initialise():
        stop()
    serve()
    if not can_log_in():  # the CLI is slow to start: only when the login does not work yet
        ensure_admin()
    env = {**superset_env(), "WAREHOUSE_PATH": str(warehouse.resolve())}
    subprocess.run([sys.executable, str(BI_DIR / "provision.py")], env=env, check=True)
    print(f"\nSuperset: http://127.0.0.1:{PORT}/superset/dashboard/huibao/")
    print(f"login:    {USER} / {PASSWORD}   (set BI_ADMIN_USER / BI_ADMIN_PASSWORD)")
    print("stop:     make bi-stop")
    return 0


def stop() -> int:
    pgid = running_group()
    if pgid is not None:
        os.killpg(pgid, signal.SIGTERM)
        if not gone(pgid, GRACE_SECONDS):
            os.killpg(pgid, signal.SIGKILL)
            gone(pgid, 10)
        print(f"superset: stopped process group {pgid}")
    PID_FILE.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    commands = {"start": start, "stop": stop}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit(f"usage: {sys.argv[0]} start|stop")
    sys.exit(commands[sys.argv[1]]())
