from tests.reports.conftest import results  # noqa: F401 (the reports' mission with hand-computed totals)
