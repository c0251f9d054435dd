"""Which meeting rows a report covers: stop, delegation firm, partner country, industry and period.

Filters come from a query string (pages, API, downloads) or the CLI; a value that is not understood is an
error in the reader's language, never silently ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

from django.utils.translation import gettext as _

FIELDS = ("stop", "firm", "country", "industry", "date_from", "date_to")


@dataclass(frozen=True)
class Filters:
    stop: int | None = None
    firm: int | None = None
    country: str = ""
    industry: str = ""  # a KSIC division (two digits), or "-" for firms without a KSIC code
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def active(self) -> bool:
        return any(v not in (None, "") for v in asdict(self).values())

    def query(self) -> dict[str, str]:
        """The filters as query-string values (for links to downloads with the same filters)."""
        out = {}
        for key, value in asdict(self).items():
            if value not in (None, ""):
                out[key] = value.isoformat() if isinstance(value, dt.date) else str(value)
        return out


class FilterError(ValueError):
    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


def _int(value: str, key: str, errors: dict) -> int | None:
    if not value:
        return None
    if not value.isdigit():
        errors[key] = _("Choose one of the listed values.")
        return None
    return int(value)


def _date(value: str, key: str, errors: dict) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        errors[key] = _("Enter a date as YYYY-MM-DD.")
        return None


def parse(data) -> Filters:
    """Filters from a mapping of strings (request.GET); raises FilterError naming every bad value."""
    raw = {k: (data.get(k) or "").strip() for k in FIELDS}
    errors: dict[str, str] = {}
    country = raw["country"].upper()
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        errors["country"] = _("Use a two-letter country code, e.g. US.")
    industry = raw["industry"]
    if industry and not re.fullmatch(r"\d{2}|-", industry):
        errors["industry"] = _("Use a two-digit KSIC division, e.g. 26.")
    filters = Filters(
        stop=_int(raw["stop"], "stop", errors),
        firm=_int(raw["firm"], "firm", errors),
        country=country,
        industry=industry,
        date_from=_date(raw["date_from"], "date_from", errors),
        date_to=_date(raw["date_to"], "date_to", errors),
    )
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        errors["date_to"] = _("The end of the period is before its start.")
    if errors:
        raise FilterError(errors)
    return filters


def keep(row, filters: Filters) -> bool:
    """Whether a meeting row (queries.MeetingRow) passes the filters.  A period excludes rows without a day."""
    if filters.stop is not None and (row.stop is None or row.stop.pk != filters.stop):
        return False
    if filters.firm is not None and row.firm.pk != filters.firm:
        return False
    if filters.country and row.partner.country != filters.country:
        return False
    if filters.industry and row.industry_code != filters.industry:
        return False
    if filters.date_from and (row.day is None or row.day < filters.date_from):
        return False
    if filters.date_to and (row.day is None or row.day > filters.date_to):
        return False
    return True
