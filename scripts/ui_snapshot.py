"""Screenshot the Dagster asset graph for the README (``make ui-snapshot``).

Runs the pipeline on the seed article into a throwaway DAGSTER_HOME, starts
dagster-webserver on a free local port, and drives headless Chromium (Debian's
``chromium`` package, through Playwright, which downloads no browser of its own) to the
global asset lineage page, dismissing the first-visit dialog, into ``docs/asset_graph.png``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from pipelines.settings import init_dagster_home

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "asset_graph.png"
VIEWPORT = {"width": 1900, "height": 1000}
PAN_TO = (VIEWPORT["width"] * 0.5, VIEWPORT["height"] * 0.4)
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("dagster-webserver did not start") from None
            time.sleep(0.5)


def screenshot(chromium: str, url: str, out: Path) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(url, wait_until="networkidle", timeout=120_000)
        page.get_by_text("warehouse").first.wait_for(timeout=60_000)
        skip = page.get_by_role("button", name="Skip")
        try:  # the first-visit "join the community" dialog covers the graph
            skip.first.wait_for(timeout=15_000)
            skip.first.click()
        except PlaywrightTimeout:
            pass
        panels = page.locator('[aria-label="panel_show_right"]')
        for i in reversed(range(panels.count())):  # hide navigation and the asset list
            panels.nth(i).click()
        for _ in range(3):  # every group on screen, so each can be opened
            page.locator('[aria-label="zoom_out"]').first.click()
            page.wait_for_timeout(300)
        # Groups start collapsed; open each so every asset (tables and views too) shows.
        unfold = page.locator('[aria-label="unfold_more"]')
        for _ in range(12):
            try:
                unfold.first.click(timeout=5_000)
            except PlaywrightTimeout:
                break
            page.wait_for_timeout(800)
        page.wait_for_timeout(2000)  # let the graph layout settle
        # Opened groups grow the graph: zoom out again and drag it back into the picture.
        for _ in range(3):
            page.locator('[aria-label="zoom_out"]').first.click()
            page.wait_for_timeout(300)
        page.mouse.move(VIEWPORT["width"] * 0.5, VIEWPORT["height"] * 0.8)
        page.mouse.down()
        page.mouse.move(*PAN_TO, steps=10)
        page.mouse.up()
        page.wait_for_timeout(1000)
        page.screenshot(path=str(out))
        browser.close()


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium not found: apt-get install chromium", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="huibao-ui-"))
    env = {
        **os.environ,
        "DAGSTER_HOME": str(tmp / "home"),
        "WAREHOUSE_PATH": str(tmp / "wh" / "huibao.duckdb"),
        "RAW_DIR": os.environ.get("RAW_DIR", str(ROOT / "raw")),
    }
    (tmp / "home").mkdir()
    init_dagster_home(tmp / "home")
    subprocess.run([sys.executable, "-m", "pipelines.run"], cwd=ROOT, env=env, check=True)
    port = free_port()
    webserver = Path(sys.executable).with_name("dagster-webserver")
    proc = subprocess.Popen(
        [str(webserver), "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
        cwd=ROOT, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_until_up(f"http://127.0.0.1:{port}/server_info", proc)
        OUT.parent.mkdir(exist_ok=True)
        screenshot(chromium, f"http://127.0.0.1:{port}/asset-groups", OUT)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"saved {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
