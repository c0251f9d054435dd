"""A small partnership world: organiser A's city, a foreign city, a library, a delegation firm (with a
delegate account) and a partner company (with a guest account); organiser B's staff sees none of it."""

import datetime as dt
import io
from dataclasses import dataclass

import pytest

from gyoryu.accounts.models import Role
from gyoryu.partnerships import domain
from tests.factories import (
    DelegationEntryFactory,
    MembershipFactory,
    MissionFactory,
    OrganiserFactory,
    PersonFactory,
    StopFactory,
    TargetFactory,
)

DAY = dt.date(2027, 3, 12)


@dataclass
class Ties:
    organiser: object
    mission: object
    city: object  # Changwon (organiser's city government, in the delegation)
    foreign_city: object  # Redmond
    library: object
    firm: object  # delegation firm
    partner: object  # a target company
    mayor: object
    foreign_official: object
    librarian: object
    firm_ceo: object
    staff: object
    delegate: object
    guest: object
    other_staff: object


@pytest.fixture
def ties(db) -> Ties:
    a, b = OrganiserFactory(slug="a"), OrganiserFactory(slug="b")
    mission = MissionFactory(organiser=a, title_en="Mission to Seattle", title_ko="시애틀 사절단")
    StopFactory(mission=mission, start_date=dt.date(2027, 3, 8), end_date=dt.date(2027, 3, 13))
    city = DelegationEntryFactory(
        mission=mission, organisation__kind="city_government", organisation__name_en="Changwon"
    ).organisation
    firm = DelegationEntryFactory(mission=mission, organisation__name_en="Sejin Aerotech").organisation
    foreign_city = TargetFactory(
        mission=mission, organisation__kind="city_government", organisation__name_en="City of Redmond"
    ).organisation
    library = TargetFactory(
        mission=mission, organisation__kind="library", organisation__name_en="Seattle Public Library"
    ).organisation
    partner = TargetFactory(mission=mission, organisation__name_en="Acme Aero").organisation
    return Ties(
        organiser=a,
        mission=mission,
        city=city,
        foreign_city=foreign_city,
        library=library,
        firm=firm,
        partner=partner,
        mayor=PersonFactory(organisation=city, name_en="Park Sung-woo", languages=["ko"]),
        foreign_official=PersonFactory(
            organisation=foreign_city, name_en="Jessica Alvarez", languages=["en"]
        ),
        librarian=PersonFactory(organisation=library, name_en="Thomas Nguyen", languages=["en"]),
        firm_ceo=PersonFactory(organisation=firm, name_en="Yoon Jae-seok", languages=["ko"]),
        staff=MembershipFactory(organiser=a, role=Role.STAFF).user,
        delegate=MembershipFactory(organiser=a, role=Role.DELEGATE, organisation=firm).user,
        guest=MembershipFactory(organiser=a, role=Role.GUEST, organisation=partner).user,
        other_staff=MembershipFactory(organiser=b, role=Role.STAFF).user,
    )


def agreement_data(**changes) -> dict:
    data = {
        "kind": "exchange",
        "title_ko": "교류협력 협약",
        "title_en": "Exchange agreement",
        "summary_ko": "",
        "summary_en": "",
        "areas": ["industry", "culture", "sports", "academia"],
    }
    data.update(changes)
    return data


def make_agreement(t: Ties, *parties, today=dt.date(2027, 1, 10), **changes):
    return domain.create_agreement(
        organiser=t.organiser,
        data=agreement_data(**changes),
        parties=parties or (t.city, t.foreign_city),
        user=t.staff,
        today=today,
    )


def pdf_bytes(pages: int = 1, text: str = "Exchange agreement") -> bytes:
    """A real PDF made with reportlab."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    for n in range(pages):
        page.drawString(72, 720, f"{text}, page {n + 1}")
        page.showPage()
    page.save()
    return buf.getvalue()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def login(client, user):
    client.force_login(user)
