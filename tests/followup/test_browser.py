"""On a phone (390 px): a delegate checks a meeting in with one tap (htmx swaps the row) and records its
outcome; screenshots are kept as test artifacts."""

import pytest

from gyoryu.followup.models import Attendance, Lead
from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_delegate_checks_in_and_records_an_outcome_on_a_phone(live_server, open_page, flight):
    base = live_server.url
    page = open_page("en", width=390, height=844)
    page.goto(f"{base}/login/")
    page.get_by_label("User name").fill(flight.delegate.username)
    page.get_by_label("Password").fill("correct-horse")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/missions/")
    page.goto(f"{base}/followup/missions/{flight.mission.pk}/today/")
    row = page.locator(f"#meeting-{flight.meeting.pk}")
    assert row.get_by_test_id("attendance").inner_text() == "not recorded"
    row.get_by_role("button", name="Held").click()
    page.locator(f"#meeting-{flight.meeting.pk} .badge.p3").wait_for()
    assert page.locator(f"#meeting-{flight.meeting.pk}").get_by_test_id("attendance").inner_text() == "Held"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider than the phone
    screenshot(page, "followup-today-390-en")
    assert Attendance.objects.get().status == "held"
    page.locator(f"#meeting-{flight.meeting.pk}").get_by_role("link", name="Outcome").click()
    page.get_by_label("Interest").select_option("medium")
    page.get_by_label("Consultation amount", exact=True).fill("20000")
    page.get_by_label("Currency of the consultation amount").fill("usd")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "followup-outcome-390-en")
    page.get_by_role("button", name="Save outcome").click()
    page.wait_for_url(f"{base}/followup/missions/{flight.mission.pk}/today/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "followup-today-after-outcome-390-en")
    lead = Lead.objects.get()
    assert (
        lead.stage,
        lead.meeting.outcome.consultation_amount,
        lead.meeting.outcome.consultation_currency,
    ) == (
        "contacted",
        20000,
        "USD",
    )


def test_staff_follow_a_lead_on_a_desktop(live_server, open_page, flight):
    from gyoryu.followup import domain
    from tests.followup.conftest import outcome_data

    domain.save_outcome(meeting=flight.meeting, user=flight.delegate, data=outcome_data(), version=0)
    base = live_server.url
    page = open_page("en")
    page.goto(f"{base}/login/")
    page.get_by_label("User name").fill(flight.staff.username)
    page.get_by_label("Password").fill("correct-horse")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/missions/")
    page.goto(f"{base}/followup/missions/{flight.mission.pk}/pipeline/")
    assert page.get_by_test_id("stage-contacted").get_by_test_id("sums").inner_text() == (
        "expected: USD 50,000.00 · KRW 69,000,000\nexports: USD 0.00 · KRW 0"
    )
    screenshot(page, "followup-pipeline-en")
    page.get_by_role("link", name="Daegu Motors → Acme Inc").click()
    page.get_by_label("Stage").select_option("lost")
    page.get_by_role("button", name="Save", exact=True).click()
    assert page.get_by_role("alert").first.inner_text() == "Say why the lead was lost."
    page.get_by_label("Why it was lost").fill("Price too high")
    page.get_by_role("button", name="Save", exact=True).click()
    assert page.get_by_test_id("stage").inner_text() == "Lost"
    page.get_by_label("Task").fill("Call again in spring")
    page.get_by_role("button", name="Add task").click()
    assert page.get_by_test_id("tasks").inner_text().startswith("Call again in spring")
    screenshot(page, "followup-lead-en")
    page.get_by_role("link", name="Timeline").click()
    screenshot(page, "followup-timeline-en")
    assert (
        page.get_by_test_id("timeline").locator("li").count() == 8
    )  # two meetings, attendance, outcome, 3 events, a task


# For each radio button of the page: its distance to the first letter of its words, and whether they share a line.
RADIO_BESIDE_LABEL = """() => [...document.querySelectorAll('input[type=radio]')].map(input => {
  const label = input.closest('label');
  const text = [...label.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
  const range = document.createRange();
  const start = text.textContent.search(/\\S/);
  range.setStart(text, start);
  range.setEnd(text, start + 1);
  const letter = range.getBoundingClientRect(), box = input.getBoundingClientRect();
  const sameLine = Math.abs((letter.top + letter.bottom) / 2 - (box.top + box.bottom) / 2) < 8;
  return [text.textContent.trim(), Math.round(letter.left - box.right), sameLine];
})"""


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_each_answer_choice_sits_with_its_words_on_a_phone(live_server, open_page, flight, lang):
    """Issue 13, item 7: on the password-less check-in answer page at 390 px, each radio button is on the
    line of its label, just before it (it stood alone above it)."""
    from gyoryu.followup import domain
    from gyoryu.followup.models import CheckIn
    from tests.followup.conftest import outcome_data

    domain.save_outcome(meeting=flight.meeting, user=flight.delegate, data=outcome_data(), version=0)
    raw = domain.issue_checkin_link(checkin=CheckIn.objects.get(months=2), today=flight.stop.end_date)
    page = open_page(lang, 390, 844)
    page.goto(f"{live_server.url}/followup/answer/{raw}/?lang={lang}")
    choices = page.evaluate(RADIO_BESIDE_LABEL)
    labels = {"en": "Contacted", "ko": "접촉"}[lang]
    assert len(choices) == 6 and choices[0][0] == labels
    assert [c for c in choices if not (c[2] and 0 <= c[1] <= 16)] == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, f"followup-answer-390-{lang}")
