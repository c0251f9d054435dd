"""History pages for organiser staff: the organiser's whole trail, one object's, and their downloads."""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render

from gyoryu.audit import export, present, queries
from gyoryu.audit.forms import FilterForm
from gyoryu.common.permissions import require, require_or_404

PER_PAGE = 50
RECENT = 8
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _download(entries, fmt: str, name: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    content = export.to_csv(entries) if fmt == "csv" else export.to_xlsx(entries)
    response = HttpResponse(content, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def _staff(request):
    require(request.user, "audit.view_history")


def _subject(request, kind: str, pk: int):
    """The object whose history is asked for: 404 when absent or when the account may not read its
    history (delegation members and guests who see the object itself included: the trail is not theirs)."""
    obj = queries.subject(kind, pk)
    require_or_404(request.user, "audit.view_object_history", obj)
    return obj


@login_required
def organiser_history(request):
    _staff(request)
    form = FilterForm(request.GET or None)
    entries = queries.filtered(queries.visible_entries(request.user), **form.filters())
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "rows": present.rows(page.object_list), "query": query.urlencode()}
    return render(request, "audit/history.html", context)


@login_required
def organiser_export(request, fmt: str):
    _staff(request)
    form = FilterForm(request.GET or None)
    entries = queries.filtered(queries.visible_entries(request.user), **form.filters())
    return _download(entries, fmt, "history")


@login_required
def object_history(request, kind: str, pk: int):
    obj = _subject(request, kind, pk)
    page = Paginator(queries.history(request.user, kind, obj), PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "obj": obj,
        "kind": kind,
        "title": present.object_name(obj),
        "back": queries.page_of(kind, obj),
        "page": page,
        "rows": present.rows(page.object_list),
    }
    return render(request, "audit/object_history.html", context)


@login_required
def recent(request, kind: str, pk: int):
    """The few latest changes, loaded into the object's page."""
    obj = _subject(request, kind, pk)
    entries = queries.history(request.user, kind, obj)[: RECENT + 1]
    rows = present.rows(entries)
    context = {"obj": obj, "kind": kind, "rows": rows[:RECENT], "more": len(rows) > RECENT}
    return render(request, "audit/_recent.html", context)


@login_required
def object_export(request, kind: str, pk: int, fmt: str):
    obj = _subject(request, kind, pk)
    return _download(queries.history(request.user, kind, obj), fmt, f"history-{kind}-{obj.pk}")
