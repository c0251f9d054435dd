"""Wall-clock times that exist, and moments written with their zone named (gyoryu.common.zones)."""

import datetime as dt

import pytest
from django.utils import translation

from gyoryu.common import zones

LA = "America/Los_Angeles"


def test_a_wall_time_stands_for_none_one_or_two_moments():
    assert zones.instants(dt.datetime(2027, 3, 14, 2, 30), LA) == []
    assert zones.instants(dt.datetime(2027, 3, 14, 3, 0), LA) == [dt.datetime(2027, 3, 14, 10, 0, tzinfo=dt.UTC)]
    assert zones.instants(dt.datetime(2027, 11, 7, 1, 30), LA) == [
        dt.datetime(2027, 11, 7, 8, 30, tzinfo=dt.UTC),
        dt.datetime(2027, 11, 7, 9, 30, tzinfo=dt.UTC),
    ]
    assert zones.instants(dt.datetime(2027, 11, 7, 1, 30), "Asia/Seoul") == [
        dt.datetime(2027, 11, 6, 16, 30, tzinfo=dt.UTC)
    ]


def test_a_time_the_clocks_skip_or_repeat_is_refused_with_the_reason():
    with pytest.raises(zones.WallTimeError) as exc:
        zones.to_instant(dt.datetime(2027, 3, 14, 2, 30), LA, place="Seattle")
    assert str(exc.value) == (
        "2027-03-14 02:30 does not exist in Seattle: the clocks skip it when daylight saving time begins."
    )
    with translation.override("ko"), pytest.raises(zones.WallTimeError) as exc:
        zones.to_instant(dt.datetime(2027, 11, 7, 1, 30), LA)
    assert str(exc.value) == (
        "로스앤젤레스에서는 시계를 되돌릴 때 2027-11-07 01:30이 두 번 있습니다 (먼저 PDT, 다음 PST)."
    )
    assert zones.to_instant(dt.datetime(2027, 3, 14, 9, 0), LA) == dt.datetime(2027, 3, 14, 16, 0, tzinfo=dt.UTC)


def test_moments_are_written_with_the_zone_named():
    moment = dt.datetime(2027, 3, 9, 22, 0, tzinfo=dt.UTC)
    assert zones.describe(moment, LA, place="San Jose") == "2027-03-09 14:00 PST (San Jose)"
    assert zones.describe(moment, "Asia/Seoul") == "2027-03-10 07:00 KST (Seoul)"
    with translation.override("ko"):
        assert zones.describe(moment, "Asia/Seoul") == "2027-03-10 07:00 KST (서울)"
    assert zones.describe(moment, "Asia/Dubai") == "2027-03-10 02:00 UTC+04 (Dubai)"
    assert zones.describe(None, LA) == ""


def test_days_when_the_clocks_change_are_known():
    assert zones.day_changes(dt.date(2027, 3, 14), LA) and zones.day_changes(dt.date(2027, 11, 7), LA)
    assert not zones.day_changes(dt.date(2027, 3, 15), LA)
    assert not zones.day_changes(dt.date(2027, 3, 14), "Asia/Seoul")
    assert zones.day_changes(dt.date(1988, 5, 8), "Asia/Seoul")
