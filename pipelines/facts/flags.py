"""Quality flags: figures to double-check, never to drop."""

from __future__ import annotations

from pipelines.facts.places import gazetteer
from pipelines.facts.quantities import Quantity

NONSTANDARD_NUMERAL = "nonstandard_numeral"
IMPLAUSIBLE_MAGNITUDE = "implausible_magnitude"
_VISITS_PER_PERSON = 100


def quality_flag(quantity: Quantity, region: str | None) -> str | None:
    """Comma-joined flags for ``quantity`` about ``region``, or None.

    A count of people (人, 名, 户 ...) above the region's population is flagged: in
    practice such figures are typos or mis-scaled numerals (两万万 for 两万). 人次 counts
    repeat visits, and a year's trips or visitors run to many times the population
    (北京骑行量11.38亿人次, 陕西接待游客8亿人次), so only a hundredfold is flagged.
    """
    flags = []
    if quantity.nonstandard:
        flags.append(NONSTANDARD_NUMERAL)
    bound = gazetteer().population_bound(region)
    if quantity.unit.unit == "人次":
        bound *= _VISITS_PER_PERSON
    if quantity.unit.category == "people" and quantity.value > bound:
        flags.append(IMPLAUSIBLE_MAGNITUDE)
    return ",".join(flags) or None
