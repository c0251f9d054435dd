"""Bilingual fields: every text people write comes as FIELD_ko and FIELD_en.

``pick(obj, "name")`` gives the text in the active language, falling back to the other one, so a profile
written only in Korean still shows something to an English reader (and says so with ``other_language``).
"""

from __future__ import annotations

from django.utils import translation

LANGS = ("ko", "en")


def active_lang() -> str:
    lang = (translation.get_language() or "ko")[:2]
    return lang if lang in LANGS else "en"


def pick(obj: object, field: str, lang: str | None = None) -> str:
    lang = lang or active_lang()
    first = getattr(obj, f"{field}_{lang}", "") or ""
    if first:
        return first
    other = "en" if lang == "ko" else "ko"
    return getattr(obj, f"{field}_{other}", "") or ""


def other_language(obj: object, field: str, lang: str | None = None) -> bool:
    """True when pick() had to fall back to the other language."""
    lang = lang or active_lang()
    return not getattr(obj, f"{field}_{lang}", "") and bool(pick(obj, field, lang))
