"""The demo's partnerships, through the domain functions: the Redmond relationship (an exchange agreement
across industry, culture, sports and academia signed on the visit; sister-city status under review), the
Seattle Public Library cooperation, a joint-research MoU of the delegation firm Sejin Aerotech (the demo's
delegate), and programmes in several fields, so that the relationship network has content.

The story is dated around the mission (March 2027); each change passes ``today`` = the day it happened.
"""

from __future__ import annotations

import datetime as dt
import io

from gyoryu.demo import data
from gyoryu.demo.partnerships_data import AGREEMENTS, PROGRAMMES
from gyoryu.meetings.models import Meeting
from gyoryu.organizations.models import Organisation, Person
from gyoryu.partnerships import documents, domain, programmes
from gyoryu.programme.models import ProgrammeItem

D = dt.date.fromisoformat


def _lookups():
    orgs = {
        o["key"]: Organisation.objects.get(organiser__slug="changwon", name_en=o["name_en"])
        for o in data.ORGANISATIONS
    }
    people = {
        p["key"]: Person.objects.get(organiser__slug="changwon", name_en=p["name_en"]) for p in data.PEOPLE
    }
    return orgs, people


def agreement_pdf(title_ko: str, title_en: str, lines: list[str]) -> bytes:
    """A small bilingual PDF of the agreement (reportlab, Hangul embedded from Nanum Gothic)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from gyoryu.common.pdffonts import font_path

    pdfmetrics.registerFont(TTFont("GyoryuDemo", font_path()))
    buf = io.BytesIO()
    page = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    page.setTitle(title_en)
    y = 800
    for size, text in [(15, title_ko), (13, title_en), *[(10, line) for line in lines]]:
        page.setFont("GyoryuDemo", size)
        page.drawString(50, y, text)
        y -= size + 12
    page.showPage()
    page.save()
    return buf.getvalue()


def _meeting(mission, a, b):
    return Meeting.objects.filter(mission=mission, requester__in=(a, b), counterpart__in=(a, b)).first()


def bring_partnerships_to_life(mission) -> dict[str, int]:
    """Side effects: the agreements above with their parties, signatories, status history, a signed PDF,
    obligations and links to the programme items (courtesy call, signing, library meeting) and meetings that
    served them; the programmes above (some counted in the mission).
    Returns counts."""
    orgs, people = _lookups()
    staff = mission.organiser.memberships.filter(role="staff").select_related("user").first()
    user = staff.user if staff else None
    made, counts = {}, {"agreements": 0, "documents": 0, "programmes": 0, "links": 0}
    for spec in AGREEMENTS:
        agreement = domain.create_agreement(
            organiser=mission.organiser,
            data={
                **{k: spec[k] for k in ("kind", "title_ko", "title_en", "summary_ko", "summary_en", "areas")},
                "owner": people[spec["owner"]],
                "mission": mission if spec.get("in_mission") else None,
                "ends_on": D(spec["ends_on"]) if spec.get("ends_on") else None,
            },
            parties=[orgs[k] for k in spec["parties"]],
            user=user,
            today=D(spec["start"]),
        )
        for key in spec["signatories"]:
            domain.add_signatory(agreement=agreement, person=people[key])
        for to, on, note in spec["steps"]:
            domain.change_status(agreement=agreement, to=to, on=D(on), note=note, user=user, today=D(on))
        for type_, ko, en, party, due, done in spec.get("obligations", []):
            item = domain.add_obligation(
                agreement=agreement,
                data={
                    "type": type_,
                    "title_ko": ko,
                    "title_en": en,
                    "party": orgs[party],
                    "due": D(due) if due else None,
                },
            )
            if done:
                domain.mark_done(obligation=item, today=D(due))
        if spec.get("document"):
            pdf = agreement_pdf(
                spec["title_ko"], spec["title_en"], [spec["summary_en"][:95], "Signed 2027-03-12"]
            )
            documents.attach_document(
                agreement=agreement,
                content=pdf,
                filename="changwon-redmond-signed.pdf",
                title="Signed agreement (ko/en)",
                user=user,
            )
            counts["documents"] += 1
        for title in spec.get("items", []):
            item = ProgrammeItem.objects.filter(mission=mission, title_en=title).first()
            if item is not None:
                domain.link_programme_item(agreement=agreement, item=item, user=user)
                counts["links"] += 1
        if spec.get("meeting_with"):
            meeting = _meeting(mission, *(orgs[k] for k in spec["meeting_with"]))
            if meeting is not None:
                domain.link_meeting(agreement=agreement, meeting=meeting, user=user)
                counts["links"] += 1
        made[spec["key"]] = agreement
        counts["agreements"] += 1
    for key, type_, direction, ko, en, start, end, state, headcount, who, in_mission, outcome in PROGRAMMES:
        programmes.create_programme(
            agreement=made[key],
            data={
                "type": type_,
                "direction": direction,
                "title_ko": ko,
                "title_en": en,
                "starts_on": D(start),
                "ends_on": D(end),
                "state": state,
                "headcount": headcount,
                "outcome_ko": outcome[0],
                "outcome_en": outcome[1],
                "mission": mission if in_mission else None,
            },
            participants=[people[k] for k in who],
            today=max(D(end), D("2027-03-13")),
        )
        counts["programmes"] += 1
    return counts
