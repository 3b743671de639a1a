"""Imported by every celery worker (``-i pipelines.cluster.worker_env``): before a step,
set RAW_DIR and WAREHOUSE_PATH to the ones of the run the step belongs to.

The assets read both from the environment (pipelines/settings.py). A worker lives
longer than one `make cluster-run`, and each run may name other folders, so the run
carries them as tags (runner.py) and the worker takes them from there. The solo pool
runs one step at a time in the worker process, so setting the process environment
for the step's duration is safe.
"""

import os

from celery.signals import task_prerun

# run tag → environment variable
PATH_TAGS = {"huibao/raw_dir": "RAW_DIR", "huibao/warehouse_path": "WAREHOUSE_PATH"}


def path_tags() -> dict[str, str]:
    """The tags a cluster run carries: this process's RAW_DIR and WAREHOUSE_PATH."""
    from pipelines import settings

    paths = {"RAW_DIR": settings.raw_dir(), "WAREHOUSE_PATH": settings.warehouse_path()}
    return {tag: str(paths[var].resolve()) for tag, var in PATH_TAGS.items()}


@task_prerun.connect
def use_paths_of_the_run(kwargs=None, **_) -> None:
    packed = (kwargs or {}).get("execute_step_args_packed")
    if not packed:
        return
    from dagster import DagsterInstance
    from dagster._grpc.types import ExecuteStepArgs
    from dagster._serdes import unpack_value

    args = unpack_value(packed, as_type=ExecuteStepArgs)
    with DagsterInstance.from_ref(args.instance_ref) as instance:
        run = instance.get_run_by_id(args.run_id)
    for tag, var in PATH_TAGS.items():
        if run is not None and tag in run.tags:
            os.environ[var] = run.tags[tag]
