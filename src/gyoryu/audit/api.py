"""The audit trail over the API, for organiser staff (their organisers' entries) and administrators."""

from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.errors import HttpError

from gyoryu.audit import present, queries
from gyoryu.audit.schemas import ACTIONS, EntryOut, HistoryFilters
from gyoryu.common.permissions import allowed, require_or_404

router = Router(tags=["history"])


def _out(row) -> dict:
    entry = row.entry
    return {
        "id": entry.pk,
        "at": entry.timestamp,
        "actor": entry.actor.username if entry.actor_id else None,
        "actor_label": row.actor,
        "via": entry.via,
        "action": ACTIONS.get(entry.action, "update"),
        "model": row.model_label,
        "model_name": row.what,
        "object_id": entry.object_id,
        "object": row.name,
        "mission": entry.mission_id,
        "changes": [{"field": c.field, "label": c.label, "before": c.before, "after": c.after} for c in row.changes],
    }


@router.get(
    "/history",
    response=list[EntryOut],
    summary="Who changed what and when (organiser staff: their organisers' data), newest first",
)
def history(request, filters: HistoryFilters = Query(...)):
    if not allowed(request.user, "audit.view_history"):
        raise HttpError(403, _("Only organiser staff may read the history."))
    if filters.kind and filters.id:
        obj = queries.subject(filters.kind, filters.id)
        require_or_404(request.user, "audit.view_object_history", obj)
        entries = queries.history(request.user, filters.kind, obj)
    else:
        entries = queries.visible_entries(request.user)
    if filters.mission:
        entries = entries.filter(mission_id=filters.mission)
    entries = queries.filtered(
        entries,
        since=filters.since,
        until=filters.until,
        model=filters.model,
        actor=filters.actor,
    )
    return [_out(row) for row in present.rows(entries[filters.offset : filters.offset + filters.limit])]
