"""Settings from the environment (CONTRACT.md's RAW_DIR and WAREHOUSE_PATH, the HUIBAO_*
variables of the README), plus local state. The checks are in settings_check.py."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pipelines.settings_check import (
    SettingError,
    check_dagster_home,
    check_flag,
    check_lock_timeout,
    check_raw_dir,
    check_warehouse_path,
    check_workers,
)

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def raw_dir() -> Path:
    return Path(os.environ.get("RAW_DIR") or PROJECT_ROOT / "raw")


def warehouse_path() -> Path:
    return Path(os.environ.get("WAREHOUSE_PATH") or PROJECT_ROOT / "warehouse" / "huibao.duckdb")


def state_dir() -> Path:
    """Where per-article results and the raw-file index live (next to Dagster's own state)."""
    home = os.environ.get("DAGSTER_HOME")
    return Path(home) / "huibao" if home else PROJECT_ROOT / ".dagster_home" / "huibao"


def staging_path() -> Path:
    """The staging database: every article's warehouse rows, kept between runs."""
    return state_dir() / "staging.duckdb"


def raw_index_file() -> Path:
    # One index per RAW_DIR, so switching RAW_DIR never reuses another folder's ids.
    import hashlib

    tag = hashlib.sha1(str(raw_dir().resolve()).encode()).hexdigest()[:10]
    return state_dir() / f"raw_index_{tag}.json"


def workers() -> int:
    """Processes for per-article work: HUIBAO_WORKERS, else every core."""
    value = os.environ.get("HUIBAO_WORKERS", "")
    return check_workers(value) if value.strip() else max(1, os.cpu_count() or 1)


def flag(variable: str) -> bool:
    """An on/off HUIBAO_* variable (settings_check.check_flag); unset is off."""
    return check_flag(os.environ.get(variable, ""), variable)


def full_refresh() -> bool:
    """HUIBAO_FULL_REFRESH=1: reprocess every article, not only new ones."""
    return flag("HUIBAO_FULL_REFRESH")


def allow_shrink() -> bool:
    """HUIBAO_ALLOW_SHRINK=1: publish even a build that drops more than half the articles."""
    return flag("HUIBAO_ALLOW_SHRINK")


# HUIBAO_DEBUG=1 shows the traceback behind an error message (pipelines/user_errors.py).
FLAGS = ("HUIBAO_FULL_REFRESH", "HUIBAO_ALLOW_SHRINK", "HUIBAO_DEBUG")


def problems(env: Mapping[str, str] | None = None) -> list[SettingError]:
    """Every setting of a run checked as the run will use it: [] when all are usable.

    Paths are checked with their defaults filled in (the default folders may be missing
    too); HUIBAO_* numbers and flags only when set.
    """
    env = os.environ if env is None else env
    default_warehouse = str(PROJECT_ROOT / "warehouse" / "huibao.duckdb")
    checks: list[tuple[str, str, Callable[[str, str], object]]] = [
        ("RAW_DIR", env.get("RAW_DIR") or str(PROJECT_ROOT / "raw"), check_raw_dir),
        ("WAREHOUSE_PATH", env.get("WAREHOUSE_PATH") or default_warehouse, check_warehouse_path),
        ("DAGSTER_HOME", env.get("DAGSTER_HOME", ""), check_dagster_home),
    ]
    for variable, check in (
        ("HUIBAO_WORKERS", check_workers),
        ("HUIBAO_LOCK_TIMEOUT", check_lock_timeout),
    ):
        if env.get(variable, "").strip():
            checks.append((variable, env[variable], check))
    checks += [(name, env.get(name, ""), check_flag) for name in FLAGS]
    found = []
    for variable, value, check in checks:
        try:
            check(value, variable)
        except SettingError as exc:
            found.append(exc)
    return found


@dataclass(frozen=True)
class Settings:
    """Where a run reads and writes, and how many processes it uses.

    ``from_environment`` is what ``make run`` uses; tests build one directly. The Dagster
    layer turns it into resources (pipelines/assets/resources.py), never reading the
    environment itself.
    """

    raw_dir: Path
    warehouse_path: Path
    state_dir: Path
    workers: int = 0  # 0: one per core
    allow_shrink: bool = False  # HUIBAO_ALLOW_SHRINK

    @classmethod
    def from_environment(cls) -> Settings:
        value = os.environ.get("HUIBAO_WORKERS", "")
        count = check_workers(value) if value.strip() else 0
        return cls(raw_dir(), warehouse_path(), state_dir(), count, allow_shrink())

    @property
    def staging_path(self) -> Path:
        return self.state_dir / "staging.duckdb"

    @property
    def article_store_dir(self) -> Path:
        return self.state_dir / "assets"

    def worker_count(self) -> int:
        return self.workers or max(1, os.cpu_count() or 1)


# huibao's Dagster instance settings, which `make` copies into DAGSTER_HOME.
INSTANCE_SETTINGS = Path(__file__).with_name("dagster.yaml")


def init_dagster_home(home: Path) -> Path:
    """Create ``home`` as a DAGSTER_HOME with huibao's instance settings (as `make` does)."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_bytes(INSTANCE_SETTINGS.read_bytes())
    return home
