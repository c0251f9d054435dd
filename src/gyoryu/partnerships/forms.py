"""Input of partnership pages and the API.  Forms parse; the domain functions check and save."""

from __future__ import annotations

import zoneinfo

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from gyoryu.common.bilingual import pick
from gyoryu.common.fields import require_one_language
from gyoryu.common.forms import IdChoiceField, IdMultipleChoiceField, ModelForm
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import Mission
from gyoryu.organizations.models import Organisation, Person
from gyoryu.partnerships import lifecycle
from gyoryu.partnerships.domain import AGREEMENT_FIELDS, OBLIGATION_FIELDS
from gyoryu.partnerships.models import Agreement, Area, Obligation, Programme, Status
from gyoryu.partnerships.programmes import PROGRAMME_FIELDS
from gyoryu.programme.models import ProgrammeItem

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def by_name(field, attr: str = "name") -> None:
    """Show a choice field's rows in the reader's language (``str()`` would give the English name)."""
    field.label_from_instance = lambda obj: pick(obj, attr)


def _people(organiser):
    return (
        Person.objects.filter(organiser=organiser)
        .select_related("organisation")
        .order_by("name_en", "name_ko")
    )


class AgreementForm(ModelForm):
    field_order = ["kind", "title_ko", "title_en", "parties", "areas"]
    areas = forms.MultipleChoiceField(
        label=_("fields of cooperation"), choices=Area.choices, widget=forms.CheckboxSelectMultiple
    )
    parties = IdMultipleChoiceField(
        label=_("parties"),
        queryset=Organisation.objects.none(),
        help_text=_("at least two organisations from the directory"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    class Meta(ModelForm.Meta):
        model = Agreement
        fields = list(AGREEMENT_FIELDS)
        widgets = {
            "summary_ko": forms.Textarea(attrs={"rows": 3}),
            "summary_en": forms.Textarea(attrs={"rows": 3}),
            "starts_on": DATE,
            "ends_on": DATE,
        }

    def __init__(self, *args, organiser, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parties"].queryset = Organisation.objects.filter(organiser=organiser).order_by(
            "name_en", "name_ko"
        )
        self.fields["owner"].queryset = _people(organiser)
        self.fields["mission"].queryset = Mission.objects.filter(organiser=organiser)
        for name, attr in (("parties", "name"), ("owner", "name"), ("mission", "title")):
            by_name(self.fields[name], attr)
        if self.instance.pk:
            self.initial.setdefault("parties", [p.organisation_id for p in self.instance.parties.all()])
            self.initial.setdefault("areas", self.instance.areas)

    def clean(self):
        cleaned = super().clean()
        error = require_one_language(cleaned, "title", _("a title"))
        if error:
            self.add_error("title_en", error)
        return cleaned

    def _post_clean(self):  # the domain function validates and saves
        pass


class StatusForm(forms.Form):
    to = forms.ChoiceField(label=_("new status"), choices=Status.choices)
    on = forms.DateField(label=_("date of the change"), required=False, widget=DATE)
    ends_on = forms.DateField(
        label=_("in force until"),
        required=False,
        widget=DATE,
        help_text=_("when signing, activating or renewing: the end date"),
    )
    note = forms.CharField(label=_("note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, agreement=None, **kwargs):
        super().__init__(*args, **kwargs)
        if agreement is not None and not self.is_bound:  # offer what is possible; a POST is checked by domain
            labels = dict(Status.choices)
            self.fields["to"].choices = [(s, labels[s]) for s in lifecycle.allowed(agreement.status)]


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("title"), max_length=200, required=False)
    file = forms.FileField(
        label=_("PDF file"),
        help_text=_("a PDF of at most 10 MB"),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )


class SignatoryForm(forms.Form):
    person = IdChoiceField(label=_("signatory"), queryset=Person.objects.none())

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        parties = [p.organisation_id for p in agreement.parties.all()]
        self.fields["person"].queryset = _people(agreement.organiser).filter(organisation_id__in=parties)
        by_name(self.fields["person"])


class ObligationForm(ModelForm):
    class Meta(ModelForm.Meta):
        model = Obligation
        fields = list(OBLIGATION_FIELDS)
        widgets = {"due": DATE}

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        parties = [p.organisation_id for p in agreement.parties.all()]
        self.fields["party"].queryset = Organisation.objects.filter(pk__in=parties)
        self.fields["owner"].queryset = _people(agreement.organiser)
        by_name(self.fields["party"])
        by_name(self.fields["owner"])

    def _post_clean(self):
        pass


class ProgrammeForm(ModelForm):
    participants = IdMultipleChoiceField(
        label=_("participants in the directory"),
        queryset=Person.objects.none(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )

    class Meta(ModelForm.Meta):
        model = Programme
        fields = [*PROGRAMME_FIELDS, "participants"]
        widgets = {
            "starts_on": DATE,
            "ends_on": DATE,
            **{
                f"{f}_{lang}": forms.Textarea(attrs={"rows": 3})
                for f in ("description", "outcome")
                for lang in ("ko", "en")
            },
        }

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["participants"].queryset = _people(agreement.organiser)
        self.fields["mission"].queryset = Mission.objects.filter(organiser=agreement.organiser)
        by_name(self.fields["participants"])
        by_name(self.fields["mission"], "title")
        self.fields["area"].required = False
        self.fields["area"].help_text = _("empty: follows from the type")
        for name in ("direction", "state", "headcount"):
            self.fields[name].required = False

    def clean(self):
        cleaned = super().clean()
        for name in ("direction", "state", "headcount"):
            if cleaned.get(name) in (None, ""):
                cleaned[name] = getattr(self.instance, name) or self.fields[name].initial or 0
        error = require_one_language(cleaned, "title", _("a title"))
        if error:
            self.add_error("title_en", error)
        return cleaned

    def _post_clean(self):
        pass


def local_date(item):
    return item.start.astimezone(zoneinfo.ZoneInfo(item.start_zone)).date()


class LinkForm(forms.Form):
    """A meeting or a programme item of the organiser's missions with one of the parties."""

    meeting = IdChoiceField(label=_("meeting"), queryset=Meeting.objects.none(), required=False)
    programme_item = IdChoiceField(
        label=_("programme item"), queryset=ProgrammeItem.objects.none(), required=False
    )

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        parties = [p.organisation_id for p in agreement.parties.all()]
        self.fields["meeting"].queryset = (
            Meeting.objects.filter(mission__organiser=agreement.organiser)
            .filter(Q(requester_id__in=parties) | Q(counterpart_id__in=parties))
            .select_related("requester", "counterpart", "mission")
        )
        self.fields["meeting"].label_from_instance = lambda m: (
            f"{pick(m.requester, 'name')} – {pick(m.counterpart, 'name')} ({pick(m.mission, 'title')})"
        )
        self.fields["programme_item"].queryset = (
            ProgrammeItem.objects.filter(mission__organiser=agreement.organiser)
            .exclude(
                kind__in=(
                    ProgrammeItem.Kind.FLIGHT,
                    ProgrammeItem.Kind.TRANSFER,
                    ProgrammeItem.Kind.FREE_TIME,
                    ProgrammeItem.Kind.CHECK_IN,
                )
            )
            .select_related("mission")
            .order_by("-start")
        )
        self.fields["programme_item"].label_from_instance = lambda i: (
            f"{pick(i, 'title')} ({local_date(i).isoformat()}, {pick(i.mission, 'title')})"
        )

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("meeting")) == bool(cleaned.get("programme_item")):
            raise forms.ValidationError(_("Choose either a meeting or a programme item."))
        return cleaned


class NetworkFilterForm(forms.Form):
    area = forms.ChoiceField(label=_("field"), choices=[("", _("all fields")), *Area.choices], required=False)
    country = forms.CharField(label=_("country"), max_length=2, required=False, help_text=_("e.g. US"))
    since = forms.DateField(label=_("since"), required=False, widget=DATE)

    def clean_country(self):
        return (self.cleaned_data.get("country") or "").strip().upper()
