from django import template

register = template.Library()


@register.filter
def label(labels: dict, key: str) -> str:
    """{{ labels|label:kind }}: a translated label from a dict given by the view."""
    return labels.get(key, key)
