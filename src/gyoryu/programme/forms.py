"""The page form of a programme item: times are written in the zone they are shown in (the stop's; for a
flight the departure and arrival zones) and turned into aware datetimes here; the rules are the domain's."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django import forms
from django.utils.translation import gettext_lazy as _

from gyoryu.common.bilingual import pick
from gyoryu.common.forms import IdChoiceField, IdMultipleChoiceField
from gyoryu.missions.models import Interpreter, Room, Stop, Venue
from gyoryu.organizations.models import Organisation, Person
from gyoryu.programme.models import ProgrammeItem

LOCAL = "%Y-%m-%dT%H:%M"
LINKS = ("host_organisations", "host_people", "attending_organisations", "attending_people", "interpreters")


class Named(IdChoiceField):
    def label_from_instance(self, obj):
        return _label(obj)


class ManyNamed(IdMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return _label(obj)


def _label(obj) -> str:
    if isinstance(obj, Person):
        org = pick(obj.organisation, "name") if obj.organisation_id else ""
        return f"{pick(obj, 'name')} ({org})" if org else pick(obj, "name")
    if isinstance(obj, Interpreter):
        return f"{pick(obj.person, 'name')} · {', '.join(obj.language_pairs)}"
    if isinstance(obj, Stop):
        return pick(obj, "city")
    if isinstance(obj, Room):
        return f"{pick(obj.venue, 'name')} · {obj.name} ({obj.capacity})"
    return pick(obj, "name") or str(obj)


class ItemForm(forms.Form):
    M = ProgrammeItem
    kind = forms.ChoiceField(label=_("kind"), choices=M.Kind.choices)
    title_ko = forms.CharField(label=_("title (Korean)"), max_length=200, required=False)
    title_en = forms.CharField(label=_("title (English)"), max_length=200, required=False)
    stop = Named(Stop.objects.none(), label=_("stop"), required=False, help_text=M.stop.field.help_text)
    arrival_stop = Named(Stop.objects.none(), label=_("arrival stop"), required=False)
    start = forms.DateTimeField(
        label=_("starts"), input_formats=[LOCAL], widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    end = forms.DateTimeField(
        label=_("ends"), input_formats=[LOCAL], widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    start_zone = forms.CharField(
        label=_("time zone of the start"),
        required=False,
        help_text=_("flights: e.g. Asia/Seoul; else the stop's"),
    )
    end_zone = forms.CharField(label=_("time zone of the end"), required=False)
    place = forms.ChoiceField(label=_("place"), choices=M.Place.choices, widget=forms.RadioSelect)
    venue = Named(Venue.objects.none(), label=_("venue"), required=False)
    room = Named(Room.objects.none(), label=_("room"), required=False)
    site = Named(Organisation.objects.none(), label=_("site of"), required=False)
    address = forms.CharField(label=_("address"), max_length=300, required=False)
    description_ko = forms.CharField(
        label=_("description (Korean)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    description_en = forms.CharField(
        label=_("description (English)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    attendance = forms.ChoiceField(
        label=_("who attends"), choices=M.Attendance.choices, widget=forms.RadioSelect
    )
    attending_organisations = ManyNamed(
        Organisation.objects.none(), label=_("attending firms"), required=False
    )
    attending_people = ManyNamed(Person.objects.none(), label=_("attending people"), required=False)
    host_organisations = ManyNamed(Organisation.objects.none(), label=_("hosts"), required=False)
    host_people = ManyNamed(Person.objects.none(), label=_("hosting people"), required=False)
    interpreters_needed = forms.IntegerField(
        label=_("interpreters needed"), min_value=0, max_value=20, required=False
    )
    interpreters = ManyNamed(Interpreter.objects.none(), label=_("interpreters"), required=False)
    dress_code_ko = forms.CharField(label=_("dress code (Korean)"), max_length=200, required=False)
    dress_code_en = forms.CharField(label=_("dress code (English)"), max_length=200, required=False)
    notes_ko = forms.CharField(
        label=_("notes (Korean)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    notes_en = forms.CharField(
        label=_("notes (English)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, mission, item: ProgrammeItem | None = None, **kwargs):
        if item is not None and not args and "initial" not in kwargs:
            kwargs["initial"] = initial_of(item)
        super().__init__(*args, **kwargs)
        self.mission = mission
        stops = Stop.objects.filter(mission=mission).order_by("order")
        delegation = mission.delegation.values("organisation_id")
        directory = Organisation.objects.filter(organiser=mission.organiser)
        people = Person.objects.filter(organiser=mission.organiser).select_related("organisation")
        travellers = mission.delegation.values("travellers")
        partners = mission.targets.values("organisation_id")
        f = self.fields
        f["stop"].queryset = f["arrival_stop"].queryset = stops
        f["venue"].queryset = Venue.objects.filter(stop__mission=mission)
        f["room"].queryset = Room.objects.filter(venue__stop__mission=mission).select_related("venue")
        f["site"].queryset = f["host_organisations"].queryset = directory.filter(pk__in=partners)
        f["attending_organisations"].queryset = directory.filter(pk__in=delegation)
        f["attending_people"].queryset = people.filter(pk__in=travellers)
        f["host_people"].queryset = people.filter(organisation_id__in=partners)
        f["interpreters"].queryset = mission.interpreters.select_related("person")
        if item is not None:  # what is already chosen stays selectable
            chosen = initial_of(item)
            for name in LINKS:
                extra = f[name].queryset.model.objects.filter(pk__in=chosen[name])
                f[name].queryset = (f[name].queryset | extra).distinct()

    def clean(self):
        cleaned = super().clean()
        for name, zone_field, stop_field in (
            ("start", "start_zone", "stop"),
            ("end", "end_zone", "arrival_stop"),
        ):
            value = cleaned.get(name)
            if value is None:
                continue
            zone = self._zone_for(cleaned, zone_field, stop_field)
            if zone is not None:
                cleaned[name] = value.replace(tzinfo=None).replace(tzinfo=zone)
        return cleaned

    def _zone_for(self, cleaned, zone_field: str, stop_field: str):
        """The zone a time was written in: the one given, else the stop's (for a flight's end: the arrival
        stop's, else the departure stop's)."""
        name = (cleaned.get(zone_field) or "").strip()
        if not name or cleaned.get("kind") != ProgrammeItem.Kind.FLIGHT:
            stop = cleaned.get(stop_field) if cleaned.get("kind") == ProgrammeItem.Kind.FLIGHT else None
            stop = stop or cleaned.get("stop") or cleaned.get("arrival_stop")
            name = stop.timezone if stop else name
        try:
            return zoneinfo.ZoneInfo(name) if name else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            self.add_error(zone_field, _("“%(name)s” is not a known time zone.") % {"name": name})
            return None

    def data_and_links(self) -> tuple[dict, dict]:
        cleaned = dict(self.cleaned_data)
        links = {name: list(cleaned.pop(name)) for name in LINKS}
        cleaned["interpreters_needed"] = cleaned.get("interpreters_needed") or 0
        return cleaned, links


def initial_of(item: ProgrammeItem) -> dict:
    def local(moment: dt.datetime, zone: str) -> str:
        return moment.astimezone(zoneinfo.ZoneInfo(zone)).strftime(LOCAL)

    out = {f: getattr(item, f) for f in ItemForm.base_fields if f not in LINKS and hasattr(item, f)}
    out.update(start=local(item.start, item.start_zone), end=local(item.end, item.end_zone))
    out.update({name: [o.pk for o in getattr(item, name).all()] for name in LINKS})
    return out
