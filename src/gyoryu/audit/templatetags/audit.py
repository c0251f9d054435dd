from django import template

from gyoryu.audit.queries import may_see

register = template.Library()


@register.inclusion_tag("audit/_section.html", takes_context=True)
def history_section(context, kind: str, obj):
    """{% history_section "mission" mission %}: the object's latest changes, for organiser staff only
    (loaded after the page, so that the page itself stays as fast as it was)."""
    from gyoryu.audit.stamp import place

    request = context.get("request")
    user = getattr(request, "user", None)
    show = user is not None and obj is not None and may_see(user, place(obj)[0])
    return {"show": show, "kind": kind, "obj": obj}
