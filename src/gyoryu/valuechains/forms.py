"""Input of value-chain pages and the API.  Forms parse; the domain functions check and save."""

from __future__ import annotations

from django import forms
from django.db.models import F, Min
from django.utils.translation import gettext_lazy as _

from gyoryu.common.bilingual import pick
from gyoryu.common.fields import CountryField, require_one_language
from gyoryu.common.forms import IdChoiceField, ModelForm
from gyoryu.missions.models import Mission, Status
from gyoryu.organizations.codes import format_codes, parse_codes
from gyoryu.organizations.models import Organisation
from gyoryu.valuechains.domain import CHAIN_FIELDS, STAGE_FIELDS
from gyoryu.valuechains.models import Chain, Stage


def by_name(field, attr: str = "name") -> None:
    field.label_from_instance = lambda obj: pick(obj, attr)


class ChainForm(ModelForm):
    home_country = CountryField(
        label=_("home country"),
        initial="KR",
        help_text=_("ISO code; organisations of this country are the local firms, all others partners"),
    )
    from_template = forms.BooleanField(
        label=_("start with the sector's usual stages"),
        required=False,
        initial=True,
        help_text=_("aerospace, medical devices, wearables and displays have a template; change it freely"),
    )

    class Meta(ModelForm.Meta):
        model = Chain
        fields = list(CHAIN_FIELDS)
        widgets = {
            "description_ko": forms.Textarea(attrs={"rows": 2}),
            "description_en": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["from_template"]

    def clean(self):
        cleaned = super().clean()
        error = require_one_language(cleaned, "name", _("a name"))
        if error:
            self.add_error("name_en", error)
        return cleaned


class StageForm(ModelForm):
    codes = forms.CharField(
        label=_("industry codes"),
        required=False,
        help_text=_(
            "scheme and code, comma-separated, e.g. KSIC 3132, NAICS 336413; an organisation "
            "with a code inside one of them is proposed for the stage"
        ),
    )
    order = forms.IntegerField(
        label=_("position"), required=False, min_value=1, max_value=100, help_text=_("empty: last")
    )

    class Meta(ModelForm.Meta):
        model = Stage
        fields = list(STAGE_FIELDS)
        widgets = {
            "description_ko": forms.Textarea(attrs={"rows": 2}),
            "description_en": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["order"]
            self.initial.setdefault("codes", format_codes(self.instance.codes.values_list("scheme", "code")))

    def clean_codes(self):
        return parse_codes(self.cleaned_data.get("codes", ""))

    def clean(self):
        cleaned = super().clean()
        error = require_one_language(cleaned, "name", _("a name"))
        if error:
            self.add_error("name_en", error)
        return cleaned


class PlaceForm(forms.Form):
    stage = IdChoiceField(label=_("stage"), queryset=Stage.objects.none())
    organisation = IdChoiceField(label=_("organisation"), queryset=Organisation.objects.none())
    note = forms.CharField(
        label=_("reason"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, chain: Chain, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].queryset = chain.stages.order_by("order")
        self.fields["organisation"].queryset = Organisation.objects.filter(
            organiser_id=chain.organiser_id
        ).order_by("name_en", "name_ko")
        by_name(self.fields["stage"])
        by_name(self.fields["organisation"])


class DecisionForm(forms.Form):
    note = forms.CharField(
        label=_("reason"),
        required=False,
        max_length=2000,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


def target_missions(chain: Chain):
    """Missions of the chain's organiser that may still get targets (not closed): the next one first
    (missions without stops yet, then by their first day, latest first)."""
    return (
        Mission.objects.filter(organiser_id=chain.organiser_id)
        .exclude(status=Status.CLOSED)
        .annotate(first_day=Min("stops__start_date"))
        .order_by(F("first_day").desc(nulls_first=True), "-pk")
    )


class TargetForm(forms.Form):
    mission = IdChoiceField(label=_("mission"), queryset=Mission.objects.none())
    organisation = IdChoiceField(label=_("organisation"), queryset=Organisation.objects.none())

    def __init__(self, *args, chain: Chain, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mission"].queryset = target_missions(chain)
        self.fields["organisation"].queryset = Organisation.objects.filter(organiser_id=chain.organiser_id)
        by_name(self.fields["mission"], "title")
        by_name(self.fields["organisation"])
