"""Which models the audit trail follows, which of their fields, and where each change is shown.

One ``Tracked`` per model: the page whose history lists its changes (``subject``: a function of the
instance giving ``(kind, id)``, see ``audit.stamp``), the fields left out (timestamps the database keeps,
counters, secrets: a token's hash is never written to the log), the many-to-many fields followed, and labels
(in both languages) for the model and for fields whose own ``verbose_name`` is not translated.

A feature adds a model by adding a line here; ``tests/audit/test_registry.py`` checks that every followed
field has a translated label.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

# fields never worth a line in the history: kept by the database or counters
NOISE = ("created", "updated", "version", "revision", "last_used")
SECRETS = ("digest", "token_hash", "password")


@dataclass(frozen=True)
class Tracked:
    label: str  # "app.Model"
    name: object  # the model's name for readers (lazy translation)
    subject: str  # the page kind whose history lists the change (see audit.stamp.SUBJECTS)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    m2m: tuple[str, ...] = ()
    labels: dict = field(default_factory=dict)


TRACKED: tuple[Tracked, ...] = (
    Tracked("accounts.Organiser", _("organiser"), "organiser"),
    Tracked("accounts.Membership", _("role"), "organiser", labels={"user": _("account"), "organiser": _("organiser"), "organisation": _("organisation")}),
    Tracked("accounts.ApiToken", _("API token"), "account", labels={"user": _("account"), "prefix": _("token begins with")}),
    Tracked("accounts.Invitation", _("invitation link"), "organisation", labels={"organiser": _("organiser"), "organisation": _("organisation"), "person": _("person"), "expires": _("expires"), "used_by": _("used by")}),
    Tracked("auth.User", _("account"), "account", include=("username", "email", "first_name", "last_name", "is_active", "is_staff", "is_superuser")),
    Tracked("organizations.Organisation", _("organisation"), "organisation", labels={"organiser": _("organiser")}),
    Tracked("organizations.IndustryCode", _("industry code"), "organisation", labels={"organisation": _("organisation")}),
    Tracked("organizations.Person", _("person"), "person", labels={"organiser": _("organiser"), "organisation": _("organisation"), "user": _("account")}),
    Tracked("missions.Mission", _("mission"), "mission", labels={"organiser": _("organiser")}),
    Tracked("missions.Stop", _("stop"), "mission", labels={"mission": _("mission")}),
    Tracked("missions.Venue", _("venue"), "mission", labels={"stop": _("stop"), "host": _("host")}),
    Tracked("missions.Room", _("room or table"), "mission", labels={"venue": _("venue")}),
    Tracked("missions.DelegationEntry", _("delegation firm"), "mission", m2m=("travellers",), labels={"mission": _("mission"), "organisation": _("organisation"), "travellers": _("travellers")}),
    Tracked("missions.Target", _("target"), "mission", labels={"mission": _("mission"), "organisation": _("organisation"), "stop": _("stop")}),
    Tracked("missions.Interpreter", _("interpreter"), "mission", labels={"mission": _("mission"), "person": _("person")}),
    Tracked("meetings.Meeting", _("meeting"), "mission", m2m=("members", "after"), labels={"mission": _("mission"), "requested_by": _("requested by (account)"), "answered_by": _("answered by"), "answered": _("answered")}),
    Tracked("followup.Attendance", _("attendance"), "mission", labels={"meeting": _("meeting"), "at": _("checked in"), "by": _("by")}),
    Tracked("followup.Outcome", _("outcome"), "mission", labels={"meeting": _("meeting"), "recorded_by": _("recorded by")}),
    Tracked("followup.CurrencyRate", _("currency rate"), "mission", labels={"mission": _("mission")}),
    Tracked("followup.Lead", _("lead"), "lead", labels={"mission": _("mission"), "meeting": _("meeting"), "firm": _("firm"), "partner": _("partner")}),
    Tracked("followup.Task", _("task"), "lead", labels={"lead": _("lead")}),
    Tracked("followup.CheckIn", _("follow-up check-in"), "lead", labels={"lead": _("lead"), "firm": _("firm"), "months": _("months after the mission"), "due": _("due"), "sent_at": _("sent"), "expires": _("link expires"), "answered_at": _("answered")}),
    Tracked("scheduling.Schedule", _("schedule"), "mission", include=("number", "status", "base", "time_limit", "fairness", "created_by", "published"), labels={"base": _("changes as little as possible"), "time_limit": _("time limit (seconds)"), "fairness": _("fairness of idle gaps"), "created_by": _("made by"), "published": _("published")}),
    Tracked("scheduling.Placement", _("meeting time"), "mission", labels={"schedule": _("schedule"), "meeting": _("meeting"), "start": _("starts"), "end": _("ends"), "stop": _("stop"), "room": _("room or table"), "interpreter": _("interpreter")}),
    Tracked("scheduling.Unavailability", _("unavailability"), "mission", labels={"mission": _("mission"), "organisation": _("organisation"), "person": _("person")}),
    Tracked("scheduling.TravelTime", _("travel time"), "mission", labels={"origin": _("from venue"), "destination": _("to venue"), "minutes": _("minutes")}),
    Tracked("programme.ProgrammeItem", _("programme item"), "item", m2m=("host_organisations", "host_people", "attending_organisations", "attending_people", "interpreters"), labels={"mission": _("mission"), "venue": _("venue"), "room": _("room or table")}),
    Tracked("partnerships.Agreement", _("agreement"), "agreement", labels={"organiser": _("organiser")}),
    Tracked("partnerships.Party", _("party"), "agreement", labels={"agreement": _("agreement"), "organisation": _("organisation")}),
    Tracked("partnerships.Signatory", _("signatory"), "agreement", labels={"agreement": _("agreement"), "person": _("person"), "organisation": _("organisation")}),
    Tracked("partnerships.Document", _("document"), "agreement", exclude=("file", "uploaded"), labels={"agreement": _("agreement"), "filename": _("file name"), "size": _("size (bytes)"), "pages": _("pages"), "sha256": _("SHA-256"), "uploaded_by": _("uploaded by")}),
    Tracked("partnerships.Obligation", _("obligation or action"), "agreement", labels={"agreement": _("agreement")}),
    Tracked("partnerships.Programme", _("exchange programme"), "exchange", m2m=("participants",), labels={"agreement": _("agreement")}),
    Tracked("partnerships.Link", _("linked meeting or item"), "agreement", labels={"agreement": _("agreement"), "meeting": _("meeting"), "programme_item": _("programme item"), "by": _("by")}),
    Tracked("valuechains.Chain", _("value chain"), "chain", labels={"organiser": _("organiser")}),
    Tracked("valuechains.Stage", _("stage"), "chain", labels={"chain": _("value chain")}),
    Tracked("valuechains.StageCode", _("industry code of a stage"), "chain", labels={"stage": _("stage")}),
    Tracked("valuechains.Placement", _("placement"), "chain", exclude=("evidence",), labels={"stage": _("stage"), "organisation": _("organisation"), "proposed_at": _("proposed"), "proposed_by": _("proposed by"), "decided_at": _("decided"), "decided_by": _("decided by")}),
    Tracked("agendas.CalendarFeed", _("calendar feed"), "mission", labels={"mission": _("mission"), "owner_id": _("for"), "prefix": _("address begins with"), "created_by": _("made by"), "revoked": _("revoked")}),
    Tracked("agendas.AgendaSettings", _("agenda settings"), "mission", labels={"mission": _("mission")}),
    Tracked("brochure.Brochure", _("brochure"), "mission", labels={"mission": _("mission")}),
    Tracked("privacy.Consent", _("consent"), "person", labels={"organiser": _("organiser"), "user": _("account"), "person": _("person"), "organisation": _("organisation")}),
    Tracked("privacy.Erasure", _("erasure of personal data"), "person", labels={"organiser": _("organiser"), "person": _("person")}),
)  # fmt: skip

BY_LABEL = {t.label: t for t in TRACKED}


def tracked_for(model) -> Tracked | None:
    return BY_LABEL.get(model._meta.label)


def register_all() -> None:
    """Connect django-auditlog to every tracked model (called once, when the apps are ready)."""
    from auditlog.registry import auditlog
    from django.apps import apps

    for tracked in TRACKED:
        try:
            model = apps.get_model(tracked.label)
        except LookupError:  # a feature that is not installed
            continue
        skip = {*tracked.exclude, *NOISE, *SECRETS, model._meta.pk.name}
        fields = [f.name for f in model._meta.concrete_fields if f.name not in skip]
        if tracked.include:
            fields = [name for name in fields if name in tracked.include]
        auditlog.register(model, include_fields=fields, m2m_fields=set(tracked.m2m))
