"""Repeated failed sign-ins lock a user name out from that address for a while (django-axes)."""

import datetime as dt

import pytest
from axes.models import AccessAttempt
from django.test import Client

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _post(client, password, addr="10.0.0.1", lang="en"):
    return client.post(
        "/login/",
        {"username": "kim", "password": password},
        REMOTE_ADDR=addr,
        HTTP_ACCEPT_LANGUAGE=lang,
    )


def test_five_failures_lock_the_user_name_from_that_address_then_it_cools_off():
    UserFactory(username="kim")  # password correct-horse
    client = Client()
    for _ in range(4):
        assert _post(client, "wrong").status_code == 200  # the form again, with its error
    locked = _post(client, "wrong")
    assert locked.status_code == 429
    assert "Sign-in locked for a while" in locked.content.decode()
    assert "There were 5 failed sign-ins" in locked.content.decode()
    assert "Try again in 15 minutes" in locked.content.decode()
    # Even the right password is refused now, and the page speaks Korean to a Korean reader.
    korean = _post(client, "correct-horse", lang="ko")
    assert korean.status_code == 429 and "잠시 로그인이 잠겼습니다" in korean.content.decode()
    assert "_auth_user_id" not in client.session
    # The same user name from elsewhere is not locked (nobody can lock a person out by guessing).
    other = Client()
    assert _post(other, "correct-horse", addr="10.0.0.2").status_code == 302
    # After the cool-off the person signs in, and success clears the count.
    AccessAttempt.objects.update(attempt_time=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16))
    assert _post(client, "correct-horse").status_code == 302
    assert AccessAttempt.objects.filter(ip_address="10.0.0.1").count() == 0
