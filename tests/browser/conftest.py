"""Browser tests: Playwright driving Debian's Chromium against Django's live server."""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; the live server's database access is ours.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_BIN") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.fail(
            "Chromium is not installed: `make test` installs Debian's chromium package (or set CHROMIUM_BIN)"
        )
    return path


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def click_and_load(page, target) -> None:
    """Click what loads a new document (a link, a form's button, also one that reloads the same address) and
    wait until the new document has replaced the old one and finished loading: on state, not on time."""
    page.evaluate("() => { window.__gyoryuLeaving = true; }")
    target.click()
    page.wait_for_function("() => window.__gyoryuLeaving === undefined")
    page.wait_for_load_state()
