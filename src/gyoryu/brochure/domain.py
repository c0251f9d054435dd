"""State changes of a mission's brochure settings."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from gyoryu.brochure.models import Brochure


@transaction.atomic
def set_contact(*, mission, person) -> Brochure:
    """Name the organiser's contact printed in the brochure (or None for none).  Raises ValidationError
    for a person of another organiser.  Side effects: the mission's Brochure row created or updated."""
    if person is not None and person.organiser_id != mission.organiser_id:
        raise ValidationError({"contact": _("Choose a person of the mission's organiser.")})
    brochure, _created = Brochure.objects.get_or_create(mission=mission)
    brochure.contact = person
    brochure.save()
    return brochure
