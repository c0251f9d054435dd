"""An agenda as a downloadable file (PDF, .ics) and the links to its files; used by the pages and the feeds."""

from __future__ import annotations

from django.http import HttpResponse
from django.urls import reverse

from gyoryu.agendas.outputs import pdf as render
from gyoryu.agendas.outputs.ics import agenda_to_ics


def _name(owner) -> str:
    return "master" if owner.who == "mission" else f"{owner.who}-{owner.pk}"


def content(data, *, owner, fmt: str, lang: str) -> bytes:
    if fmt == "ics":
        return agenda_to_ics(data, lang=lang)
    if owner.who == "venue":
        return render.table_plan_pdf(data, lang=lang)
    if owner.who == "interpreter":
        return render.interpreter_day_pdf(data, lang=lang)
    if owner.who == "mission":
        return render.master_pdf(data, lang=lang)
    return render.agenda_to_pdf(data, lang=lang)


def response(data, *, owner, fmt: str, lang: str, inline: bool = False) -> HttpResponse:
    types = {"ics": "text/calendar; charset=utf-8", "pdf": "application/pdf"}
    out = HttpResponse(content(data, owner=owner, fmt=fmt, lang=lang), content_type=types[fmt])
    disposition = "inline" if inline or fmt == "pdf" else "attachment"
    out["Content-Disposition"] = f'{disposition}; filename="agenda-{_name(owner)}-{lang}.{fmt}"'
    return out


def links(mission, owner, *, home: bool) -> dict[str, str]:
    """URLs of the agenda's PDF and .ics (the page's language decides theirs)."""
    if owner.who == "mission":
        base = reverse("agendas:master_file", args=[mission.pk, "pdf"])[: -len("pdf")]
    else:
        base = reverse("agendas:agenda_file", args=[mission.pk, owner.who, owner.pk, "pdf"])[: -len("pdf")]
    query = "?home=1" if home else ""
    return {"pdf": f"{base}pdf{query}", "ics": f"{base}ics{query}"}
