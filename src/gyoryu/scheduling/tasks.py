"""Background work of scheduling (takes ids; runs in `gyoryu worker`)."""

from __future__ import annotations

import threading

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from gyoryu.scheduling import build, solver
from gyoryu.scheduling.models import Placement, Schedule
from gyoryu.scheduling.stabilise import keep_places

PROGRESS_EVERY = 0.5  # seconds between progress writes


def _pin(problem: solver.Problem, confirmed: dict[str, str]) -> solver.Problem:
    from dataclasses import replace

    meetings = tuple(replace(m, fixed_slot=m.fixed_slot or confirmed.get(m.id)) for m in problem.meetings)
    return replace(problem, meetings=meetings)


def _solve_watching(schedule: Schedule, **kwargs):
    """Run the engine in a thread while this one records its improving answers on the Schedule row
    (the solver calls back from its own threads, which must not touch the database)."""
    progress: list[dict] = []
    box: dict = {}

    def on_progress(event: dict) -> None:
        progress.append({k: event.get(k) for k in ("stage", "objective", "bound", "seconds")})

    def work() -> None:
        try:
            box["result"] = solver.solve(on_progress=on_progress, **kwargs)
        except BaseException as exc:  # handed to the job thread below
            box["error"] = exc

    thread = threading.Thread(target=work, name=f"solve-{schedule.pk}")
    thread.start()
    written = 0
    while thread.is_alive():
        thread.join(PROGRESS_EVERY)
        if len(progress) != written:
            written = len(progress)
            Schedule.objects.filter(pk=schedule.pk).update(progress=progress[-50:])
    if "error" in box:
        raise box["error"]
    return box["result"], progress


@task()
def solve_schedule(*, schedule_id: int) -> str:
    """The task ``request_schedule`` enqueues: solve the schedule if it is still waiting for a solver (queued,
    or running when a dead worker's run is retried: see ``common.worker``); return its status.  Safe to run
    twice: a schedule already solved, failed or published is left alone.  Side effects: see ``solve``."""
    status = Schedule.objects.filter(pk=schedule_id).values_list("status", flat=True).first()
    if status in (Schedule.Status.QUEUED, Schedule.Status.RUNNING):
        solve(schedule_id=schedule_id)
        status = Schedule.objects.values_list("status", flat=True).get(pk=schedule_id)
    return status or "missing"


def solve(*, schedule_id: int, without: build.Without | None = None) -> None:
    """Solve a schedule in this process (``without``: parts of the mission to leave out, see
    ``build.Without``).  Side effects: the Schedule row (status, figures, progress) and its Placement
    rows; a rescheduling run keeps the published placements where it can, confirmed ones pinned unless that
    is impossible.  On an error the schedule is marked failed with the error, and the error re-raised."""
    schedule = Schedule.objects.select_related("mission", "base").get(pk=schedule_id)
    Schedule.objects.filter(pk=schedule.pk).update(status=Schedule.Status.RUNNING)
    try:
        from gyoryu.scheduling.explain import check, narrowed
        from gyoryu.scheduling.explain_fixed import firm, fixed_conflicts
        from gyoryu.scheduling.explanations import describe

        problem, look = build.build_problem(schedule.mission, fairness=schedule.fairness, without=without)
        keep, confirmed, previous = build.places_of(schedule.base, look)
        found = check(problem=problem)
        # a meeting agreed for a time is held then (required), unless the check shows it cannot be
        held_fixed, firmed = firm(problem, found)
        pinned = _pin(held_fixed, confirmed) if confirmed else held_fixed
        result, progress = _solve_watching(
            schedule, problem=pinned, time_limit=schedule.time_limit, keep=keep or None
        )
        if (confirmed or firmed) and (
            result.status not in ("optimal", "feasible") or set(confirmed) & set(result.unscheduled)
        ):
            # a confirmed meeting cannot stay where it was, or the agreed times cannot all be kept: let
            # confirmed ones move and fixed ones drop out (still as few moves as possible), and say why below
            result, progress = _solve_watching(
                schedule, problem=problem, time_limit=schedule.time_limit, keep=keep or None
            )
        _store(schedule, keep_places(result, problem, previous), look, progress)
        notes = []
        if result.unscheduled or result.status == "infeasible":
            notes = found + narrowed(problem=problem, unscheduled=result.unscheduled)
        notes += fixed_conflicts(problem=problem, look=look, result=result, found=notes)
        if notes:
            Schedule.objects.filter(pk=schedule.pk).update(explanation=describe(notes, look))
    except Exception as exc:
        Schedule.objects.filter(pk=schedule.pk).update(
            status=Schedule.Status.FAILED, error=repr(exc)[:2000], finished=timezone.now()
        )
        raise


@transaction.atomic
def _store(schedule: Schedule, result, look: build.Lookup, progress: list[dict]) -> None:
    schedule.placements.all().delete()
    Placement.objects.bulk_create(build.placements_from(schedule, result.assignments, look))
    schedule.status = (
        Schedule.Status.DRAFT if result.status in ("optimal", "feasible") else Schedule.Status.FAILED
    )
    schedule.solver_status = result.status
    schedule.held_weight, schedule.held_weight_bound = result.held_weight, result.held_weight_bound
    schedule.total_breaks, schedule.breaks_bound = result.total_breaks, result.breaks_bound
    schedule.gap, schedule.seconds = round(result.gap, 4), round(result.seconds, 2)
    schedule.unscheduled = [look.meetings[m].pk for m in result.unscheduled if m in look.meetings]
    schedule.progress = progress[-50:]
    schedule.finished = timezone.now()
    schedule.save()
