"""Settings as data: defaults -> gyoryu.toml -> GYORYU_* environment (and DATABASE_URL).

Every setting is declared once in ``SETTINGS`` with its type, default and meaning.  ``load()`` returns a
plain dict; ``ConfigError`` carries a message a person can act on.  Nothing here imports Django.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_ROOT = Path(__file__).resolve().parents[2]
INSECURE_SECRET = "insecure-development-key-change-me"


class ConfigError(Exception):
    """A setting is missing, unknown or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Setting:
    type: type
    default: object
    help: str


SETTINGS: dict[str, Setting] = {
    "debug": Setting(bool, False, "Development mode: detailed error pages, insecure defaults allowed."),
    "secret_key": Setting(str, INSECURE_SECRET, "Django secret key; must be set when debug is off."),
    "allowed_hosts": Setting(list, ["127.0.0.1", "localhost"], "Host names the server answers to."),
    "database_url": Setting(
        str,
        "",
        "sqlite:///PATH or postgres://USER:PASS@HOST:PORT/NAME; "
        "empty means SQLite at DATA_DIR/gyoryu.sqlite3.",
    ),
    "data_dir": Setting(str, "var", "Folder for the SQLite database, uploads and outgoing mail files."),
    "time_zone": Setting(str, "Asia/Seoul", "Default time zone for display."),
    "language": Setting(str, "ko", "Default language when the browser asks for none we have (ko or en)."),
    "email_backend": Setting(str, "console", "console, file (under DATA_DIR/mail) or smtp."),
    "email_host": Setting(str, "localhost", "SMTP host when email_backend is smtp."),
    "email_port": Setting(int, 25, "SMTP port."),
    "email_from": Setting(str, "gyoryu <noreply@localhost>", "Sender address of notifications."),
    "email_user": Setting(str, "", "SMTP user name (empty: no authentication)."),
    "email_password": Setting(str, "", "SMTP password; prefer the environment (GYORYU_EMAIL_PASSWORD)."),
    "email_use_tls": Setting(bool, False, "SMTP with STARTTLS (usually port 587)."),
    "email_use_ssl": Setting(bool, False, "SMTP over TLS from the first byte (usually port 465)."),
    "email_timeout": Setting(int, 10, "Seconds to wait for the SMTP server before giving up."),
    "base_url": Setting(
        str, "http://127.0.0.1:8000", "Address people use to reach this site (links in e-mails)."
    ),
    "csrf_trusted_origins": Setting(
        list,
        [],
        "Origins (https://host) whose form posts are accepted besides base_url's own origin.",
    ),
    "secure_proxy_ssl_header": Setting(
        bool,
        False,
        "Trust X-Forwarded-Proto: https from the reverse proxy. Only when the proxy sets it and removes "
        "it from clients' requests; otherwise any client could claim HTTPS.",
    ),
    "ssl_redirect": Setting(bool, False, "Redirect plain HTTP to HTTPS (behind a proxy: with the header)."),
    "secure_cookies": Setting(
        bool, False, "Send session and CSRF cookies over HTTPS only (default: on when base_url is https)."
    ),
    "hsts_seconds": Setting(int, 0, "Strict-Transport-Security max-age (0: no header); e.g. 31536000."),
    "hsts_include_subdomains": Setting(bool, False, "HSTS covers the site's subdomains too."),
    "hsts_preload": Setting(bool, False, "HSTS asks to be preloaded into browsers."),
    "csp_report_uri": Setting(
        str,
        "",
        "Where browsers send reports of Content-Security-Policy violations: a collector of yours (a path "
        "the proxy routes to it, or an http(s) address); empty: no reports.",
    ),
    "csp_report_only": Setting(
        bool,
        False,
        "Send the Content-Security-Policy as report-only: nothing is blocked, violations are reported "
        "(to try out a change, e.g. a script the proxy adds).",
    ),
    "login_failure_limit": Setting(int, 5, "Failed sign-ins (per user name and address) before a lockout."),
    "login_lockout_minutes": Setting(int, 15, "Minutes a lockout lasts."),
    "worker_poll_seconds": Setting(
        int, 1, "Seconds an idle background worker waits before it looks for new tasks again."
    ),
    "worker_dead_after_seconds": Setting(
        int,
        60,
        "A worker silent this long (it beats 6 times in it) is taken for dead: its running task is run again.",
    ),
    "privacy_retention_months": Setting(
        int,
        0,
        "Erase people (personal fields; meetings and totals stay) with no activity for this many months, "
        "in the daily `gyoryu remind`; 0: never.",
    ),
    "shared_data_dir": Setting(str, "", "Folder of public reference data (defaults to ../shared/data)."),
    "matching_embedding": Setting(
        str,
        "auto",
        "Embedding model of partner matching: use+e5 (better across languages, about 5x slower to index), "
        "use (fast), or auto: use+e5 for an organiser with up to 2,000 profiles, use above.",
    ),
}

EMBEDDINGS = ("auto", "use", "use+e5")


def _coerce(name: str, raw: object, source: str) -> object:
    want = SETTINGS[name].type
    if want is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in {"1", "true", "yes", "on"}:
            return True
        if isinstance(raw, str) and raw.strip().lower() in {"0", "false", "no", "off", ""}:
            return False
    elif want is int:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
            return int(raw)
    elif want is list:
        if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
            return raw
        if isinstance(raw, str):
            return [part.strip() for part in raw.split(",") if part.strip()]
    elif want is str and isinstance(raw, str):
        return raw
    raise ConfigError(f"{source}: setting '{name}' must be of type {want.__name__}, got {raw!r}")


def check_database_url(url: str) -> str:
    """Return the URL if it names a database we support, else raise ConfigError saying what is wrong."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        if not parts.path or parts.path == "/":
            raise ConfigError(
                f"DATABASE_URL {url!r}: a SQLite URL needs a file path, e.g. sqlite:///var/gyoryu.sqlite3"
            )
        return url
    if parts.scheme in {"postgres", "postgresql", "pgsql"}:
        if not parts.hostname or not parts.path.strip("/"):
            raise ConfigError(
                f"DATABASE_URL {url!r}: a PostgreSQL URL needs a host and a database name, "
                "e.g. postgres://gyoryu:secret@127.0.0.1:5432/gyoryu"
            )
        try:
            parts.port  # noqa: B018 - raises ValueError on a malformed port
        except ValueError as exc:
            raise ConfigError(f"DATABASE_URL {url!r}: malformed port ({exc})") from None
        return url
    raise ConfigError(
        f"DATABASE_URL {url!r}: unsupported database {parts.scheme or '(none)'!r}; "
        "use sqlite:///PATH or postgres://USER:PASSWORD@HOST:PORT/NAME"
    )


def load(environ: dict[str, str] | None = None, toml_path: Path | None = None) -> dict[str, object]:
    """Read defaults, then the TOML file (GYORYU_CONFIG or ./gyoryu.toml), then GYORYU_* variables."""
    env = os.environ if environ is None else environ
    values = {name: s.default for name, s in SETTINGS.items()}
    given: set[str] = set()  # set by the file or the environment (some defaults follow other settings)
    path = toml_path or Path(env.get("GYORYU_CONFIG", "gyoryu.toml"))
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from None
        for name, raw in data.items():
            if name not in SETTINGS:
                raise ConfigError(f"{path}: unknown setting '{name}'; known: {', '.join(sorted(SETTINGS))}")
            values[name] = _coerce(name, raw, str(path))
            given.add(name)
    elif "GYORYU_CONFIG" in env:
        raise ConfigError(f"GYORYU_CONFIG names {path}, which does not exist")
    for key, raw in env.items():
        if key.startswith("GYORYU_") and key != "GYORYU_CONFIG":
            name = key.removeprefix("GYORYU_").lower()
            if name not in SETTINGS:
                raise ConfigError(
                    f"environment: unknown setting {key}; known: "
                    + ", ".join("GYORYU_" + n.upper() for n in sorted(SETTINGS))
                )
            values[name] = _coerce(name, raw, f"environment {key}")
            given.add(name)
    if env.get("DATABASE_URL"):
        values["database_url"] = env["DATABASE_URL"]
    data_dir = Path(str(values["data_dir"]))
    if not values["database_url"]:
        values["database_url"] = f"sqlite:///{(data_dir / 'gyoryu.sqlite3').resolve()}"
    check_database_url(str(values["database_url"]))
    if values["language"] not in {"ko", "en"}:
        raise ConfigError(f"setting 'language' must be 'ko' or 'en', got {values['language']!r}")
    if values["email_backend"] not in {"console", "file", "smtp"}:
        raise ConfigError(
            f"setting 'email_backend' must be console, file or smtp, got {values['email_backend']!r}"
        )
    if values["matching_embedding"] not in EMBEDDINGS:
        raise ConfigError(
            f"setting 'matching_embedding' must be one of {', '.join(EMBEDDINGS)}, "
            f"got {values['matching_embedding']!r}"
        )
    _check_web(values, given)
    if not values["debug"] and values["secret_key"] == INSECURE_SECRET:
        raise ConfigError(
            "secret_key is the insecure default while debug is off: set GYORYU_SECRET_KEY "
            "(or secret_key in gyoryu.toml), or GYORYU_DEBUG=1 for development"
        )
    return values


def origin(url: str) -> str:
    """scheme://host[:port] of a URL, or raise ConfigError."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ConfigError(f"{url!r} is not an http(s) address, e.g. https://gyoryu.example.go.kr")
    return f"{parts.scheme}://{parts.netloc}"


def _check_web(values: dict[str, object], given: set[str]) -> None:
    """Addresses, cookies and SMTP settings that must agree with each other."""
    base = origin(str(values["base_url"]))
    for url in values["csrf_trusted_origins"]:
        if origin(url) != url.rstrip("/"):
            raise ConfigError(
                f"setting 'csrf_trusted_origins': {url!r} must be an origin only (scheme://host[:port])"
            )
    values["csrf_trusted_origins"] = [url.rstrip("/") for url in values["csrf_trusted_origins"]]
    if "secure_cookies" not in given:
        values["secure_cookies"] = base.startswith("https://")
    if values["email_use_tls"] and values["email_use_ssl"]:
        raise ConfigError("settings 'email_use_tls' and 'email_use_ssl' exclude each other: choose one")
    if int(values["email_timeout"]) < 1:
        raise ConfigError(f"setting 'email_timeout' must be at least 1 second, got {values['email_timeout']}")
    if int(values["privacy_retention_months"]) < 0:
        raise ConfigError(
            f"setting 'privacy_retention_months' must be 0 (never) or more, got {values['privacy_retention_months']}"
        )
    for name in ("login_failure_limit", "login_lockout_minutes"):
        if int(values[name]) < 1:
            raise ConfigError(f"setting '{name}' must be at least 1, got {values[name]}")
    if int(values["worker_poll_seconds"]) < 1:
        raise ConfigError(
            f"setting 'worker_poll_seconds' must be at least 1, got {values['worker_poll_seconds']}"
        )
    if int(values["worker_dead_after_seconds"]) < 6:
        raise ConfigError(
            "setting 'worker_dead_after_seconds' must be at least 6 (a worker beats 6 times in that time), "
            f"got {values['worker_dead_after_seconds']}"
        )
    report = str(values["csp_report_uri"])
    if report and not report.startswith("/"):
        try:
            origin(report)
        except ConfigError:
            raise ConfigError(
                f"setting 'csp_report_uri': {report!r} must be a path (/csp-reports/) or an http(s) address"
            ) from None
    if int(values["hsts_seconds"]) < 0:
        raise ConfigError(f"setting 'hsts_seconds' must not be negative, got {values['hsts_seconds']}")


def shared_data_dir(values: dict[str, object]) -> Path:
    """The folder of public reference data: the setting, else ../shared/data beside the project folder."""
    configured = str(values.get("shared_data_dir") or "")
    if configured:
        return Path(configured)
    return PROJECT_ROOT.parent / "shared" / "data"
