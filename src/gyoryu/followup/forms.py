"""Input of follow-up pages.  Forms only parse; the domain functions validate money and save."""

from __future__ import annotations

from django import forms
from django.core.validators import MinValueValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gyoryu.common.forms import IdChoiceField, ModelForm
from gyoryu.followup.domain import OUTCOME_FIELDS
from gyoryu.followup.models import Outcome, Stage
from gyoryu.organizations.models import Person
from gyoryu.privacy.forms import consent_field

NOT_NEGATIVE = MinValueValidator(0, message=_("Amounts cannot be negative."))
CURRENCY_HELP = _("three letters, e.g. USD, KRW, EUR")


def currency(label=None) -> forms.CharField:
    return forms.CharField(
        label=label or _("currency"),
        max_length=3,
        required=False,
        widget=forms.TextInput(attrs={"size": 4, "autocapitalize": "characters", "list": "currencies"}),
    )


class OutcomeForm(ModelForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    consultation_currency = currency(_("currency of the consultation amount"))
    expected_contract_currency = currency(_("currency of the expected contract amount"))
    onsite_contract_currency = currency(_("currency of the on-site contract amount"))

    class Meta(ModelForm.Meta):
        model = Outcome
        fields = list(OUTCOME_FIELDS)
        widgets = {
            "products_discussed": forms.Textarea(attrs={"rows": 2}),
            "next_step": forms.Textarea(attrs={"rows": 2}),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "next_step_due": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, meeting, currencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and "USD" in currencies:  # a new outcome: amounts in USD unless changed
            for name in ("consultation_currency", "expected_contract_currency", "onsite_contract_currency"):
                self.fields[name].initial = "USD"
        self.fields["next_step_owner"].queryset = people_of(
            meeting.mission, meeting.requester, meeting.counterpart
        )
        for name in ("consultation_amount", "expected_contract_amount", "onsite_contract_amount"):
            self.fields[name].widget.attrs.update({"inputmode": "decimal", "min": "0", "step": "0.01"})
            self.fields[name].validators.append(NOT_NEGATIVE)

    def _post_clean(self):  # the domain function validates and saves, not the model form
        pass


def people_of(mission, *organisations):
    """People who may own a next step or task: the two sides' people and the organiser's own people."""
    return Person.objects.filter(
        Q(organisation__in=organisations) | Q(organisation__isnull=True, organiser=mission.organiser)
    ).order_by("name_en", "name_ko")


class RateForm(forms.Form):
    currency = forms.CharField(label=_("currency"), max_length=3, help_text=CURRENCY_HELP)
    usd_per_unit = forms.DecimalField(label=_("USD per unit"), max_digits=20, decimal_places=10, min_value=0)
    krw_per_unit = forms.DecimalField(label=_("KRW per unit"), max_digits=20, decimal_places=6, min_value=0)


class StageForm(forms.Form):
    stage = forms.ChoiceField(label=_("stage"), choices=Stage.choices)
    lost_reason = forms.CharField(
        label=_("why it was lost"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    export_amount = forms.DecimalField(
        label=_("export amount"), required=False, max_digits=16, decimal_places=2, validators=[NOT_NEGATIVE]
    )
    export_currency = currency(_("currency of the export amount"))


class TaskForm(forms.Form):
    title = forms.CharField(label=_("task"), max_length=300)
    due = forms.DateField(label=_("due"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    owner = IdChoiceField(label=_("owner"), queryset=Person.objects.none(), required=False)

    def __init__(self, *args, lead, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = people_of(lead.mission, lead.firm, lead.partner)


class AnswerForm(forms.Form):
    stage = forms.ChoiceField(
        label=_("Where does it stand now?"), choices=Stage.choices, widget=forms.RadioSelect
    )
    export_amount = forms.DecimalField(
        label=_("exports so far (if any)"),
        required=False,
        max_digits=16,
        decimal_places=2,
        validators=[NOT_NEGATIVE],
    )
    export_currency = currency(_("currency of the exports"))
    comment = forms.CharField(
        label=_("comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("what happened, what would help; required if it did not work out"),
    )
    consent = consent_field()
