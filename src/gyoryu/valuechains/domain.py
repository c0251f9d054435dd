"""Every state change of value chains, one keyword-only function each; each docstring lists its side effects.

Refusals are ``ValidationError`` raised before anything is written, in the active language.  A placement
moves only along ``TRANSITIONS``:

    proposed -> accepted | rejected;  accepted -> rejected (taken off the stage);  rejected -> proposed
    (proposed again by a person; the engine never proposes a rejected placement again)
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gyoryu.audit.domain import record_created
from gyoryu.valuechains.models import Chain, Placement, PlacementChange, PlacementStatus, Stage, StageCode

S = PlacementStatus
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.PROPOSED: (S.ACCEPTED, S.REJECTED),
    S.ACCEPTED: (S.REJECTED,),
    S.REJECTED: (S.PROPOSED,),
}
CHAIN_FIELDS = ("sector", "name_ko", "name_en", "description_ko", "description_en", "home_country")
STAGE_FIELDS = ("name_ko", "name_en", "description_ko", "description_en")


def refusal(current: str, target: str) -> str:
    """Why a placement that is ``current`` cannot become ``target``, in the active language."""
    labels = dict(S.choices)
    if current == target:
        return _("This placement is already “%(status)s”.") % {"status": labels[current]}
    if current == S.REJECTED and target == S.ACCEPTED:
        return _("A rejected placement cannot be accepted: propose it again first.")
    return _("A placement that is “%(current)s” cannot become “%(target)s”.") % {
        "current": labels[current],
        "target": labels[target],
    }


def _apply(obj, data: dict, fields) -> None:
    for key, value in data.items():
        if key in fields:
            setattr(obj, key, value)
    if not (obj.name_ko or "").strip() and not (obj.name_en or "").strip():
        raise ValidationError({"name_en": _("Give a name in Korean or English (or both).")})
    obj.full_clean()
    obj.save()


def _set_codes(stage: Stage, codes) -> None:
    """``codes``: (scheme, code) pairs; replaces the stage's codes (the new ones recorded in the audit
    trail: ``bulk_create`` sends no signal)."""
    stage.codes.all().delete()
    pairs = list(dict.fromkeys(codes))
    record_created(
        objects=StageCode.objects.bulk_create([StageCode(stage=stage, scheme=s, code=c) for s, c in pairs])
    )


@transaction.atomic
def create_chain(*, organiser, data: dict, stages: list[dict] = ()) -> Chain:
    """Side effects: a Chain of ``organiser``; for each of ``stages`` (dicts of names, descriptions and
    "codes" as (scheme, code) pairs or "SCHEME code" strings), a Stage in that order with its StageCode
    rows."""
    chain = Chain(organiser=organiser)
    data = {**data, "home_country": (data.get("home_country") or "KR").upper()}
    _apply(chain, data, CHAIN_FIELDS)
    for spec in stages:
        add_stage(chain=chain, data=spec, codes=parse_codes(spec.get("codes", [])))
    return chain


@transaction.atomic
def update_chain(*, chain: Chain, data: dict) -> Chain:
    """Side effects: the chain's fields saved."""
    if "home_country" in data:
        data = {**data, "home_country": (data["home_country"] or "KR").upper()}
    _apply(chain, data, CHAIN_FIELDS)
    return chain


def parse_codes(values) -> list[tuple[str, str]]:
    """(SCHEME, code) pairs from pairs or from "KSIC 3132" strings, checked by the organisations' own code
    formats (``organizations.codes``); a ValidationError on "codes" names every bad one."""
    from gyoryu.organizations.codes import parse_codes as parse_text

    text = ", ".join(" ".join(v) if isinstance(v, tuple | list) else str(v) for v in values)
    try:
        return parse_text(text)
    except ValidationError as exc:
        raise ValidationError({"codes": exc.messages}) from None


@transaction.atomic
def add_stage(*, chain: Chain, data: dict, codes=(), order: int | None = None) -> Stage:
    """Side effects: a Stage at position ``order`` (1 = first; default: last), the stages from there on
    moved one down; its StageCode rows."""
    stages = list(chain.stages.select_for_update().order_by("-order"))
    last = max((s.order for s in stages), default=0)
    order = last + 1 if order is None or order > last else max(order, 1)
    for s in stages:  # from the last, so (chain, order) stays unique at every step
        if s.order >= order:
            s.order += 1
            s.save(update_fields=["order"])
    stage = Stage(chain=chain, order=order)
    _apply(stage, data, STAGE_FIELDS)
    _set_codes(stage, codes)
    chain.save(update_fields=["updated"])
    return stage


@transaction.atomic
def update_stage(*, stage: Stage, data: dict, codes=None) -> Stage:
    """Side effects: the stage's fields saved; its StageCode rows replaced when ``codes`` is given."""
    _apply(stage, data, STAGE_FIELDS)
    if codes is not None:
        _set_codes(stage, codes)
    return stage


@transaction.atomic
def remove_stage(*, stage: Stage) -> None:
    """Side effects: the stage, its codes and its placements (with their history) deleted; later stages
    moved one up."""
    chain, order = stage.chain, stage.order
    stage.delete()
    for s in chain.stages.filter(order__gt=order).order_by("order"):
        s.order -= 1
        s.save(update_fields=["order"])


def _log(placement: Placement, from_status: str, user, note: str, at) -> None:
    PlacementChange.objects.create(
        placement=placement, from_status=from_status, to_status=placement.status, at=at, by=user, note=note
    )


@transaction.atomic
def place(*, stage: Stage, organisation, user, note: str = "") -> Placement:
    """A person proposes ``organisation`` for ``stage`` (or proposes a rejected placement again).
    Side effects: a Placement (proposed, by ``user``) or the rejected one proposed again; a PlacementChange.
    Refused when it is already proposed or accepted there, or belongs to another organiser."""
    if organisation.organiser_id != stage.chain.organiser_id:
        raise ValidationError({"organisation": _("Choose an organisation from your directory.")})
    now = timezone.now()
    placement = Placement.objects.select_for_update().filter(stage=stage, organisation=organisation).first()
    if placement is None:
        placement = Placement.objects.create(
            stage=stage, organisation=organisation, note=note, proposed_at=now, proposed_by=user
        )
        _log(placement, "", user, note, now)
        return placement
    if placement.status != S.REJECTED:
        raise ValidationError(
            {
                "organisation": _("%(org)s is already on this stage (%(status)s).")
                % {"org": organisation, "status": placement.get_status_display()}
            }
        )
    placement.status, placement.note = S.PROPOSED, note
    placement.proposed_at, placement.proposed_by = now, user
    placement.decided_at = placement.decided_by = None
    placement.save()
    _log(placement, S.REJECTED, user, note, now)
    return placement


@transaction.atomic
def record_proposals(*, chain: Chain, proposals) -> list[Placement]:
    """The matching engine's proposals (``matching.Proposal``) saved for the stages that do not hold the
    organisation yet, in any status: a rejection stands.  Side effects: Placement rows (proposed, by no
    account, with the score and the evidence) and their PlacementChange rows.  Returns the new ones."""
    now = timezone.now()
    taken = set(Placement.objects.filter(stage__chain=chain).values_list("stage_id", "organisation_id"))
    made = []
    for p in proposals:
        if p.stage.chain_id != chain.pk or (p.stage.pk, p.organisation.pk) in taken:
            continue
        placement = Placement.objects.create(
            stage=p.stage,
            organisation=p.organisation,
            score=p.score,
            evidence=p.evidence,
            proposed_at=now,
        )
        _log(placement, "", None, "", now)
        taken.add((p.stage.pk, p.organisation.pk))
        made.append(placement)
    return made


def _decide(placement: Placement, to: str, user, note: str) -> Placement:
    placement = Placement.objects.select_for_update().get(pk=placement.pk)
    current = placement.status
    if to not in TRANSITIONS.get(current, ()):
        raise ValidationError({"status": refusal(current, to)})
    now = timezone.now()
    placement.status, placement.note = to, note
    placement.decided_at, placement.decided_by = now, user
    placement.save()
    _log(placement, current, user, note, now)
    return placement


@transaction.atomic
def accept_placement(*, placement: Placement, user, note: str = "") -> Placement:
    """Staff confirm that the organisation works at the stage.  Side effects: the placement accepted (who,
    when, the reason), a PlacementChange.  Refused unless it is proposed."""
    return _decide(placement, S.ACCEPTED, user, note.strip())


@transaction.atomic
def reject_placement(*, placement: Placement, user, note: str) -> Placement:
    """Staff decide that the organisation does not belong at the stage (or no longer does).  Side effects:
    the placement rejected (who, when, the reason), a PlacementChange.  Refused without a reason, and
    unless it is proposed or accepted."""
    if not note.strip():
        raise ValidationError({"note": _("Give the reason for rejecting the placement.")})
    return _decide(placement, S.REJECTED, user, note.strip())


@transaction.atomic
def add_gap_target(*, mission, organisation, stage: Stage, user=None, priority: int = 2):
    """Adds a suggested organisation to a mission's targets through the missions feature's own
    ``set_target``, noting the stage whose gap it fills.  Side effects: a Target row.  Refused when the
    mission, the organisation and the chain are not of one organiser, or the organisation is already a
    target or in the delegation of the mission."""
    from gyoryu.common.bilingual import pick
    from gyoryu.missions.domain import set_target

    organiser_id = stage.chain.organiser_id
    if mission.organiser_id != organiser_id:
        raise ValidationError({"mission": _("Choose one of your organiser's missions.")})
    if organisation.organiser_id != organiser_id:
        raise ValidationError({"organisation": _("Choose an organisation from your directory.")})
    if mission.targets.filter(organisation=organisation).exists():
        raise ValidationError(
            {"organisation": _("%(org)s is already a target of this mission.") % {"org": organisation}}
        )
    if mission.delegation.filter(organisation=organisation).exists():
        raise ValidationError(
            {"organisation": _("%(org)s travels with this mission's delegation.") % {"org": organisation}}
        )
    notes = "{}: {} / {}".format(_("Value-chain gap"), pick(stage.chain, "name"), pick(stage, "name"))
    return set_target(mission=mission, organisation=organisation, priority=priority, notes=notes)
