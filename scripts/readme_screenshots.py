"""Make the README's screenshots: start the demo, sign in as organiser staff, photograph two pages.

    .venv/bin/python scripts/readme_screenshots.py      (needs Debian's chromium)
"""

import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
PORT = 8799


def main() -> int:
    data_dir = tempfile.mkdtemp(prefix="gyoryu-shot-")
    env = {**os.environ, "GYORYU_DATA_DIR": data_dir}
    server = subprocess.Popen([sys.executable, "-m", "gyoryu", "demo", "--port", str(PORT)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(240):  # the demo imports code tables, indexes profiles and solves a schedule first
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/login/", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-background-networking"])
            for lang, path, name in [("en", "/missions/1/", "dashboard-en.png"),
                                     ("ko", "/organisations/4/", "profile-ko.png")]:
                page = browser.new_page(viewport={"width": 1280, "height": 860},
                                        extra_http_headers={"Accept-Language": lang})
                page.goto(f"http://127.0.0.1:{PORT}/login/")
                page.fill("#id_username", "staff")
                page.fill("#id_password", "gyoryu-staff")
                page.click("button[type=submit]")
                page.goto(f"http://127.0.0.1:{PORT}{path}")
                page.screenshot(path=str(ROOT / "docs" / name))
                page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
