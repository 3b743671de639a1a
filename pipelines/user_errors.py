"""How ``make run`` tells a person what went wrong: one line on stderr, no traceback
(unless HUIBAO_DEBUG=1), and the exit status. Light on purpose (no Dagster, no DuckDB):
``make run`` checks the settings with it before loading Dagster; a run's result is read
through its events' attributes only."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Mapping

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


def bad_settings(env: Mapping[str, str] | None = None) -> bool:
    """Report every unusable setting (settings.problems), one line each; True if any."""
    problems = settings.problems(env)
    for problem in problems:
        report(problem)
    return bool(problems)


# Raised in the process of `make run` / `make cluster-run` itself, and their exit status:
# another run holds the warehouse (nothing read or written), or the publish was refused.
REFUSALS = {"LockTimeout": EXIT_BAD_SETTING, "ShrinkRefused": EXIT_REFUSED}


def refused(exc: BaseException) -> int:
    """Report a LockTimeout or ShrinkRefused in one line; the exit status it gives."""
    report(exc)
    return REFUSALS[type(exc).__name__]


# Exceptions of ours a run can fail with, and the exit status each gives `make run`.
KNOWN_FAILURES = {"SettingError": EXIT_BAD_SETTING, "ShrinkRefused": EXIT_REFUSED}


def known_failure(result) -> tuple[int, str] | None:
    """(exit status, message) of a SettingError (a resource's config checked in its
    setup) or ShrinkRefused (the warehouse step) that failed ``result`` (a Dagster
    JobExecutionResult); None if the run failed otherwise."""
    for event in result.all_events:
        error = getattr(event.event_specific_data, "error", None)
        while error is not None:  # Dagster wraps the exception in its own
            if error.cls_name in KNOWN_FAILURES:
                # the message starts with the exception's dotted class name
                message = error.message.strip().split(f"{error.cls_name}: ", 1)[-1]
                return KNOWN_FAILURES[error.cls_name], message
            error = error.cause
    return None
