"""Changing and removing parts of a mission (stops, venues and their rooms, delegation, targets,
interpreters).  A change that would take away published meetings or programme items shows what it affects
and goes ahead only through the rescheduler, at the user's choice."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.common.views import add_errors, get_or_404
from gyoryu.missions import domain, forms
from gyoryu.missions.models import Venue
from gyoryu.missions.views import _directory, _managed
from gyoryu.scheduling.domain import RescheduleFailed


def _venues(mission):
    return Venue.objects.filter(stop__mission=mission)


REMOVERS = {
    "stop": (lambda m: m.stops.all(), lambda obj, **kw: domain.remove_stop(stop=obj, **kw)),
    "venue": (_venues, lambda obj, **kw: domain.remove_venue(venue=obj, **kw)),
    "delegation": (lambda m: m.delegation.all(), lambda obj, **kw: domain.remove_from_delegation(entry=obj)),
    "target": (lambda m: m.targets.all(), lambda obj, **kw: domain.remove_target(target=obj)),
    "interpreter": (
        lambda m: m.interpreters.all(),
        lambda obj, **kw: domain.remove_interpreter(interpreter=obj),
    ),
}


def _affects(request, mission, exc: domain.WouldAffect, *, what: str):
    """The page that lists what a change would affect, with a button to go ahead through the rescheduler."""
    context = {"mission": mission, "what": what, "lines": exc.affected.lines(), "post": request.POST.items()}
    return render(request, "missions/affects.html", context, status=409)


@login_required
@require_POST
def remove_part(request, pk: int, part: str, item: int):
    mission = _managed(request, pk)
    if part not in REMOVERS:
        raise Http404
    related, remove = REMOVERS[part]
    obj = get_or_404(related(mission), pk=item)
    try:
        remove(obj, reschedule=request.POST.get("reschedule") == "1", user=request.user)
    except domain.WouldAffect as exc:
        return _affects(request, mission, exc, what=_("Remove %(what)s") % {"what": obj})
    except RescheduleFailed as exc:
        messages.error(request, str(exc))
        return redirect("missions:dashboard", pk=mission.pk)
    messages.success(request, _("Removed."))
    return redirect("missions:dashboard", pk=mission.pk)


EDITS = {
    "stop": (
        gettext_lazy("Edit stop"),
        lambda m: m.stops.all(),
        lambda m, obj, data: forms.StopForm(data, instance=obj, mission=m),
        lambda m, obj, f, **kw: domain.update_stop(stop=obj, data=f.cleaned_data, **kw),
    ),
    "venue": (
        gettext_lazy("Edit venue"),
        _venues,
        lambda m, obj, data: forms.VenueForm(data, instance=obj, mission=m, organisations=_directory(m)),
        lambda m, obj, f, **kw: domain.save_venue(
            stop=f.cleaned_data["stop"], venue=obj, data=f.cleaned_data, rooms=f.cleaned_data["rooms"], **kw
        ),
    ),
}


@login_required
@require_http_methods(["GET", "POST"])
def edit_part(request, pk: int, part: str, item: int):
    mission = _managed(request, pk)
    if part not in EDITS:
        raise Http404
    title, related, make_form, save = EDITS[part]
    obj = get_or_404(related(mission), pk=item)
    form = make_form(mission, obj, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            save(mission, obj, form, reschedule=request.POST.get("reschedule") == "1", user=request.user)
        except domain.WouldAffect as exc:
            return _affects(request, mission, exc, what=f"{title}: {obj}")
        except ValidationError as exc:
            add_errors(form, exc)
        except RescheduleFailed as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Saved."))
            return redirect("missions:dashboard", pk=mission.pk)
    return render(request, "missions/part_form.html", {"form": form, "mission": mission, "title": title})
