"""Articles with one pathological line, and how long the whole chain takes on each.

Each once made a stage super-linear: a hex/base64 blob (an e-mail pattern retried at every
position of an ASCII run), a flattened statistics table (region lookup rescanning every
earlier place of a "sentence" without a full stop), a paragraph scraped as one short line
per clause (lines re-joined and re-punctuated at each join), and plain Chinese words
without punctuation. The tests (tests/reliability/test_pathological_lines.py) guard their
growth ratio; ``make bench`` reports their speed at 1 MB (``run``).
"""

from __future__ import annotations

import time

from pipelines import stages
from pipelines.models import RawArticle
from pipelines.text.decode import article_id_for

# jieba words, no punctuation and no digits: a realistic "line without punctuation".
_WORDS = ["职工", "工会", "河北", "发展", "建设", "创新", "服务", "劳动", "技能", "岗位"]


def _repeat(unit: str, n_bytes: int) -> str:
    return unit * (n_bytes // len(unit.encode("utf-8")) + 1)


def words_line(n_bytes: int) -> str:
    words, size, i = [], 0, 0
    while size < n_bytes:
        word = _WORDS[(i * 7 + i // 10) % len(_WORDS)]
        words.append(word)
        size += len(word.encode("utf-8"))
        i += 1
    return "".join(words)


def ascii_blob(n_bytes: int) -> str:
    """A hex/base64 blob pasted into an article: [0-9a-f] on one line."""
    return "附件\n\n" + _repeat("3f9a0c5e7b1d2846", n_bytes) + "\n"


def figures_line(n_bytes: int) -> str:
    """A statistics table flattened into one line: places and figures, no 。 anywhere."""
    return "统计表\n\n" + _repeat("河北新增就业岗位3200个石家庄培训职工2.5万人次", n_bytes) + "\n"


def broken_lines(n_bytes: int) -> str:
    """One paragraph scraped as one short line per clause (20,000 lines per 400 KB)."""
    line = "职工书屋建成,\n"
    return "标题\n\n" + line * (n_bytes // len(line.encode("utf-8"))) + "完。\n"


def words_article(n_bytes: int) -> str:
    return "一行没有标点的长文\n\n" + words_line(n_bytes) + "\n"


ARTICLES = {
    "ascii_blob": ascii_blob,
    "figures_line": figures_line,
    "broken_lines": broken_lines,
    "words_line": words_article,
}


def raw_article(text: str) -> RawArticle:
    n_bytes = len(text.encode())
    return RawArticle("line.txt", text, "utf-8", n_bytes, article_id=article_id_for(text))


def chain(text: str) -> tuple[stages.CleanResult, stages.FactsResult]:
    """clean → dedup → extract on one article, as the per-article assets run them."""
    deduped = stages.dedup_one(stages.clean_one(raw_article(text)))
    return deduped, stages.facts_one(deduped)


def run(n_bytes: int = 1_000_000) -> dict:
    """Seconds (wall and CPU) for the whole chain on each pathological article."""
    chain(broken_lines(1000))  # dictionaries load once, outside the timings
    out = {}
    for name, make in ARTICLES.items():
        text = make(n_bytes)
        wall, cpu = time.perf_counter(), time.process_time()
        chain(text)
        out[name] = {
            "bytes": len(text.encode()),
            "seconds": round(time.perf_counter() - wall, 2),
            "cpu_seconds": round(time.process_time() - cpu, 2),
        }
    return out


if __name__ == "__main__":
    print(run())
