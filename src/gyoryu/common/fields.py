"""Form fields shared by features: comma-separated lists, language codes, ISO countries."""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class ListField(forms.CharField):
    """A list of short strings written as 'a, b, c'."""

    def __init__(self, *args, item_max_length: int = 60, **kwargs):
        self.item_max_length = item_max_length
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            items = [str(v).strip() for v in value]
        else:
            items = [v.strip() for v in re.split(r"[,;\n]+", value or "")]
        out: list[str] = []
        for item in items:
            if item and item not in out:
                if len(item) > self.item_max_length:
                    raise ValidationError(
                        _("“%(item)s” is longer than %(n)d characters."),
                        params={"item": item, "n": self.item_max_length},
                    )
                out.append(item)
        return out


class LanguagesField(ListField):
    """ISO 639-1 codes: ko, en, de ..."""

    def to_python(self, value):
        items = [v.lower() for v in super().to_python(value)]
        bad = [v for v in items if not LANGUAGE_CODE.match(v)]
        if bad:
            raise ValidationError(
                _("Use two-letter language codes such as ko, en (not: %(bad)s)."),
                params={"bad": ", ".join(bad)},
            )
        return items


class LanguagePairsField(ListField):
    """Interpreter language pairs: ko-en, ko-ja ..."""

    def to_python(self, value):
        items = [v.lower().replace("–", "-").replace(" ", "") for v in super().to_python(value)]
        bad = [v for v in items if not re.match(r"^[a-z]{2}-[a-z]{2}$", v) or v[:2] == v[3:]]
        if bad:
            raise ValidationError(
                _("Write language pairs as ko-en (not: %(bad)s)."), params={"bad": ", ".join(bad)}
            )
        return items


class CountryField(forms.CharField):
    """An ISO 3166 alpha-2 code; anything else is refused with one clear message (not a length error)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label", _("country"))
        kwargs.setdefault("help_text", _("ISO 3166 code, e.g. KR, US"))
        super().__init__(*args, **kwargs)

    def clean(self, value):
        return clean_country(super().clean(value))


def clean_country(value: str) -> str:
    value = (value or "").strip().upper()
    if not COUNTRY_CODE.match(value):
        raise ValidationError(_("Use a two-letter ISO country code such as KR or US."))
    return value


def require_one_language(cleaned: dict, field: str, label) -> ValidationError | None:
    if not (cleaned.get(f"{field}_ko") or "").strip() and not (cleaned.get(f"{field}_en") or "").strip():
        return ValidationError(_("Give %(label)s in Korean or English (or both)."), params={"label": label})
    return None
