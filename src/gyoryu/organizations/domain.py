"""Every state change of organisations and people.  Pages, API, CLI imports and the demo call these."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F

from gyoryu.accounts.models import Organiser
from gyoryu.audit.domain import record_created, update_logged
from gyoryu.common.queue import enqueue_on_commit
from gyoryu.organizations.models import PROFILE_TEXT, IndustryCode, Organisation, Person

ORG_FIELDS = (
    "kind",
    "name_ko",
    "name_en",
    "country",
    "region",
    "city",
    "website",
    "employees",
    "revenue_band",
    "founded",
    *PROFILE_TEXT,
)
PERSON_FIELDS = (
    "organisation",
    "name_ko",
    "name_en",
    "title_ko",
    "title_en",
    "email",
    "phone",
    "languages",
    "consent_date",
    "consent_scope",
)


def _set_codes(organisation: Organisation, codes: list[tuple[str, str]]) -> None:
    wanted = set(codes)
    existing = {(c.scheme, c.code): c for c in organisation.codes.all()}
    for key, obj in existing.items():
        if key not in wanted:
            obj.delete()
    made = IndustryCode.objects.bulk_create(
        [
            IndustryCode(organisation=organisation, scheme=s, code=c)
            for s, c in codes
            if (s, c) not in existing
        ]
    )
    record_created(objects=made)


@transaction.atomic
def create_organisation(
    *, organiser: Organiser, data: dict, codes: list[tuple[str, str]] = ()
) -> Organisation:
    """Create a profile with its industry codes.  Side effects: one Organisation row, its IndustryCode rows;
    on commit, the organiser's ``index_profiles`` task (embeddings for matching; one per transaction)."""
    org = Organisation(organiser=organiser, **{k: v for k, v in data.items() if k in ORG_FIELDS})
    org.full_clean()
    org.save()
    _set_codes(org, list(codes))
    _reindex(org)
    return org


def _reindex(organisation: Organisation) -> None:
    from gyoryu.matchmaking.tasks import index_profiles

    enqueue_on_commit(index_profiles, organiser_id=organisation.organiser_id)


@transaction.atomic
def update_organisation(
    *, organisation: Organisation, data: dict, codes: list[tuple[str, str]] | None = None
) -> Organisation:
    """Change a profile.  Side effects: the row is updated and its ``version`` goes up by one when any text
    or code changed (matchmaking re-indexes by version), and then, on commit, the organiser's
    ``index_profiles`` task; industry codes replaced when given."""
    # compare with what is stored: a form may already have written the new values onto this instance
    before = Organisation.objects.filter(pk=organisation.pk).values(*ORG_FIELDS).get()
    before_codes = set(organisation.codes.values_list("scheme", "code"))
    for key, value in data.items():
        if key in ORG_FIELDS:
            setattr(organisation, key, value)
    organisation.full_clean()
    changed = any(before[k] != getattr(organisation, k) for k in ORG_FIELDS)
    if codes is not None and set(codes) != before_codes:
        _set_codes(organisation, list(codes))
        changed = True
    if changed:
        organisation.save()
        Organisation.objects.filter(pk=organisation.pk).update(version=F("version") + 1)
        organisation.refresh_from_db(fields=["version", "updated"])
        _reindex(organisation)
    return organisation


@transaction.atomic
def delete_organisation(*, organisation: Organisation) -> None:
    """Delete a profile.  Side effects: its codes, delegation and target entries go with it; its people stay
    without an organisation; its logo file is deleted."""
    logo = organisation.logo.name if organisation.logo else ""
    organisation.delete()
    if logo:
        organisation.logo.storage.delete(logo)


@transaction.atomic
def create_person(*, organiser: Organiser, data: dict) -> Person:
    """Create a person.  Side effects: one Person row."""
    person = Person(organiser=organiser, **{k: v for k, v in data.items() if k in PERSON_FIELDS})
    person.full_clean()
    person.save()
    return person


@transaction.atomic
def update_person(*, person: Person, data: dict) -> Person:
    """Change a person.  Side effects: the row is updated."""
    for key, value in data.items():
        if key in PERSON_FIELDS:
            setattr(person, key, value)
    person.full_clean()
    person.save()
    return person


@transaction.atomic
def delete_person(*, person: Person) -> None:
    """Delete a person.  Side effects: removed from delegations and interpreter lists."""
    person.delete()


@transaction.atomic
def set_logo(*, organisation: Organisation, content: bytes) -> Organisation:
    """Give a profile a logo.  Raises ValidationError for a file that is not a usable image (nothing stored).
    Side effects: a PNG written under the data folder's ``media/logos/``, the profile's ``logo`` set to it
    and the previous logo file deleted."""
    import hashlib

    from django.core.files.base import ContentFile

    from gyoryu.organizations.logos import logo_png

    png = logo_png(content)
    old = organisation.logo.name if organisation.logo else ""
    name = f"org-{organisation.pk}-{hashlib.sha256(png).hexdigest()[:12]}.png"
    organisation.logo.save(name, ContentFile(png), save=False)
    update_logged(Organisation.objects.filter(pk=organisation.pk), logo=organisation.logo.name)
    if old and old != organisation.logo.name:
        organisation.logo.storage.delete(old)
    return organisation


@transaction.atomic
def remove_logo(*, organisation: Organisation) -> Organisation:
    """Take a profile's logo away.  Side effects: ``logo`` emptied and its file deleted."""
    if organisation.logo:
        name = organisation.logo.name
        update_logged(Organisation.objects.filter(pk=organisation.pk), logo="")
        organisation.logo.storage.delete(name)
        organisation.logo = ""
    return organisation
