"""The asset job on Dagster's celery executor, beside (not instead of) `make run`'s job.

Kept out of pipelines/definitions.py so the UI's code location and `make run` stay as
they are; the job is resolved against the very same assets and resources.
"""

import warnings

import dagster as dg
from dagster_celery import celery_executor

from pipelines.assets.resources import run_config_for
from pipelines.cluster import config
from pipelines.definitions import defs
from pipelines.settings import Settings

# dagster-celery registers its task anew for every step it submits; celery 5.5+ warns each
# time that the name is taken (the first registration, the same task, is the one used).
warnings.filterwarnings("ignore", message="Task name 'execute_plan' is already registered")

CLUSTER_JOB = "huibao_cluster"
# Every run that one `make cluster-run` starts carries this tag with one id.
CLUSTER_RUN_TAG = "huibao/cluster_run"
# Where dagster-celery records the worker that took a step (its engine event's metadata).
CELERY_WORKER_KEY = "Celery worker"

cluster_defs = dg.Definitions.merge(
    defs,
    dg.Definitions(
        jobs=[
            dg.define_asset_job(
                CLUSTER_JOB, selection=dg.AssetSelection.all(), executor_def=celery_executor
            )
        ]
    ),
)


def cluster_job() -> dg.JobDefinition:
    """``dg.reconstructable(cluster_job)`` is what the celery workers rebuild."""
    return cluster_defs.resolve_job_def(CLUSTER_JOB)


def run_config(where: Settings) -> dict:
    """The celery executor, and every resource pointed at ``where``: a worker serves runs
    of any RAW_DIR and WAREHOUSE_PATH, because each run carries its own paths as resource
    config (a worker's own environment only supplies the defaults)."""
    return {
        **run_config_for(where),
        "execution": {"config": config.celery_config()},
        # Dagster logs every event at DEBUG; progress lines are enough here.
        "loggers": {"console": {"config": {"log_level": "INFO"}}},
    }


def execute(instance: dg.DagsterInstance, where: Settings, **kwargs) -> dg.JobExecutionResult:
    """Run the celery job (``asset_selection``/``tags`` as for execute_job): this process
    orchestrates, the workers execute the steps."""
    return dg.execute_job(
        dg.reconstructable(cluster_job), instance=instance, run_config=run_config(where), **kwargs
    )


def workers_of_runs(instance: dg.DagsterInstance, run_ids: list[str]) -> set[str]:
    """The celery workers (``name@host``) that took steps of these runs, from the event log."""
    workers: set[str] = set()
    for run_id in run_ids:
        for entry in instance.all_logs(run_id, of_type=dg.DagsterEventType.ENGINE_EVENT):
            data = entry.dagster_event.event_specific_data if entry.dagster_event else None
            value = (getattr(data, "metadata", None) or {}).get(CELERY_WORKER_KEY)
            if value is not None:
                workers.add(str(getattr(value, "value", value)))
    return workers


def runs_of(instance: dg.DagsterInstance, cluster_run_id: str) -> list[str]:
    runs = instance.get_run_records(dg.RunsFilter(tags={CLUSTER_RUN_TAG: cluster_run_id}))
    return [r.dagster_run.run_id for r in runs]
