from django import template

from gyoryu.common.permissions import allowed

register = template.Library()


@register.inclusion_tag("privacy/_person_card.html", takes_context=True)
def privacy_card(context, person):
    """{% privacy_card person %}: consents, erasure, export and erase, for the person's organiser staff."""
    from gyoryu.privacy.models import Erasure
    from gyoryu.privacy.queries import consents_of_person

    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not allowed(user, "privacy.view_personal_data", person):
        return {"show": False}
    return {
        "show": True,
        "person": person,
        "consents": list(consents_of_person(person).select_related("organisation")),
        "erasure": Erasure.objects.filter(person=person).select_related("by").first(),
    }
