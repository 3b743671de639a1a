"""Dump the clean + dedup output of the seed and corpus articles, or diff two dumps.

    python scripts/clean_diff.py dump OUT_DIR FILE...   # one OUT_DIR/<name>.txt per article
    python scripts/clean_diff.py diff BEFORE_DIR AFTER_DIR

Used to show that a cleaner change alters only what it means to (issue 14, acceptance 2).
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

from pipelines.stages import clean_one, dedup_one
from pipelines.text.decode import read_article


def render(path: Path) -> str:
    result = dedup_one(clean_one(read_article(path)))
    a = result.article
    head = [f"TITLE {a.title}", f"SUBTITLE {a.subtitle}", f"BYLINE {a.byline}"]
    body = [f"[{p.kind}] {p.text}" for p in a.paragraphs]
    removed = [f"-{r.kind}: {r.text}" for r in a.removals]
    return "\n".join([*head, "", *body, "", *removed]) + "\n"


def main(argv: list[str]) -> None:
    if argv[0] == "dump":
        out = Path(argv[1])
        out.mkdir(parents=True, exist_ok=True)
        for name in argv[2:]:
            (out / (Path(name).stem + ".txt")).write_text(render(Path(name)), encoding="utf-8")
    else:
        before, after = Path(argv[1]), Path(argv[2])
        for old in sorted(before.glob("*.txt")):
            new = after / old.name
            diff = difflib.unified_diff(
                old.read_text().splitlines(),
                new.read_text().splitlines(),
                old.name,
                new.name,
                lineterm="",
                n=0,
            )
            sys.stdout.writelines(line + "\n" for line in diff)


if __name__ == "__main__":
    main(sys.argv[1:])
