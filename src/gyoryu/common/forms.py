"""A ModelForm base whose relation fields refuse out-of-range ids before they reach the database.

A choice like organisation=99999999999999999999 would otherwise make SQLite or PostgreSQL raise an overflow
error (a server error) instead of the usual "Select a valid choice".
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

MAX_ID = 2**63 - 1


def _valid_id(value) -> bool:
    try:
        return 0 < int(str(value).strip()) <= MAX_ID
    except ValueError:
        return False


class IdChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        if value not in self.empty_values and not isinstance(value, models.Model) and not _valid_id(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class IdMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        for item in value:
            if not _valid_id(item):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": item}
                )
        return super()._check_values(value)


def formfield_for(db_field, **kwargs):
    if isinstance(db_field, models.ForeignKey):
        return db_field.formfield(form_class=IdChoiceField, **kwargs)
    if isinstance(db_field, models.ManyToManyField):
        return db_field.formfield(form_class=IdMultipleChoiceField, **kwargs)
    return db_field.formfield(**kwargs)


class ModelForm(forms.ModelForm):
    class Meta:
        formfield_callback = formfield_for
