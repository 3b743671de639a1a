"""How ``make run`` tells a person what went wrong: one line on stderr, no traceback
(unless HUIBAO_DEBUG=1), and the exit status. Light on purpose (no Dagster, no DuckDB):
``make run`` checks the settings with it before loading Dagster; a run's result is read
through its events' attributes only."""

from __future__ import annotations

import os
import sys
import traceback

from pipelines import settings
from pipelines.settings_check import FLAG_TRUE

EXIT_BAD_SETTING = 2  # nothing was read or written
EXIT_REFUSED = 1  # the run went as far as publishing and left the warehouse as it was


def report(exc: BaseException) -> None:
    """``error: <message>``; the traceback before it with HUIBAO_DEBUG=1."""
    # Read directly: HUIBAO_DEBUG itself may be the bad setting being reported.
    if os.environ.get("HUIBAO_DEBUG", "").strip().lower() in FLAG_TRUE:
        traceback.print_exception(exc, file=sys.stderr)
    print(f"error: {exc}", file=sys.stderr)


def bad_settings() -> bool:
    """Report every unusable setting (settings.problems), one line each; True if any."""
    problems = settings.problems()
    for problem in problems:
        report(problem)
    return bool(problems)


def shrink_refusal(result) -> str | None:
    """The message of a ShrinkRefused that failed a step of ``result`` (a Dagster
    JobExecutionResult), or None."""
    for event in result.all_events:
        error = event.step_failure_data.error if event.is_step_failure else None
        while error is not None:  # Dagster wraps the asset's exception in its own
            if error.cls_name == "ShrinkRefused":  # pipelines/warehouse/shrink.py
                # the message starts with the exception's dotted class name
                return error.message.strip().split(f"{error.cls_name}: ", 1)[-1]
            error = error.cause
    return None
