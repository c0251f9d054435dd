"""Requests open an audit context: changes made while answering them name the account and the channel."""

from gyoryu.audit.context import acting
from gyoryu.audit.stamp import via_for_path


class AuditMiddleware:
    """After authentication; the actor is read from ``request.user`` when an entry is written (an API
    token sets the user later, inside the API)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with acting(via=via_for_path(request.path_info), request=request):
            return self.get_response(request)
