"""The demo's e-mails lead to the demo on the port it runs on (issue 13, item 8), in a fresh process as
`gyoryu demo --port N` starts it; they are written as files under the demo's data folder."""

import subprocess
import sys

PROBE = (
    "import sys; from gyoryu import cli; cli.demo_environment(int(sys.argv[1])); cli.setup_django(); "
    "from django.conf import settings; from django.core.mail import send_mail; "
    "from gyoryu.notifications.domain import absolute; "
    "send_mail('s', absolute('/followup/answer/abc/'), None, ['a@example.com']); "
    "print(absolute('/followup/answer/abc/')); print(settings.EMAIL_FILE_PATH)"
)


def _probe(tmp_path, port: int, **env) -> list[str]:
    base = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "GYORYU_DATA_DIR": str(tmp_path / "demo")}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(port)],
        env={**base, **env},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout.splitlines()


def test_demo_mail_links_use_the_demo_port_and_land_in_the_data_folder(tmp_path):
    link, folder = _probe(tmp_path, 8123)
    assert (link, folder) == ("http://127.0.0.1:8123/followup/answer/abc/", str(tmp_path / "demo" / "mail"))
    [written] = list((tmp_path / "demo" / "mail").iterdir())
    assert "http://127.0.0.1:8123/followup/answer/abc/" in written.read_text()
    assert _probe(tmp_path, 8000)[0] == "http://127.0.0.1:8000/followup/answer/abc/"


def test_a_configured_base_url_wins(tmp_path):
    link, _folder = _probe(tmp_path, 8123, GYORYU_BASE_URL="https://demo.example.org")
    assert link == "https://demo.example.org/followup/answer/abc/"
