"""What the simulated people of `gyoryu bench load` do, read from the demo database (run with Django set up).

``python -m gyoryu.bench.load_plan [--profile]`` prints the plan as JSON; with --profile it first prints,
to standard error, each page's number of queries and time (one request each, through Django's test client),
which is how the slow pages are found."""

from __future__ import annotations

import json
import sys
import time


def plan() -> dict:
    from django.contrib.auth.models import User

    from gyoryu.demo.data import ACCOUNTS
    from gyoryu.meetings.models import Meeting
    from gyoryu.missions.models import Mission

    mission = Mission.objects.filter(organiser__slug="changwon").order_by("pk").first()  # the trip (the demo adds a past and a next one)
    passwords = {a["username"]: a["password"] for a in ACCOUNTS}
    roles = {}
    for username in ("staff", "delegate", "partner"):
        user = User.objects.get(username=username)
        from gyoryu.followup.queries import visible_meetings

        meetings = (
            visible_meetings(user).filter(mission=mission).exclude(status__in=["declined", "cancelled"])
        )
        roles[username] = {
            "password": passwords[username],
            # accepted and not marked no-show: an outcome saved on a no-show is refused (a page, not a write)
            "outcome_meetings": list(
                meetings.filter(status="accepted")
                .exclude(attendance__status="no_show")
                .values_list("pk", flat=True)[:40]
            ),
        }
    m = mission.pk
    from gyoryu.organizations.queries import visible_organisations

    orgs = {
        username: list(
            visible_organisations(User.objects.get(username=username)).values_list("pk", flat=True)
        )
        for username in roles
    }
    delegate_org = User.objects.get(username="delegate").memberships.get().organisation_id
    asked = set(
        Meeting.objects.filter(mission=mission, requester_id=delegate_org).values_list(
            "counterpart", flat=True
        )
    )
    targets = list(
        mission.targets.exclude(organisation_id__in=asked).values_list("organisation_id", flat=True)
    )
    return {
        "mission": m,
        "organisations": orgs,
        "roles": roles,
        "request_to": targets,
        "pages": {
            "staff": [
                "/missions/",
                f"/missions/{m}/",
                f"/missions/{m}/meetings/",
                f"/missions/{m}/requests/",
                f"/missions/{m}/schedule/",
                f"/followup/missions/{m}/today/",
                f"/followup/missions/{m}/pipeline/",
                "/organisations/",
                "/organisations/people/",
                "/notifications/",
            ],
            "delegate": [
                "/missions/",
                f"/missions/{m}/",
                f"/missions/{m}/requests/",
                f"/followup/missions/{m}/today/",
                "/organisations/",
                "/notifications/",
            ],
            "partner": ["/missions/", f"/missions/{m}/", f"/missions/{m}/requests/", "/organisations/"],
        },
    }


def profile(the_plan: dict) -> None:
    """Each page once per role: status, queries, milliseconds (standard error)."""
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    for username, pages in the_plan["pages"].items():
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(User.objects.get(username=username))
        some_org = the_plan["organisations"][username][0]
        extra = [f"/organisations/{some_org}/", f"/match/organisations/{some_org}/"]
        for url in pages + extra:
            client.get(url)  # warm (matching engine, caches)
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                answer = client.get(url)
                ms = (time.perf_counter() - start) * 1000
            print(
                f"{username:<9} {answer.status_code} {len(queries):>4} queries {ms:7.1f} ms  {url}",
                file=sys.stderr,
            )


def main() -> None:
    import django

    django.setup()
    the_plan = plan()
    if "--profile" in sys.argv:
        profile(the_plan)
    print(json.dumps(the_plan))


if __name__ == "__main__":
    main()
