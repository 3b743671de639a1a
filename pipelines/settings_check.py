"""Validators for huibao's settings, run before any article is read.

Each ``check_*`` takes a setting's value as text and returns it parsed (a Path, an int …)
or raises SettingError, whose message is one line naming the setting, its value and what
is wrong. They hold no Dagster import and read no environment themselves, so the same
functions check the environment (``settings.problems``, called first by ``make run``) and
the config of Dagster resources (from their ``setup_for_execution``).

``variable`` names the setting in the message: the environment variable by default, a
resource's config field when a resource calls them.
"""

from __future__ import annotations

import math
import os
import shlex
import tempfile
from pathlib import Path

# DuckDB names a database's catalog after the file name up to its first dot, and the build
# attaches the staging database under this name (pipelines/warehouse/publish.py).
STAGING_CATALOG = "huibao_staging"
FLAG_TRUE = frozenset({"1", "true", "yes", "on"})
FLAG_FALSE = frozenset({"", "0", "false", "no", "off"})
# Bytes 8..11 of every DuckDB database file; anything else there is someone else's file.
_DUCKDB_MAGIC = b"DUCK"


class SettingError(ValueError):
    """A setting's value is unusable; ``str()`` is the one line a person reads."""

    def __init__(self, variable: str, value: str, problem: str) -> None:
        super().__init__(variable, value, problem)
        self.variable, self.value, self.problem = variable, value, problem

    def __str__(self) -> str:
        return f"{self.variable}={_shown(self.value)}: {self.problem}"


def _shown(value: str) -> str:
    """The value as typed in a shell, quoted only when an empty value or a space would
    not show otherwise; repr() for control characters, which would break the one line."""
    if not value.isprintable():
        return repr(value)
    if value and not any(c.isspace() or c in "'\"\\$`;&|<>()" for c in value):
        return value
    return shlex.quote(value)


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def check_raw_dir(value: str, variable: str = "RAW_DIR") -> Path:
    """An existing folder that can be listed."""
    path = Path(value)
    if not value.strip():
        raise SettingError(variable, value, "is empty; it must name the folder of input articles")
    if not path.exists():
        raise SettingError(variable, value, "no such folder")
    if not path.is_dir():
        raise SettingError(variable, value, "is a file, not a folder of articles")
    try:
        with os.scandir(path) as entries:
            next(entries, None)
    except OSError as exc:
        raise SettingError(variable, value, f"the folder cannot be read ({_reason(exc)})") from exc
    return path


def _writable_folder(folder: Path, variable: str, value: str) -> None:
    """Create ``folder`` if needed (the run would) and prove a file can be made in it.

    os.access is not enough: it says yes to root on read-only or pseudo file systems.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise SettingError(variable, value, f"{exc.filename} is a file, not a folder") from exc
    except OSError as exc:
        raise SettingError(
            variable, value, f"its folder {folder} cannot be created ({_reason(exc)})"
        ) from exc
    if not folder.is_dir():
        raise SettingError(variable, value, f"{folder} is a file, not a folder")
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".huibao-write-test-"):
            pass
    except OSError as exc:
        raise SettingError(
            variable, value, f"its folder {folder} is not writable ({_reason(exc)})"
        ) from exc


def check_warehouse_path(value: str, variable: str = "WAREHOUSE_PATH") -> Path:
    """A file path in a writable folder, and not a folder or somebody else's file.

    The run replaces the file whole, so an existing non-DuckDB file there is refused
    rather than overwritten.
    """
    if not value.strip():
        raise SettingError(variable, value, "is empty; it must name the DuckDB file to write")
    path = Path(value)
    if path.is_dir():
        raise SettingError(
            variable, value, f"is a folder; name a file in it, e.g. {path / 'huibao.duckdb'}"
        )
    if path.exists():
        if not path.is_file():
            raise SettingError(variable, value, "is not a regular file")
        try:
            with path.open("rb") as fh:
                head = fh.read(12)
        except OSError as exc:
            raise SettingError(variable, value, f"cannot be read ({_reason(exc)})") from exc
        if head and head[8:12] != _DUCKDB_MAGIC:
            raise SettingError(
                variable, value, "is an existing file that is not a DuckDB database; "
                "huibao would replace it, so choose another path or move it away",
            )  # fmt: skip
    if path.name.split(".")[0] == STAGING_CATALOG:
        raise SettingError(variable, value, f"the file may not be called {STAGING_CATALOG}.*")
    _writable_folder(path.parent, variable, value)
    return path


def check_dagster_home(value: str, variable: str = "DAGSTER_HOME") -> Path:
    """Dagster's rule (an absolute path to an existing folder), plus writable."""
    if not value.strip():
        raise SettingError(
            variable, value, "is not set; Dagster needs a folder for its state "
            "(make run sets it to .dagster_home/ in the project)",
        )  # fmt: skip
    path = Path(value)
    if not path.is_absolute():
        raise SettingError(variable, value, "must be an absolute path (Dagster requires it)")
    if not path.is_dir():
        raise SettingError(variable, value, "no such folder" if not path.exists() else "is a file")
    _writable_folder(path, variable, value)
    return path


def check_workers(value: str, variable: str = "HUIBAO_WORKERS") -> int:
    """A whole number ≥ 1."""
    try:
        number = int(value.strip())
    except ValueError:
        number = None
    if number is None or number < 1:
        raise SettingError(variable, value, "must be a whole number of processes, 1 or more")
    return number


def check_lock_timeout(value: str, variable: str = "HUIBAO_LOCK_TIMEOUT") -> float:
    """A number of seconds ≥ 0 (``inf``: wait as long as it takes)."""
    try:
        seconds = float(value.strip())
    except ValueError:
        seconds = math.nan
    if math.isnan(seconds) or seconds < 0:
        raise SettingError(variable, value, "must be a number of seconds, 0 or more")
    return seconds


def check_flag(value: str, variable: str) -> bool:
    """1/true/yes/on or 0/false/no/off (any case); empty is off."""
    text = value.strip().lower()
    if text in FLAG_TRUE:
        return True
    if text in FLAG_FALSE:
        return False
    raise SettingError(variable, value, "must be 1 or 0 (or true/false, yes/no)")
