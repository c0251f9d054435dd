from django import template

from gyoryu.followup.models import Stage

register = template.Library()


@register.filter
def stage_label(value: str) -> str:
    """The translated label of a stage value (as stored in lead events)."""
    try:
        return Stage(value).label
    except ValueError:
        return value
