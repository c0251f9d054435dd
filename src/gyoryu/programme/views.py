"""Pages of the programme: the list, one item, add and edit (organiser staff), confirm and cancel."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.common.permissions import allowed, require, require_or_404, viewable
from gyoryu.common.views import add_errors
from gyoryu.missions.models import Mission
from gyoryu.programme import domain, queries
from gyoryu.programme.forms import ItemForm
from gyoryu.programme.models import ProgrammeItem


def _mission(request, pk: int, *, manage: bool = False):
    mission = viewable(request.user, "missions.view_mission", Mission.objects.select_related("organiser"), pk=pk)
    if manage:
        require(request.user, "programme.change_programme", mission)
    return mission


def _item(request, mission, item_id: int) -> ProgrammeItem:
    items = queries.with_people(ProgrammeItem.objects.filter(mission=mission))
    item = items.filter(pk=item_id).first()
    if item is not None:
        item.mission = mission  # already loaded: the permission reads it
    require_or_404(request.user, "programme.view_item", item)
    return item


@login_required
def item_list(request, pk: int):
    mission = _mission(request, pk)
    items = queries.with_people(queries.visible_items(request.user, mission)).order_by("start", "id")
    context = {
        "mission": mission,
        "items": items,
        "can_manage": allowed(request.user, "programme.change_programme", mission),
        "kinds": ProgrammeItem.Kind.choices,
    }
    return render(request, "programme/list.html", context)


@login_required
def item_detail(request, pk: int, item_id: int):
    mission = _mission(request, pk)
    item = _item(request, mission, item_id)
    context = {
        "mission": mission,
        "item": item,
        "can_manage": allowed(request.user, "programme.change_programme", mission),
        "attendees": queries.attendee_people(item),
        "clashes": queries.clashing_placements(item),
    }
    return render(request, "programme/detail.html", context)


def _save(request, mission, form, item=None):
    data, links = form.data_and_links()
    try:
        if item is None:
            return domain.create_item(mission=mission, data=data, **links)
        return domain.update_item(item=item, data=data, **links)
    except ValidationError as exc:
        add_errors(form, exc)
    except domain.Refused as exc:
        form.add_error(None, str(exc))
    return None


@login_required
@require_http_methods(["GET", "POST"])
def item_new(request, pk: int):
    mission = _mission(request, pk, manage=True)
    kind = request.GET.get("kind", ProgrammeItem.Kind.OFFICIAL_VISIT)
    initial = {"kind": kind, "attendance": ProgrammeItem.Attendance.DELEGATION}
    initial["place"] = (
        ProgrammeItem.Place.TRANSIT if kind in ("flight", "transfer") else ProgrammeItem.Place.VENUE
    )
    form = ItemForm(request.POST or None, mission=mission, initial=initial)
    if request.method == "POST" and form.is_valid():
        item = _save(request, mission, form)
        if item is not None:
            messages.success(
                request, _("Added to the programme as planned. Confirm it to plan meetings around it.")
            )
            return redirect("programme:detail", pk=mission.pk, item_id=item.pk)
    return render(
        request, "programme/form.html", {"form": form, "mission": mission, "title": _("New programme item")}
    )


@login_required
@require_http_methods(["GET", "POST"])
def item_edit(request, pk: int, item_id: int):
    mission = _mission(request, pk, manage=True)
    item = _item(request, mission, item_id)
    form = ItemForm(request.POST or None, mission=mission, item=item)
    if request.method == "POST" and form.is_valid():
        if _save(request, mission, form, item) is not None:
            messages.success(request, _("Saved."))
            return redirect("programme:detail", pk=mission.pk, item_id=item.pk)
    context = {"form": form, "mission": mission, "item": item, "title": _("Edit programme item")}
    return render(request, "programme/form.html", context)


@login_required
@require_POST
def item_confirm(request, pk: int, item_id: int):
    mission = _mission(request, pk, manage=True)
    item = _item(request, mission, item_id)
    try:
        domain.confirm_item(item=item)
    except (domain.Refused, ValidationError) as exc:
        messages.error(request, " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc))
    else:
        messages.success(request, _("Confirmed. The next schedule plans 1:1 meetings around it."))
    return redirect("programme:detail", pk=mission.pk, item_id=item.pk)


@login_required
@require_POST
def item_cancel(request, pk: int, item_id: int):
    mission = _mission(request, pk, manage=True)
    item = _item(request, mission, item_id)
    was_confirmed = item.status == ProgrammeItem.Status.CONFIRMED
    try:
        domain.cancel_item(item=item)
    except domain.Refused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("Cancelled. Its attendees, hosts and interpreters have been notified.")
            if was_confirmed
            else _("Cancelled."),
        )
    return redirect("programme:detail", pk=mission.pk, item_id=item.pk)
