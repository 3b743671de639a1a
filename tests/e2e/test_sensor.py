"""The raw_dir sensor registers articles as partitions; a new file reprocesses only itself."""

import shutil

import dagster as dg

from pipelines.assets.partitions import articles_partitions
from pipelines.assets.resources import resources_for, run_config_for
from pipelines.assets.sensors import raw_dir_sensor
from pipelines.assets.warehouse import WAREHOUSE_KEYS
from pipelines.definitions import code_versions, defs
from tests.conftest import SEED_PATH

PARAGRAPHS = [
    "全省工会举办“大学习”课堂2.5万期，累计开展各类诵读活动4.1万场。",
    "依托职工书屋，建立13个红色读书社，累计开展主题读书活动45场，覆盖职工3500余人次。",
    "建成市县劳动公园177个，各级职工书屋示范点5180个，推出职工优秀作品700余部。",
]


def write_article(raw_dir, name: str, n: int) -> None:
    body = "\n\n".join(PARAGRAPHS[:n] if n <= len(PARAGRAPHS) else PARAGRAPHS)
    (raw_dir / name).write_text(
        f"第{n}篇报道的标题\n\n{body}\n\n第{n}篇特有的结尾句子。\n", encoding="utf-8"
    )


def apply(instance: dg.DagsterInstance, result: dg.SensorResult) -> None:
    """What the daemon does with a sensor result: register partitions, launch the runs."""
    for request in result.dynamic_partitions_requests:
        if isinstance(request, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(
                request.partitions_def_name, list(request.partition_keys)
            )
        else:
            for key in request.partition_keys:
                instance.delete_dynamic_partition(request.partitions_def_name, key)


def run(instance, request: dg.RunRequest, config) -> dg.ExecuteInProcessResult:
    job = defs.resolve_implicit_global_asset_job_def()
    return job.execute_in_process(
        instance=instance,
        tags=request.tags,
        asset_selection=request.asset_selection,
        run_config=run_config_for(config),
    )


def sensor_context(instance, config, cursor=None) -> dg.SensorEvaluationContext:
    raw_dir = resources_for(config, code_versions)["raw_dir"]
    return dg.build_sensor_context(instance=instance, cursor=cursor, resources={"raw_dir": raw_dir})


def test_sensor_adds_only_new_articles_and_runs_only_them(pipeline_env) -> None:
    raw, instance, config = pipeline_env
    shutil.copy(SEED_PATH, raw / "seed.txt")
    write_article(raw, "b.txt", 2)
    write_article(raw, "c.txt", 3)

    first = raw_dir_sensor(sensor_context(instance, config))
    assert isinstance(first, dg.SensorResult)
    (added,) = first.dynamic_partitions_requests
    assert len(added.partition_keys) == 3
    assert len(first.run_requests) == 1
    apply(instance, first)
    assert run(instance, first.run_requests[0], config).success

    # Nothing changed: the cursor makes the next tick a no-op.
    again = raw_dir_sensor(sensor_context(instance, config, first.cursor))
    assert isinstance(again, dg.SkipReason)

    write_article(raw, "d.txt", 1)
    second = raw_dir_sensor(sensor_context(instance, config, first.cursor))
    (added_again,) = second.dynamic_partitions_requests
    assert len(added_again.partition_keys) == 1
    new_key = added_again.partition_keys[0]
    assert new_key not in added.partition_keys
    apply(instance, second)
    result = run(instance, second.run_requests[0], config)
    assert result.success

    per_article = [
        e for e in result.get_asset_materialization_events() if e.asset_key not in WAREHOUSE_KEYS
    ]
    assert {e.partition for e in per_article} == {new_key}
    assert {e.asset_key.to_user_string() for e in per_article} == {
        "raw_article",
        "cleaned_article",
        "deduplicated_article",
        "article_facts",
    }
    assert len(instance.get_dynamic_partitions(articles_partitions.name)) == 4


def test_removed_file_drops_its_partition(pipeline_env) -> None:
    raw, instance, config = pipeline_env
    write_article(raw, "b.txt", 2)
    write_article(raw, "c.txt", 3)
    first = raw_dir_sensor(sensor_context(instance, config))
    apply(instance, first)
    (raw / "c.txt").unlink()
    second = raw_dir_sensor(sensor_context(instance, config, first.cursor))
    (deleted,) = second.dynamic_partitions_requests
    assert isinstance(deleted, dg.DeleteDynamicPartitionsRequest)
    assert [r.asset_selection for r in second.run_requests] == [WAREHOUSE_KEYS]
