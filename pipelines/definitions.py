"""The Dagster code location: per-article partitioned assets, the warehouse, the sensor.

The in-process executor avoids ~3 s of process start-up per step; per-article work is
spread over the cores by a process pool inside each asset instead.
"""

from typing import Any

import dagster as dg

from pipelines import settings
from pipelines.assets import facts, ingest, sensors, text, warehouse
from pipelines.assets.resources import RawFolder, WarehouseFiles, WorkerPool, resources_for


def _env_or(name: str, default: Any) -> Any:
    """``dg.EnvVar(name)`` when the variable is set, else ``default``."""
    return dg.EnvVar(name) if dg.EnvVar(name).get_value() else default


def resources_from_environment(code_versions: dict[str, str]) -> dict[str, Any]:
    """The code location's resources: RAW_DIR, WAREHOUSE_PATH and HUIBAO_WORKERS as
    ``dg.EnvVar`` where set (read when a run starts), else the defaults of settings.py."""
    s = settings.Settings.from_environment()
    resources = resources_for(s, code_versions)
    resources["raw_dir"] = RawFolder(
        path=_env_or("RAW_DIR", str(s.raw_dir)), state_dir=str(s.state_dir)
    )
    resources["warehouse_files"] = WarehouseFiles(
        path=_env_or("WAREHOUSE_PATH", str(s.warehouse_path)), staging_path=str(s.staging_path)
    )
    workers = dg.EnvVar("HUIBAO_WORKERS")
    if workers.get_value():
        resources["worker_pool"] = WorkerPool(workers=dg.EnvVar.int("HUIBAO_WORKERS"))
    return resources


# Every asset in one job: what `make run` executes, with the article range as run tags.
everything = dg.define_asset_job("huibao_everything", selection=dg.AssetSelection.all())

assets = dg.load_assets_from_modules([ingest, text, facts, warehouse])
# The store files each asset's values under its code version (see ArticleStoreIOManager).
code_versions = {
    key.to_user_string(): version
    for a in assets
    for key, version in a.code_versions_by_key.items()
    if version
}

defs = dg.Definitions(
    assets=assets,
    jobs=[everything],
    sensors=[sensors.raw_dir_sensor],
    # RAW_DIR, the warehouse files, the worker count and the article store (see README).
    resources=resources_from_environment(code_versions),
    executor=dg.in_process_executor,
)


def asset_job() -> dg.JobDefinition:
    """``dg.reconstructable(asset_job)`` is what ``make run`` executes."""
    return defs.resolve_job_def(everything.name)
