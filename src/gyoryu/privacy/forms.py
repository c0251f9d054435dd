from django import forms
from django.utils.translation import gettext_lazy as _


class ConsentForm(forms.Form):
    agree = forms.BooleanField(
        label=_("I have read the privacy notice and agree to the processing of my personal data as it says."),
        error_messages={"required": _("Tick the box to agree, or sign out if you do not agree.")},
    )


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand: this person's personal data are erased for good; meetings and totals stay."),
        error_messages={"required": _("Tick the box to confirm the erasure.")},
    )


def consent_field():
    """The consent asked on pages answered by a link, without an account (follow-up check-ins)."""
    return forms.BooleanField(
        label=_("I agree to the processing of the personal data in this answer as the privacy notice says."),
        error_messages={"required": _("Tick the box to agree to the privacy notice; without it nothing is sent.")},
    )
