"""Start and stop the cluster's local processes: PostgreSQL, Redis, the Dagster daemon
and the celery workers.

Each service runs in its own session (hence its own process group), its pid, which is
also the group id, in ``<cluster dir>/run/<name>.pid`` and its output in
``<cluster dir>/logs/<name>.log``. Stopping sends the service's stop signal to the
group, waits, then SIGKILLs the group, so children (the celery process under the
``dagster-celery`` launcher, the daemon's code server) go too.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.cluster import config

GRACE_S = 15.0
VENV_BIN = Path(sys.executable).parent


class ClusterError(RuntimeError):
    """Something the user must fix (a missing package, a port in use); said plainly."""


@dataclass
class Service:
    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    # PostgreSQL's SIGTERM waits for every client to leave; SIGINT is its fast shutdown.
    stop_signal: int = signal.SIGTERM
    # Where this start's output begins in the log (to wait for its "ready" line).
    log_offset: int = 0

    @property
    def pid_file(self) -> Path:
        return config.pids_dir() / f"{self.name}.pid"

    @property
    def log_file(self) -> Path:
        return config.logs_dir() / f"{self.name}.log"


def read_pid(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def group_alive(pgid: int) -> bool:
    """Whether any process of the group is still there (zombies aside)."""
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = Path(stat).read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        # fields: state, ppid, pgrp, ...
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def running(pid_file: Path) -> int | None:
    """The group id of the service behind ``pid_file`` if it still runs."""
    pid = read_pid(pid_file)
    return pid if pid and group_alive(pid) else None


def start(service: Service) -> int:
    """Start ``service`` unless it already runs; return its pid (= process group id)."""
    if pid := running(service.pid_file):
        return pid
    service.pid_file.parent.mkdir(parents=True, exist_ok=True)
    service.log_file.parent.mkdir(parents=True, exist_ok=True)
    with service.log_file.open("ab") as log:
        proc = subprocess.Popen(
            service.argv,
            env=service.env or None,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, stopped as one
            cwd=str(config.settings.PROJECT_ROOT),
        )
    service.pid_file.write_text(f"{proc.pid} {service.stop_signal}\n")
    return proc.pid


def stop_group(pgid: int, stop_signal: int = signal.SIGTERM, grace: float = GRACE_S) -> None:
    """``stop_signal`` to the group, up to ``grace`` seconds, then SIGKILL the group."""
    try:
        os.killpg(pgid, stop_signal)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        _reap(pgid)
        if not group_alive(pgid):
            return
        time.sleep(0.2)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        return
    while group_alive(pgid):
        _reap(pgid)
        time.sleep(0.1)


def _reap(pid: int) -> None:
    """Collect the exit of a service this process started itself (no zombie left)."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def stop_pid_file(pid_file: Path, grace: float = GRACE_S) -> bool:
    """Stop the service recorded in ``pid_file``; True if something was running."""
    text = pid_file.read_text().split() if pid_file.exists() else []
    pid = read_pid(pid_file)
    was_running = bool(pid and group_alive(pid))
    if pid and was_running:
        stop_signal = int(text[1]) if len(text) > 1 else signal.SIGTERM
        stop_group(pid, stop_signal, grace)
    pid_file.unlink(missing_ok=True)
    return was_running


def wait_until(check, what: str, service: Service, timeout: float = 120.0) -> None:
    """Wait for ``check()``; fail with the log's tail if the service exits or times out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if not running(service.pid_file):
            break
        time.sleep(0.3)
    log = service.log_file
    tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    raise ClusterError(f"{what} did not come up (see {log}):\n{tail}")


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


# --- packages ---------------------------------------------------------------------------


def postgres_bin_dir() -> Path | None:
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2]))
    return Path(dirs[-1]) if dirs else None


def ensure_packages() -> None:
    """Install Debian's postgresql / redis-server when missing and we are root."""
    missing = []
    if postgres_bin_dir() is None:
        missing.append("postgresql")
    if shutil.which("redis-server") is None:
        missing.append("redis-server")
    if config.external_pg_url() and "postgresql" in missing:
        missing.remove("postgresql")
    if config.external_broker_url() and "redis-server" in missing:
        missing.remove("redis-server")
    if not missing:
        return
    if os.geteuid() != 0:
        raise ClusterError(
            f"cluster mode needs the Debian package(s) {' '.join(missing)}: run "
            f"`sudo apt-get install -y {' '.join(missing)}`, or point HUIBAO_PG_URL / "
            "HUIBAO_BROKER_URL at existing services"
        )
    print(f"installing {' '.join(missing)} with apt-get…", file=sys.stderr)
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=apt_env)
    subprocess.run(["apt-get", "install", "-y", "-q", *missing], check=True, env=apt_env)


# --- PostgreSQL -------------------------------------------------------------------------

# PostgreSQL refuses to run as root: as root we run it as the package's `postgres` user.
PG_SYSTEM_USER = "postgres"


def _as_pg_user(argv: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return argv
    # setpriv execs in place (no PAM session process in between, unlike runuser), so
    # the pid we record is PostgreSQL's own.
    return ["setpriv", f"--reuid={PG_SYSTEM_USER}", f"--regid={PG_SYSTEM_USER}",
            "--init-groups", "--", *argv]  # fmt: skip


def _chown_to_pg_user(path: Path) -> None:
    if os.geteuid() == 0:
        shutil.chown(path, PG_SYSTEM_USER, PG_SYSTEM_USER)


def postgres_service() -> Service:
    bin_dir = postgres_bin_dir()
    data = config.cluster_dir() / "pg" / "data"
    sockets = config.cluster_dir() / "pg" / "socket"
    argv = [
        str(bin_dir / "postgres"), "-D", str(data),
        "-c", "listen_addresses=127.0.0.1", "-c", f"port={config.pg_port()}",
        "-c", f"unix_socket_directories={sockets}",
        # State that can be rebuilt by rerunning: durability traded for speed.
        "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
        "-c", "max_connections=200",
    ]  # fmt: skip
    return Service("postgres", _as_pg_user(argv), stop_signal=signal.SIGINT)


def init_postgres() -> None:
    """initdb once: a superuser `huibao`, trusted on 127.0.0.1 only."""
    pg = config.cluster_dir() / "pg"
    data = pg / "data"
    if (data / "PG_VERSION").exists():
        return
    for d in (pg, pg / "socket"):
        d.mkdir(parents=True, exist_ok=True)
        _chown_to_pg_user(d)
    argv = [str(postgres_bin_dir() / "initdb"), "-D", str(data), "-U", config.PG_USER,
            "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]  # fmt: skip
    log = config.logs_dir() / "initdb.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as out:
        done = subprocess.run(_as_pg_user(argv), stdout=out, stderr=subprocess.STDOUT)
    if done.returncode:
        tail = log.read_text(errors="replace")[-600:]
        raise ClusterError(
            f"initdb failed ({log}); as root, PostgreSQL runs as `{PG_SYSTEM_USER}`, which "
            f"needs access to {config.cluster_dir()} and every folder above it:\n{tail}"
        )


def create_database() -> None:
    psql = [str(postgres_bin_dir() / "psql"), "-h", "127.0.0.1", "-p", str(config.pg_port()),
            "-U", config.PG_USER, "-d", "postgres", "-tAc"]  # fmt: skip
    exists = subprocess.run(
        [*psql, f"SELECT 1 FROM pg_database WHERE datname = '{config.PG_DB}'"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    if not exists:
        subprocess.run([*psql, f"CREATE DATABASE {config.PG_DB}"], check=True, capture_output=True)


def pg_ready() -> bool:
    isready = postgres_bin_dir() / "pg_isready"
    done = subprocess.run(
        [str(isready), "-h", "127.0.0.1", "-p", str(config.pg_port()), "-q"], check=False
    )
    return done.returncode == 0


# --- Redis ------------------------------------------------------------------------------


def redis_service() -> Service:
    data = config.cluster_dir() / "redis"
    data.mkdir(parents=True, exist_ok=True)
    argv = [
        shutil.which("redis-server") or "redis-server",
        "--bind", "127.0.0.1", "--port", str(config.redis_port()), "--dir", str(data),
        "--daemonize", "no", "--save", "", "--appendonly", "no", "--protected-mode", "yes",
    ]  # fmt: skip
    return Service("redis", argv)


# --- Dagster daemon and celery workers --------------------------------------------------


def daemon_service(env: dict[str, str]) -> Service:
    workspace = str(config.settings.PROJECT_ROOT / "workspace.yaml")
    argv = [str(VENV_BIN / "dagster-daemon"), "run", "-w", workspace]
    return Service("dagster-daemon", argv, env)


def create_dagster_schema(env: dict[str, str]) -> None:
    """Create (or upgrade) Dagster's tables in PostgreSQL once, before the daemon and the
    workers start: each of them creates missing tables on first connect, and two doing it
    at once fail on the same CREATE TABLE (DuplicateObject on ``job_ticks``)."""
    done = subprocess.run(
        [str(VENV_BIN / "dagster"), "instance", "migrate"],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode:
        tail = (done.stdout + done.stderr)[-1500:]
        raise ClusterError(f"could not create Dagster's tables in PostgreSQL:\n{tail}")


def worker_name(index: int) -> str:
    return f"huibao-w{index}"


def worker_service(index: int, env: dict[str, str], worker_yaml: Path) -> Service:
    """One `dagster-celery worker` with the solo pool: it runs each step in the worker
    process itself, one at a time. Celery's default prefork pool runs tasks in daemonic
    children, which may not start processes of their own ("daemonic processes are not
    allowed to have children"), and a worker killed mid-step should lose one step only."""
    argv = [
        str(VENV_BIN / "dagster-celery"), "worker", "start",
        "-A", "dagster_celery.app", "-y", str(worker_yaml),
        "-n", worker_name(index), "-l", "INFO",
        "--", "--pool", "solo", "--without-gossip", "--without-mingle",
    ]  # fmt: skip
    return Service(worker_name(index), argv, env)
