"""Input of the brochure's settings."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from gyoryu.common.forms import IdChoiceField


class ContactForm(forms.Form):
    contact = IdChoiceField(
        queryset=None,
        required=False,
        label=_("contact for partners"),
        help_text=_("the organiser's person whom partners abroad write to or call"),
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = people
