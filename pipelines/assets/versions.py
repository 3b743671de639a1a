"""Code versions computed from the source, so a change is never forgotten.

The article store files each asset's values under its code version, and `make run`
redoes a partition whose value the current version has not stored. A hand-kept version
("1") stayed put when the cleaner or the extractor changed, so results of the old code
were reused; a digest of the modules and data an asset runs cannot go stale.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
SOURCE_SUFFIXES = {".py", ".txt", ".tsv", ".json", ".sql"}


def source_version(*parts: str) -> str:
    """A short digest of the files under ``parts`` (paths relative to pipelines/)."""
    digest = hashlib.sha1()
    for part in parts:
        root = PACKAGE / part
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for file in files:
            if file.is_file() and file.suffix in SOURCE_SUFFIXES:
                digest.update(file.relative_to(PACKAGE).as_posix().encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


# What each per-article asset runs: its stage in stages.py, the data model, and its package.
RAW_ARTICLE = source_version("stages.py", "models.py", "text/decode.py", "text/chars.py")
CLEANED_ARTICLE = source_version("stages.py", "models.py", "text")
DEDUPLICATED_ARTICLE = CLEANED_ARTICLE
ARTICLE_FACTS = source_version("stages.py", "models.py", "facts", "data")
