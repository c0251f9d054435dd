"""State changes about personal data: consent given and withdrawn, a person erased, the retention purge."""

from __future__ import annotations

import datetime as dt

from auditlog.context import disable_auditlog
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gyoryu.accounts.models import ApiToken, Organiser
from gyoryu.audit.domain import anonymise
from gyoryu.organizations.models import Person
from gyoryu.privacy import notice
from gyoryu.privacy.models import Channel, Consent, Erasure, Reason

PERSON_FIELDS = ("name_ko", "name_en", "title_ko", "title_en", "email", "phone", "languages", "consent_scope")
USER_FIELDS = ("username", "email", "first_name", "last_name")


@transaction.atomic
def give_consent(*, user, organiser_ids, language: str, now=None) -> list[Consent]:
    """An account agrees to the current notice of each organiser (as shown in ``language``).
    Side effects: one Consent row per organiser not yet agreed to (linked to the account's person, if any)."""
    now = now or timezone.now()
    language = language if language in notice.LANGS else "en"
    person_id = Person.objects.filter(user=user).values_list("pk", flat=True).first()
    done = set(
        Consent.objects.filter(
            user=user, version=notice.CURRENT, withdrawn__isnull=True, organiser_id__in=organiser_ids
        ).values_list("organiser_id", flat=True)
    )
    return [
        Consent.objects.create(
            organiser_id=organiser_id,
            user=user,
            person_id=person_id,
            version=notice.CURRENT,
            language=language,
            channel=Channel.SIGN_IN,
            given=now,
        )
        for organiser_id in sorted(set(organiser_ids) - done)
    ]


def give_link_consent(*, organiser: Organiser, organisation, language: str, now=None) -> Consent:
    """Whoever answers a follow-up link for a firm agrees to the notice.  Side effects: one Consent row
    (no account, no person: the link is the firm's)."""
    return Consent.objects.create(
        organiser=organiser,
        organisation=organisation,
        version=notice.CURRENT,
        language=language if language in notice.LANGS else "en",
        channel=Channel.LINK,
        given=now or timezone.now(),
    )


@transaction.atomic
def withdraw_consent(*, user, now=None) -> int:
    """The account withdraws every consent it gave.  Side effects: their ``withdrawn`` time; the account is
    asked again before it can use anything.  Returns how many were withdrawn."""
    now = now or timezone.now()
    consents = list(Consent.objects.select_for_update().filter(user=user, withdrawn__isnull=True))
    for consent in consents:
        consent.withdrawn = now
        consent.save(update_fields=["withdrawn"])
    return len(consents)


def _texts(obj, fields) -> set[str]:
    return {str(getattr(obj, f)) for f in fields if isinstance(getattr(obj, f), str) and getattr(obj, f)} | {str(obj)}


@transaction.atomic
def erase_person(*, person: Person, by=None, reason: str = Reason.REQUEST, now=None) -> Erasure:
    """Erase a person's personal data, keeping the record so that meetings, outcomes, leads and every total
    stay as they were.

    Side effects: the person's names become "(삭제됨 #ID)" / "(erased #ID)", title, e-mail, phone, languages
    and consent note are emptied; their account (if any) is renamed "erased-ID", loses e-mail and names,
    cannot sign in any more (no password, deactivated: its sessions end) and its API tokens are revoked;
    notifications to the person or account are deleted, calendar feeds of the person's agenda revoked,
    reasons of their unavailabilities emptied and the sign-in failures recorded for the account name
    deleted; the audit trail's entries about the person and the account lose those values and name them
    anew (``audit.domain.anonymise``); one Erasure row (itself in the trail).  Raises ValidationError for a
    person erased before."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    from gyoryu.agendas.models import CalendarFeed, Owner
    from gyoryu.notifications.models import Notification
    from gyoryu.scheduling.models import Unavailability

    now = now or timezone.now()
    person = Person.objects.select_for_update(of=("self",)).select_related("user").get(pk=person.pk)
    if Erasure.objects.filter(person=person).exists():
        raise ValidationError(_("This person's personal data were erased already."), code="erased")
    old_person = _texts(person, PERSON_FIELDS)
    user = person.user
    with disable_auditlog():  # the trail gets anonymised entries below, never the values being erased
        person.name_ko, person.name_en = f"(삭제됨 #{person.pk})", f"(erased #{person.pk})"
        person.title_ko = person.title_en = person.email = person.phone = person.consent_scope = ""
        person.languages = []
        person.save()
        Notification.objects.filter(person=person).delete()
        CalendarFeed.objects.filter(owner=Owner.PERSON, owner_id=person.pk, revoked__isnull=True).update(
            revoked=now
        )
        Unavailability.objects.filter(person=person).update(reason="")
        if user is not None:
            old_user = _texts(user, USER_FIELDS)
            old_username = user.username
            user.username, user.email, user.first_name, user.last_name = f"erased-{user.pk}", "", "", ""
            user.is_active = False
            user.set_unusable_password()
            user.save()
            ApiToken.objects.filter(user=user, revoked__isnull=True).update(revoked=now)
            Notification.objects.filter(user=user).delete()
            for model in (AccessAttempt, AccessLog, AccessFailureLog):
                model.objects.filter(username=old_username).delete()
    erasure = Erasure.objects.create(organiser_id=person.organiser_id, person=person, at=now, by=by, reason=reason)
    anonymise(obj=person, fields=PERSON_FIELDS, old_texts=old_person, organiser_id=person.organiser_id)
    if user is not None:
        anonymise(obj=user, fields=USER_FIELDS, old_texts=old_user, organiser_id=None)
    return erasure


def purge(*, months: int, organiser_ids=None, dry_run: bool = False, today: dt.date | None = None):
    """Erase everyone whose last activity is more than ``months`` months ago (``privacy.queries.
    due_for_erasure`` says who).  With ``dry_run`` nothing changes.  Side effects: ``erase_person`` for each
    (reason: retention), each in its own transaction.  Returns (people, cutoff date)."""
    from gyoryu.privacy.queries import due_for_erasure

    today = today or timezone.localdate()
    if organiser_ids is None:
        organiser_ids = list(Organiser.objects.values_list("pk", flat=True))
    people, cutoff = due_for_erasure(organiser_ids=organiser_ids, months=months, today=today)
    people = list(people)
    if not dry_run:
        for person in people:
            erase_person(person=person, reason=Reason.RETENTION)
    return people, cutoff
