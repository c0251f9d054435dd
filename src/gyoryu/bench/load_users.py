"""The simulated people of `gyoryu bench load` (locust as a library), in a process of their own: locust
patches the standard library for gevent when imported, which no other gyoryu process should see.

python -m gyoryu.bench.load_users HOST PLAN.json USERS SECONDS [WATCHED]  ->  one JSON line of figures on
stdout, the figures per page on stderr.  WATCHED, a JSON object {"web": pid, "database": pid}, names process
trees whose CPU time over the measured window is reported (with this process's own, "users").  Sign-ins
(deliberately slow password hashing, once per visit) happen while the users arrive; the figures are counted
from when all have arrived and signed in."""

import json
import random
import re
import sys

import gevent
import psutil
from locust import (
    FastHttpUser,
    between,
    events,
    task,
)  # patches socket & co for gevent: import no network module above
from locust.env import Environment

from gyoryu.bench.load_forms import main_form

PLAN: dict = {}
SIGNED_IN = {"count": 0}


def _name(url: str) -> str:
    return re.sub(r"/\d+", "/[id]", url.split("?")[0])


class Person(FastHttpUser):
    abstract = True
    wait_time = between(2, 8)  # a person reads a page for a few seconds before the next click
    username = ""

    def on_start(self):
        for _ in range(5):  # a sign-in that timed out while everyone arrives is tried again
            page = self.client.get("/login/", name="sign in")
            if page.status_code != 200:
                continue
            fields = main_form(page.text)
            fields.update(username=self.username, password=PLAN["roles"][self.username]["password"])
            with self.client.post("/login/", data=fields, name="sign in", catch_response=True) as answer:
                if answer.status_code == 200 and "/login/" not in answer.url:
                    SIGNED_IN["count"] += 1
                    return
                answer.failure("sign-in refused")

    def get(self, url: str, **kwargs):
        """A page; being sent to the sign-in page counts as an error (not as a fast answer)."""
        with self.client.get(url, name=_name(url), catch_response=True, **kwargs) as answer:
            if "/login/" in (answer.url or ""):
                answer.failure("sent to the sign-in page")
            return answer

    @task(6)
    def browse(self):
        self.get(random.choice(PLAN["pages"][self.username]))

    @task(2)
    def organisation(self):
        org = random.choice(PLAN["organisations"][self.username])
        self.get(f"/organisations/{org}/")
        self.get(f"/match/organisations/{org}/", headers={"HX-Request": "true"})  # what the page loads

    def post_form(self, url: str, changes: dict, name: str):
        page = self.get(url)
        if page.status_code != 200:
            return
        fields = {**main_form(page.text), **changes}
        self.client.post(url, data=fields, name=name, headers={"Referer": self.host + url})


class Staff(Person):
    weight = 4
    username = "staff"

    @task(1)
    def log_outcome(self):
        meetings = PLAN["roles"][self.username]["outcome_meetings"]
        if meetings:
            url = f"/followup/meetings/{random.choice(meetings)}/outcome/"
            interest = random.choice(["low", "medium", "high"])
            self.post_form(
                url, {"interest": interest, "notes": "샘플 요청 · sample requested"}, "log outcome"
            )


class Delegate(Staff):
    weight = 4
    username = "delegate"

    @task(1)
    def request_meeting(self):
        if PLAN["request_to"]:
            to = random.choice(PLAN["request_to"])
            url = f"/missions/{PLAN['mission']}/requests/new/?to={to}"
            # The mission has a few targets: once each is asked, a further request to it is refused (one
            # request between two organisations), answered with the form and its message: a page, no write.
            self.post_form(
                url, {"message": "R&D 협력을 논의하고 싶습니다", "priority": "2"}, "request a meeting"
            )


class Partner(Person):
    weight = 2
    username = "partner"


def cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a process and its descendants, living or ended (an ended process's
    time is in its parent's ``children_*`` once reaped: PostgreSQL's backends come and go); 0 once it is
    gone."""
    try:
        root = psutil.Process(pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0.0
    for process in tree:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


def main() -> None:
    host, plan_file, users, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    watched = {**json.loads(sys.argv[5] if len(sys.argv) > 5 else "{}"), "users": psutil.Process().pid}
    PLAN.update(json.load(open(plan_file, encoding="utf-8")))
    env = Environment(user_classes=[Staff, Delegate, Partner], host=host, events=events)
    runner = env.create_local_runner()
    runner.start(users, spawn_rate=max(1.0, users / 30))
    deadline = gevent.get_hub().loop.now() + 900  # sign-ins hash passwords: slow on purpose
    while (
        SIGNED_IN["count"] < users or runner.user_count < users
    ) and gevent.get_hub().loop.now() < deadline:
        gevent.sleep(0.5)
    signed_in, sign_in_errors = SIGNED_IN["count"], env.stats.total.num_failures
    env.stats.reset_all()
    start = gevent.get_hub().loop.now()
    cpu_at_start = {name: cpu_seconds(pid) for name, pid in watched.items()}
    gevent.sleep(seconds)
    cpu_used = {name: cpu_seconds(pid) - cpu_at_start[name] for name, pid in watched.items()}
    runner.quit()
    elapsed = gevent.get_hub().loop.now() - start
    total = env.stats.total
    for entry in sorted(env.stats.entries.values(), key=lambda e: -e.get_response_time_percentile(0.95)):
        print(
            f"{entry.method:<5} {entry.name:<45} {entry.num_requests:>7} req {entry.num_failures:>4} err "
            f"p50 {entry.get_response_time_percentile(0.5):>6.0f} p95 {entry.get_response_time_percentile(0.95):>6.0f} ms",
            file=sys.stderr,
        )
    for error in env.stats.errors.values():
        print(f"error: {error.method} {error.name}: {error.error} x{error.occurrences}", file=sys.stderr)
    figures = {
        "users": users,
        "signed_in": signed_in,
        "errors_while_arriving": sign_in_errors,
        "seconds": round(elapsed, 1),
        "requests": total.num_requests,
        "errors": total.num_failures,
        "p50_ms": total.get_response_time_percentile(0.5),
        "p95_ms": total.get_response_time_percentile(0.95),
        "p99_ms": total.get_response_time_percentile(0.99),
        "requests_per_s": round(total.num_requests / elapsed, 1),
        "cpu_ms_per_request": {
            name: round(used * 1000 / max(1, total.num_requests), 1) for name, used in cpu_used.items()
        },
        "cores_busy": {name: round(used / elapsed, 2) for name, used in cpu_used.items()},
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
