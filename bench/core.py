"""Per-article core time (clean + dedup + extract) against ``jieba.posseg.cut`` alone.

Both sides run on the same decoded text, one after the other in the same worker process,
so a busy machine slows both alike. Everything either side loads lazily (jieba's
dictionary, the extractor's tagger, gazetteer, OpenCC) is loaded in the parent before
the workers fork, so no article pays for a load. CPU time (``time.process_time``) is the
headline, as it does not count waiting for a core that another process holds; wall
time is recorded as well.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from pipelines import raw_index, stages
from pipelines.models import RawArticle
from pipelines.parallel import MIN_ITEMS_FOR_POOL

WARM_UP_TEXT = "标题\n\n全省建成劳动公园177个,覆盖职工3500余人次,同比增长12.5%。\n"


def _posseg():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.posseg


def warm_up() -> None:
    """Load everything both sides load lazily, in this process."""
    list(_posseg().cut(WARM_UP_TEXT))
    raw = RawArticle("warm-up.txt", WARM_UP_TEXT, "utf-8", len(WARM_UP_TEXT.encode()), None, "w")
    stages.facts_one(stages.dedup_one(stages.clean_one(raw)))


def core(raw: RawArticle) -> stages.FactsResult:
    return stages.facts_one(stages.dedup_one(stages.clean_one(raw)))


def time_article(raw: RawArticle) -> dict:
    posseg = _posseg()
    c0, w0 = time.process_time(), time.perf_counter()
    result = core(raw)
    c1, w1 = time.process_time(), time.perf_counter()
    n_tokens = sum(1 for _ in posseg.cut(raw.text or ""))
    c2, w2 = time.process_time(), time.perf_counter()
    return {
        "chars": len(raw.text or ""),
        "facts": len(result.facts),
        "tokens": n_tokens,
        "core_cpu": c1 - c0,
        "core_wall": w1 - w0,
        "jieba_cpu": c2 - c1,
        "jieba_wall": w2 - w1,
    }


def read_corpus(raw_dir: Path, limit: int | None = None) -> list[RawArticle]:
    """The articles of ``raw_dir`` (one per distinct article, as the pipeline sees them)."""
    by_article = raw_index.files_by_article(raw_index.scan(raw_dir))
    keys = list(by_article)[:limit] if limit else list(by_article)
    return [stages.read_raw(raw_dir, by_article[k]) for k in keys]


def measure(raws: list[RawArticle], workers: int) -> dict:
    """Time every article; summarize per article and as the headline ratio."""
    warm_up()
    started = time.perf_counter()
    if workers <= 1 or len(raws) < MIN_ITEMS_FOR_POOL:
        rows = [time_article(r) for r in raws]
        used = 1
    else:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(workers) as pool:
            rows = pool.map(time_article, raws, chunksize=max(1, len(raws) // (workers * 8)))
        used = workers
    wall = time.perf_counter() - started
    n = len(rows)

    def total(field: str) -> float:
        return sum(r[field] for r in rows)

    ratios = sorted(r["core_cpu"] / r["jieba_cpu"] for r in rows if r["jieba_cpu"] > 0)
    return {
        "articles": n,
        "workers": used,
        "chars_per_article": round(total("chars") / n),
        "facts_per_article": round(total("facts") / n, 1),
        "core_ms_per_article_cpu": round(1000 * total("core_cpu") / n, 2),
        "core_ms_per_article_wall": round(1000 * total("core_wall") / n, 2),
        "jieba_ms_per_article_cpu": round(1000 * total("jieba_cpu") / n, 2),
        "jieba_ms_per_article_wall": round(1000 * total("jieba_wall") / n, 2),
        "ratio_cpu": round(total("core_cpu") / total("jieba_cpu"), 3),
        "ratio_wall": round(total("core_wall") / total("jieba_wall"), 3),
        "ratio_median_article": round(ratios[len(ratios) // 2], 3) if ratios else None,
        "core_seconds_total_cpu": round(total("core_cpu"), 2),
        "core_seconds_total_wall": round(total("core_wall"), 2),
        "measure_wall_seconds": round(wall, 2),
    }


def profile(raws: list[RawArticle], top: int = 15) -> list[str]:
    """cProfile of the core over ``raws`` in this process: the top functions by own time."""
    import cProfile
    import io
    import pstats

    warm_up()
    prof = cProfile.Profile()
    prof.enable()
    for raw in raws:
        core(raw)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return [line for line in lines[start:] if line.strip()]
