"""Meeting rows, outcomes and leads as the API's dictionaries (schemas.py), from queries.MeetingRow."""

from __future__ import annotations

from gyoryu.followup.queries import convert
from gyoryu.reports.kpi import Totals
from gyoryu.reports.queries import MEASURES


def org(o) -> dict:
    return {"id": o.pk, "name_ko": o.name_ko, "name_en": o.name_en, "country": o.country}


def money(amount, currency: str, rates: dict) -> dict | None:
    if amount is None:
        return None
    value = convert(amount, currency, rates)
    return {"amount": amount, "currency": currency, "usd": value and value["usd"], "krw": value and value["krw"]}


def meeting(r) -> dict:
    p = r.placement
    return {
        "id": r.meeting.pk,
        "status": r.meeting.status,
        "firm": org(r.firm),
        "partner": org(r.partner),
        "stop": r.stop,
        "day": r.day,
        "start": r.start,
        "end": r.end,
        "place": (
            {"venue_ko": p.room.venue.name_ko, "venue_en": p.room.venue.name_en, "room": p.room.name,
             "interpreter": str(p.interpreter.person) if p.interpreter else None}
            if p is not None else None
        ),
        "attendance": r.attendance,
        "consultation": r.is_consultation,
        "has_outcome": r.outcome is not None,
        "lead_id": r.lead.pk if r.lead else None,
    }


def outcome(r) -> dict:
    o = r.outcome
    out = {
        k: getattr(o, k)
        for k in ("interest", "mou_signed", "products_discussed", "next_step", "next_step_due", "notes", "updated",
                  "version")
    }
    out["meeting_id"] = r.meeting.pk
    for m in MEASURES[:3]:
        out[m] = money(getattr(o, f"{m}_amount"), getattr(o, f"{m}_currency"), r.rates)
    return out


def lead(r) -> dict:
    lead = r.lead
    return {
        "id": lead.pk,
        "meeting_id": r.meeting.pk,
        "firm": org(r.firm),
        "partner": org(r.partner),
        "stage": lead.stage,
        "lost_reason": lead.lost_reason,
        "export": money(lead.export_amount, lead.export_currency, r.rates),
        "checkins": [
            {"months": c.months, "due": c.due, "answered_at": c.answered_at, "stage": c.stage,
             "export": money(c.export_amount, c.export_currency, r.rates)}
            for c in sorted(lead.all_checkins, key=lambda c: c.months)
        ],
    }


def figures(t: Totals) -> list[dict]:
    lines = [{"key": k, "label": k, "count": getattr(t, k), "usd": None, "krw": None}
             for k in ("requested", "accepted", "held", "no_show", "consultations", "mous")]
    lines += [{"key": m, "label": m, "count": None, "usd": t.usd[m], "krw": t.krw[m]} for m in MEASURES]
    lines.append({"key": "leads", "label": "leads", "count": t.lead_count, "usd": None, "krw": None})
    return lines
