"""Superset settings for `make bi`: a local, single-user Superset on the huibao warehouse.

Loaded by Superset through SUPERSET_CONFIG_PATH (bi/ctl.py sets it). Everything Superset writes
(its metadata database, the secret key) lives in BI_HOME, an ignored folder (.bi/ by default).
"""

import os
import secrets
from pathlib import Path

BI_HOME = Path(os.environ.get("BI_HOME", Path(__file__).resolve().parents[1] / ".bi")).resolve()
BI_HOME.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """SUPERSET_SECRET_KEY if set, else a key generated once and kept in BI_HOME: Superset
    encrypts stored database credentials with it, so it must not change between runs."""
    if key := os.environ.get("SUPERSET_SECRET_KEY"):
        return key
    path = BI_HOME / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(42))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
SQLALCHEMY_DATABASE_URI = f"sqlite:///{BI_HOME / 'superset.db'}?check_same_thread=false"

# No result cache anywhere: the warehouse is replaced whole by each pipeline run, and the next
# query must show the new data (Superset's default is already NullCache; stated so it stays).
CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}
DATA_CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}

# Local and single-user: no example data, no thumbnails worker, no telemetry.
SUPERSET_LOAD_EXAMPLES = False
FEATURE_FLAGS = {"THUMBNAILS": False, "ALERT_REPORTS": False}
RATELIMIT_STORAGE_URI = "memory://"
SQLLAB_TIMEOUT = 120
SUPERSET_WEBSERVER_TIMEOUT = 120
