"""A small world of two organisers, used by permission tests of pages and API alike; and a small mission to
schedule."""

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.auth.models import User

from gyoryu.accounts.models import Role
from tests.factories import (
    DelegationEntryFactory,
    InterpreterFactory,
    MembershipFactory,
    MissionFactory,
    OrganisationFactory,
    OrganiserFactory,
    PersonFactory,
    RoomFactory,
    StopFactory,
    TargetFactory,
    UserFactory,
    VenueFactory,
)


@dataclass
class World:
    mission: object
    other_mission: object
    firm: object  # delegation firm with a delegate account
    firm2: object
    partner: object  # target with a guest account
    partner2: object
    unrelated: object  # in organiser A's directory, not in the mission
    other_org: object  # organiser B's
    firm_person: object
    firm2_person: object
    partner_person: object
    unrelated_person: object
    other_person: object
    interpreter: object
    admin: User
    staff: User
    delegate: User
    guest: User
    other_staff: User


def build_world() -> World:
    a, b = OrganiserFactory(slug="a"), OrganiserFactory(slug="b")
    mission = MissionFactory(organiser=a, title_en="Mission A", title_ko="사절단 A")
    StopFactory(mission=mission)
    other_mission = MissionFactory(organiser=b, title_en="Mission B", title_ko="사절단 B")
    firm = DelegationEntryFactory(mission=mission).organisation
    firm2 = DelegationEntryFactory(mission=mission).organisation
    partner = TargetFactory(mission=mission).organisation
    partner2 = TargetFactory(mission=mission).organisation
    unrelated = OrganisationFactory(organiser=a)
    other_org = DelegationEntryFactory(mission=other_mission).organisation
    interpreter = InterpreterFactory(mission=mission)
    staff = MembershipFactory(organiser=a, role=Role.STAFF).user
    delegate = MembershipFactory(organiser=a, role=Role.DELEGATE, organisation=firm).user
    guest = MembershipFactory(organiser=a, role=Role.GUEST, organisation=partner).user
    other_staff = MembershipFactory(organiser=b, role=Role.STAFF).user
    admin = UserFactory(is_superuser=True, is_staff=True)
    return World(
        mission=mission,
        other_mission=other_mission,
        firm=firm,
        firm2=firm2,
        partner=partner,
        partner2=partner2,
        unrelated=unrelated,
        other_org=other_org,
        firm_person=PersonFactory(organisation=firm),
        firm2_person=PersonFactory(organisation=firm2),
        partner_person=PersonFactory(organisation=partner),
        unrelated_person=PersonFactory(organisation=unrelated),
        other_person=PersonFactory(organisation=other_org),
        interpreter=interpreter,
        admin=admin,
        staff=staff,
        delegate=delegate,
        guest=guest,
        other_staff=other_staff,
    )


def build_small_mission():
    """A one-morning stop (9:00-11:00, two tables) where two Korean firms are to meet three American
    partners (6 accepted meetings), with two Korean-English interpreters: the solver places every meeting."""
    from gyoryu.meetings import domain as meetings

    m = MissionFactory(max_meetings_per_day=None)
    stop = StopFactory(
        mission=m,
        start_date=dt.date(2027, 3, 8),
        end_date=dt.date(2027, 3, 8),
        day_start=dt.time(9),
        day_end=dt.time(11),
        lunch_start=None,
        lunch_end=None,
    )
    venue = VenueFactory(stop=stop)
    RoomFactory(venue=venue, name="Table 1", capacity=4)
    RoomFactory(venue=venue, name="Table 2", capacity=4)
    firms = [DelegationEntryFactory(mission=m, organisation__languages=["ko"]).organisation for _ in range(2)]
    partners = [OrganisationFactory(organiser=m.organiser, country="US", languages=["en"]) for _ in range(3)]
    InterpreterFactory(mission=m, language_pairs=["ko-en"])
    InterpreterFactory(mission=m, language_pairs=["ko-en"])
    for f in firms:
        for p in partners:
            meetings.create_meeting(
                mission=m, data={"requester": f, "counterpart": p, "stop": stop, "priority": 2}
            )
    return m


# The whole world: an object of every kind for every role to reach or not -------------------------------


ROLES = ("anonymous", "staff", "staff_b", "delegate", "guest", "token", "admin")


@dataclass
class FullWorld:
    """``objects``: name -> row (every URL argument of the permission matrix names one); ``users``: role ->
    account (anonymous: None; token: the staff account behind ``token``); ``kinds``: name -> kind of object;
    ``hidden``: role -> kind -> the names of that kind's objects the role must not reach (by design, not
    computed from the permissions); ``secrets``: raw tokens of links (invitation, check-in, calendar)."""

    base: World
    objects: dict
    users: dict
    kinds: dict
    hidden: dict
    token: str
    secrets: dict
    extra_users: dict  # multi (staff of A and B), two_hats (staff of B, delegate at A), interpreting


def build_full_world() -> FullWorld:
    """Two organisers (A: ``staff``, its ``delegate`` for ``firm`` and ``guest`` for ``partner``; B:
    ``staff_b``) with missions in flight: venues, a published schedule, meetings and a request, outcomes,
    leads and tasks, programme items, a calendar feed, agreements with documents, signatories, obligations,
    links and exchange programmes, value chains with stages and placements (A's first one has the delegate's
firm and the guest's partner accepted on it), invitation links and API tokens.  Each role has objects of each kind it
    may reach and objects it must not (``hidden``)."""
    import datetime as dt
    import io

    from PIL import Image
    from reportlab.pdfgen import canvas

    from gyoryu.accounts.domain import invite_partner, issue_api_token
    from gyoryu.accounts.models import Invitation
    from gyoryu.agendas import domain as agendas
    from gyoryu.followup import domain as followup
    from gyoryu.meetings import domain as meetings
    from gyoryu.meetings.models import Meeting
    from gyoryu.organizations.domain import set_logo
    from gyoryu.partnerships import documents, programmes
    from gyoryu.partnerships import domain as partnerships
    from gyoryu.programme import domain as programme
    from gyoryu.scheduling.models import Placement, Schedule
    from tests.factories import RoomFactory, VenueFactory

    utc = dt.UTC
    w = build_world()
    a, b = w.mission.organiser, w.other_mission.organiser
    o: dict = {}
    o.update(
        mission=w.mission, mission_b=w.other_mission, firm=w.firm, firm2=w.firm2, partner=w.partner,
        partner2=w.partner2, unrelated=w.unrelated, other_org=w.other_org, firm_person=w.firm_person,
        firm2_person=w.firm2_person, partner_person=w.partner_person, unrelated_person=w.unrelated_person,
        other_person=w.other_person, interpreter=w.interpreter,
    )  # fmt: skip
    mission = w.mission
    stop = mission.stops.get()
    venue = VenueFactory(stop=stop, name_en="Convention Center", name_ko="컨벤션센터")
    room = RoomFactory(venue=venue, name="Table 1")
    stop_b = StopFactory(mission=w.other_mission)
    venue_b = VenueFactory(stop=stop_b, name_en="Messe")
    room_b = RoomFactory(venue=venue_b, name="Tisch 1")
    partner_b = TargetFactory(mission=w.other_mission).organisation
    mission_a2 = MissionFactory(organiser=a, title_en="Mission A2", title_ko="사절단 A2")
    stop_a2 = StopFactory(mission=mission_a2)
    DelegationEntryFactory(mission=mission_a2, organisation=w.firm2)
    TargetFactory(mission=mission_a2, organisation=w.partner2)
    logo = io.BytesIO()
    Image.new("RGB", (64, 64), (30, 90, 160)).save(logo, format="PNG")
    set_logo(organisation=w.partner, content=logo.getvalue())
    target = mission.targets.get(organisation=w.partner)
    target.notes = "Internal: budget talks, do not share"
    target.save(update_fields=["notes"])
    o.update(
        stop=stop, venue=venue, room=room, stop_b=stop_b, venue_b=venue_b, mission_a2=mission_a2,
        stop_a2=stop_a2, partner_b=partner_b, target=target,
        target2=mission.targets.get(organisation=w.partner2),
        entry=mission.delegation.get(organisation=w.firm), entry2=mission.delegation.get(organisation=w.firm2),
        entry_b=w.other_mission.delegation.get(), target_b=w.other_mission.targets.get(),
        interpreter_b=InterpreterFactory(mission=w.other_mission),
    )  # fmt: skip

    # meetings in a published schedule, and one open request
    def placed(schedule, requester, counterpart, table, start):
        stop = table.venue.stop
        meeting = Meeting.objects.create(mission=schedule.mission, requester=requester, counterpart=counterpart,
                                         stop=stop)  # fmt: skip
        end = start + dt.timedelta(minutes=30)
        Placement.objects.create(schedule=schedule, meeting=meeting, start=start, end=end, stop=stop, room=table)
        return meeting

    schedule = Schedule.objects.create(mission=mission, number=1, status=Schedule.Status.PUBLISHED)
    schedule_b = Schedule.objects.create(mission=w.other_mission, number=1, status=Schedule.Status.PUBLISHED)
    nine = dt.datetime(2027, 3, 8, 17, 0, tzinfo=utc)  # 09:00 in San Jose
    meeting = placed(schedule, w.firm, w.partner, room, nine)
    meeting2 = placed(schedule, w.firm2, w.partner2, RoomFactory(venue=venue), nine)
    meeting_b = placed(schedule_b, w.other_org, partner_b, room_b, nine)
    request = meetings.request_meeting(
        mission=mission, requester=w.firm, counterpart=w.partner2, user=w.delegate, message="만나고 싶습니다"
    )
    request2 = meetings.request_meeting(mission=mission, requester=w.firm2, counterpart=w.partner)
    o.update(schedule=schedule, meeting=meeting, meeting2=meeting2, meeting_b=meeting_b, request=request,
             request2=request2)  # fmt: skip

    # outcomes, leads and tasks
    for m in (mission, w.other_mission):
        followup.set_rate(mission=m, currency="USD", usd_per_unit="1", krw_per_unit="1380")
    outcome = {
        "interest": "high", "consultation_amount": 1000, "consultation_currency": "USD",
        "expected_contract_amount": None, "expected_contract_currency": "", "onsite_contract_amount": None,
        "onsite_contract_currency": "", "mou_signed": False, "products_discussed": "housings",
        "next_step": "", "next_step_owner": None, "next_step_due": None, "notes": "",
    }  # fmt: skip
    for m in (meeting, meeting2, meeting_b):
        followup.save_outcome(meeting=m, user=w.admin, data=dict(outcome), version=0)
    lead, lead2, lead_b = (m.lead for m in (meeting, meeting2, meeting_b))
    tasks = [followup.add_task(lead=x, title="Send samples") for x in (lead, lead2, lead_b)]
    checkin = lead.checkins.order_by("months").first()
    secrets = {"checkin": followup.issue_checkin_link(checkin=checkin, today=dt.date(2027, 5, 10))}
    o.update(lead=lead, lead2=lead2, lead_b=lead_b, task=tasks[0], task2=tasks[1], task_b=tasks[2])

    # programme items: one the delegation attends and the partner hosts, one of firm2 and partner2 only
    def item(m, s, title, **links):
        data = {
            "kind": "site_tour", "stop": s, "title_en": title, "title_ko": title, "place": "site",
            "site": links.pop("site"), "address": "1 Factory Way", "attendance": links.pop("attendance"),
            "start": dt.datetime(2027, 3, 9, 21, 0, tzinfo=utc), "end": dt.datetime(2027, 3, 9, 23, 0, tzinfo=utc),
        }  # fmt: skip
        return programme.create_item(mission=m, data=data, **links)

    o["item"] = item(mission, stop, "Factory tour", site=w.partner, attendance="delegation",
                     host_organisations=[w.partner])  # fmt: skip
    o["item2"] = item(mission, stop, "Lab visit", site=w.partner2, attendance="firms",
                      attending_organisations=[w.firm2], host_organisations=[w.partner2],
                      interpreters=[w.interpreter])  # fmt: skip
    o["item_b"] = item(w.other_mission, stop_b, "Werksbesuch", site=partner_b, attendance="delegation")
    o["feed"], secrets["feed"] = agendas.create_feed(
        mission=mission, owner="organisation", owner_id=w.firm.pk, lang="ko", user=w.delegate
    )
    o["feed2"], _raw = agendas.create_feed(mission=mission, owner="organisation", owner_id=w.firm2.pk, lang="en")
    o["feed_b"], _raw = agendas.create_feed(
        mission=w.other_mission, owner="organisation", owner_id=w.other_org.pk, lang="en"
    )

    # partnerships
    def pdf() -> bytes:
        buf = io.BytesIO()
        page = canvas.Canvas(buf)
        page.drawString(72, 720, "Exchange agreement")
        page.showPage()
        page.save()
        return buf.getvalue()

    def agreement(organiser, parties, person, by):
        data = {"kind": "mou", "title_ko": "협약", "title_en": "MoU", "summary_ko": "", "summary_en": "",
                "areas": ["industry"]}  # fmt: skip
        ag = partnerships.create_agreement(organiser=organiser, data=data, parties=parties, user=by)
        doc = documents.attach_document(agreement=ag, content=pdf(), filename="mou.pdf", title="MoU", user=by)
        signatory = partnerships.add_signatory(agreement=ag, person=person)
        duty = partnerships.add_obligation(
            agreement=ag, data={"title_en": "Annual report", "title_ko": "연차 보고", "type": "obligation",
                                "due": dt.date(2027, 6, 1)},  # fmt: skip
        )
        prog = programmes.create_programme(
            agreement=ag,
            data={"title_ko": "교류", "title_en": "Exchange", "type": "delegation_visit", "area": "industry",
                  "direction": "outbound", "state": "planned", "starts_on": dt.date(2027, 3, 9),
                  "ends_on": dt.date(2027, 3, 10), "headcount": 3},  # fmt: skip
        )
        return ag, doc, signatory, duty, prog

    names = ("agreement", "document", "signatory", "obligation", "programme")
    for suffix, args in (
        ("", (a, [w.firm, w.partner], w.partner_person, w.staff)),
        ("2", (a, [w.firm2, w.partner2], w.firm2_person, w.staff)),
        ("_b", (b, [w.other_org, partner_b], w.other_person, w.other_staff)),
    ):
        o.update({n + suffix: x for n, x in zip(names, agreement(*args), strict=True)})
    o["link"] = partnerships.link_meeting(agreement=o["agreement"], meeting=meeting, user=w.staff)
    o["link2"] = partnerships.link_meeting(agreement=o["agreement2"], meeting=meeting2, user=w.staff)

    # value chains: A's with the delegate's firm and the guest's partner accepted (they see its outline), A's
    # second with none of theirs, and B's
    from gyoryu.valuechains import domain as valuechains

    def chain(organiser, name, by, accepted=(), proposed=()):
        ch = valuechains.create_chain(
            organiser=organiser, data={"sector": "aerospace", "name_en": name, "name_ko": name},
            stages=[{"name_en": "Tier 1 structures", "codes": ["NAICS 336413"]},
                    {"name_en": "Machined parts", "codes": ["KSIC 31322"]}],
        )  # fmt: skip
        stages = list(ch.stages.order_by("order"))
        made = []
        for order, org in accepted:
            placed = valuechains.place(stage=stages[order - 1], organisation=org, user=by)
            made.append(valuechains.accept_placement(placement=placed, user=by, note="fits"))
        made += [valuechains.place(stage=stages[order - 1], organisation=org, user=by) for order, org in proposed]
        return ch, stages, made

    o["chain"], (o["stage"], o["stage2"]), (o["placement_partner"], o["placement"], o["placement2"]) = chain(
        a, "Aircraft", w.staff, accepted=[(1, w.partner), (2, w.firm)], proposed=[(1, w.firm2)]
    )
    o["chain2"], (o["stage_c2"], _s), (o["placement_c2"],) = chain(a, "Drones", w.staff, proposed=[(2, w.unrelated)])
    o["chain_b"], (o["stage_b"], _s), (o["placement_b"],) = chain(
        b, "Flugzeuge", w.other_staff, accepted=[(2, w.other_org)]
    )

    # invitation links and API tokens
    secrets["invitation"] = invite_partner(organiser=a, organisation=w.partner2)
    o["invitation"] = Invitation.objects.get(organisation=w.partner2)
    invite_partner(organiser=b, organisation=partner_b)
    o["invitation_b"] = Invitation.objects.get(organisation=partner_b)
    token = issue_api_token(user=w.staff, name="matrix")
    issue_api_token(user=w.other_staff, name="b's")
    from gyoryu.accounts.models import ApiToken

    o["api_token"] = ApiToken.objects.get(user=w.staff)
    o["api_token_b"] = ApiToken.objects.get(user=w.other_staff)

    multi = MembershipFactory(organiser=a, role=Role.STAFF).user  # staff of A and of B: must choose
    MembershipFactory(user=multi, organiser=b, role=Role.STAFF)
    two_hats = MembershipFactory(organiser=b, role=Role.STAFF).user  # staff of B, delegate of firm2 at A
    MembershipFactory(user=two_hats, organiser=a, role=Role.DELEGATE, organisation=w.firm2)
    interpreting = UserFactory()  # no membership: the person who interprets at item2
    w.interpreter.person.user = interpreting
    w.interpreter.person.save(update_fields=["user"])
    extra = {"multi": multi, "two_hats": two_hats, "interpreting": interpreting}
    users = {"anonymous": None, "staff": w.staff, "staff_b": w.other_staff, "delegate": w.delegate,
             "guest": w.guest, "token": w.staff, "admin": w.admin}  # fmt: skip
    kinds = {name: _kind(obj) for name, obj in o.items()}
    return FullWorld(base=w, objects=o, users=users, kinds=kinds, hidden=_hidden(), token=token, secrets=secrets,
                     extra_users=extra)  # fmt: skip


KIND_OF_MODEL = {"ProgrammeItem": "item", "CalendarFeed": "feed", "DelegationEntry": "entry",
                 "ApiToken": "api_token", "Placement": "placement"}  # fmt: skip


def _kind(obj) -> str:
    """The kind of a world object: its model's name ("organisation", "meeting", ...), a few shortened."""
    if obj._meta.label == "valuechains.Placement":  # (not the schedule's)
        return "chain_placement"
    name = type(obj).__name__
    return KIND_OF_MODEL.get(name, name.lower())


def _hidden() -> dict:
    """What each role must not reach, kind by kind (by design)."""
    b_side = {
        "mission": ["mission_b"], "organisation": ["other_org", "partner_b"], "person": ["other_person"],
        "meeting": ["meeting_b"], "lead": ["lead_b"], "task": ["task_b"], "item": ["item_b"],
        "feed": ["feed_b"], "agreement": ["agreement_b"], "document": ["document_b"],
        "programme": ["programme_b"], "signatory": ["signatory_b"], "obligation": ["obligation_b"],
        "invitation": ["invitation_b"], "stop": ["stop_b"], "venue": ["venue_b"], "entry": ["entry_b"],
        "target": ["target_b"], "interpreter": ["interpreter_b"], "api_token": ["api_token_b"],
        "chain": ["chain_b"], "stage": ["stage_b"], "chain_placement": ["placement_b"],
    }  # fmt: skip
    a_side = {
        "mission": ["mission", "mission_a2"], "organisation": ["firm", "firm2", "partner", "partner2", "unrelated"],
        "person": ["firm_person", "firm2_person", "partner_person", "unrelated_person"],
        "meeting": ["meeting", "meeting2", "request", "request2"], "lead": ["lead", "lead2"],
        "task": ["task", "task2"], "item": ["item", "item2"], "feed": ["feed", "feed2"],
        "agreement": ["agreement", "agreement2"], "document": ["document", "document2"],
        "programme": ["programme", "programme2"], "signatory": ["signatory", "signatory2"],
        "obligation": ["obligation", "obligation2"], "invitation": ["invitation"], "stop": ["stop", "stop_a2"],
        "venue": ["venue"], "entry": ["entry", "entry2"], "target": ["target", "target2"],
        "interpreter": ["interpreter"], "api_token": ["api_token"], "link": ["link", "link2"],
        "chain": ["chain", "chain2"], "stage": ["stage", "stage2", "stage_c2"],
        "chain_placement": ["placement", "placement_partner", "placement2", "placement_c2"],
    }  # fmt: skip
    outside = {  # organiser A's objects that A's delegate (firm) and guest (partner) are not party to
        "mission": ["mission_a2", "mission_b"], "organisation": ["unrelated", "other_org", "partner_b"],
        "person": ["firm2_person", "partner_person", "unrelated_person", "other_person"],
        "meeting": ["meeting2", "request2", "meeting_b"], "lead": ["lead2", "lead_b"], "task": ["task2", "task_b"],
        "item": ["item2", "item_b"], "feed": ["feed2", "feed_b"], "agreement": ["agreement2", "agreement_b"],
        "document": ["document2", "document_b"], "programme": ["programme2", "programme_b"],
        "signatory": ["signatory2", "signatory_b"], "obligation": ["obligation2", "obligation_b"],
        "invitation": ["invitation", "invitation_b"], "stop": ["stop_a2", "stop_b"], "venue": ["venue_b"],
        "entry": ["entry_b"], "target": ["target_b"], "interpreter": ["interpreter_b"],
        "api_token": ["api_token", "api_token_b"], "link": ["link2"],
        "chain": ["chain2", "chain_b"], "stage": ["stage_c2", "stage_b"],
        "chain_placement": ["placement_partner", "placement2", "placement_c2", "placement_b"],
    }  # fmt: skip
    guest = {k: list(v) for k, v in outside.items()}
    guest["organisation"] = ["partner2", "unrelated", "other_org", "partner_b"]
    guest["person"] = ["firm_person", "firm2_person", "unrelated_person", "other_person"]
    guest["meeting"] = ["meeting2", "meeting_b"]  # the request firm -> partner2 is not the guest's either
    guest["meeting"] += ["request"]
    guest["lead"] = ["lead", "lead2", "lead_b"]  # outcomes are the delegation's notes
    guest["task"] = ["task", "task2", "task_b"]
    guest["chain_placement"] = ["placement", "placement2", "placement_c2", "placement_b"]  # the firm's not theirs
    return {
        "staff": b_side,
        "staff_b": a_side,
        "delegate": outside,
        "guest": guest,
        "token": b_side,
        "admin": {},
        "anonymous": b_side,  # refused before any object is looked at: one object of each kind is enough
    }


@contextmanager
def full_world_for_module(django_db_blocker, media):
    """``build_full_world()`` inside a transaction that is rolled back afterwards, for a module-scoped
    fixture: the world is built once and each test nests in it (``pytest.mark.django_db``)."""
    from django.db import transaction
    from django.test import override_settings

    from gyoryu.matchmaking import service

    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, GYORYU_MATCHING_EMBEDDING="use"):
        service.reset()  # engines cache vectors of rows that the rollback removes
        try:
            with transaction.atomic():
                yield build_full_world()
                transaction.set_rollback(True)
        finally:
            service.reset()
