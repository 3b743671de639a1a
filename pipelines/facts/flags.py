"""Quality flags: figures to double-check, never to drop."""

from __future__ import annotations

from pipelines.facts.places import gazetteer
from pipelines.facts.quantities import Quantity

NONSTANDARD_NUMERAL = "nonstandard_numeral"
IMPLAUSIBLE_MAGNITUDE = "implausible_magnitude"


def quality_flag(quantity: Quantity, region: str | None) -> str | None:
    """Comma-joined flags for ``quantity`` about ``region``, or None.

    A count of people (人, 人次, 名, 户 ...) above the region's population is flagged
    even for 人次, where repeat visits make it possible: in practice such figures are
    typos or mis-scaled numerals (两万万 for 两万).
    """
    flags = []
    if quantity.nonstandard:
        flags.append(NONSTANDARD_NUMERAL)
    if quantity.unit.category == "people" and quantity.value > gazetteer().population_bound(region):
        flags.append(IMPLAUSIBLE_MAGNITUDE)
    return ",".join(flags) or None
