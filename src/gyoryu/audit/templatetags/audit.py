from django import template

from gyoryu.common.permissions import allowed

register = template.Library()


@register.inclusion_tag("audit/_section.html", takes_context=True)
def history_section(context, kind: str, obj):
    """{% history_section "mission" mission %}: the object's latest changes, for organiser staff only
    (loaded after the page, so that the page itself stays as fast as it was)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    show = user is not None and obj is not None and allowed(user, "audit.view_object_history", obj)
    return {"show": show, "kind": kind, "obj": obj}
