from django import template

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
