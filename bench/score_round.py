"""Score gold files of a blind round: per article, pooled, and against issue #15's bar.

A blind round gives new articles to annotators (tests/data/fact_set/ANNOTATING.md) and scores
their gold files with rules frozen before the golds came back. Each article must reach
value+unit F1 0.95 and with-indicator F1 0.88. Run:
``python -m bench.score_round GOLD.json ... [--quiet] [--facts]``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tests.facts.fact_set import f1, gold_facts_extracted, pooled
from tests.facts.scoring import Score, score_facts

VALUE_UNIT_BAR = 0.95
WITH_INDICATOR_BAR = 0.88


def _f1s(score: Score) -> tuple[float, float]:
    """Value+unit and with-indicator F1 of one article."""
    return (
        f1(score.precision, score.recall),
        f1(score.precision_with_indicator, score.recall_with_indicator),
    )


def _at_bar(score: Score) -> bool:
    if not score.required:
        return score.scored == 0
    value_unit, indicator = _f1s(score)
    return value_unit >= VALUE_UNIT_BAR and indicator >= WITH_INDICATOR_BAR


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("golds", nargs="+", type=Path)
    parser.add_argument("--quiet", "-q", action="store_true", help="one line per article")
    parser.add_argument("--facts", action="store_true", help="list every extracted fact")
    args = parser.parse_args(argv)

    scores = []
    for path in args.golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        facts = gold_facts_extracted(gold)
        score = score_facts(facts, gold)
        scores.append(score)
        value_unit, indicator = _f1s(score)
        verdict = "OK" if _at_bar(score) else "BELOW"
        print(
            f"== {gold['article']}: req {score.required} "
            f"vu {value_unit:.3f} ind {indicator:.3f} {verdict}"
        )
        if args.quiet:
            continue
        print(score.summary())
        if args.facts:
            for fact in facts:
                print(
                    f"    {fact.value:g} {fact.unit} {fact.qualifier or '-'} "
                    f"[{fact.indicator}] x{fact.mention_count} {fact.raw_text}"
                )
    figures = pooled(scores)
    at_bar = sum(_at_bar(s) for s in scores)
    print(
        f"POOLED {figures['articles']} articles, {figures['required']} facts: "
        f"vu {figures['value_unit_f1']:.3f} ind {figures['with_indicator_f1']:.3f}; "
        f"{at_bar} of {len(scores)} at criterion ({VALUE_UNIT_BAR} / {WITH_INDICATOR_BAR})"
    )


if __name__ == "__main__":
    main()
