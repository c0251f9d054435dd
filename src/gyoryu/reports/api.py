"""Read endpoints of mission results: meetings (with place and attendance), outcomes, leads, the report's
figures and its files.  Same scoping as the pages (queries.report_firms): staff see the whole mission, a
delegation member its own firm's rows, partner guests and strangers get 404."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from gyoryu.common.api import InvalidInput
from gyoryu.common.bilingual import active_lang
from gyoryu.missions.models import Mission
from gyoryu.reports import api_values, exporters, queries, report
from gyoryu.reports.filters import FilterError, parse
from gyoryu.reports.overview import overview
from gyoryu.reports.schemas import LeadOut, MeetingOut, OutcomeOut, OverviewOut, ReportOut

router = Router(tags=["reports"])


class FilterQuery(Schema):
    stop: str = ""
    firm: str = ""
    country: str = ""
    industry: str = ""
    date_from: str = ""
    date_to: str = ""


def _scoped(request, mission_id: int, q: FilterQuery):
    try:
        mission, firms = queries.report_mission(request.user, mission_id)
    except Mission.DoesNotExist:
        raise Http404 from None
    try:
        filters = parse(q.dict())
    except FilterError as exc:
        raise InvalidInput([{"field": k, "message": v} for k, v in exc.errors.items()]) from None
    return mission, firms, filters


def _rows(request, mission_id: int, q: FilterQuery):
    mission, firms, filters = _scoped(request, mission_id, q)
    return queries.build_rows(request.user, [mission], filters, firms)


@router.get("/missions/{mission_id}/meetings", response=list[MeetingOut],
            summary="Meetings of a mission with their place in the published schedule and attendance")
def meetings(request, mission_id: int, q: Query[FilterQuery]):
    return [api_values.meeting(r) for r in _rows(request, mission_id, q)]


@router.get("/missions/{mission_id}/outcomes", response=list[OutcomeOut],
            summary="Outcomes of held meetings, amounts with USD and KRW at the mission's rates")
def outcomes(request, mission_id: int, q: Query[FilterQuery]):
    return [api_values.outcome(r) for r in _rows(request, mission_id, q) if r.outcome is not None]


@router.get("/missions/{mission_id}/leads", response=list[LeadOut],
            summary="Leads with their stage, exports and check-ins at 2, 6 and 12 months")
def leads(request, mission_id: int, q: Query[FilterQuery]):
    return [api_values.lead(r) for r in _rows(request, mission_id, q) if r.lead is not None]


def _report(request, mission_id: int, q: FilterQuery, lang: str):
    mission, firms, filters = _scoped(request, mission_id, q)
    lang = lang or active_lang()
    if lang not in report.LANGS:
        raise InvalidInput([{"field": "lang", "message": "ko or en"}])
    return report.build(user=request.user, mission=mission, firms=firms, filters=filters, lang=lang)


@router.get("/missions/{mission_id}/report", response=ReportOut,
            summary="The result report's figures: summary lines and every table (built-in and contributed)")
def report_figures(request, mission_id: int, q: Query[FilterQuery], lang: str = ""):
    rep = _report(request, mission_id, q, lang)
    return {
        "mission_id": mission_id,
        "title": rep.title,
        "subtitle": rep.subtitle,
        "lang": rep.ctx.lang,
        "filters": rep.ctx.filters.query(),
        "summary": rep.summary.rows,
        "tables": [
            {"key": t.key, "title": t.title, "note": t.note,
             "columns": [{"key": c.key, "label": c.label, "kind": c.kind} for c in t.columns],
             "rows": t.rows, "totals": t.totals_row()}
            for t in rep.tables
        ],
    }


FILE_TYPES = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
              "text/csv; charset=utf-8", "text/csv")  # the exporters' CONTENT_TYPE (csv also without charset)


@router.get("/missions/{mission_id}/report/file", summary="The result report as xlsx, pdf or csv (meetings)",
            openapi_extra={"responses": {200: {"description": "The file (xlsx, pdf or csv, as asked)", "content": {
                t: {"schema": {"type": "string", "format": "binary"}} for t in FILE_TYPES}}}})
def report_file(request, mission_id: int, q: Query[FilterQuery], format: str = "xlsx", lang: str = ""):
    if format not in exporters.FORMATS:
        raise InvalidInput([{"field": "format", "message": "xlsx, pdf or csv"}])
    rep = _report(request, mission_id, q, lang)
    module = exporters.exporter(format)
    response = HttpResponse(module.render(rep), content_type=module.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{exporters.filename(rep, format)}"'
    return response


@router.get("/reports/overview", response=OverviewOut,
            summary="Results across missions and years (each mission converted at its own rates)")
def results_overview(request):
    data = overview(request.user)
    if not data["missions"]:
        raise HttpError(404, "Not found")
    return {
        "missions": [
            {"mission_id": i["mission"].pk, "title_ko": i["mission"].title_ko, "title_en": i["mission"].title_en,
             "year": i["year"], "figures": api_values.figures(i["totals"])}
            for i in data["missions"]
        ],
        "years": [{"year": y["year"], "missions": y["missions"], "figures": api_values.figures(y["totals"])}
                  for y in data["years"]],
    }

