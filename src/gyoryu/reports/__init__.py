"""Mission results: the KPI figures, the result report (성과보고) and its exports.

What is counted, precisely (the README repeats it for readers of the report):

* A **meeting row** is one ``meetings.Meeting`` of the mission that the account may see (staff: all of the
  mission; a delegation member: the meetings of its own firm; partner guests: none).  Its *delegation firm*
  is the side that belongs to the mission's delegation (the requester when both or neither do), its
  *partner* the other side.  Its *stop* and *day* come from the published schedule's placement (local date at
  the stop), else from the meeting's own stop and fixed time; a meeting with neither has no day.
* **Requested**: every meeting row, whatever became of it (asked for, arranged by staff, declined, expired).
  **Accepted**: rows whose status is now accepted.  **Held** / **no-show**: rows whose attendance says so.
* A **consultation (상담)** is a held 1:1 meeting (attendance "held").  Accepted meetings that were never
  checked in and no-shows are not consultations.  Visits, tours, roundtables and ceremonies are programme
  items, not meetings: the programme feature counts them in a section of its own (registered below).
* **Amounts** (상담액 consultation, 계약추진액 contract promotion = expected contract, 현장계약액 on-site contract)
  and **MoU 체결** come from the outcomes of held meetings (an outcome exists only for a held meeting).  **수출액 (exports)** is the lead's export amount (set by staff or by the firm's check-in answer).
* Every amount is converted at the mission's own stored rates (``followup.CurrencyRate``), USD to the cent
  and KRW to the won, **per amount**; every total is the sum of those per-row values, so totals reconcile
  exactly with the meeting rows.  An amount whose currency has no rate is left out of USD/KRW totals and is
  *named* in the report (currency, how many, how much); it is never guessed.
* **Conversion funnel** at the mission and as of 2, 6 and 12 months: consultations -> contract promotion ->
  contract -> exports.  At the mission: consultations with an expected contract amount, with an on-site
  contract amount, and none exporting.  As of N months: the stage the firm gave in its latest check-in answer
  up to N months (promotion: sample/quotation, negotiation, contract or exporting; contract: contract or
  exporting; exports: exporting or an export amount); consultations whose firm has not answered by then are
  counted as "no answer".  "Now" uses the lead's current stage and export amount.

Other features add their own rows and summary lines through :mod:`gyoryu.reports.registry` without this
package importing them.
"""
