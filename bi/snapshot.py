"""Screenshot the huibao Superset dashboard for the README (``make bi-snapshot``).

Builds a throwaway warehouse from RAW_DIR, runs ``make bi`` on it with a throwaway BI_HOME and a
free port, logs in through Superset's login form in headless Chromium (Debian's ``chromium``
package, driven by Playwright, which downloads no browser of its own), waits for the charts to
draw and saves ``docs/superset_dashboard.png``; ``make bi-stop`` afterwards.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "superset_dashboard.png"
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
USER, PASSWORD = "admin", "snapshot-only"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def screenshot(chromium: str, base: str, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(f"{base}/login/", wait_until="networkidle", timeout=120_000)
        page.locator("#username").fill(USER)
        page.locator("#password").fill(PASSWORD)
        page.locator('button[type="submit"]').click()
        try:
            page.locator("#username").wait_for(state="detached", timeout=120_000)
        except Exception:
            page.screenshot(path=str(out.with_name("superset_login_failed.png")))
            raise
        page.goto(f"{base}/superset/dashboard/huibao/?standalone=1", timeout=120_000)
        page.locator(".dashboard-chart").first.wait_for(timeout=120_000)
        page.wait_for_load_state("networkidle", timeout=120_000)
        # Every chart holder has drawn once no loading spinner is left.
        page.locator(".loading").first.wait_for(state="detached", timeout=120_000)
        page.wait_for_timeout(3000)  # echarts animates its first draw
        page.screenshot(path=str(out), full_page=True)
        browser.close()


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium not found: apt-get install chromium", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="huibao-bi-snapshot-"))
    env = {
        **os.environ,
        "DAGSTER_HOME": str(tmp / "dagster_home"),
        "WAREHOUSE_PATH": str(tmp / "wh" / "huibao.duckdb"),
        "RAW_DIR": os.environ.get("RAW_DIR", str(ROOT / "raw")),
        "BI_HOME": str(tmp / "bi_home"),
        "BI_PORT": str(free_port()),
        "BI_ADMIN_USER": USER,
        "BI_ADMIN_PASSWORD": PASSWORD,
    }
    make = ["make", "--no-print-directory"]
    try:
        subprocess.run([*make, "run"], cwd=ROOT, env=env, check=True)
        subprocess.run([*make, "bi"], cwd=ROOT, env=env, check=True)
        OUT.parent.mkdir(exist_ok=True)
        screenshot(chromium, f"http://127.0.0.1:{env['BI_PORT']}", OUT)
    finally:
        subprocess.run([*make, "bi-stop"], cwd=ROOT, env=env, check=False)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"saved {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
