"""Paths from the environment (CONTRACT.md): RAW_DIR and WAREHOUSE_PATH."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def raw_dir() -> Path:
    return Path(os.environ.get("RAW_DIR") or PROJECT_ROOT / "raw")


def warehouse_path() -> Path:
    return Path(os.environ.get("WAREHOUSE_PATH") or PROJECT_ROOT / "warehouse" / "huibao.duckdb")
