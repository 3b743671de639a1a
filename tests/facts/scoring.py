"""Score extracted facts against a gold file such as tests/data/seed_facts.json.

Match rule: same unit and |value - gold| <= 1e-6 * |gold|, one extracted fact per gold
fact. The indicator is right when one of the gold keys is a substring of it. Optional
gold facts are neither right nor wrong: a match with one leaves the precision alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.models import Fact

RELATIVE_TOLERANCE = 1e-6


@dataclass
class Score:
    extracted: int
    required: int
    matched: int
    matched_with_indicator: int
    matched_optional: int
    mentions_right: int
    not_facts_extracted: list[str] = field(default_factory=list)
    suspicious_unflagged: list[dict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    spurious: list[Fact] = field(default_factory=list)
    wrong_indicator: list[tuple[dict, Fact]] = field(default_factory=list)
    wrong_mentions: list[tuple[dict, Fact]] = field(default_factory=list)

    @property
    def scored(self) -> int:
        """Extracted facts that count for precision (optional matches left out)."""
        return self.extracted - self.matched_optional

    @property
    def precision(self) -> float:
        return self.matched / self.scored if self.scored else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.required if self.required else 0.0

    @property
    def precision_with_indicator(self) -> float:
        return self.matched_with_indicator / self.scored if self.scored else 0.0

    @property
    def recall_with_indicator(self) -> float:
        return self.matched_with_indicator / self.required if self.required else 0.0

    @property
    def mention_accuracy(self) -> float:
        return self.mentions_right / self.matched if self.matched else 0.0

    def summary(self) -> str:
        lines = [
            f"extracted {self.extracted} facts, {self.required} required, "
            f"{self.matched_optional} optional matched",
            f"value+unit      precision {self.precision:.3f}  recall {self.recall:.3f}",
            f"with indicator  precision {self.precision_with_indicator:.3f}  "
            f"recall {self.recall_with_indicator:.3f}",
            f"mention_count right for {self.mention_accuracy:.3f} of matched facts",
            f"not_facts extracted: {self.not_facts_extracted or 'none'}",
            f"suspicious values unflagged: {len(self.suspicious_unflagged)}",
        ]
        lines += [f"  missed {g['value']:g} {g['unit']} {g['keys']}" for g in self.missed]
        lines += [f"  spurious {fact.raw_text} -> {fact.indicator}" for fact in self.spurious]
        lines += [
            f"  indicator {fact.indicator!r} lacks {gold['keys']} ({fact.raw_text})"
            for gold, fact in self.wrong_indicator
        ]
        lines += [
            f"  mentions {fact.mention_count} != {gold['mentions']} ({fact.raw_text})"
            for gold, fact in self.wrong_mentions
        ]
        return "\n".join(lines)


def score_facts(facts: list[Fact], gold: dict) -> Score:
    unmatched = list(facts)
    matched_required: list[tuple[dict, Fact]] = []
    missed = []
    for item in gold["required"]:
        fact = _take_match(unmatched, item)
        if fact is None:
            missed.append(item)
        else:
            matched_required.append((item, fact))
    matched_optional = sum(_take_match(unmatched, item) is not None for item in gold["optional"])

    wrong_indicator = [(g, f) for g, f in matched_required if not _indicator_right(f, g)]
    wrong_mentions = [(g, f) for g, f in matched_required if f.mention_count != g["mentions"]]
    return Score(
        extracted=len(facts),
        required=len(gold["required"]),
        matched=len(matched_required),
        matched_with_indicator=len(matched_required) - len(wrong_indicator),
        matched_optional=matched_optional,
        mentions_right=len(matched_required) - len(wrong_mentions),
        not_facts_extracted=[s for s in gold["not_facts"] if _extracted(facts, s)],
        suspicious_unflagged=[
            item
            for item in gold.get("suspicious", [])
            if not any(_value_unit_match(f, item) and f.quality_flag for f in facts)
        ],
        missed=missed,
        spurious=unmatched,
        wrong_indicator=wrong_indicator,
        wrong_mentions=wrong_mentions,
    )


def _value_unit_match(fact: Fact, item: dict) -> bool:
    gold_value = float(item["value"])
    return fact.unit == item["unit"] and abs(fact.value - gold_value) <= RELATIVE_TOLERANCE * abs(
        gold_value
    )


def _indicator_right(fact: Fact, item: dict) -> bool:
    return bool(fact.indicator) and any(key in fact.indicator for key in item["keys"])


def _take_match(candidates: list[Fact], item: dict) -> Fact | None:
    """Remove and return the best candidate for ``item`` (indicator-right ones first)."""
    matches = [fact for fact in candidates if _value_unit_match(fact, item)]
    if not matches:
        return None
    best = next((fact for fact in matches if _indicator_right(fact, item)), matches[0])
    candidates.remove(best)
    return best


def _extracted(facts: list[Fact], not_fact: str) -> bool:
    """A not-fact string was taken for a fact if a fact's raw text overlaps it: contains
    it, or lies inside it as a whole number (5年 inside 2015年 is another number)."""
    return any(
        not_fact in fact.raw_text
        or (_whole_number_inside(fact.raw_text, not_fact) and not_fact in fact.sentence)
        for fact in facts
    )


def _whole_number_inside(raw: str, not_fact: str) -> bool:
    start = not_fact.find(raw)
    while start >= 0:
        before, after = (
            not_fact[start - 1 : start],
            not_fact[start + len(raw) : start + len(raw) + 1],
        )
        if not (before.isdigit() or before == "." or after.isdigit() or after == "."):
            return True
        start = not_fact.find(raw, start + 1)
    return False
