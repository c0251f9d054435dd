"""Send notifications: one function, used by every feature.

``notify`` writes each message in the recipient's own language (ko or en), keeps it in the app for the
recipient's account, and e-mails it when an address is known: by the ``send_notification`` task, enqueued when
the caller's transaction commits (a rolled-back change sends nothing, and no transaction waits for an SMTP
server).  A ``key`` makes a notice idempotent (reminders run daily; each reminder goes out once).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from gyoryu.common.queue import enqueue_on_commit
from gyoryu.notifications.models import Notification


@dataclass(frozen=True)
class Recipient:
    user: object | None = None
    person: object | None = None

    @property
    def email(self) -> str:
        if self.person is not None and self.person.email:
            return self.person.email
        return getattr(self.user, "email", "") or ""


def language_of(recipient: Recipient) -> str:
    """ko for Korean speakers (Korean organisations first), else en."""
    person = recipient.person
    if person is None and recipient.user is not None:
        person = getattr(recipient.user, "person", None)
    if person is None:
        return "ko" if settings.LANGUAGE_CODE == "ko" else "en"
    langs = [lang for lang in person.languages if lang in ("ko", "en")]
    if langs == ["ko"] or ("ko" in langs and person.organisation and person.organisation.country == "KR"):
        return "ko"
    if not langs and person.organisation is not None:
        return "ko" if person.organisation.country == "KR" else "en"
    return "en" if langs else ("ko" if settings.LANGUAGE_CODE == "ko" else "en")


def recipients_for(*, people=(), users=()) -> list[Recipient]:
    """People and accounts as recipients, one each (a person with an account counts once)."""
    out, seen_people, seen_users = [], set(), set()
    for person in people:
        if person is None or person.pk in seen_people:
            continue
        seen_people.add(person.pk)
        if person.user_id:
            seen_users.add(person.user_id)
        out.append(Recipient(user=person.user if person.user_id else None, person=person))
    for user in users:
        if user is None or user.pk in seen_users:
            continue
        seen_users.add(user.pk)
        out.append(Recipient(user=user, person=getattr(user, "person", None)))
    return out


def recipients_of(*, organisation_ids, people=()) -> list[Recipient]:
    """Everyone who speaks for these organisations: their people and the accounts acting for them (delegates,
    guests), plus ``people``; each once."""
    from gyoryu.accounts.models import Membership
    from gyoryu.organizations.models import Person

    ids = list(organisation_ids)
    staff = list(Person.objects.filter(organisation_id__in=ids).select_related("user", "organisation"))
    users = [m.user for m in Membership.objects.filter(organisation_id__in=ids).select_related("user")]
    return recipients_for(people=[*staff, *people], users=users)


def notify(*, recipients: list[Recipient], kind: str, context: dict, url: str = "", key: str = "") -> list:
    """Side effects: one Notification per recipient (skipped when ``key`` was already sent to them) and,
    where an address is known, a ``send_notification`` task once the transaction commits.  Templates: notifications/<kind>_subject.txt and <kind>_body.txt,
    rendered in the recipient's language as plain text (not HTML-escaped; pages escape it when shown).
    Returns the notifications created."""
    created = []
    for r in recipients:
        if (
            key
            and Notification.objects.filter(
                key=key, user=r.user if r.user else None, person=r.person if r.person else None
            ).exists()
        ):
            continue
        lang = language_of(r)
        with translation.override(lang):  # plain text: the "text" engine does not HTML-escape
            subject = render_to_string(f"notifications/{kind}_subject.txt", context, using="text")
            subject = " ".join(subject.split())
            body = render_to_string(f"notifications/{kind}_body.txt", {**context, "url": url}, using="text")
            body = body.strip()
        note = Notification.objects.create(
            user=r.user,
            person=r.person,
            email=r.email,
            language=lang,
            kind=kind,
            key=key,
            subject=subject[:300],
            body=body,
            url=url,
        )
        if r.email:
            from gyoryu.notifications.tasks import send_notification

            enqueue_on_commit(send_notification, notification_id=note.pk)
        created.append(note)
    return created


def send_email(*, notification: Notification) -> bool:
    """E-mail a notification (once: one already sent is not sent again); return whether it went.  Side
    effects: the message to the SMTP server (or the configured mail backend); ``sent`` set, or on failure
    ``error`` (the notice stays in the app either way; the failure is recorded, not raised)."""
    if notification.sent or not notification.email:
        return False
    url = notification.url
    body = notification.body + (f"\n\n{absolute(url)}" if url else "")
    try:
        send_mail(notification.subject, body, None, [notification.email])
    except OSError as exc:
        notification.error = str(exc)[:300]
    else:
        notification.sent, notification.error = timezone.now(), ""
    notification.save(update_fields=["sent", "error"])
    return notification.sent is not None


def absolute(url: str) -> str:
    """Links in e-mails must work outside the app: prefix the site's address (setting base_url)."""
    return url if "://" in url or not url else f"{settings.BASE_URL}{url}"


def mark_read(*, user, ids=None) -> int:
    """Side effects: the account's notifications (all, or ``ids``) are marked read."""
    qs = Notification.objects.filter(user=user, read__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    return qs.update(read=timezone.now())
