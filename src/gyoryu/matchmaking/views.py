from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_POST

from gyoryu.classification.service import suggest_codes
from gyoryu.common.permissions import viewable
from gyoryu.matchmaking import queries
from gyoryu.missions.queries import visible_missions
from gyoryu.organizations.models import Kind, Organisation


@login_required
def suggestions(request, pk: int):
    """Suggested partners of an organisation, with reasons (an htmx fragment of the profile page)."""
    org = viewable(request.user, "matchmaking.view_suggestions", Organisation.objects.all(), pk=pk)
    filters = {
        "kind": (request.GET.get("kind") or "")[:24],
        "country": (request.GET.get("country") or "")[:2],
    }
    mission_id = request.GET.get("mission") or ""
    mission = None
    if mission_id.isdigit():
        mission = visible_missions(request.user).filter(pk=int(mission_id)).first()
    results = queries.suggestions_for(
        request.user,
        organisation=org,
        k=10,
        mission=mission,
        not_targeted=bool(request.GET.get("not_targeted")),
        **filters,
    )
    return render(
        request,
        "matchmaking/_suggestions.html",
        {
            "org": org,
            "results": results,
            "filters": filters,
            "kinds": Kind.choices,
            "mission": mission,
            "missions": visible_missions(request.user).filter(organiser_id=org.organiser_id),
        },
    )


@login_required
@require_POST
def code_suggestions(request):
    """KSIC codes proposed from the texts of the profile form being edited (an htmx fragment)."""
    fields = ("name_ko", "name_en", "offers_ko", "offers_en", "description_ko", "description_en")
    text = "\n".join((request.POST.get(f) or "")[:5000] for f in fields).strip()
    return render(
        request,
        "matchmaking/_code_suggestions.html",
        {"suggestions": suggest_codes(text=text, k=5), "has_text": bool(text)},
    )
