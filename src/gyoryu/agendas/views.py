"""Agenda pages and files (master, organisation, person, interpreter, venue), calendar feeds to subscribe to."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gyoryu.agendas import domain, files, queries
from gyoryu.agendas.models import CalendarFeed
from gyoryu.agendas.outputs.words import by_day
from gyoryu.agendas.permissions import AgendaOf
from gyoryu.common.permissions import allowed, require, require_or_404, viewable
from gyoryu.common.views import get_or_404
from gyoryu.missions.models import Mission


def _lang(request) -> str:
    return "en" if (request.LANGUAGE_CODE or "ko")[:2] == "en" else "ko"


def _owner(request, pk: int, who: str, item: int | None):
    """(mission, owner) when the account may see that agenda; 404 otherwise (absent or not theirs)."""
    mission = _mission(request, pk)
    if who not in queries.WHO:
        raise Http404
    owner = queries.owner(mission, who, item)
    if owner is None:
        raise Http404
    require_or_404(request.user, "agendas.view_agenda", AgendaOf(mission, owner))
    return mission, owner


def _mission(request, pk: int):
    return viewable(request.user, "missions.view_mission", Mission.objects.select_related("organiser"), pk=pk)


def _agenda_url(mission, owner) -> str:
    if owner.who == "mission":
        return reverse("agendas:master", args=[mission.pk])
    return reverse("agendas:agenda", args=[mission.pk, owner.who, owner.pk])


@login_required
def agenda(request, pk: int, who: str = "mission", item: int | None = None, fmt: str = "html"):
    """An agenda as a web page, PDF or calendar file; ``?home=1`` adds the home office's time beside."""
    mission, owner = _owner(request, pk, who, item)
    if fmt not in ("html", "pdf", "ics"):
        raise Http404
    schedule = "published"
    if request.GET.get("schedule", "").isdigit() and allowed(request.user, "agendas.view_draft", mission):
        schedule = get_or_404(mission.schedules.all(), number=request.GET["schedule"])
    home = request.GET.get("home") == "1"
    data = queries.agenda(mission=mission, who_=owner, schedule=schedule, home=home)
    lang = _lang(request)
    if fmt != "html":
        return files.response(data, owner=owner, fmt=fmt, lang=lang)
    return _page(request, mission, owner, data, home=home, lang=lang)


def _page(request, mission, owner, data, *, home: bool, lang: str, new_feed: str = ""):
    manage = allowed(request.user, "missions.change_mission", mission)
    context = {
        "mission": mission,
        "owner": owner,
        "owner_name": owner.name_en if lang == "en" else owner.name_ko,
        "agenda": data,
        "days": by_day(data, lang, show_cancelled=False),
        "home": home,
        "home_name": queries.home_zone()[2 if lang == "en" else 1],
        "files": files.links(mission, owner, home=home),
        "feeds": list(queries.feeds(mission, owner)) if owner.who != "venue" else None,
        "feed_action": _agenda_url(mission, owner) + "feeds/",
        "new_feed": new_feed,
        "can_manage": manage,
    }
    if owner.who == "mission" and manage:
        context["master_for_delegation"] = queries.master_for_delegation(mission)
        context["directory"] = queries.directory(mission)
    return render(request, "agendas/agenda.html", context)


@login_required
@require_POST
def feed_create(request, pk: int, who: str = "mission", item: int | None = None):
    """A new secret feed URL for this agenda, shown once on the page."""
    mission, owner = _owner(request, pk, who, item)
    if owner.who == "venue":
        raise Http404
    lang = request.POST.get("lang") if request.POST.get("lang") in ("ko", "en") else _lang(request)
    home = request.POST.get("home") == "1"
    _feed, raw = domain.create_feed(
        mission=mission, owner=owner.who, owner_id=owner.pk, lang=lang, home_zone=home, user=request.user
    )
    url = request.build_absolute_uri(reverse("calendar_feed", args=[raw]))
    data = queries.agenda(mission=mission, who_=owner, home=False)
    return _page(request, mission, owner, data, home=False, lang=_lang(request), new_feed=url)


@login_required
@require_POST
def feed_revoke(request, pk: int, feed: int):
    mission = _mission(request, pk)
    feed_ = get_or_404(CalendarFeed.objects.filter(mission=mission), pk=feed)
    owner = queries.owner(mission, feed_.owner, feed_.owner_id)
    if owner is None:
        raise Http404
    require_or_404(request.user, "agendas.view_agenda", AgendaOf(mission, owner))
    domain.revoke_feed(feed=feed_)
    messages.success(request, _("The calendar link no longer works."))
    return redirect(_agenda_url(mission, owner))


@login_required
@require_POST
def master_settings(request, pk: int):
    mission = _mission(request, pk)
    require(request.user, "agendas.change_settings", mission)
    domain.set_master_visibility(
        mission=mission, delegation_sees_master=request.POST.get("delegation_sees_master") == "on"
    )
    messages.success(request, _("Saved."))
    return redirect("agendas:master", pk=mission.pk)


def feed(request, token: str):
    """A calendar feed: no sign-in, the secret in the URL is the key.  Unknown: 404; revoked: 410."""
    from gyoryu.accounts.models import hash_token

    feed_ = (
        CalendarFeed.objects.filter(digest=hash_token(token))
        .select_related("mission__organiser", "created_by")
        .first()
    )
    if feed_ is None:
        raise Http404
    refusal = queries.feed_refusal(feed_, timezone.localdate())
    if refusal:
        return HttpResponse(refusal, status=410, content_type="text/plain; charset=utf-8")
    owner = queries.owner(feed_.mission, feed_.owner, feed_.owner_id)
    if owner is None:
        raise Http404
    domain.feed_used(feed=feed_)
    data = queries.agenda(mission=feed_.mission, who_=owner, home=feed_.home_zone)
    response = files.response(data, owner=owner, fmt="ics", lang=feed_.lang, inline=True)
    response["Cache-Control"] = "private, no-cache"
    return response
