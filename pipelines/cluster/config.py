"""Where the cluster lives and how its parts find each other (no Dagster import here).

Everything local sits in one ignored folder (``HUIBAO_CLUSTER_DIR``, default
``.cluster/``): the PostgreSQL data directory, Redis' directory, pid files and logs (in
a folder per host), and the
cluster's own DAGSTER_HOME, whose ``huibao/`` subfolder is the article store every worker
reads and writes (on several machines it must be one shared path).
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

from pipelines import settings

# Not the default ports (5432, 6379), so a system PostgreSQL or Redis is left alone.
DEFAULT_PG_PORT = 54329
DEFAULT_REDIS_PORT = 63799
PG_DB = "huibao"
PG_USER = "huibao"
DEFAULT_WORKERS = 2
# Articles per Dagster step: the unit of work a celery worker takes.
DEFAULT_BATCH = 100
# Seconds before Redis hands an unacknowledged step to another worker: a worker killed in
# the middle of a step loses it for this long. It must exceed the longest step, or a slow
# step runs twice at once (harmless for the store, which writes atomically, but wasted).
DEFAULT_VISIBILITY_TIMEOUT = 600


def cluster_dir() -> Path:
    value = os.environ.get("HUIBAO_CLUSTER_DIR")
    return Path(value).resolve() if value else settings.PROJECT_ROOT / ".cluster"


def dagster_home() -> Path:
    return cluster_dir() / "dagster_home"


def logs_dir() -> Path:
    """Logs of this machine's services: several machines may share the cluster folder."""
    return cluster_dir() / "logs" / socket.gethostname()


def pids_dir() -> Path:
    """Pid files of this machine's services (per host, like the logs)."""
    return cluster_dir() / "run" / socket.gethostname()


def _int_env(name: str, default: int, minimum: int = 1) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError as exc:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from exc
    if number < minimum:
        raise ValueError(f"{name} must be at least {minimum}, not {number}")
    return number


def worker_count() -> int:
    return _int_env("HUIBAO_CELERY_WORKERS", DEFAULT_WORKERS)


def batch_size() -> int:
    return _int_env("HUIBAO_CLUSTER_BATCH", DEFAULT_BATCH)


def visibility_timeout() -> int:
    return _int_env("HUIBAO_CELERY_VISIBILITY_TIMEOUT", DEFAULT_VISIBILITY_TIMEOUT)


def pg_port() -> int:
    return _int_env("HUIBAO_PG_PORT", DEFAULT_PG_PORT)


def redis_port() -> int:
    return _int_env("HUIBAO_REDIS_PORT", DEFAULT_REDIS_PORT)


def external_pg_url() -> str | None:
    return os.environ.get("HUIBAO_PG_URL") or None


def external_broker_url() -> str | None:
    return os.environ.get("HUIBAO_BROKER_URL") or None


def pg_url() -> str:
    """The instance's database URL, with the psycopg2 driver named: dagster-postgres
    ships psycopg2, while SQLAlchemy 2.1 reads a bare ``postgresql://`` as psycopg 3."""
    url = external_pg_url() or f"postgresql://{PG_USER}@127.0.0.1:{pg_port()}/{PG_DB}"
    for bare in ("postgresql://", "postgres://"):
        if url.startswith(bare):
            return "postgresql+psycopg2://" + url[len(bare) :]
    return url


def broker_url() -> str:
    return external_broker_url() or f"redis://127.0.0.1:{redis_port()}/0"


def celery_config() -> dict:
    """The celery executor's config; the workers are started with the same (celery.yaml).

    Late acks with reject-on-worker-lost keep a step's message in Redis until the step is
    done, so a worker that dies mid-step gives it back to the queue for another worker.
    """
    return {
        "broker": broker_url(),
        "backend": broker_url(),
        "config_source": {
            "task_acks_late": True,
            "task_reject_on_worker_lost": True,
            "worker_prefetch_multiplier": 1,
            "broker_transport_options": {
                "visibility_timeout": visibility_timeout(),
                # Look for such orphaned messages every 5 s (kombu's default: ~100 s).
                "unacked_restore_interval": 5,
                "unacked_restore_throttle": 1,
                "max_retries": 3,
                "interval_start": 0,
                "interval_step": 0.2,
                "interval_max": 0.5,
            },
            "result_backend_transport_options": {"visibility_timeout": visibility_timeout()},
        },
    }


INSTANCE_YAML = """\
# huibao cluster instance (written by pipelines.cluster; rewritten on every start)
telemetry:
  enabled: false
# Runs, events, schedules in PostgreSQL: every worker and the daemon share one instance.
storage:
  postgres:
    postgres_url:
      env: HUIBAO_PG_URL
"""


def write_instance_files() -> tuple[Path, Path]:
    """DAGSTER_HOME/dagster.yaml (PostgreSQL storage) and the workers' celery.yaml."""
    home = dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    instance = home / "dagster.yaml"
    instance.write_text(INSTANCE_YAML)
    worker_yaml = cluster_dir() / "celery.yaml"
    # JSON is YAML: no hand-written quoting of URLs.
    worker_yaml.write_text(json.dumps({"execution": {"config": celery_config()}}, indent=2))
    return instance, worker_yaml


# Dagster's settings that make a step write its partitions' events in batches (as
# pipelines/run.py sets for `make run`); the workers write the events, so they need them.
BATCHED_EVENTS = {
    "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS": "1",
    "DAGSTER_EVENT_BATCH_SIZE": "1000",
}


def process_env() -> dict[str, str]:
    """The environment of every cluster process: the run's paths and the two URLs.

    HUIBAO_WORKERS=1: each celery worker is one process doing one step at a time (solo
    pool, see services.py); the parallelism is the workers, and a process pool inside a
    step would only compete with the other workers for the same cores.
    """
    env = dict(os.environ)
    env.update(BATCHED_EVENTS)
    env.update(
        {
            "DAGSTER_HOME": str(dagster_home()),
            "HUIBAO_PG_URL": pg_url(),
            "HUIBAO_BROKER_URL": broker_url(),
            "RAW_DIR": str(settings.raw_dir().resolve()),
            "WAREHOUSE_PATH": str(settings.warehouse_path().resolve()),
            "HUIBAO_WORKERS": os.environ.get("HUIBAO_CLUSTER_STEP_WORKERS", "1"),
            "PYTHONPATH": str(settings.PROJECT_ROOT),
            # dagster-celery starts `celery` from PATH: the one in this virtualenv.
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        }
    )
    return env


# What a worker reads from its environment once, at start: cluster-up restarts a local
# worker started with other values. (RAW_DIR and WAREHOUSE_PATH come with each run, as
# the resource config of its run config: jobs.run_config.)
STEP_SETTINGS = ("DAGSTER_HOME", "HUIBAO_PG_URL", "HUIBAO_BROKER_URL", "HUIBAO_WORKERS")


def step_settings(env: dict[str, str]) -> dict[str, str]:
    return {k: env.get(k, "") for k in STEP_SETTINGS}
