from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.accounts import acting, domain
from gyoryu.accounts.models import ApiToken, Invitation
from gyoryu.accounts.queries import managed_invitations, organisers_for
from gyoryu.common.permissions import require, viewable


def locked_out(request, credentials, *args, **kwargs):
    """django-axes calls this instead of the sign-in while a user name is locked out (status 429)."""
    from django.conf import settings

    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "lockout_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "accounts/locked.html", context, status=429)


def start_url(user) -> str:
    """Where an account starts: a partner guest at the requests waiting for their answer, everyone else at
    the missions."""
    from gyoryu.meetings.queries import guest_start

    return (guest_start(user) if user.is_authenticated else None) or reverse("missions:list")


def home(request):
    return redirect(start_url(request.user))


class SignIn(LoginView):
    """The sign-in page; afterwards each account goes where it starts (``start_url``) unless ``next`` says."""

    template_name = "accounts/login.html"

    def get_default_redirect_url(self):
        return start_url(self.request.user)


def accept_invitation(request, token: str):
    try:
        user = domain.accept_invitation(raw=token)
    except domain.InvitationInvalid:
        return render(request, "accounts/invitation_invalid.html", status=404)
    login(request, user, backend="gyoryu.accounts.permissions.PasswordBackend")
    return redirect(start_url(user))


@login_required
@require_http_methods(["GET", "POST"])
def tokens(request):
    new_token = None
    if request.method == "POST":
        name = (request.POST.get("name") or "").strip()[:100]
        days = request.POST.get("days", "90")
        if not name:
            messages.error(request, _("Give the token a name, e.g. the system that will use it."))
        elif days not in {str(d) for d in domain.TOKEN_DAYS}:
            messages.error(request, _("Choose how long the token stays valid."))
        else:
            new_token = domain.issue_api_token(user=request.user, name=name, days=int(days))
    return render(
        request,
        "accounts/tokens.html",
        {
            "tokens": ApiToken.objects.filter(user=request.user).order_by("-created"),
            "new_token": new_token,
            "now": timezone.now(),
            "lifetimes": domain.TOKEN_DAYS,
        },
    )


@login_required
@require_POST
def revoke_token(request, pk: int):
    try:
        token = domain.revoke_api_token(user=request.user, token_id=pk)
    except ApiToken.DoesNotExist:  # another account's token: as if there were none
        raise Http404 from None
    messages.success(request, _("Token “%(name)s” revoked: it no longer works.") % {"name": token.name})
    return redirect("tokens")


@login_required
def invitations(request):
    require(request.user, "accounts.manage_invitations")
    return render(
        request,
        "accounts/invitations.html",
        {"invitations": managed_invitations(request.user)[:500], "now": timezone.now()},
    )


@login_required
@require_POST
def revoke_invitation(request, pk: int):
    invitation = viewable(request.user, "accounts.revoke_invitation", Invitation.objects.all(), pk=pk)
    domain.revoke_invitation(invitation=invitation)
    messages.success(request, _("Invitation link revoked; a guest who used it can no longer sign in."))
    return redirect("invitations")


def _next(request, fallback: str = "/") -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    ok = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    return target if ok else fallback


@login_required
@require_http_methods(["GET", "POST"])
def choose_organiser(request):
    """The organiser the account acts for (the header's selector posts here; kept in the session).  GET lists
    the choices, e.g. when a page needs one and none was chosen."""
    choices = list(organisers_for(request.user))
    if not choices:
        raise Http404
    if request.method == "POST":
        slug = request.POST.get("organiser", "")
        chosen = next((o for o in choices if o.slug == slug), None)
        if chosen is None:
            messages.error(request, _("Choose one of the organisers you work for."))
        else:
            request.session[acting.SESSION_KEY] = chosen.slug
            return redirect(_next(request))
    context = {"choices": choices, "current": acting.current(request), "next": _next(request, "")}
    return render(request, "accounts/organiser.html", context)
