"""What a per-article asset learns of its results: counts, check problems and a few
samples, made per article in the pool worker (``observe``) and merged in article order.

One small type for every asset: an asset supplies an ``observe(result) -> Report``
function; its metadata and check results are read off the merged report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import dagster as dg

SAMPLES = 10  # results kept for previews and top-N tables
EXAMPLES = 3  # problems named in a failed check's metadata


@dataclass
class Report:
    counts: Counter = field(default_factory=Counter)
    problems: dict[str, list[str]] = field(default_factory=dict)  # check name → problems
    samples: list[Any] = field(default_factory=list)  # the first SAMPLES items, in order

    def count(self, **amounts: int) -> None:
        self.counts.update(amounts)

    def problem(self, check_name: str, *problems: str) -> None:
        """Record ``problems`` for a check (none: the check ran and found nothing)."""
        self.problems.setdefault(check_name, []).extend(problems)

    def sample(self, *items: Any) -> None:
        self.samples.extend(items[: SAMPLES - len(self.samples)])

    def merge(self, other: Report) -> None:
        self.counts.update(other.counts)
        for name, problems in other.problems.items():
            self.problem(name, *problems)
        self.sample(*other.samples)

    def check_results(self, specs: list[dg.AssetCheckSpec]) -> list[dg.AssetCheckResult]:
        """One result per spec: passed when no problem was recorded; else an ERROR
        naming the first few."""
        results = []
        for spec in specs:
            problems = self.problems.get(spec.name, [])
            examples = "; ".join(problems[:EXAMPLES])
            if len(problems) > EXAMPLES:
                examples += f" (+{len(problems) - EXAMPLES} more)"
            results.append(
                dg.AssetCheckResult(
                    check_name=spec.name,
                    passed=not problems,
                    severity=dg.AssetCheckSeverity.ERROR,
                    metadata={"problems": len(problems), "examples": examples},
                )
            )
        return results
