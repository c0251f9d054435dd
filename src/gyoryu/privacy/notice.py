"""The privacy notice people agree to, in versions that never change once published.

Each version is a pair of templates, ``privacy/notice/<version>.ko.html`` and ``.en.html``, written in each
language (legal text, not interface strings).  Their SHA-256 is pinned in ``DIGESTS`` and checked by the
tests, so a notice cannot change under a consent already given: a new text is a new version (new files, a
new digest, ``CURRENT`` moved), and everyone is asked again.  The organiser's name and the retention period
are filled in when the notice is shown.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string

from gyoryu.common.bilingual import pick

CURRENT = "1"
DIGESTS = {"1": "d301a932e8e15da73da6953439239cdfcf38e18ccfd3a5c0df688c19b696885f"}
LANGS = ("ko", "en")
FOLDER = Path(__file__).resolve().parent / "templates" / "privacy" / "notice"


def digest(version: str) -> str:
    """SHA-256 of the version's Korean then English template."""
    h = hashlib.sha256()
    for lang in LANGS:
        h.update((FOLDER / f"{version}.{lang}.html").read_bytes())
    return h.hexdigest()


def render(*, organiser, lang: str, version: str = CURRENT) -> str:
    lang = lang if lang in LANGS else "en"
    controller = pick(organiser, "name", lang) or organiser.slug
    return render_to_string(
        f"privacy/notice/{version}.{lang}.html",
        {"controller": controller, "retention_months": settings.GYORYU_PRIVACY_RETENTION_MONTHS},
    )
