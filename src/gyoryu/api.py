"""The REST API under /api/, with its OpenAPI document at /api/openapi.json and docs at /api/docs."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError

from gyoryu import __version__
from gyoryu.accounts.acting import HEADER, ChooseOrganiser
from gyoryu.agendas.api import router as agendas_router
from gyoryu.audit.api import router as audit_router
from gyoryu.common.api import AUTH, InvalidInput, validation_errors
from gyoryu.common.security import SwaggerDocs
from gyoryu.followup.api import router as followup_router
from gyoryu.matchmaking.api import router as matchmaking_router
from gyoryu.missions.api import router as missions_router
from gyoryu.organizations.api import people_router
from gyoryu.organizations.api import router as organizations_router
from gyoryu.partnerships.api import router as partnerships_router
from gyoryu.programme.api import router as programme_router
from gyoryu.reports.api import router as reports_router
from gyoryu.valuechains.api import router as valuechains_router

api = NinjaAPI(
    title="gyoryu API",
    version=__version__,
    description="Organisations, people, missions, their results, partnerships and value chains of gyoryu. Authenticate with a session cookie (and CSRF "
    "token) or with `Authorization: Bearer <token>` from the account page. Every list shows only what the "
    "account may see; anything else answers 404 (what it sees but may not change answers 403).\n\n"
    f"**Acting organiser.** Operations that create records for an organiser (missions, organisations, people, "
    f"agreements) or read its whole directory (search, the network) act for the organiser named by the "
    f"`organiser` query parameter or the `{HEADER}` header (its short name, e.g. `changwon`), else the one "
    "chosen in the pages' header (same session), else the account's only one. An account that works for "
    "several organisers and names none gets 422 listing them; one it does not work for, 403.",
    auth=AUTH,
    urls_namespace="api",
    docs=SwaggerDocs(),  # Swagger UI needs a wider Content-Security-Policy, on /api/docs only
)
api.add_router("/organisations", organizations_router)
api.add_router("/people", people_router)
api.add_router("/missions", missions_router)
api.add_router("/missions", programme_router)
api.add_router("/missions", agendas_router)
api.add_router("/missions", followup_router)  # /missions/{id}/meetings/{id}/attendance|outcome
api.add_router("/matchmaking", matchmaking_router)
api.add_router("/", reports_router)  # /missions/{id}/meetings|outcomes|leads|report, /reports/overview
api.add_router("/partnerships", partnerships_router)
api.add_router("/valuechains", valuechains_router)
api.add_router("/", audit_router)  # /history


@api.exception_handler(InvalidInput)
def invalid_input(request, exc: InvalidInput):
    return api.create_response(request, {"detail": exc.errors}, status=422)


@api.exception_handler(ChooseOrganiser)
def choose_organiser(request, exc: ChooseOrganiser):
    from django.utils.translation import gettext as _

    message = _(
        "This account works for several organisers (%(slugs)s): name one with the organiser parameter or "
        "the %(header)s header."
    ) % {"slugs": ", ".join(o.slug for o in exc.choices), "header": HEADER}
    return api.create_response(request, {"detail": [{"field": "organiser", "message": message}]}, status=422)


@api.exception_handler(ValidationError)
def model_invalid(request, exc: ValidationError):
    return api.create_response(request, {"detail": validation_errors(exc)}, status=422)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Not found"}, status=404)


@api.exception_handler(PermissionDenied)
def forbidden(request, exc):
    return api.create_response(request, {"detail": "Forbidden"}, status=403)


@api.exception_handler(AuthenticationError)
def unauthenticated(request, exc):
    return api.create_response(request, {"detail": "Authentication required"}, status=401)
