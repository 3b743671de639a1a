"""ingest group: read and decode the file behind each article partition."""

import dagster as dg

from pipelines import raw_index, stages
from pipelines.assets import versions
from pipelines.assets.partitions import per_article_asset, stored_output
from pipelines.assets.resources import RawFolder
from pipelines.assets.storage import ArticleStore


@per_article_asset(
    group_name="ingest",
    kinds={"python"},
    code_version=versions.RAW_ARTICLE,
    description="The raw article of each partition, decoded from its file in RAW_DIR "
    "(UTF-8, GB18030/GBK or UTF-16 with BOM; the encoding is recorded).",
)
def raw_article(
    context: dg.AssetExecutionContext, raw_dir: RawFolder, article_store: ArticleStore
) -> dg.Output:
    by_article = raw_index.files_by_partition(raw_dir.scan())
    keys = context.partition_keys
    gone = [k for k in keys if k not in by_article]
    if gone:
        raise FileNotFoundError(
            f"{len(gone)} article(s) no longer in {raw_dir.path} (first: {gone[0]}); "
            "run the raw_dir sensor or `make run` to refresh the partitions"
        )
    characters, encodings = 0, set()
    for key in keys:  # written one by one: only one article's text in memory at a time
        raw = stages.read_raw(raw_dir.folder, by_article[key])
        article_store.write(context.asset_key, key, raw)
        characters += len(raw.text or "")
        encodings.add(raw.encoding or "?")
    context.log.info(f"read {len(keys)} article(s) from {raw_dir.path}")
    return stored_output(
        context,
        article_store,
        keys,
        metadata={
            "articles": len(keys),
            "characters": characters,
            "encodings": ", ".join(sorted(encodings)),
        },
    )
