from django import template

from gyoryu.common import zones
from gyoryu.common.bilingual import other_language, pick

register = template.Library()


@register.filter
def bi(obj, field: str) -> str:
    """{{ org|bi:"name" }}: the field in the reader's language, else the other language."""
    return pick(obj, field)


@register.filter
def bi_fallback(obj, field: str) -> bool:
    return other_language(obj, field)


@register.filter
def joined(values, sep: str = ", ") -> str:
    return sep.join(str(v) for v in (values or []))


@register.simple_tag
def when(moment, zone: str, place=None) -> str:
    """{% when m.deadline clock.zone clock.stop %}: the moment on that zone's clocks with the zone named,
    e.g. "2027-03-09 14:00 PST (San Jose)"; ``place`` is a stop (its city) or a name, else the zone's city."""
    if moment is None or not zone:
        return ""
    name = place if isinstance(place, str) else (pick(place, "city") if place is not None else "")
    return zones.describe(moment, zone, place=name)


def _language_name(code: str) -> str:
    """A language code, or an interpreter's pair such as ko-en, named in the active language."""
    from django.conf.locale import LANG_INFO
    from django.utils.translation import get_language_info

    def name(c: str) -> str | None:
        return str(get_language_info(c)["name_translated"]) if c in LANG_INFO else None

    if found := name(code):
        return found
    parts = [name(part) for part in code.split("-")]
    return "–".join(parts) if len(parts) == 2 and all(parts) else code


@register.filter
def language_names(codes, sep: str = ", ") -> str:
    """{{ person.languages|language_names }}: language codes named in the reader's language ("한국어, 영어" or
    "Korean, English"); an interpreter's pair "ko-en" reads "한국어–영어"; an unknown code stays as written."""
    if isinstance(codes, str):
        codes = [codes]
    return sep.join(_language_name(str(code)) for code in (codes or []))
