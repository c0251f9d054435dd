"""A NUL character in the query string is refused before any search runs (PostgreSQL text cannot hold one:
the fuzzer's ``?q=...%00`` was a server error there)."""

import pytest

from gyoryu.accounts.domain import issue_api_token
from tests.world import build_world

pytestmark = pytest.mark.django_db


def test_a_nul_in_the_query_string_answers_400_on_pages_and_the_api(client):
    w = build_world()
    token = issue_api_token(user=w.staff, name="x")
    api = client.get("/api/organisations/?q=a%00b", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert (api.status_code, api.json()) == (400, {"detail": "The address contains a NUL character."})
    client.force_login(w.staff)
    page = client.get("/organisations/?q=%00", HTTP_ACCEPT_LANGUAGE="ko")
    assert (page.status_code, page.content.decode()) == (400, "주소에 NUL 문자가 들어 있습니다.")
    assert client.get("/organisations/?q=kim").status_code == 200
