"""Result pages and downloads: thin views over ``report.build`` (figures) and ``exporters`` (files)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from gyoryu.common.bilingual import active_lang, pick
from gyoryu.missions.models import Mission
from gyoryu.reports import exporters, queries, report
from gyoryu.reports.filters import FilterError, Filters, parse
from gyoryu.reports.overview import overview as organiser_overview
from gyoryu.reports.presenters import chart_view, table_view


def _mission(request, pk: int):
    try:
        return queries.report_mission(request.user, pk)
    except Mission.DoesNotExist:
        raise Http404 from None


def _filters(request) -> tuple[Filters, dict]:
    try:
        return parse(request.GET), {}
    except FilterError as exc:
        return Filters(), exc.errors


def _lang(request) -> str:
    lang = request.GET.get("lang") or active_lang()
    if lang not in report.LANGS:
        raise Http404
    return lang


def _choices(rep) -> dict:
    rows = rep.ctx.cache["all_rows"]
    firms = {r.firm.pk: pick(r.firm, "name") for r in rows}
    industries = {r.industry_code: r.industry_label or _("unclassified") for r in rows}
    for org in rep.ctx.cache.get("companies", []):
        firms.setdefault(org.pk, pick(org, "name"))
        industries.setdefault(org.industry_code, org.industry_label or _("unclassified"))
    return {
        "stops": [(s.pk, f"{s.order}. {pick(s, 'city')}") for s in rep.ctx.mission.stops.all()],
        "firms": sorted(firms.items(), key=lambda x: x[1]),
        "countries": sorted({r.partner.country for r in rows}),
        "industries": sorted(industries.items()),
    }


def _download(rep, fmt: str) -> HttpResponse:
    module = exporters.exporter(fmt)
    response = HttpResponse(module.render(rep), content_type=module.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{exporters.filename(rep, fmt)}"'
    return response


@login_required
def dashboard(request, pk: int):
    mission, firms = _mission(request, pk)
    filters, errors = _filters(request)
    rep = report.build(user=request.user, mission=mission, firms=firms, filters=filters, lang=active_lang())
    tables = [table_view(t) for t in rep.tables]
    context = {
        "mission": mission,
        "report": rep,
        "summary": rep.summary.rows,
        "tables": tables,
        "charts": [c for t in tables for c in t["charts"]],
        "filters": filters,
        "errors": errors,
        "choices": _choices(rep),
        "query": filters.query(),
        "is_staff": firms is None,
        "firms": [o for o in rep.ctx.cache.get("companies", [])],
    }
    return render(request, "reports/dashboard.html", context, status=400 if errors else 200)


@login_required
def download(request, pk: int):
    mission, firms = _mission(request, pk)
    fmt = request.GET.get("format", "xlsx")
    try:
        filters = parse(request.GET)
    except FilterError as exc:
        return HttpResponse("; ".join(f"{k}: {v}" for k, v in exc.errors.items()), status=400,
                            content_type="text/plain; charset=utf-8")
    if fmt not in exporters.FORMATS:
        message = _("Unknown format %(fmt)s: use xlsx, pdf or csv.") % {"fmt": fmt}
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    rep = report.build(user=request.user, mission=mission, firms=firms, filters=filters, lang=_lang(request))
    return _download(rep, fmt)


@login_required
def firm_sheet(request, pk: int, org_id: int):
    mission, firms = _mission(request, pk)
    entry = mission.delegation.select_related("organisation", "mission").filter(organisation_id=org_id).first()
    if entry is None or not request.user.has_perm("reports.view_firm_report", entry):
        raise Http404
    lang = _lang(request)
    rep = report.build(user=request.user, mission=mission, firms=firms, lang=lang, firm=entry.organisation)
    if request.GET.get("format") == "pdf":
        return _download(rep, "pdf")
    return render(
        request,
        "reports/firm.html",
        {"mission": mission, "report": rep, "summary": rep.summary.rows, "firm": entry.organisation,
         "tables": [table_view(t) for t in rep.tables]},
    )


@login_required
def overview(request):
    data = organiser_overview(request.user)
    if not data["missions"]:
        raise Http404
    return render(
        request,
        "reports/overview.html",
        {"data": data, "charts": [chart_view(c) for c in data["charts"]]},
    )
