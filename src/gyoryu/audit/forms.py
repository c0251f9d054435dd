from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from gyoryu.audit.registry import TRACKED


def _models():
    return [("", _("everything")), *sorted(((t.label, t.name) for t in TRACKED), key=lambda c: str(c[1]))]


class FilterForm(forms.Form):
    since = forms.DateField(label=_("from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    model = forms.ChoiceField(label=pgettext_lazy("history", "What"), required=False, choices=_models)
    actor = forms.CharField(label=_("account"), required=False, max_length=150)

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["until"] < data["since"]:
            raise forms.ValidationError(_("The end date comes before the start date."))
        return data

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {k: v for k, v in self.cleaned_data.items() if v}
