"""What injected damage costs the facts: fact-set F1 through the whole chain, clean vs damaged.

``make eval`` runs this after ``bench.damage`` (alone: ``python -m bench.fact_damage``).

Each article of the hand-checked fact set (tests/data/fact_set) is rendered as a raw
page (title, blank line, paragraphs) and run through the whole chain: clean, dedup,
extract. Its score against the gold is the *clean* F1. Then each trial injects ONE
defect of one kind (bench/damage.py's injectors: broken lines, captions, credits,
stutters, repeated sentences and paragraphs, ASCII punctuation, full-width digits,
traditional characters) at a random place and scores again. The *cost* of damage is
clean F1 minus damaged F1, value+unit and with indicator; the issue allows at most 0.02
per article. Reported per article (mean and worst trial) and pooled.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field
from pathlib import Path

from bench.damage import INJECTORS, Article
from pipelines.facts import extract_article_facts
from pipelines.models import RawArticle
from pipelines.stages import clean_one, dedup_one
from tests.facts.fact_set import FACT_SET_DIR, load_fact_set, pooled
from tests.facts.scoring import Score, score_facts

MAX_COST = 0.02


def chain_score(text: str, gold: dict) -> Score:
    """Score of the facts the whole chain (clean, dedup, extract) finds in a raw page."""
    raw = RawArticle(f"{gold['article']}.txt", text, "utf-8", len(text.encode()))
    article = dedup_one(clean_one(raw)).article
    assert article is not None
    facts = extract_article_facts(article.paragraphs, title=article.title)
    return score_facts(facts, gold)


def _f1s(score: Score) -> tuple[float, float]:
    figures = pooled([score])
    return figures["value_unit_f1"], figures["with_indicator_f1"]


@dataclass
class ArticleCost:
    name: str
    clean: tuple[float, float]
    trials: int = 0
    # Summed F1 cost over trials, and the worst single trial (value+unit, with indicator).
    cost: list[float] = field(default_factory=lambda: [0.0, 0.0])
    worst: list[float] = field(default_factory=lambda: [0.0, 0.0])
    worst_trial: str = ""
    clean_score: Score | None = None
    damaged_scores: list[Score] = field(default_factory=list)

    @property
    def mean_cost(self) -> tuple[float, float]:
        n = max(self.trials, 1)
        return self.cost[0] / n, self.cost[1] / n


def evaluate(
    seeds: range = range(2), limit: int | None = None, folder: Path = FACT_SET_DIR
) -> list[ArticleCost]:
    results = []
    for gold in load_fact_set(folder)[:limit]:
        article = Article(gold["article"], gold["title"], list(gold["paragraphs"]))
        clean = chain_score(article.render(), gold)
        result = ArticleCost(gold["article"], _f1s(clean), clean_score=clean)
        for kind, inject in INJECTORS.items():
            for seed in seeds:
                damaged = inject(
                    list(article.paragraphs), random.Random(f"{article.name}/{kind}/{seed}")
                )
                if damaged is None:
                    continue
                score = chain_score(article.render(damaged), gold)
                result.damaged_scores.append(score)
                result.trials += 1
                for i, f1 in enumerate(_f1s(score)):
                    cost = result.clean[i] - f1
                    result.cost[i] += cost
                    if cost > result.worst[i]:
                        result.worst[i] = cost
                        if i == 1:
                            result.worst_trial = f"{kind} seed {seed}"
        results.append(result)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument(
        "--gold", type=Path, default=FACT_SET_DIR, help="folder of gold files (unseen articles)"
    )
    args = parser.parse_args(argv)
    results = evaluate(range(args.seeds), args.limit, args.gold)
    print("fact-set F1 through clean + dedup + extract, undamaged and with one defect per trial")
    print(
        f"{'article':28} {'trials':>6} {'clean v+u':>9} {'ind':>6} "
        f"{'mean cost v+u':>13} {'ind':>6} {'worst ind':>9}  worst trial"
    )
    for r in results:
        mean = r.mean_cost
        print(
            f"{r.name:28} {r.trials:6} {r.clean[0]:9.3f} {r.clean[1]:6.3f} "
            f"{mean[0]:13.3f} {mean[1]:6.3f} {r.worst[1]:9.3f}  {r.worst_trial}"
        )
    clean = pooled([r.clean_score for r in results if r.clean_score])
    damaged = pooled([s for r in results for s in r.damaged_scores])
    trials = sum(r.trials for r in results)
    over = [r.name for r in results if max(r.mean_cost) > MAX_COST]
    print(
        f"pooled: {len(results)} articles, {trials} trials; clean value+unit F1 "
        f"{clean['value_unit_f1']:.3f}, with indicator {clean['with_indicator_f1']:.3f}; "
        f"damaged {damaged['value_unit_f1']:.3f} / {damaged['with_indicator_f1']:.3f}"
    )
    print(
        f"target: mean cost ≤ {MAX_COST} per article: "
        + ("ok" if not over else f"MISS ({len(over)}: {', '.join(over)})")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
