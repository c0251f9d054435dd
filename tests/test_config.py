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
