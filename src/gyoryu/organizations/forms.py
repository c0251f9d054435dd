"""Input of organisations and people.  Pages, the API and imports all validate through these forms."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from gyoryu.common.fields import CountryField, LanguagesField, ListField, require_one_language
from gyoryu.common.forms import ModelForm
from gyoryu.organizations.codes import format_codes, parse_codes
from gyoryu.organizations.domain import ORG_FIELDS
from gyoryu.organizations.models import Organisation, Person

TEXT_FIELDS = ("description", "offers", "seeks")
SHORT_TEXT_FIELDS = ("export_markets",)


class OrganisationForm(ModelForm):
    country = CountryField()
    website = forms.URLField(label=_("website"), required=False, assume_scheme="https", max_length=200)
    certifications = ListField(
        label=_("certifications"), help_text=_("comma-separated, e.g. AS9100, ISO 13485")
    )
    languages = LanguagesField(
        label=_("working languages"), help_text=_("comma-separated codes, e.g. ko, en")
    )
    codes = forms.CharField(
        label=_("industry codes"),
        required=False,
        help_text=_("scheme and code, comma-separated, e.g. KSIC 26410, NAICS 334510"),
    )
    logo = forms.FileField(
        label=_("logo"),
        required=False,
        help_text=_("PNG, JPEG, WebP or GIF, at most 2 MB; shown on the profile and in the brochure"),
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}),
    )
    remove_logo = forms.BooleanField(label=_("remove the logo"), required=False)

    class Meta(ModelForm.Meta):
        model = Organisation
        fields = list(ORG_FIELDS)
        widgets = {
            f"{f}_{lang}": forms.Textarea(attrs={"rows": 4}) for f in TEXT_FIELDS for lang in ("ko", "en")
        } | {f"{f}_{lang}": forms.Textarea(attrs={"rows": 2}) for f in SHORT_TEXT_FIELDS for lang in ("ko", "en")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "codes" not in self.initial:
            self.initial["codes"] = format_codes(self.instance.codes.values_list("scheme", "code"))
        if not (self.instance.pk and self.instance.logo):
            del self.fields["remove_logo"]
        if self.instance.pk:
            self.initial.setdefault("certifications", self.instance.certifications)
            self.initial.setdefault("languages", self.instance.languages)

    def clean_codes(self):
        return parse_codes(self.cleaned_data.get("codes", ""))

    def clean_logo(self):
        """The uploaded file's bytes, checked here so that a bad file is refused with the rest of the form
        kept; None when no file was chosen."""
        from gyoryu.organizations.logos import logo_png

        upload = self.cleaned_data.get("logo")
        if not upload:
            return None
        content = upload.read()
        logo_png(content)
        return content

    def clean(self):
        cleaned = super().clean()
        error = require_one_language(cleaned, "name", _("a name"))
        if error:
            self.add_error("name_en", error)
        return cleaned


class PersonForm(ModelForm):
    languages = LanguagesField(label=_("languages"), help_text=_("comma-separated codes, e.g. ko, en"))

    class Meta(ModelForm.Meta):
        model = Person
        fields = [
            "organisation",
            "name_ko",
            "name_en",
            "title_ko",
            "title_en",
            "email",
            "phone",
            "consent_date",
            "consent_scope",
        ]
        widgets = {"consent_date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisations is not None:
            self.fields["organisation"].queryset = organisations
        if self.instance.pk:
            self.initial.setdefault("languages", self.instance.languages)

    def clean(self):
        cleaned = super().clean()
        error = require_one_language(cleaned, "name", _("a name"))
        if error:
            self.add_error("name_en", error)
        if cleaned.get("consent_date") and not cleaned.get("consent_scope"):
            self.add_error("consent_scope", ValidationError(_("Say what the person consented to.")))
        return cleaned
