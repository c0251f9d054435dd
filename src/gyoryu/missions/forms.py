"""Input of missions and their parts; used by pages and the API alike."""

from __future__ import annotations

import re
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from gyoryu.common.fields import CountryField, LanguagePairsField, ListField, require_one_language
from gyoryu.common.forms import ModelForm
from gyoryu.missions.domain import MISSION_FIELDS, STOP_FIELDS
from gyoryu.missions.models import DelegationEntry, Interpreter, Mission, Stop, Target, Venue


class MissionForm(ModelForm):
    class Meta(ModelForm.Meta):
        model = Mission
        fields = list(MISSION_FIELDS)
        widgets = {
            "purpose_ko": forms.Textarea(attrs={"rows": 3}),
            "purpose_en": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("request_days", "max_pending_requests"):
            self.fields[name].required = False

    def clean(self):
        cleaned = super().clean()
        for name in ("request_days", "max_pending_requests"):
            if cleaned.get(name) is None:
                cleaned[name] = getattr(self.instance, name)
        error = require_one_language(cleaned, "title", _("a title"))
        if error:
            self.add_error("title_en", error)
        return cleaned


SLOT_FIELDS = ("day_start", "day_end", "lunch_start", "lunch_end", "slot_minutes", "travel_minutes")


class StopForm(ModelForm):
    country = CountryField()

    class Meta(ModelForm.Meta):
        model = Stop
        fields = ["order", *STOP_FIELDS]
        widgets = {
            **{
                f: forms.TimeInput(attrs={"type": "time"})
                for f in ("day_start", "day_end", "lunch_start", "lunch_end")
            },
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "end_date": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, mission: Mission | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.mission = mission
        self.fields["order"].required = False
        for name in SLOT_FIELDS:
            self.fields[name].required = False

    def clean_timezone(self):
        name = (self.cleaned_data.get("timezone") or "").strip()
        if name not in zoneinfo.available_timezones():
            raise ValidationError(
                _("“%(tz)s” is not a known time zone; use a name such as America/Los_Angeles."),
                params={"tz": name},
            )
        return name

    def clean(self):
        cleaned = super().clean()
        error = require_one_language(cleaned, "city", _("a city"))
        if error:
            self.add_error("city_en", error)
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", ValidationError(_("The stop ends before it starts.")))
        for name in SLOT_FIELDS:  # not given: the instance's value (the model default for a new stop)
            if cleaned.get(name) is None and name not in ("lunch_start", "lunch_end"):
                cleaned[name] = getattr(self.instance, name)
        if "lunch_start" not in self.data and "lunch_end" not in self.data and not self.instance.pk:
            cleaned["lunch_start"], cleaned["lunch_end"] = self.instance.lunch_start, self.instance.lunch_end
        day_start, day_end = cleaned.get("day_start"), cleaned.get("day_end")
        if day_start and day_end and day_end <= day_start:
            self.add_error("day_end", ValidationError(_("Meetings must end after they start.")))
        lunch_start, lunch_end = cleaned.get("lunch_start"), cleaned.get("lunch_end")
        if bool(lunch_start) != bool(lunch_end) or (lunch_start and lunch_end and lunch_end <= lunch_start):
            self.add_error(
                "lunch_end", ValidationError(_("Give both ends of the lunch break, the end after the start."))
            )
        return cleaned

    def validate_unique(self):
        pass  # the order is assigned by the domain function


class RoomsField(ListField):
    """Rooms or tables written as 'Room A: 8, Table 1: 4' (name: seats)."""

    def to_python(self, value):
        rooms = []
        for item in super().to_python(value):
            match = re.match(r"^(.+?)\s*[:=]\s*(\d+)$", item)
            name, seats = (match.group(1).strip(), int(match.group(2))) if match else (item, 4)
            if seats < 1 or seats > 500:
                raise ValidationError(
                    _("“%(item)s”: seats must be between 1 and 500."), params={"item": item}
                )
            rooms.append((name, seats))
        return rooms


class VenueForm(ModelForm):
    rooms = RoomsField(
        label=_("rooms or tables"), help_text=_("name: seats, comma-separated, e.g. Room A: 8, Table 1: 4")
    )

    class Meta(ModelForm.Meta):
        model = Venue
        fields = ["stop", "name_ko", "name_en", "address", "host"]

    def __init__(self, *args, mission: Mission, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stop"].queryset = mission.stops.all()
        self.fields["host"].required = False
        if organisations is not None:
            self.fields["host"].queryset = organisations
        if self.instance.pk:
            self.initial.setdefault(
                "rooms", ", ".join(f"{r.name}: {r.capacity}" for r in self.instance.rooms.all())
            )

    def clean(self):
        cleaned = super().clean()
        error = require_one_language(cleaned, "name", _("a name"))
        if error:
            self.add_error("name_en", error)
        return cleaned


class DelegationForm(ModelForm):
    class Meta(ModelForm.Meta):
        model = DelegationEntry
        fields = ["organisation", "travellers"]

    def __init__(self, *args, organisations, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["travellers"].queryset = people
        self.fields["travellers"].required = False

    def clean(self):
        cleaned = super().clean()
        org = cleaned.get("organisation")
        for person in cleaned.get("travellers") or []:
            if org and person.organisation_id != org.pk:
                self.add_error(
                    "travellers",
                    ValidationError(
                        _("%(person)s does not work for %(org)s."), params={"person": person, "org": org}
                    ),
                )
        return cleaned


class TargetForm(ModelForm):
    class Meta(ModelForm.Meta):
        model = Target
        fields = ["organisation", "stop", "priority", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, mission: Mission, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["stop"].queryset = mission.stops.all()
        self.fields["stop"].required = False


class InterpreterForm(ModelForm):
    language_pairs = LanguagePairsField(
        label=_("language pairs"), required=True, help_text=_("e.g. ko-en, ko-ja")
    )
    available_days = ListField(
        label=_("available days"), help_text=_("ISO dates, comma-separated; empty = every day")
    )

    class Meta(ModelForm.Meta):
        model = Interpreter
        fields = ["person"]

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people
        if self.instance.pk:
            self.initial.setdefault("language_pairs", self.instance.language_pairs)
            self.initial.setdefault("available_days", self.instance.available_days)

    def clean_available_days(self):
        import datetime as dt

        days = []
        for item in self.cleaned_data.get("available_days") or []:
            try:
                days.append(dt.date.fromisoformat(item).isoformat())
            except ValueError:
                raise ValidationError(
                    _("“%(d)s” is not a date like 2026-03-02."), params={"d": item}
                ) from None
        return days
