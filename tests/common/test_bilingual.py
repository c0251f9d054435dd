"""Names in the reader's language: a model's text (choice lists, messages written with %(org)s) is its Korean
name on Korean pages and its English name on English ones, falling back to the other when one is missing."""

import datetime as dt

import pytest
from django.contrib.messages import get_messages
from django.utils import translation

from gyoryu.accounts.models import Role
from gyoryu.common.bilingual import pick
from tests.factories import (
    DelegationEntryFactory,
    MembershipFactory,
    MissionFactory,
    OrganisationFactory,
    PersonFactory,
    StopFactory,
    TargetFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


def test_pick_falls_back_to_the_other_language():
    org = OrganisationFactory(name_ko="보잉", name_en="")
    assert [pick(org, "name", "ko"), pick(org, "name", "en")] == ["보잉", "보잉"]


def test_models_read_in_the_active_language():
    mission = MissionFactory(title_ko="창원 사절단", title_en="Changwon mission")
    stop = StopFactory(mission=mission, city_ko="시애틀", city_en="Seattle")
    venue = VenueFactory(stop=stop, name_ko="레드먼드 시청", name_en="Redmond City Hall")
    org = OrganisationFactory(name_ko="보잉", name_en="The Boeing Company")
    person = PersonFactory(organisation=org, name_ko="김민수", name_en="Minsu Kim")
    only_korean = OrganisationFactory(name_ko="세진정밀", name_en="")
    things = [mission.organiser, mission, stop, venue, org, person, only_korean]
    with translation.override("ko"):
        korean = [str(x) for x in things]
    with translation.override("en"):
        english = [str(x) for x in things]
    organiser = mission.organiser
    assert korean == [organiser.name_ko, "창원 사절단", "시애틀", "레드먼드 시청", "보잉", "김민수", "세진정밀"]
    assert english == [
        organiser.name_en, "Changwon mission", "Seattle", "Redmond City Hall", "The Boeing Company", "Minsu Kim", "세진정밀",
    ]


@pytest.mark.parametrize(
    ("lang", "message"), [("ko", "요청을 보냈습니다. 보잉에 알렸습니다."), ("en", "Request sent. The Boeing Company is notified.")]
)
def test_a_flash_message_names_the_organisation_in_the_readers_language(client, lang, message):
    mission = MissionFactory()
    StopFactory(mission=mission, start_date=dt.date(2027, 3, 8), end_date=dt.date(2027, 3, 10))
    firm = DelegationEntryFactory(mission=mission).organisation
    boeing = TargetFactory(
        mission=mission, organisation__name_ko="보잉", organisation__name_en="The Boeing Company"
    ).organisation
    client.force_login(MembershipFactory(organiser=mission.organiser, role=Role.DELEGATE, organisation=firm).user)
    answer = client.post(
        f"/missions/{mission.pk}/requests/new/?as={firm.pk}&to={boeing.pk}",
        {"message": "R&D 협력", "priority": "2"},
        HTTP_ACCEPT_LANGUAGE=lang,
    )
    assert answer.status_code == 302
    assert [str(m) for m in get_messages(answer.wsgi_request)] == [message]


def test_language_codes_are_named_in_the_readers_language():
    from gyoryu.common.templatetags.gyoryu import language_names

    with translation.override("ko"):
        korean = [language_names(["ko", "en", "zh-hans"]), language_names("ko-en"), language_names(["xx"])]
    with translation.override("en"):
        english = [language_names(["ko", "en", "zh-hans"]), language_names("ko-en"), language_names([])]
    assert korean == ["한국어, 영어, 중국어 간체", "한국어–영어", "xx"]
    assert english == ["Korean, English, Simplified Chinese", "Korean–English", ""]
