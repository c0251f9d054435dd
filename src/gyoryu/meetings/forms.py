from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gyoryu.common import zones
from gyoryu.common.bilingual import pick
from gyoryu.common.forms import ModelForm
from gyoryu.meetings.models import Meeting
from gyoryu.organizations.models import Organisation, Person


class MeetingForm(ModelForm):
    class Meta(ModelForm.Meta):
        model = Meeting
        fields = [
            "requester",
            "counterpart",
            "members",
            "priority",
            "mutual",
            "stop",
            "fixed_start",
            "confirmed",
            "after",
            "notes",
        ]
        widgets = {
            "fixed_start": forms.DateTimeInput(attrs={"type": "datetime-local"}),
            "notes": forms.Textarea(attrs={"rows": 2}),
            "members": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, mission, **kwargs):
        super().__init__(*args, **kwargs)
        directory = Organisation.objects.filter(organiser=mission.organiser)
        self.fields["requester"].queryset = directory.filter(
            pk__in=mission.delegation.values("organisation_id")
        )
        self.fields["counterpart"].queryset = directory
        self.fields["members"].queryset = Person.objects.filter(organiser=mission.organiser).filter(
            pk__in=mission.delegation.values("travellers")
        )
        self.fields["stop"].queryset = mission.stops.all()
        self.fields["after"].queryset = mission.meetings.exclude(pk=self.instance.pk or 0)
        self.fields["members"].required = self.fields["after"].required = False
        self.fields["stop"].required = False
        self.fields["fixed_start"].help_text = _("in the stop's local time")
        self.mission = mission

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("requester") and cleaned.get("requester") == cleaned.get("counterpart"):
            self.add_error("counterpart", _("An organisation cannot meet itself."))
        if cleaned.get("fixed_start") and not cleaned.get("stop"):
            self.add_error("stop", _("A fixed time needs the stop it is at."))
        elif cleaned.get("fixed_start"):
            # the browser sends a wall-clock time; it is the stop's, not the server's, and must exist there
            naive = timezone.localtime(cleaned["fixed_start"]).replace(tzinfo=None)
            stop = cleaned["stop"]
            try:
                cleaned["fixed_start"] = zones.to_instant(naive, stop.timezone, place=pick(stop, "city"))
            except zones.WallTimeError as exc:
                self.add_error("fixed_start", str(exc))
        return cleaned


class RunForm(forms.Form):
    time_limit = forms.IntegerField(label=_("time limit (seconds)"), min_value=5, max_value=3600, initial=60)
    reschedule = forms.BooleanField(
        label=_("change the published schedule as little as possible"), required=False, initial=True
    )
