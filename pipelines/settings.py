"""Paths from the environment (CONTRACT.md): RAW_DIR and WAREHOUSE_PATH, plus local state."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

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
    value = os.environ.get("HUIBAO_WORKERS")
    return max(1, int(value)) if value else max(1, os.cpu_count() or 1)


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

    @classmethod
    def from_environment(cls) -> Settings:
        value = os.environ.get("HUIBAO_WORKERS")
        return cls(raw_dir(), warehouse_path(), state_dir(), max(1, int(value)) if value else 0)

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
