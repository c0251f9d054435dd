"""Background work of matchmaking (takes ids; runs in `gyoryu worker`)."""

from __future__ import annotations

from django_tasks import task

from gyoryu.matchmaking import service


@task(priority=-10)  # after e-mails and schedule runs: a request computes a missing embedding itself anyway
def index_profiles(*, organiser_id: int) -> int:
    """Embed the organiser's changed profiles (enqueued on commit when a profile is created or changed);
    return how many.  Safe to run again: what is stored already is not computed twice.  Side effects: see
    ``service.store_vectors``."""
    return service.store_vectors(organiser_id)
