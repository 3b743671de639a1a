"""ingest group: read and decode the file behind each article partition."""

import dagster as dg

from pipelines import raw_index, settings, stages
from pipelines.assets.partitions import per_article_asset
from pipelines.models import RawArticle


@per_article_asset(
    group_name="ingest",
    kinds={"python"},
    code_version="1",
    description="The raw article of each partition, decoded from its file in RAW_DIR "
    "(UTF-8, GB18030/GBK or UTF-16 with BOM; the encoding is recorded).",
)
def raw_article(context: dg.AssetExecutionContext) -> dg.Output[dict[str, RawArticle]]:
    raw_dir = settings.raw_dir()
    by_article = raw_index.files_by_article(raw_index.scan(raw_dir, settings.raw_index_file()))
    keys = context.partition_keys
    gone = [k for k in keys if k not in by_article]
    if gone:
        raise FileNotFoundError(
            f"{len(gone)} article(s) no longer in {raw_dir} (first: {gone[0]}); "
            "run the raw_dir sensor or `make run` to refresh the partitions"
        )
    raws = dict(zip(keys, (stages.read_raw(raw_dir, by_article[k]) for k in keys), strict=True))
    context.log.info(f"read {len(raws)} article(s) from {raw_dir}")
    return dg.Output(
        raws,
        metadata={
            "articles": len(raws),
            "characters": sum(len(r.text or "") for r in raws.values()),
            "encodings": ", ".join(sorted({r.encoding or "?" for r in raws.values()})),
        },
    )
