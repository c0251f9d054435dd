"""The partnerships' part of a mission's result report, through the reports feature's extension point
(``gyoryu.reports.registry``): summary lines (agreements signed during the mission, exchange programmes and
their participants) and a table of the mission's exchange programmes.  Registered by ``apps.ready`` when the
reports feature is installed; this module is only imported then.

Only what the report's account may see is counted (``queries.visible_programmes`` /
``visible_agreements``); cancelled programmes are left out.  A mission without agreements or programmes
gets neither lines nor a table.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from gyoryu.common.bilingual import pick
from gyoryu.partnerships import queries
from gyoryu.partnerships.lifecycle import IN_FORCE
from gyoryu.partnerships.models import Programme, Status
from gyoryu.reports.registry import Column, Contributor, Line, ReportContext, Table

SIGNED = (Status.SIGNED, *IN_FORCE, Status.LAPSED)


def _programmes(ctx: ReportContext) -> list[Programme]:
    if "partnership_programmes" not in ctx.cache:
        ctx.cache["partnership_programmes"] = list(
            queries.visible_programmes(ctx.user)
            .filter(mission=ctx.mission)
            .exclude(state=Programme.State.CANCELLED)
            .select_related("agreement")
            .order_by("starts_on", "id")
        )
    return ctx.cache["partnership_programmes"]


def summary(ctx: ReportContext) -> list[Line]:
    programmes = _programmes(ctx)
    agreements = queries.visible_agreements(ctx.user).filter(mission=ctx.mission, status__in=SIGNED).count()
    if not programmes and not agreements:  # a mission without partnership work gets no empty lines
        return []
    return [
        Line("partnership_agreements", _("Partnership agreements signed"), count=agreements),
        Line("exchange_programmes", _("Exchange programmes"), count=len(programmes)),
        Line(
            "exchange_participants",
            _("Exchange programme participants"),
            count=sum(p.headcount for p in programmes),
        ),
    ]


def tables(ctx: ReportContext) -> list[Table]:
    rows = [
        {
            "programme": pick(p, "title"),
            "type": p.get_type_display(),
            "field": p.get_area_display(),
            "start": p.starts_on,
            "end": p.ends_on,
            "state": p.get_state_display(),
            "people": p.headcount,
            "agreement": pick(p.agreement, "title"),
        }
        for p in _programmes(ctx)
    ]
    if not rows:
        return []
    columns = [
        Column("programme", _("Programme")),
        Column("type", _("type of programme")),
        Column("field", _("Field")),
        Column("start", _("from"), "date"),
        Column("end", _("until"), "date"),
        Column("state", _("State")),
        Column("people", _("Participants"), "count"),
        Column("agreement", _("agreement")),
    ]
    note = _(
        "Exchange programmes under partnership agreements that belong to this mission (cancelled ones left out)."
    )
    return [
        Table(
            "exchange_programmes",
            _("Exchange programmes"),
            columns,
            rows,
            note=note,
            compact=("programme", "field", "start", "state", "people"),
        )
    ]


def contributor() -> Contributor:
    return Contributor("partnerships", order=500, summary=summary, tables=tables)
