"""How fast dedup_paragraphs is on a long input (run: .venv/bin/python bench/bench_dedup.py).

The input is built from the seed article's paragraphs, every sentence and paragraph
tagged with a serial number so all are distinct, then damaged the way scraping damages
text: every 50th position gets a pasted copy of the three paragraphs before it, every
40th paragraph a stuttered enumeration item, every 60th a sentence printed twice.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from pipelines.models import Paragraph
from pipelines.text.dedup import dedup_paragraphs

SEED = Path(__file__).resolve().parents[1] / "raw" / "hebei_union_five_years.txt"
_HEADER_LINES = 4
_SENTENCE_END = re.compile(r"([。！？])")


def _seed_paragraphs() -> list[str]:
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines()]
    body = [line for line in lines if line][_HEADER_LINES:]
    return [line for line in body if len(line) > 20]  # drop headings and captions


def _damaged_article(n_paragraphs: int) -> list[str]:
    seed = _seed_paragraphs()
    texts: list[str] = []
    while len(texts) < n_paragraphs:
        serial = len(texts)
        text = _SENTENCE_END.sub(rf"（{serial}）\1", seed[serial % len(seed)]) + f"（{serial}）"
        if serial % 40 == 0:
            text = "坚定听党话、跟党走、跟党走、跟党走。" + text
        if serial % 60 == 0:
            text = text.split("。")[0] + "。" + text
        texts.append(text)
        if serial % 50 == 49:
            texts.extend(texts[-3:])
    return texts[:n_paragraphs]


def run(n_paragraphs: int) -> dict:
    """Time one dedup_paragraphs call over ``n_paragraphs`` paragraphs."""
    paragraphs, offset = [], 0
    for text in _damaged_article(n_paragraphs):
        paragraphs.append(Paragraph.contiguous("body", text, offset))
        offset += len(text) + 2
    started = time.perf_counter()
    dedup_paragraphs(paragraphs)
    seconds = time.perf_counter() - started
    return {
        "n": n_paragraphs,
        "seconds": round(seconds, 4),
        "per_1000": round(seconds * 1000 / n_paragraphs, 4),
    }


if __name__ == "__main__":
    print(run(10_000))
