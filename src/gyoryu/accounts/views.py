from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from gyoryu.accounts import domain
from gyoryu.accounts.models import ApiToken


def accept_invitation(request, token: str):
    try:
        user = domain.accept_invitation(raw=token)
    except domain.InvitationInvalid:
        return render(request, "accounts/invitation_invalid.html", status=404)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect("missions:list")


@login_required
@require_http_methods(["GET", "POST"])
def tokens(request):
    new_token = None
    if request.method == "POST":
        name = (request.POST.get("name") or "").strip()[:100]
        if not name:
            messages.error(request, _("Give the token a name, e.g. the system that will use it."))
        else:
            new_token = domain.issue_api_token(user=request.user, name=name)
    return render(
        request,
        "accounts/tokens.html",
        {
            "tokens": ApiToken.objects.filter(user=request.user).order_by("-created"),
            "new_token": new_token,
        },
    )
