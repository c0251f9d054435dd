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
