"""`cluster-up`, `cluster-down`, `cluster-worker`, `cluster-status`: idempotent."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipelines.cluster import config, services
from pipelines.cluster.services import ClusterError, Service

# Stopped in this order: the users of the services first, the storage last.
STOP_ORDER = ("huibao-w", "dagster-daemon", "redis", "postgres")


def _settings_file(service: Service) -> Path:
    return service.pid_file.with_suffix(".settings.json")


def _start_matching(service: Service, env: dict[str, str]) -> bool:
    """Start ``service``, restarting it if it runs with other step settings (another
    RAW_DIR, another broker, other celery settings). True if it was (re)started now."""
    wanted = {**config.step_settings(env), "celery": config.celery_config()}
    settings_file = _settings_file(service)
    if services.running(service.pid_file):
        try:
            current = json.loads(settings_file.read_text())
        except (OSError, ValueError):
            current = None
        if current == wanted:
            return False
        print(f"restarting {service.name} for new settings", file=sys.stderr)
        services.stop_pid_file(service.pid_file)
    offset = service.log_file.stat().st_size if service.log_file.exists() else 0
    services.start(service)
    settings_file.write_text(json.dumps(wanted))
    service.log_offset = offset
    return True


def _log_since(service: Service) -> str:
    offset = service.log_offset
    try:
        with service.log_file.open("rb") as fh:
            fh.seek(offset)
            return fh.read().decode(errors="replace")
    except OSError:
        return ""


def start_storage() -> None:
    """PostgreSQL and Redis, unless HUIBAO_PG_URL / HUIBAO_BROKER_URL name existing ones."""
    services.ensure_packages()
    if not config.external_pg_url():
        services.init_postgres()
        pg = services.postgres_service()
        if not services.running(pg.pid_file):
            if services.port_open(config.pg_port()):
                raise ClusterError(f"port {config.pg_port()} is taken by another program")
            services.start(pg)
        services.wait_until(services.pg_ready, "PostgreSQL", pg)
        services.create_database()
    if not config.external_broker_url():
        redis = services.redis_service()
        if not services.running(redis.pid_file):
            if services.port_open(config.redis_port()):
                raise ClusterError(f"port {config.redis_port()} is taken by another program")
            services.start(redis)
        services.wait_until(lambda: services.port_open(config.redis_port()), "Redis", redis)


def start_workers(env: dict[str, str], worker_yaml: Path) -> list[str]:
    started = []
    for i in range(1, config.worker_count() + 1):
        worker = services.worker_service(i, env, worker_yaml)
        if _start_matching(worker, env):
            started.append(worker)
    for worker in started:
        services.wait_until(
            lambda w=worker: " ready." in _log_since(w), f"worker {worker.name}", worker
        )
    # Workers beyond HUIBAO_CELERY_WORKERS from an earlier start are stopped.
    for pid_file in sorted(config.pids_dir().glob("huibao-w*.pid")):
        index = pid_file.stem.removeprefix("huibao-w")
        if index.isdigit() and int(index) > config.worker_count():
            services.stop_pid_file(pid_file)
    return [w.name for w in started]


def up() -> dict[str, str]:
    """Start what is not running yet; return the environment cluster processes use."""
    start_storage()
    _, worker_yaml = config.write_instance_files()
    env = config.process_env()
    services.create_dagster_schema(env)
    _start_matching(services.daemon_service(env), env)
    start_workers(env, worker_yaml)
    return env


def worker_only() -> None:
    """A second machine: only workers, on the services HUIBAO_PG_URL / HUIBAO_BROKER_URL name."""
    if not (config.external_pg_url() and config.external_broker_url()):
        raise ClusterError("cluster-worker needs HUIBAO_PG_URL and HUIBAO_BROKER_URL")
    _, worker_yaml = config.write_instance_files()
    env = config.process_env()
    services.create_dagster_schema(env)
    start_workers(env, worker_yaml)


def _pid_files() -> list[Path]:
    files = sorted(config.pids_dir().glob("*.pid"))

    def rank(p: Path) -> int:
        return next((i for i, prefix in enumerate(STOP_ORDER) if p.stem.startswith(prefix)), 0)

    return sorted(files, key=rank)


def down() -> list[str]:
    """Stop every service cluster-up started (SIGTERM or its own signal, grace, SIGKILL)."""
    stopped = []
    for pid_file in _pid_files():
        if services.stop_pid_file(pid_file):
            stopped.append(pid_file.stem)
        pid_file.with_suffix(".settings.json").unlink(missing_ok=True)
    return stopped


def status() -> dict[str, int | None]:
    return {p.stem: services.running(p) for p in _pid_files()}
