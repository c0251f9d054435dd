import pytest

from gyoryu.accounts.models import Role
from gyoryu.programme import domain, queries
from tests.factories import MembershipFactory, PersonFactory
from tests.programme.world import programme_world, visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    return programme_world()


def keys(item):
    a = queries.attendee_keys(item)
    return sorted(a.organisation_ids), sorted(a.whole_organisation_ids), sorted(a.person_ids)


def test_whole_delegation_is_every_firm_and_traveller(w):
    item = domain.create_item(mission=w.mission, data=visit(w))
    orgs = sorted([w.city.pk, w.firm_a.pk, w.firm_b.pk])
    assert keys(item) == (orgs, orgs, sorted([w.mayor.pk, w.ceo_a.pk, w.cto_a.pk, w.ceo_b.pk]))


def test_chosen_firms_bring_their_travellers(w):
    item = domain.create_item(
        mission=w.mission, data=visit(w, attendance="firms"), attending_organisations=[w.firm_b]
    )
    assert keys(item) == ([w.firm_b.pk], [w.firm_b.pk], [w.ceo_b.pk])


def test_chosen_people_bring_their_firm_only_when_all_its_travellers_go(w):
    item = domain.create_item(
        mission=w.mission, data=visit(w, attendance="people"), attending_people=[w.ceo_a, w.ceo_b]
    )
    assert keys(item) == (sorted([w.firm_a.pk, w.firm_b.pk]), [w.firm_b.pk], sorted([w.ceo_a.pk, w.ceo_b.pk]))


def test_officials_are_the_government_entries_of_the_delegation(w):
    item = domain.create_item(mission=w.mission, data=visit(w, attendance="officials"))
    assert keys(item) == ([w.city.pk], [w.city.pk], [w.mayor.pk])


def test_host_people_make_their_organisation_a_host_through_them(w):
    item = domain.create_item(mission=w.mission, data=visit(w), host_people=[w.president])
    assert queries.host_keys(item) == queries.Hosts(
        frozenset([w.redmond.pk]), frozenset(), frozenset([w.president.pk])
    )


def test_items_for_organisations_people_and_interpreters(w):
    everyone = domain.create_item(mission=w.mission, data=visit(w, title_en="Everyone"))
    officials = domain.create_item(
        mission=w.mission,
        data=visit(w, title_en="Officials", attendance="officials"),
        host_people=[w.president],
    )
    ceo = domain.create_item(
        mission=w.mission,
        data=visit(w, title_en="CEO A only", attendance="people"),
        attending_people=[w.ceo_a],
        interpreters=[w.interpreter],
    )
    domain.cancel_item(item=ceo)
    m = w.mission
    assert queries.items_for(mission=m, organisation_id=w.firm_a.pk) == [everyone, ceo]
    assert [i.cancelled for i in queries.items_for(mission=m, organisation_id=w.firm_a.pk)] == [False, True]
    assert queries.items_for(mission=m, organisation_id=w.city.pk) == [everyone, officials]
    assert queries.items_for(mission=m, organisation_id=w.redmond.pk) == [officials]
    assert queries.items_for(mission=m, person_id=w.cto_a.pk) == [everyone]
    assert queries.items_for(mission=m, person_id=w.president.pk) == [officials]
    assert queries.items_for(mission=m, interpreter_id=w.interpreter.pk) == [ceo]
    with pytest.raises(TypeError):
        queries.items_for(mission=m)


def test_visible_items_by_role(w):
    everyone = domain.create_item(mission=w.mission, data=visit(w, title_en="Everyone"))
    officials = domain.create_item(
        mission=w.mission,
        data=visit(w, title_en="Officials", attendance="officials"),
        host_people=[w.president],
    )
    org = w.mission.organiser
    staff = MembershipFactory(organiser=org, role=Role.STAFF).user
    delegate = MembershipFactory(organiser=org, role=Role.DELEGATE, organisation=w.firm_a).user
    guest = MembershipFactory(organiser=org, role=Role.GUEST, organisation=w.redmond).user
    stranger = MembershipFactory(role=Role.STAFF).user
    interp_user = MembershipFactory(
        organiser=org, role=Role.GUEST, organisation=PersonFactory().organisation
    ).user
    w.interpreter.person.user = interp_user
    w.interpreter.person.save()
    domain.update_item(item=officials, data={}, interpreters=[w.interpreter])
    seen = {
        u: list(queries.visible_items(u, w.mission).order_by("id"))
        for u in (staff, delegate, guest, stranger)
    }
    assert seen == {staff: [everyone, officials], delegate: [everyone], guest: [officials], stranger: []}
    assert list(queries.visible_items(interp_user, w.mission)) == [officials]
