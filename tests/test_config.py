import re
import subprocess
import sys
from pathlib import Path

import pytest

from gyoryu import config
from gyoryu.config import ConfigError


def test_defaults_need_a_secret_outside_debug():
    with pytest.raises(ConfigError, match="secret_key is the insecure default"):
        config.load(environ={}, toml_path=Path("/nonexistent.toml"))


def test_environment_overrides_toml(tmp_path):
    toml = tmp_path / "gyoryu.toml"
    toml.write_text('debug = true\nlanguage = "en"\nallowed_hosts = ["a.example"]\n', encoding="utf-8")
    values = config.load(environ={"GYORYU_LANGUAGE": "ko"}, toml_path=toml)
    assert values["debug"] is True
    assert values["language"] == "ko"
    assert values["allowed_hosts"] == ["a.example"]
    assert values["database_url"].startswith("sqlite:///") and values["database_url"].endswith(
        "var/gyoryu.sqlite3"
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u:p@h/db", "unsupported database 'mysql'"),
        ("postgres://u:p@/db", "needs a host and a database name"),
        ("postgres://u:p@host:notaport/db", "malformed port"),
        ("sqlite://", "needs a file path"),
        ("nonsense", "unsupported database '(none)'"),
    ],
)
def test_bad_database_url_stops_with_a_clear_message(url, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        config.load(environ={"GYORYU_DEBUG": "1", "DATABASE_URL": url}, toml_path=Path("/nonexistent.toml"))


def test_unknown_settings_are_refused(tmp_path):
    toml = tmp_path / "gyoryu.toml"
    toml.write_text("colour = 'blue'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        config.load(environ={"GYORYU_DEBUG": "1"}, toml_path=toml)
    with pytest.raises(ConfigError, match="unknown setting GYORYU_COLOUR"):
        config.load(environ={"GYORYU_DEBUG": "1", "GYORYU_COLOUR": "x"}, toml_path=Path("/none.toml"))


def test_malformed_values_name_the_setting(tmp_path):
    with pytest.raises(ConfigError, match="'email_port' must be of type int"):
        config.load(
            environ={"GYORYU_DEBUG": "1", "GYORYU_EMAIL_PORT": "twenty"}, toml_path=Path("/none.toml")
        )
    toml = tmp_path / "gyoryu.toml"
    toml.write_text("debug = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        config.load(environ={}, toml_path=toml)


def test_cli_reports_configuration_errors(monkeypatch, tmp_path):
    import subprocess
    import sys

    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": "mysql://x/y", "GYORYU_DEBUG": "1", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "gyoryu", "migrate"], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert proc.returncode == 1
    assert (
        "gyoryu: configuration error: DATABASE_URL 'mysql://x/y': unsupported database 'mysql'" in proc.stderr
    )


def test_matching_embedding_must_be_a_known_backend():
    with pytest.raises(
        ConfigError, match="'matching_embedding' must be one of auto, use, use\\+e5, got 'bert'"
    ):
        config.load(
            environ={"GYORYU_DEBUG": "1", "GYORYU_MATCHING_EMBEDDING": "bert"}, toml_path=Path("/none.toml")
        )
    values = config.load(environ={"GYORYU_DEBUG": "1"}, toml_path=Path("/none.toml"))
    assert values["matching_embedding"] == "auto"


PRODUCTION = {
    "GYORYU_SECRET_KEY": "k3y-" + "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP",
    "GYORYU_BASE_URL": "https://gyoryu.example.go.kr",
    "GYORYU_ALLOWED_HOSTS": "gyoryu.example.go.kr",
    "GYORYU_SECURE_PROXY_SSL_HEADER": "1",
    "GYORYU_SSL_REDIRECT": "1",
    "GYORYU_HSTS_SECONDS": "31536000",
    "GYORYU_HSTS_INCLUDE_SUBDOMAINS": "1",
    "GYORYU_HSTS_PRELOAD": "1",
}


def test_secure_cookies_follow_an_https_base_url_unless_set():
    none = Path("/none.toml")
    assert config.load(environ={"GYORYU_DEBUG": "1"}, toml_path=none)["secure_cookies"] is False
    https = {"GYORYU_DEBUG": "1", "GYORYU_BASE_URL": "https://g.example"}
    assert config.load(environ=https, toml_path=none)["secure_cookies"] is True
    assert (
        config.load(environ={**https, "GYORYU_SECURE_COOKIES": "0"}, toml_path=none)["secure_cookies"]
        is False
    )
    values = config.load(environ=PRODUCTION, toml_path=none)
    assert (values["secure_proxy_ssl_header"], values["ssl_redirect"], values["hsts_seconds"]) == (
        True,
        True,
        31536000,
    )


def test_web_and_smtp_settings_are_checked(tmp_path):
    none = Path("/none.toml")
    dev = {"GYORYU_DEBUG": "1"}
    values = config.load(
        environ={**dev, "GYORYU_CSRF_TRUSTED_ORIGINS": "https://a.example/, https://*.b.example"},
        toml_path=none,
    )
    assert values["csrf_trusted_origins"] == ["https://a.example", "https://*.b.example"]
    with pytest.raises(ConfigError, match="'https://a.example/login' must be an origin only"):
        config.load(environ={**dev, "GYORYU_CSRF_TRUSTED_ORIGINS": "https://a.example/login"}, toml_path=none)
    with pytest.raises(ConfigError, match="'a.example' is not an http\\(s\\) address"):
        config.load(environ={**dev, "GYORYU_BASE_URL": "a.example"}, toml_path=none)
    with pytest.raises(ConfigError, match="'email_use_tls' and 'email_use_ssl' exclude each other"):
        config.load(environ={**dev, "GYORYU_EMAIL_USE_TLS": "1", "GYORYU_EMAIL_USE_SSL": "1"}, toml_path=none)
    with pytest.raises(ConfigError, match="'email_timeout' must be at least 1 second, got 0"):
        config.load(environ={**dev, "GYORYU_EMAIL_TIMEOUT": "0"}, toml_path=none)
    toml = tmp_path / "gyoryu.toml"
    toml.write_text(
        'debug = true\nemail_backend = "smtp"\nemail_user = "mailer"\nemail_use_tls = true\n'
        "email_port = 587\nemail_timeout = 5\n",
        encoding="utf-8",
    )
    values = config.load(environ={"GYORYU_EMAIL_PASSWORD": "s3cret"}, toml_path=toml)
    assert [values[k] for k in ("email_user", "email_password", "email_use_tls", "email_port")] == [
        "mailer",
        "s3cret",
        True,
        587,
    ]


def _gyoryu(env: dict, *args: str, cwd) -> subprocess.CompletedProcess:
    base = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "GYORYU_DATA_DIR": str(cwd / "var")}
    return subprocess.run(
        [sys.executable, "-m", "gyoryu", *args], env={**base, **env}, capture_output=True, text=True, cwd=cwd
    )


def test_django_settings_come_from_the_configuration(tmp_path):
    code = (
        "from gyoryu import settings as s; print(s.CSRF_TRUSTED_ORIGINS, s.SECURE_PROXY_SSL_HEADER, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_HTTPONLY, "
        "s.SECURE_HSTS_SECONDS, s.EMAIL_HOST_USER, s.EMAIL_USE_SSL, s.EMAIL_TIMEOUT)"
    )
    env = {**PRODUCTION, "GYORYU_CSRF_TRUSTED_ORIGINS": "https://b.example", "GYORYU_EMAIL_USER": "m"}
    env |= {"GYORYU_EMAIL_USE_SSL": "yes", "PATH": "/usr/bin:/bin", "GYORYU_DATA_DIR": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert proc.stdout.strip() == (
        "['https://b.example', 'https://gyoryu.example.go.kr'] ('HTTP_X_FORWARDED_PROTO', 'https') "
        "True True True True 31536000 m True 10"
    ), proc.stderr


def test_check_deploy_passes_with_production_settings_and_names_what_is_missing(tmp_path):
    proc = _gyoryu(PRODUCTION, "check", "--deploy", cwd=tmp_path)
    assert (proc.returncode, proc.stdout.strip()) == (0, "System check identified no issues (0 silenced)."), (
        proc.stderr
    )
    proc = _gyoryu({"GYORYU_SECRET_KEY": "short"}, "check", "--deploy", cwd=tmp_path)
    assert proc.returncode == 1
    found = sorted(set(re.findall(r"security\.W\d+", proc.stderr)))
    assert found == ["security.W004", "security.W008", "security.W009", "security.W012", "security.W016"]


def test_worker_settings_have_defaults_and_bounds():
    base = {"GYORYU_DEBUG": "1"}
    values = config.load(environ=base, toml_path=Path("/none.toml"))
    assert (values["worker_poll_seconds"], values["worker_dead_after_seconds"]) == (1, 60)
    with pytest.raises(ConfigError, match="'worker_poll_seconds' must be at least 1, got 0"):
        config.load(environ={**base, "GYORYU_WORKER_POLL_SECONDS": "0"}, toml_path=Path("/none.toml"))
    with pytest.raises(ConfigError, match="'worker_dead_after_seconds' must be at least 6 .*got 5"):
        config.load(environ={**base, "GYORYU_WORKER_DEAD_AFTER_SECONDS": "5"}, toml_path=Path("/none.toml"))


def test_content_security_policy_settings(tmp_path):
    none, dev = Path("/none.toml"), {"GYORYU_DEBUG": "1"}
    values = config.load(environ=dev, toml_path=none)
    assert (values["csp_report_uri"], values["csp_report_only"]) == ("", False)
    for good in ("/csp-reports/", "https://reports.example/csp"):
        assert config.load(environ={**dev, "GYORYU_CSP_REPORT_URI": good}, toml_path=none)["csp_report_uri"] == good
    with pytest.raises(ConfigError, match="'csp_report_uri': 'reports' must be a path"):
        config.load(environ={**dev, "GYORYU_CSP_REPORT_URI": "reports"}, toml_path=none)
    # what a browser receives: the policy enforced by default; report-only (blocking nothing) when asked,
    # with the address reports go to
    code = (
        "import django; django.setup(); from django.test.utils import setup_test_environment; "
        "setup_test_environment(); from django.test import Client; r = Client().get('/nowhere/', secure=True); "
        "print(r.status_code, sorted(k for k in r.headers if 'Security-Policy' in k), "
        "[d for d in r.headers.get('Content-Security-Policy-Report-Only', r.headers.get('Content-Security-Policy', '')).split('; ') "
        "if d.startswith(('script-src', 'report-uri'))])"
    )
    base = {**PRODUCTION, "PATH": "/usr/bin:/bin", "GYORYU_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "gyoryu.settings"}
    answers = []
    for extra in ({}, {"GYORYU_CSP_REPORT_ONLY": "1", "GYORYU_CSP_REPORT_URI": "/csp-reports/"}):
        proc = subprocess.run([sys.executable, "-c", code], env={**base, **extra}, capture_output=True, text=True, cwd=tmp_path)
        answers.append(proc.stdout.strip() or proc.stderr)
    assert answers == [
        "404 ['Content-Security-Policy'] [\"script-src 'self'\"]",
        "404 ['Content-Security-Policy-Report-Only'] [\"script-src 'self'\", 'report-uri /csp-reports/']",
    ]
