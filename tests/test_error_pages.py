"""403, 404, 500 and CSRF failures answer in the reader's language, with a way on (DEBUG is off in tests)."""

import re

import pytest
from django.test import Client
from django.urls import include, path

from gyoryu.accounts.models import Role
from tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def _boom(request):
    raise RuntimeError("a bug")


urlpatterns = [path("boom/", _boom), path("", include("gyoryu.urls"))]


def _heading_and_links(response) -> tuple[str, list[str]]:
    html = response.content.decode()
    heading = re.search(r"<h1>(.*?)</h1>", html).group(1)
    nav = re.search(r'<nav class="plain".*?</nav>', html, re.S).group(0)
    return heading, re.findall(r'href="([^"]+)"', nav)


LINKS = ["/", "/missions/", "/organisations/"]


@pytest.mark.parametrize(("lang", "heading"), [("ko", "페이지를 찾을 수 없습니다"), ("en", "Page not found")])
def test_404_in_the_readers_language(client, lang, heading):
    answer = client.get("/missions/999999/nothing/", HTTP_ACCEPT_LANGUAGE=lang)
    assert answer.status_code == 404
    assert _heading_and_links(answer) == (heading, LINKS)
    assert f'<html lang="{lang}">' in answer.content.decode()


@pytest.mark.parametrize(("lang", "heading"), [("ko", "허용되지 않습니다"), ("en", "Not allowed")])
def test_403_in_the_readers_language_with_the_main_navigation(client, lang, heading):
    org = OrganisationFactory()
    client.force_login(MembershipFactory(organiser=org.organiser, role=Role.DELEGATE, organisation=org).user)
    answer = client.post(f"/organisations/{org.pk}/invite/", HTTP_ACCEPT_LANGUAGE=lang)
    assert answer.status_code == 403
    assert _heading_and_links(answer) == (heading, LINKS)
    assert 'aria-label="' in answer.content.decode() and "/notifications/" in answer.content.decode()


@pytest.mark.parametrize(("lang", "heading"), [("ko", "문제가 생겼습니다"), ("en", "Something went wrong")])
def test_500_in_the_readers_language(settings, lang, heading):
    settings.ROOT_URLCONF = "tests.test_error_pages"
    answer = Client(raise_request_exception=False).get("/boom/", HTTP_ACCEPT_LANGUAGE=lang)
    assert answer.status_code == 500
    assert _heading_and_links(answer) == (heading, LINKS)


@pytest.mark.parametrize(
    ("lang", "heading"), [("ko", "양식의 유효 시간이 지났습니다"), ("en", "The form has expired")]
)
def test_csrf_failure_in_the_readers_language(lang, heading):
    answer = Client(enforce_csrf_checks=True).post(
        "/login/", {"username": "x", "password": "y"}, HTTP_ACCEPT_LANGUAGE=lang
    )
    assert answer.status_code == 403
    assert _heading_and_links(answer) == (heading, LINKS)
