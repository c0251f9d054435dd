import os
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    """../shared/data; tests that need it skip loudly where it is absent (a user's clone)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"SKIPPED LOUDLY: needs the shared reference data at {SHARED_DATA}, which is absent")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def _english(settings):
    settings.LANGUAGE_CODE = "en"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path_factory):
    """Uploads (logos) of each test go to a folder of their own, not into var/test."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")


@pytest.fixture(autouse=True)
def _pages_carry_the_content_security_policy(monkeypatch):
    """Every HTML response the test client receives, in any test, carries the Content-Security-Policy header
    (tests/common/test_security.py checks its value): a page that escaped the middleware fails its test."""
    from django.test.client import Client

    request = Client.request

    def checked(self, **kwargs):
        response = request(self, **kwargs)
        if response.get("Content-Type", "").startswith("text/html"):
            templates = [t.name for t in getattr(response, "templates", [])]
            assert "Content-Security-Policy" in response, f"{kwargs.get('PATH_INFO')} {templates}: no CSP"
        return response

    monkeypatch.setattr(Client, "request", checked)


# Browser fixtures live here so that every test module shares one Playwright (one per session and thread).
# Playwright's sync API runs an event loop in the test thread; the live server's database access is ours.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=_chromium_path(),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium):
    """open_page(lang, width, height) -> a fresh page in a fresh context, closed after the test."""
    contexts = []

    violations = []

    def _open(lang="en", width=1280, height=900):
        context = chromium.new_context(
            locale={"ko": "ko-KR", "en": "en-US"}[lang],
            viewport={"width": width, "height": height},
            extra_http_headers={"Accept-Language": lang},
        )
        contexts.append(context)
        watch_csp(context, violations)
        page = context.new_page()
        page.csp_violations = violations
        return page

    yield _open
    for context in contexts:
        context.close()
    # Whatever a browser test does, no page of ours may break the Content-Security-Policy.
    assert violations == [], "Content-Security-Policy violations"


def watch_csp(context, violations: list[str]) -> None:
    """Collect the context's Content-Security-Policy violations: the securitypolicyviolation events of every
    document and the browser's console reports of them."""
    context.expose_binding(
        "__gyoryuCspViolation", lambda source, text: violations.append(f"{source['page'].url}: {text}")
    )
    context.add_init_script(
        """document.addEventListener("securitypolicyviolation", function (e) {
          window.__gyoryuCspViolation(e.effectiveDirective + " blocked " + (e.blockedURI || "inline")
            + " at " + (e.sourceFile || "") + ":" + e.lineNumber + " " + (e.sample || ""));
        });"""
    )

    def on_console(message):
        if "Content Security Policy" in message.text:
            violations.append(f"console: {message.text}")

    context.on("console", on_console)


def _chromium_path() -> str:
    from tests.browser.conftest import chromium_path

    return chromium_path()


def _postgres_server() -> str:
    url = os.environ.get("DATABASE_URL", "")
    return (
        "postgresql:" + url.split(":", 1)[1] if url.startswith(("postgres:", "postgresql:", "pgsql:")) else ""
    )


@pytest.fixture(scope="session")
def _migrated_database(tmp_path_factory):
    """One database migrated by `gyoryu migrate` per test session, copied by ``scratch_database``."""
    import uuid

    from tests.sites import Site

    server = _postgres_server()
    if not server:
        url = f"sqlite:///{tmp_path_factory.mktemp('migrated') / 'template.sqlite3'}"
        Site(url, tmp_path_factory.mktemp("migrating")).command("migrate")
        yield url
        return
    import psycopg

    name = f"gyoryu_template_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as db:
        db.execute(f'CREATE DATABASE "{name}"')
    try:
        Site(f"{server.rsplit('/', 1)[0]}/{name}", tmp_path_factory.mktemp("migrating")).command("migrate")
        yield name
    finally:
        with psycopg.connect(server, autocommit=True) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def scratch_database(_migrated_database, tmp_path):
    """The URL of a migrated database of its own, for tests that run `gyoryu` in other processes
    (pytest-django's test database lives in this process's memory on SQLite): a SQLite file under tmp_path
    or, when DATABASE_URL names PostgreSQL, a new database on that server, dropped afterwards."""
    import shutil
    import uuid

    server = _postgres_server()
    if not server:
        shutil.copy(_migrated_database.removeprefix("sqlite:///"), tmp_path / "scratch.sqlite3")
        yield f"sqlite:///{tmp_path / 'scratch.sqlite3'}"
        return
    import psycopg

    name = f"gyoryu_scratch_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as db:
        db.execute(f'CREATE DATABASE "{name}" TEMPLATE "{_migrated_database}"')
    try:
        yield f"{server.rsplit('/', 1)[0]}/{name}"
    finally:
        with psycopg.connect(server, autocommit=True) as db:
            db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def site(scratch_database, tmp_path):
    """A migrated ``scratch_database`` and the means to run gyoryu on it in other processes."""
    from tests.sites import Site

    return Site(scratch_database, tmp_path)
