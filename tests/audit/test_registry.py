"""What the trail follows: the models whose changes matter, every field with a label in both languages,
never a secret."""

from django.utils import translation
from django.utils.functional import Promise

from gyoryu.audit.present import _label
from gyoryu.audit.registry import SECRETS, TRACKED

WANTED = {
    "organizations.Organisation", "organizations.Person", "missions.Mission", "missions.Stop", "missions.Venue",
    "missions.DelegationEntry", "missions.Target", "missions.Interpreter", "meetings.Meeting",
    "followup.Attendance", "followup.Outcome", "followup.Lead", "scheduling.Schedule", "programme.ProgrammeItem",
    "partnerships.Agreement", "partnerships.Document", "partnerships.Obligation", "partnerships.Programme",
    "accounts.ApiToken", "accounts.Invitation", "privacy.Consent", "privacy.Erasure",
}  # fmt: skip


def test_the_models_whose_changes_matter_are_followed():
    from auditlog.registry import auditlog

    followed = {m._meta.label for m in auditlog.get_models()}
    assert WANTED <= followed
    assert followed == {t.label for t in TRACKED}


def test_every_followed_field_has_a_translated_label_and_no_secret_is_followed():
    from auditlog.registry import auditlog

    untranslated, secret = [], []
    for model in auditlog.get_models():
        tracked = next(t for t in TRACKED if t.label == model._meta.label)
        assert isinstance(tracked.name, Promise), tracked.label
        fields = auditlog.get_model_fields(model)["include_fields"] + list(tracked.m2m)
        for name in fields:
            label = tracked.labels.get(name) or model._meta.get_field(name).verbose_name
            if not isinstance(label, Promise):
                untranslated.append(f"{model._meta.label}.{name}")
            if name in SECRETS:
                secret.append(f"{model._meta.label}.{name}")
            with translation.override("ko"):
                korean = _label(model, name)
            with translation.override("en"):
                english = _label(model, name)
            if korean == english and english not in ("SHA-256", "API"):
                untranslated.append(f"{model._meta.label}.{name} ({english})")
    assert untranslated == [], untranslated
    assert secret == []
