"""A sensor on RAW_DIR: new or changed files become article partitions and get a run."""

import hashlib
import json

import dagster as dg

from pipelines import raw_index
from pipelines.assets.partitions import articles_partitions, range_tags
from pipelines.assets.resources import RawFolder
from pipelines.assets.warehouse import WAREHOUSE_KEYS

PER_ARTICLE_KEYS = [
    dg.AssetKey(name)
    for name in ("raw_article", "cleaned_article", "deduplicated_article", "article_facts")
]


def plan_partitions(
    files: list[raw_index.RawFile], existing: list[str]
) -> tuple[list[str], list[str]]:
    """(new partition keys in file order, keys whose files are gone)."""
    present = list(raw_index.files_by_partition(files))
    known = set(existing)
    new = [k for k in present if k not in known]
    gone = [k for k in existing if k not in set(present)]
    return new, gone


@dg.sensor(
    name="raw_dir_sensor",
    target=dg.AssetSelection.assets(*PER_ARTICLE_KEYS, *WAREHOUSE_KEYS),
    minimum_interval_seconds=30,
    description="Watches RAW_DIR: registers new or changed files as article partitions, "
    "runs them and the warehouse; removed files drop out of the next warehouse build.",
)
def raw_dir_sensor(
    context: dg.SensorEvaluationContext, raw_dir: RawFolder
) -> dg.SensorResult | dg.SkipReason:
    files = raw_dir.scan()
    state = hashlib.sha1(
        json.dumps([(f.name, f.article_id, f.error) for f in files]).encode()
    ).hexdigest()
    if context.cursor == state:
        return dg.SkipReason("RAW_DIR unchanged since the last evaluation")
    existing = context.instance.get_dynamic_partitions(articles_partitions.name)
    new, gone = plan_partitions(files, existing)
    requests = []
    if new:
        requests.append(
            dg.RunRequest(
                run_key=f"articles-{hashlib.sha1(''.join(new).encode()).hexdigest()[:16]}",
                asset_selection=[*PER_ARTICLE_KEYS, *WAREHOUSE_KEYS],
                tags=range_tags(new),
            )
        )
    elif gone:
        requests.append(dg.RunRequest(run_key=f"gone-{state[:16]}", asset_selection=WAREHOUSE_KEYS))
    dynamic = []
    if new:
        dynamic.append(articles_partitions.build_add_request(new))
    if gone:
        dynamic.append(articles_partitions.build_delete_request(gone))
    return dg.SensorResult(run_requests=requests, dynamic_partitions_requests=dynamic, cursor=state)
