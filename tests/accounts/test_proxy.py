"""Behind a reverse proxy that terminates TLS: form posts are accepted, cookies are secure, headers are sent.

The settings below are what gyoryu.settings makes of base_url=https://gyoryu.example.go.kr and
secure_proxy_ssl_header=true (tests/test_config.py checks that translation)."""

import pytest
from django.test import Client

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HOST = "gyoryu.example.go.kr"
PROXIED = {"HTTP_HOST": HOST, "HTTP_X_FORWARDED_PROTO": "https", "HTTP_ORIGIN": f"https://{HOST}"}


@pytest.fixture
def behind_proxy(settings):
    settings.ALLOWED_HOSTS = [HOST]
    settings.CSRF_TRUSTED_ORIGINS = [f"https://{HOST}"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    settings.SECURE_HSTS_SECONDS = 31536000
    return settings


def _sign_in(client: Client) -> object:
    UserFactory(username="kim")
    page = client.get("/login/", **PROXIED)
    token = page.cookies["csrftoken"].value
    return client.post(
        "/login/",
        {"username": "kim", "password": "correct-horse", "csrfmiddlewaretoken": token},
        **PROXIED,
    )


def test_a_form_post_through_the_proxy_is_accepted_with_secure_http_only_cookies(behind_proxy):
    client = Client(enforce_csrf_checks=True)
    answer = _sign_in(client)
    assert (answer.status_code, answer["Location"]) == (302, "/missions/")
    session, csrf = answer.cookies["sessionid"], client.cookies["csrftoken"]
    assert (session["secure"], session["httponly"], session["samesite"]) == (True, True, "Lax")
    assert (csrf["secure"], csrf["httponly"]) == (True, True)


def test_without_the_proxy_header_the_same_post_is_refused(behind_proxy):
    behind_proxy.SECURE_PROXY_SSL_HEADER = None
    behind_proxy.CSRF_TRUSTED_ORIGINS = []
    answer = _sign_in(Client(enforce_csrf_checks=True))
    assert answer.status_code == 403


def test_security_headers(behind_proxy):
    answer = Client().get("/login/", **PROXIED)
    assert {
        k: answer[k]
        for k in (
            "Strict-Transport-Security",
            "X-Content-Type-Options",
            "X-Frame-Options",
            "Referrer-Policy",
            "Cross-Origin-Opener-Policy",
        )
    } == {
        "Strict-Transport-Security": "max-age=31536000",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
    }
