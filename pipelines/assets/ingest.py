"""ingest group: read and decode every file in RAW_DIR."""

import dagster as dg

from pipelines import corpus, settings
from pipelines.models import RawArticle


@dg.asset(
    group_name="ingest",
    kinds={"python"},
    code_version="1",
    description="Every file in RAW_DIR decoded to text (UTF-8, GB18030/GBK, UTF-16 with BOM); "
    "files that cannot be read are kept with the reason they were rejected.",
)
def raw_articles(context: dg.AssetExecutionContext) -> dg.Output[list[RawArticle]]:
    raw_dir = settings.raw_dir()
    raws = corpus.read_corpus(raw_dir)
    rejected = [r for r in raws if r.error]
    for r in rejected:
        context.log.warning(f"rejected {r.source_file}: {r.error}")
    return dg.Output(
        raws,
        metadata={
            "raw_dir": str(raw_dir),
            "files": len(raws),
            "rejected": len(rejected),
            "encodings": ", ".join(sorted({r.encoding for r in raws if r.encoding})),
        },
    )
