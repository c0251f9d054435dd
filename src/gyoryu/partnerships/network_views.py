"""The relationship network page and "who already knows whom" for a mission's targets (organiser staff)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from gyoryu.accounts.queries import scope_for
from gyoryu.common.bilingual import active_lang
from gyoryu.common.views import acting_organiser, get_or_404
from gyoryu.missions.queries import can_manage, visible_missions
from gyoryu.partnerships import forms, network
from gyoryu.partnerships.models import Area

TIE_LABELS = {
    "meeting": _("meeting held"),
    "visit": _("visit or event"),
    "agreement": _("agreement"),
    "programme": _("programme"),
    "lead": _("lead"),
    "delegation": _("same delegation"),
    "member": _("works for"),
    "last": _("last contact"),
    "degree": _("Degree"),
    "betweenness": _("Betweenness"),
    "ties": _("Ties"),
    "none": _("no ties"),
}


@login_required
def graph(request):
    """The network with filters; the graph is drawn by Cytoscape.js from data in the page, the key
    connectors are listed as a table (readable without script)."""
    if not scope_for(request.user).is_staff_anywhere:
        raise Http404
    organiser = acting_organiser(request.user, request.GET.get("organiser") or None)
    form = forms.NetworkFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    g = network.build_graph(
        organiser.pk,
        area=filters.get("area", ""),
        country=filters.get("country", ""),
        since=filters.get("since"),
    )
    lang = active_lang()
    connectors = network.key_connectors(g, k=8)
    for c in connectors:
        c["label"] = c.get(f"label_{lang}") or c["node"]
    return render(
        request,
        "partnerships/network.html",
        {
            "form": form,
            "elements": network.cytoscape(g, lang),
            "connectors": connectors,
            "n_nodes": g.number_of_nodes(),
            "n_edges": g.number_of_edges(),
            "labels": {**TIE_LABELS, **{k: str(v) for k, v in Area.choices}},
        },
    )


@login_required
def mission_ties(request, pk: int):
    """Each target of the mission with the ties it already has (latest contact first), marking those with
    the mission's own delegation."""
    mission = get_or_404(visible_missions(request.user).select_related("organiser"), pk=pk)
    if not can_manage(request.user, mission):
        raise Http404
    g = network.build_graph(mission.organiser_id)
    delegation = {network.org_node(e.organisation_id) for e in mission.delegation.all()}
    lang = active_lang()
    rows = []
    for target in mission.targets.select_related("organisation", "stop"):
        ties = network.ties_of(g, network.org_node(target.organisation_id))
        for t in ties:
            t["label"] = t.get(f"label_{lang}") or t["node"]
            t["ours"] = t["node"] in delegation or t.get("org") in delegation
        rows.append(
            {
                "target": target,
                "ties": ties,
                "ours": [t for t in ties if t["ours"]],
                "last": max((t["last"] for t in ties if t["last"]), default=None),
            }
        )
    return render(
        request,
        "partnerships/mission_ties.html",
        {"mission": mission, "rows": rows, "labels": {**TIE_LABELS, **dict(Area.choices)}},
    )
