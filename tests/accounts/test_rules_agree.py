"""A list and a detail decide alike: for every account of the full world and every object, the permission a
detail asks (``user.has_perm("missions.view_mission", obj)``, the features' permissions.py) holds exactly
for the objects of the list's role-scoped queryset (``visible_missions(user)``, the features' queries.py).

The two are written independently (a predicate per object in Python, a filter per list in SQL), so this
is what keeps them from drifting apart."""

import re
from pathlib import Path

import pytest
import rules
from django.contrib.auth.models import AnonymousUser

from gyoryu.accounts.models import Invitation
from gyoryu.accounts.queries import managed_invitations
from gyoryu.followup.models import Lead, Task
from gyoryu.followup.queries import visible_leads, visible_meetings, visible_tasks
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import Mission
from gyoryu.missions.queries import visible_missions
from gyoryu.organizations.models import Organisation, Person
from gyoryu.organizations.queries import editable_organisations, visible_organisations, visible_people
from gyoryu.partnerships.models import Agreement, Document, Programme
from gyoryu.partnerships.queries import visible_agreements, visible_documents, visible_programmes
from gyoryu.privacy.queries import managed_people
from gyoryu.programme.models import ProgrammeItem
from gyoryu.programme.queries import visible_items
from gyoryu.reports.queries import report_missions
from gyoryu.valuechains.models import Chain, Placement
from gyoryu.valuechains.queries import visible_chains, visible_placements
from tests.world import full_world_for_module

pytestmark = pytest.mark.django_db

PAIRS = [  # permission, model, the list that must hold exactly the objects it allows
    ("missions.view_mission", Mission, visible_missions),
    ("reports.view_report", Mission, report_missions),
    ("organizations.view_organisation", Organisation, visible_organisations),
    ("organizations.change_organisation", Organisation, editable_organisations),
    ("organizations.view_person", Person, visible_people),
    ("organizations.change_person", Person, visible_people),
    ("followup.record_meeting", Meeting, visible_meetings),
    ("followup.view_lead", Lead, visible_leads),
    ("followup.change_task", Task, visible_tasks),
    ("partnerships.view_agreement", Agreement, visible_agreements),
    ("partnerships.view_programme", Programme, visible_programmes),
    ("partnerships.view_document", Document, visible_documents),
    ("accounts.revoke_invitation", Invitation, managed_invitations),
    ("valuechains.view_chain", Chain, visible_chains),
    ("valuechains.view_placement", Placement, visible_placements),
    ("privacy.export_person", Person, managed_people),
]


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    with full_world_for_module(django_db_blocker, tmp_path_factory.mktemp("agree-media")) as world:
        yield world


@pytest.fixture(autouse=True)
def _media():
    """(The world's uploads stay where it put them.)"""


def accounts(world) -> dict:
    users = {role: user for role, user in world.users.items() if user is not None and role != "token"}
    return {**users, **world.extra_users, "anonymous": AnonymousUser()}


def fresh(user):
    """The account as a new request would load it (no answers cached on the object)."""
    if not user.is_authenticated:
        return user
    return type(user).objects.get(pk=user.pk)


@pytest.mark.parametrize(("perm", "model", "listed"), PAIRS, ids=[p[0] for p in PAIRS])
def test_the_permission_allows_exactly_what_the_list_shows(world, perm, model, listed):
    objects = list(model.objects.all())
    assert len(objects) >= 2  # the world has some of each, on both organisers
    differ = []
    for name, user in accounts(world).items():
        shown = set(listed(fresh(user)).values_list("pk", flat=True))
        asker = fresh(user)
        allowed = {obj.pk for obj in objects if asker.has_perm(perm, obj)}
        if allowed != shown:
            differ.append(f"{name}: permission {sorted(allowed)}, list {sorted(shown)}")
    assert differ == []


def test_programme_items_by_mission(world):
    """``visible_items(user, mission)`` is ``programme.view_item`` for the items of one mission."""
    differ = []
    for name, user in accounts(world).items():
        for mission in Mission.objects.all():
            shown = set(visible_items(fresh(user), mission).values_list("pk", flat=True))
            asker = fresh(user)
            allowed = {i.pk for i in ProgrammeItem.objects.filter(mission=mission) if asker.has_perm("programme.view_item", i)}
            if allowed != shown:
                differ.append(f"{name} @ {mission}: permission {sorted(allowed)}, list {sorted(shown)}")
    assert differ == []


def test_each_role_sees_some_and_not_all(world):
    """(So that the agreement above is not that of empty sets.)"""
    delegate = fresh(world.users["delegate"])
    seen = {perm: listed(delegate).count() for perm, model, listed in PAIRS}
    assert seen["missions.view_mission"] == 1
    assert seen["followup.view_lead"] == 1
    assert seen["partnerships.view_agreement"] == 1
    assert seen["organizations.view_organisation"] == 4
    assert seen["valuechains.view_chain"] == 1
    assert seen["valuechains.view_placement"] == 1  # its own accepted one, not the partner's or firm2's
    assert seen["privacy.export_person"] == 0
    interpreting = fresh(world.extra_users["interpreting"])
    assert [i.title_en for i in visible_items(interpreting, world.objects["mission"])] == ["Lab visit"]


SRC = Path(__file__).resolve().parents[2] / "src" / "gyoryu"
ASKED = re.compile(r"""(?:has_perm|allowed|require|require_or_404|viewable)\(\s*[\w.\[\]"']+,\s*"(\w+\.\w+)"|has_perm\("(\w+\.\w+)\"""")


def test_every_permission_asked_in_the_code_is_declared():
    """A misspelt permission would be a quiet "no" (or, for administrators, a quiet "yes")."""
    asked = set()
    for path in SRC.rglob("*.py"):
        for a, b in ASKED.findall(path.read_text(encoding="utf-8")):
            asked.add(a or b)
    for path in SRC.rglob("*.html"):
        asked |= {f"{app}.{name}" for app, name in re.findall(r"perms\.(\w+)\.(\w+)", path.read_text(encoding="utf-8"))}
    assert len(asked) > 30
    assert sorted(p for p in asked if not rules.perm_exists(p)) == []
