"""The engine's conflicts (codes and ids) as sentences in Korean and English, with the names people know."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from gyoryu.common import zones
from gyoryu.common.bilingual import pick
from gyoryu.scheduling import build

MESSAGES = {
    "no_common_slot": lambda p: _("%(meeting)s: %(who)s have no free time in common.") % p,
    "no_room_fits": lambda p: (
        _("%(meeting)s needs %(size)s seats; the largest room or table has %(largest_room)s.") % p
    ),
    "no_interpreter": lambda p: (
        _("%(meeting)s: the two sides share no language and no interpreter covers the pair.") % p
    ),
    "interpreter_unavailable": lambda p: (
        _("%(meeting)s: no interpreter for that pair is free when both sides are.") % p
    ),
    "fixed_slot_unavailable": lambda p: (
        _("%(meeting)s is fixed at %(slot)s, when %(who)s is not available.") % p
    ),
    "fixed_clash": lambda p: _("%(who)s has two fixed meetings at %(slot)s: %(meetings)s.") % p,
    "too_many_requests": lambda p: (
        _("%(who)s has %(required)s meetings to hold but only %(available)s free slots.") % p
    ),
    "precedence_cycle": lambda p: (
        _("These meetings must each come before the next, in a circle: %(meetings)s.") % p
    ),
    "rooms_short": lambda p: (
        _("%(required)s meetings need a room, but there are only %(room_slots)s room slots.") % p
    ),
    "programme_busy": lambda p: (
        _(
            "%(meeting)s cannot be held: whenever both sides would be free, %(who)s are at %(busy)s or on the way."
        )
        % p
    ),
    "programme_narrowed": lambda p: (
        _("%(meeting)s was not fitted in: %(busy)s take %(lost)s of its possible slots; %(left)s were left.")
        % p
    ),
    "relaxation": lambda p: _("The demands can be met only without this rule: %(family)s.") % p,
    "fixed_not_a_slot": lambda p: (
        _(
            "%(meeting)s was agreed for %(at)s, which is not a meeting time at %(stop)s (meetings "
            "%(hours)s local time): it was placed like any other meeting. Tell both sides, or agree a time "
            "within the meeting hours."
        )
        % p
    ),
    "fixed_taken": lambda p: (
        _(
            "%(meeting)s was agreed for %(slot)s, but %(meetings)s take the same people then. Move one of "
            "them by hand, or agree another time."
        )
        % p
    ),
    "fixed_not_held": lambda p: (
        _(
            "%(meeting)s was agreed for %(slot)s, but no table, interpreter or travel time fits it then with "
            "the other meetings. Move it by hand, or agree another time."
        )
        % p
    ),
}


def _names(look: build.Lookup, lang: str):
    def participant(pid: str) -> str:
        from gyoryu.organizations.models import Organisation, Person

        if pid.startswith("i") and pid in look.interpreters:
            return pick(look.interpreters[pid].person, "name", lang)
        model = Organisation if pid.startswith("o") else Person if pid.startswith("p") else None
        obj = model.objects.filter(pk=int(pid[1:])).first() if model and pid[1:].isdigit() else None
        return pick(obj, "name", lang) if obj else pid

    def meeting(mid: str) -> str:
        m = look.meetings.get(mid)
        return f"{pick(m.requester, 'name', lang)} – {pick(m.counterpart, 'name', lang)}" if m else mid

    def busy(bid: str) -> str:
        item = look.busy.get(bid)
        if item is None:
            return bid
        import zoneinfo

        when = item.start.astimezone(zoneinfo.ZoneInfo(item.start_zone)).strftime("%Y-%m-%d %H:%M")
        return f"“{pick(item, 'title', lang)}” ({when})"

    def slot(sid: str) -> str:
        s = look.slots.get(sid)
        if s is None:
            return sid
        stop = look.stop_of_slot[sid]
        return zones.describe(build.moment(s.start), stop.timezone, place=pick(stop, "city", lang))

    return participant, meeting, slot, busy


def _agreed(p: dict, look: build.Lookup, lang: str) -> None:
    """The ``at`` and ``stop`` of a fixed_not_a_slot conflict as words: the time on the stop's clocks."""
    import datetime as dt

    m = look.meetings.get(p.get("meeting_id", ""))
    stop = m.stop if m is not None and m.stop_id else None
    at = dt.datetime.fromisoformat(p["at"])
    if stop is None:
        p["at"], p["stop"], p["hours"] = zones.describe(at, zones.home_zone()), "–", "–"
        return
    p["at"] = zones.describe(at, stop.timezone, place=pick(stop, "city", lang))
    p["stop"] = pick(stop, "city", lang)
    p["hours"] = f"{stop.day_start:%H:%M}–{stop.day_end:%H:%M}"


def describe(conflicts, look: build.Lookup) -> list[dict]:
    """[{"code", "ko", "en"}] for the schedule page, whichever language its reader uses."""
    out = []
    for conflict in conflicts:
        entry = {"code": conflict.code}
        for lang in ("ko", "en"):
            participant, meeting, slot, busy = _names(look, lang)
            p = dict(conflict.params)
            if "meeting" in p:
                p["meeting_id"], p["meeting"] = p["meeting"], meeting(p["meeting"])
            if "meetings" in p:
                p["meetings"] = ", ".join(meeting(m) for m in p["meetings"])
            if "participants" in p:
                p["who"] = ", ".join(participant(x) for x in p["participants"])
            if "participant" in p:
                p["who"] = participant(p["participant"])
            if "busy" in p:
                p["busy"] = ", ".join(busy(b) for b in p["busy"])
            if "slot" in p:
                p["slot"] = slot(p["slot"])
            with translation.override(lang):
                if "at" in p:
                    _agreed(p, look, lang)
                render = MESSAGES.get(conflict.code)
                try:
                    entry[lang] = render(p) if render else f"{conflict.code}: {conflict.params}"
                except (KeyError, TypeError):
                    entry[lang] = f"{conflict.code}: {conflict.params}"
        out.append(entry)
    return out
