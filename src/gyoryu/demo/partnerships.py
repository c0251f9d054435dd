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
from gyoryu.meetings.models import Meeting
from gyoryu.organizations.models import Organisation, Person
from gyoryu.partnerships import documents, domain, programmes
from gyoryu.programme.models import ProgrammeItem

D = dt.date.fromisoformat

AGREEMENTS = [
    {
        "key": "redmond-exchange",
        "kind": "exchange",
        "title_ko": "창원특례시–레드먼드시 교류협력 협약",
        "title_en": "Exchange and Cooperation Agreement between Changwon and Redmond",
        "summary_ko": "산업·문화·체육·학술 분야의 교류를 확대하고, 청소년 스포츠 교류와 공무원 연수를 정례화하며, "
        "자매도시 결연을 함께 검토한다.",
        "summary_en": "The two cities widen exchange in industry, culture, sports and academia, hold youth sports "
        "exchanges and staff fellowships every year, and jointly review a sister-city relationship.",
        "areas": ["industry", "culture", "sports", "academia"],
        "parties": ["cw-city", "redmond-city"],
        "signatories": ["mayor", "redmond-contact"],
        "owner": "cw-director",
        "ends_on": "2030-03-11",
        "steps": [
            ("under_review", "2026-11-20", "Draft exchanged with Redmond's international relations office"),
            ("signed", "2027-03-12", "Signed at Redmond City Hall during the mission"),
            ("active", "2027-03-12", ""),
        ],
        "start": "2026-09-15",
        "in_mission": True,
        "items": [
            "Courtesy call on the Redmond City Council",
            "Signing of the Changwon–Redmond exchange agreement",
        ],
        "document": True,
        "obligations": [
            (
                "obligation",
                "각 도시는 매년 상대 도시의 청소년 스포츠 선수단 1팀을 초청한다.",
                "Each city hosts one youth sports team from the other city every year.",
                "cw-city",
                None,
                False,
            ),
            (
                "action",
                "2027년 공무원 연수 프로그램 계획 송부",
                "Send the 2027 staff fellowship plan",
                "cw-city",
                "2027-04-30",
                False,
            ),
            (
                "action",
                "협약 이행 연례 점검 회의",
                "Annual review meeting of the agreement",
                "redmond-city",
                "2028-03-01",
                False,
            ),
        ],
    },
    {
        "key": "redmond-sister",
        "kind": "sister_city",
        "title_ko": "창원특례시–레드먼드시 자매도시 결연",
        "title_en": "Sister-city relationship between Changwon and Redmond",
        "summary_ko": "교류협력 협약의 성과를 바탕으로 두 도시 의회가 자매도시 결연을 검토한다.",
        "summary_en": "Building on the exchange agreement, both city councils review a sister-city relationship.",
        "areas": ["industry", "culture", "sports", "academia"],
        "parties": ["cw-city", "redmond-city"],
        "signatories": [],
        "owner": "cw-officer",
        "steps": [("under_review", "2027-03-13", "Both city councils review the proposal")],
        "start": "2027-03-12",
        "in_mission": True,
    },
    {
        "key": "library-mou",
        "kind": "mou",
        "title_ko": "창원특례시–시애틀 공공도서관 도서관 협력 업무협약",
        "title_en": "Library Cooperation MoU: Changwon and The Seattle Public Library",
        "summary_ko": "한국어 도서 교환, 한국 문화 행사 공동 개최, 디지털 리터러시 프로그램 협력.",
        "summary_en": "Korean book exchange, co-hosted Korean cultural events and cooperation on digital "
        "literacy programmes.",
        "areas": ["library", "culture"],
        "parties": ["cw-city", "seattle-library"],
        "signatories": ["cw-director", "library-contact"],
        "owner": "cw-officer",
        "ends_on": "2028-06-30",
        "steps": [
            ("under_review", "2026-07-10", ""),
            ("signed", "2026-08-25", "Signed by exchange of letters"),
            ("active", "2026-09-01", ""),
        ],
        "start": "2026-05-04",
        "items": ["Meeting at The Seattle Public Library: cultural exchange and book donation"],
        "obligations": [
            (
                "action",
                "한국어 도서 500권 발송",
                "Ship 500 Korean-language books",
                "cw-city",
                "2027-02-15",
                True,
            ),
        ],
    },
    {
        "key": "sejin-cascadia",
        "kind": "mou",
        "title_ko": "세진에어로텍–캐스케이디아 공대 복합재 공동연구 업무협약",
        "title_en": "MoU on joint composite research: Sejin Aerotech and Cascadia Polytechnic",
        "summary_ko": "탄소섬유 열가소성 복합재(CFRTP) 시편의 기계적 물성 시험과 공동 연구과제 제안.",
        "summary_en": "Mechanical testing of carbon-fibre thermoplastic (CFRTP) coupons and joint research "
        "proposals.",
        "areas": ["academia", "industry"],
        "parties": ["sejin-aerotech", "cascadia-poly"],
        "signatories": ["sejin-ceo", "cascadia-contact"],
        "owner": "cw-officer",
        "ends_on": "2029-03-12",
        "steps": [("under_review", "2027-02-20", ""), ("signed", "2027-03-12", "Signed during the mission")],
        "start": "2027-02-01",
        "in_mission": True,
        "meeting_with": ("sejin-aerotech", "cascadia-poly"),
    },
]

PROGRAMMES = [  # (agreement, type, direction, ko, en, start, end, state, headcount, people, in mission, outcome)
    (
        "redmond-exchange",
        "delegation_visit",
        "outbound",
        "창원시장 대표단 레드먼드 방문",
        "Mayor's delegation visit to Redmond",
        "2027-03-11",
        "2027-03-12",
        "held",
        9,
        ["mayor", "cw-director", "cw-officer"],
        True,
        ("교류협력 협약 체결, 자매도시 검토 착수.", "Exchange agreement signed; sister-city review opened."),
    ),
    (
        "redmond-exchange",
        "sports_event",
        "inbound",
        "레드먼드 청소년 축구단 창원 방문 교류전",
        "Redmond youth football team's exchange matches in Changwon",
        "2027-07-20",
        "2027-07-27",
        "planned",
        24,
        [],
        False,
        ("", ""),
    ),
    (
        "redmond-exchange",
        "cultural_event",
        "outbound",
        "레드먼드 시청 한국 문화 주간",
        "Korean culture week at Redmond City Hall",
        "2027-10-04",
        "2027-10-08",
        "planned",
        15,
        [],
        False,
        ("", ""),
    ),
    (
        "redmond-exchange",
        "student_exchange",
        "both",
        "고교생 어학·문화 교환 프로그램",
        "High-school language and culture exchange",
        "2027-08-02",
        "2027-08-16",
        "planned",
        20,
        [],
        False,
        ("", ""),
    ),
    (
        "library-mou",
        "library_cooperation",
        "outbound",
        "한국어 도서 500권 기증 및 교환",
        "Donation and exchange of 500 Korean books",
        "2027-03-12",
        "2027-03-12",
        "held",
        4,
        ["cw-director", "library-contact"],
        True,
        (
            "중앙도서관에 500권 전달, 5월에 한국어 열람 코너 개설.",
            "500 titles handed over at the Central Library; a Korean reading corner opens in May.",
        ),
    ),
    (
        "library-mou",
        "cultural_event",
        "none",
        "온라인 한국 동화 낭독회",
        "Online Korean storytelling for children",
        "2026-10-15",
        "2026-10-15",
        "held",
        60,
        ["library-contact"],
        False,
        ("60가구가 온라인으로 참여.", "60 families joined online."),
    ),
    (
        "sejin-cascadia",
        "joint_research",
        "both",
        "CFRTP 시편 물성 공동 시험",
        "Joint testing of CFRTP coupons",
        "2027-04-01",
        "2027-09-30",
        "planned",
        5,
        ["sejin-ceo", "cascadia-contact"],
        False,
        ("", ""),
    ),
]


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

    from gyoryu.scheduling.outputs.pdf import font_path

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
