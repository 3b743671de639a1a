"""The resources the assets take as typed parameters: RAW_DIR, the warehouse files and
the worker count (the article store is the IO manager in storage.py).

The code location (pipelines/definitions.py) configures them with ``dg.EnvVar`` where
the variable is set and the defaults of pipelines/settings.py where it is not; a run can
override any field through its run config (``run_config_for``).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import dagster as dg
from pydantic import Field

from pipelines import raw_index, settings
from pipelines.assets.storage import ArticleStoreIOManager
from pipelines.settings_check import check_raw_dir, check_warehouse_path


class RawFolder(dg.ConfigurableResource):
    """RAW_DIR: the raw article files, and the cached index of which article each holds."""

    path: str = Field(description="The folder of raw article files (RAW_DIR).")
    state_dir: str = Field(
        description="Where huibao keeps its own state (the raw-file index among it); "
        "by default $DAGSTER_HOME/huibao."
    )

    @property
    def folder(self) -> Path:
        return Path(self.path)

    @property
    def index_file(self) -> Path:
        # One index per RAW_DIR, so switching RAW_DIR never reuses another folder's ids.
        tag = hashlib.sha1(str(self.folder.resolve()).encode()).hexdigest()[:10]
        return Path(self.state_dir) / f"raw_index_{tag}.json"

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        # A run with a bad RAW_DIR fails here, before any step, with the one line that
        # `make run` prints for it (pipelines/settings_check.py).
        check_raw_dir(self.path, "RAW_DIR")

    def scan(self) -> list[raw_index.RawFile]:
        return raw_index.scan(self.folder, self.index_file)


class WarehouseFiles(dg.ConfigurableResource):
    """The published DuckDB warehouse and the staging database it is built from."""

    path: str = Field(description="The published warehouse file (WAREHOUSE_PATH).")
    staging_path: str = Field(
        description="The staging database: every article's warehouse rows, kept between runs."
    )
    allow_shrink: bool = Field(
        default=False,
        description="Publish even a build that drops more than half of the published "
        "articles (HUIBAO_ALLOW_SHRINK=1).",
    )

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        check_warehouse_path(self.path, "WAREHOUSE_PATH")


class WorkerPool(dg.ConfigurableResource):
    """How many processes per-article work is spread over (HUIBAO_WORKERS)."""

    workers: int = Field(default=0, description="Processes; 0 means one per core.")

    def count(self) -> int:
        return self.workers if self.workers > 0 else max(1, os.cpu_count() or 1)


def resource_config(s: settings.Settings) -> dict[str, dict[str, Any]]:
    """Each resource's config for ``s``: the resources of a run use these values."""
    return {
        "raw_dir": {"path": str(s.raw_dir), "state_dir": str(s.state_dir)},
        "warehouse_files": {
            "path": str(s.warehouse_path),
            "staging_path": str(s.staging_path),
            "allow_shrink": s.allow_shrink,
        },
        "worker_pool": {"workers": s.workers},
        "article_store": {"base_dir": str(s.article_store_dir)},
    }


def run_config_for(s: settings.Settings) -> dict[str, Any]:
    """Run config that points every resource of a run at ``s``."""
    return {"resources": {k: {"config": v} for k, v in resource_config(s).items()}}


def resources_for(s: settings.Settings, code_versions: dict[str, str]) -> dict[str, Any]:
    """The resources for ``s``, as plain values (tests, and runs outside the code location)."""
    config = resource_config(s)
    return {
        "raw_dir": RawFolder(**config["raw_dir"]),
        "warehouse_files": WarehouseFiles(**config["warehouse_files"]),
        "worker_pool": WorkerPool(**config["worker_pool"]),
        "article_store": ArticleStoreIOManager(
            **config["article_store"], code_versions=code_versions
        ),
    }
