"""The shrink guard: a build that drops most of the published articles is not published.

An empty or wrong RAW_DIR (a typo, an unmounted disk) would otherwise replace a full
warehouse with an empty one and blank every dashboard on it. A build that keeps fewer
than half of the published articles is refused unless the person says so
(HUIBAO_ALLOW_SHRINK=1); a first build, into no warehouse or an empty one, always passes.
"""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb

from pipelines import raw_index

ALLOW_VARIABLE = "HUIBAO_ALLOW_SHRINK"

log = logging.getLogger(__name__)


class ShrinkRefused(RuntimeError):
    """The new build would drop more than half of the published articles; nothing replaced."""


def published_articles(target: Path) -> int:
    """Articles in the published warehouse; 0 when there is none (or it cannot be read,
    since replacing a damaged file is then the fix, not a loss)."""
    target = Path(target)
    if not target.is_file() or target.stat().st_size == 0:
        return 0
    try:
        with duckdb.connect(str(target), read_only=True) as con:
            return con.execute("SELECT count(*) FROM v_articles").fetchone()[0]
    except duckdb.Error as exc:
        log.warning("cannot count the articles of %s (%s); replacing it", target, exc)
        return 0


def is_shrink(published: int, new: int) -> bool:
    """More than half of ``published`` would go (all of them when ``new`` is 0)."""
    return published > 0 and 2 * new < published


def refuse_shrink(target: Path, new: int, allow: bool, source: str = "") -> None:
    """Raise ShrinkRefused if publishing ``new`` articles over ``target`` is a shrink the
    person did not allow. ``source`` says where the articles came from, for the message."""
    published = published_articles(target)
    if allow or not is_shrink(published, new):
        return
    where = f" from {source}" if source else ""
    raise ShrinkRefused(
        f"not replacing {target} ({published} articles) with a build of {new} article(s)"
        f"{where}: more than half would be dropped, so the published warehouse is left as it "
        f"was. Check RAW_DIR, or set {ALLOW_VARIABLE}=1 to publish it anyway"
    )


def refuse_before_processing(raw_dir: Path, index_file: Path, target: Path, allow: bool) -> None:
    """The guard on the articles RAW_DIR holds, before any is processed or a partition
    changes (``make run``). Folding duplicates can only lower that count, so this never
    refuses a run the warehouse step would publish; that step checks the exact count."""
    articles = raw_index.files_by_article(raw_index.scan(raw_dir, index_file))
    refuse_shrink(target, len(articles), allow, f"RAW_DIR {raw_dir}")
