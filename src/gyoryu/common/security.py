"""The Content-Security-Policy (django-csp): one strict policy for every page, built in settings.py.

Pages hold no inline script, style attribute or event handler (tests/common/test_security.py keeps it so):
scripts and stylesheets come from our own static files, behaviours are declared with data- attributes
(static/gyoryu/gyoryu.js).
Two places differ, each with its reason:

- ``/api/docs`` (django-ninja's Swagger UI, served from our static files) draws some icons from ``data:``
  images in its stylesheet: ``SwaggerDocs`` allows those on that page only (its scripts set styles through
  the DOM, which the policy allows, so it needs no inline style).
- PDF responses (agendas, brochures, signed agreements) carry no policy: Chrome shows a PDF inside a page of
  its own making whose inline styles and plugin a policy would block (crbug.com/271452), and a PDF runs no
  script of ours.
"""

from __future__ import annotations

from csp.decorators import csp_update
from csp.middleware import CSPMiddleware
from ninja import Swagger

# What Swagger UI needs beyond the site's policy, on /api/docs only (see tests/browser/test_csp.py).
DOCS_EXTRA = {"img-src": ["data:"]}


class SwaggerDocs(Swagger):
    """django-ninja's Swagger UI page with the wider policy it needs (enforced or report-only, whichever the
    site sends); the OpenAPI document itself keeps the site's policy."""

    def render_page(self, request, api, **kwargs):
        page = super().render_page
        return csp_update(DOCS_EXTRA, REPORT_ONLY=True)(csp_update(DOCS_EXTRA)(page))(request, api, **kwargs)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, minus PDF responses (see the module docstring)."""

    def process_response(self, request, response):
        if response.get("Content-Type", "").startswith("application/pdf"):
            response._csp_exempt = True
            response._csp_exempt_ro = True
        return super().process_response(request, response)

