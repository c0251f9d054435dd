"""Import and export of organisations and people as CSV or XLSX.

An import validates every row with the same forms the pages use.  A file with any invalid row imports
nothing and reports every problem with its row (as the spreadsheet numbers it) and column.  Rows are
matched to existing records by a natural key, so importing the same file twice creates no duplicates.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from gyoryu.accounts.models import Organiser
from gyoryu.common.spreadsheet import csv_row, restore, set_xlsx_value
from gyoryu.organizations import domain
from gyoryu.organizations.codes import format_codes
from gyoryu.organizations.domain import ORG_FIELDS
from gyoryu.organizations.forms import OrganisationForm, PersonForm
from gyoryu.organizations.models import Organisation, Person

ORG_COLUMNS = [*ORG_FIELDS, "codes"]
PERSON_COLUMNS = [
    "name_ko",
    "name_en",
    "title_ko",
    "title_en",
    "organisation",
    "email",
    "phone",
    "languages",
    "consent_date",
    "consent_scope",
]
KINDS = {"organisations": ORG_COLUMNS, "people": PERSON_COLUMNS}
MAX_ROWS = 50_000


@dataclass
class Problem:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return _("row %(row)d, column %(column)s: %(message)s") % {
            "row": self.row,
            "column": self.column or "-",
            "message": self.message,
        }


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class FileProblem(Exception):
    pass


def read_rows(*, name: str, content: bytes) -> list[dict[str, str]]:
    """The data rows of a CSV (UTF-8, or CP949 as Korean Excel writes) or XLSX file, keyed by header."""
    lower = name.lower()
    if lower.endswith(".xlsx"):
        table = _read_xlsx(content)
    elif lower.endswith(".csv"):
        table = _read_csv(content)
    else:
        raise FileProblem(_("Unsupported file type: use .csv or .xlsx."))
    if not table or not any(table[0]):
        raise FileProblem(_("The file is empty: the first row must name the columns."))
    header = [h.strip().lower() for h in table[0]]
    rows = []
    for values in table[1:]:
        if not any(v.strip() for v in values):
            rows.append(None)  # keep row numbers right; blank rows are skipped later
            continue
        rows.append({h: (values[i].strip() if i < len(values) else "") for i, h in enumerate(header) if h})
    if len(rows) > MAX_ROWS:
        raise FileProblem(_("The file has more than %(n)d rows; split it.") % {"n": MAX_ROWS})
    return [{"__header__": header}] + rows


def _read_csv(content: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = content.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise FileProblem(_("The CSV file is neither UTF-8 nor CP949 text."))
    try:
        # our exports neutralise formula-like text with an apostrophe (common.spreadsheet): take it off
        return [[restore(v) for v in row] for row in csv.reader(io.StringIO(text))]
    except csv.Error as exc:
        raise FileProblem(_("The CSV file is malformed: %(e)s") % {"e": exc}) from None


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(content: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise FileProblem(_("The XLSX file cannot be read: %(e)s") % {"e": exc}) from None
    sheet = book.worksheets[0]
    return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def _org_key(data: dict) -> tuple[str, str]:
    name = (data.get("name_en") or "").strip().casefold() or (data.get("name_ko") or "").strip().casefold()
    return (data.get("country") or "", name)


def _person_key(data: dict) -> tuple:
    if data.get("email"):
        return ("email", data["email"].casefold())
    org = data.get("organisation")
    return ("name", (data.get("name_en") or data.get("name_ko") or "").casefold(), org.pk if org else None)


def _form_problems(form, row_no: int) -> list[Problem]:
    out = []
    for fname, errors in form.errors.items():
        for message in errors:
            out.append(Problem(row_no, "" if fname == "__all__" else fname, str(message)))
    return out


def _check_header(header: list[str], columns: list[str]) -> list[Problem]:
    problems = [
        Problem(1, h, _("unknown column (known: %(cols)s)") % {"cols": ", ".join(columns)})
        for h in header
        if h and h not in columns
    ]
    seen = set()
    for h in header:
        if h and h in seen:
            problems.append(Problem(1, h, _("column appears twice")))
        seen.add(h)
    return problems


def import_file(*, organiser: Organiser, kind: str, name: str, content: bytes) -> ImportResult:
    """Validate every row, then import all or nothing.  Side effects (only when every row is valid):
    organisations or people created or updated through the domain functions, in one transaction."""
    result = ImportResult()
    try:
        table = read_rows(name=name, content=content)
    except FileProblem as exc:
        result.problems.append(Problem(0, "", str(exc)))
        return result
    header, rows = table[0]["__header__"], table[1:]
    result.problems += _check_header(header, KINDS[kind])
    if result.problems:
        return result
    if kind == "organisations":
        valid = _validate_organisations(organiser, rows, result)
    else:
        valid = _validate_people(organiser, rows, result)
    if result.problems:
        return result
    with transaction.atomic():
        for existing, data, codes in valid:
            if existing is None:
                if kind == "organisations":
                    domain.create_organisation(organiser=organiser, data=data, codes=codes)
                else:
                    domain.create_person(organiser=organiser, data=data)
                result.created += 1
            elif kind == "organisations":
                before = existing.version
                domain.update_organisation(organisation=existing, data=data, codes=codes)
                if existing.version == before:
                    result.unchanged += 1
                else:
                    result.updated += 1
            else:
                domain.update_person(person=existing, data=data)
                result.updated += 1
    return result


def _validate_organisations(organiser, rows, result):
    index = {
        _org_key({"country": o.country, "name_en": o.name_en, "name_ko": o.name_ko}): o
        for o in Organisation.objects.filter(organiser=organiser)
    }
    seen: dict[tuple, int] = {}
    valid = []
    for offset, row in enumerate(rows):
        row_no = offset + 2
        if row is None:
            continue
        row = dict(row)
        row.setdefault("kind", "company")
        row["kind"] = row["kind"] or "company"
        existing = index.get(_org_key({**row, "country": row.get("country", "").upper()}))
        form = OrganisationForm(data=row, instance=existing)
        if not form.is_valid():
            result.problems += _form_problems(form, row_no)
            continue
        data = {k: v for k, v in form.cleaned_data.items() if k != "codes"}
        key = _org_key(data)
        if key in seen:
            result.problems.append(
                Problem(row_no, "name_en", _("same organisation as row %(r)d") % {"r": seen[key]})
            )
            continue
        seen[key] = row_no
        valid.append((existing, data, form.cleaned_data["codes"]))
    return valid


def _validate_people(organiser, rows, result):
    orgs = {}
    for o in Organisation.objects.filter(organiser=organiser):
        for name in (o.name_en, o.name_ko):
            if name:
                orgs.setdefault(name.casefold(), o)
    existing_people = {}
    for p in Person.objects.filter(organiser=organiser).select_related("organisation"):
        existing_people[
            _person_key(
                {"email": p.email, "name_en": p.name_en, "name_ko": p.name_ko, "organisation": p.organisation}
            )
        ] = p
    seen: dict[tuple, int] = {}
    valid = []
    for offset, row in enumerate(rows):
        row_no = offset + 2
        if row is None:
            continue
        row = dict(row)
        org_name = row.pop("organisation", "")
        org = orgs.get(org_name.casefold()) if org_name else None
        if org_name and org is None:
            result.problems.append(
                Problem(row_no, "organisation", _("no organisation named “%(n)s”") % {"n": org_name})
            )
            continue
        row["organisation"] = str(org.pk) if org else ""
        form = PersonForm(data=row, organisations=Organisation.objects.filter(organiser=organiser))
        if not form.is_valid():
            result.problems += _form_problems(form, row_no)
            continue
        data = dict(form.cleaned_data)
        key = _person_key(data)
        if key in seen:
            result.problems.append(Problem(row_no, "email", _("same person as row %(r)d") % {"r": seen[key]}))
            continue
        seen[key] = row_no
        valid.append((existing_people.get(key), data, None))
    return valid


def export_rows(*, organiser: Organiser, kind: str) -> list[list[str]]:
    """Header and one row per record, in the columns an import reads back."""
    if kind == "organisations":
        rows = [ORG_COLUMNS]
        for o in Organisation.objects.filter(organiser=organiser).prefetch_related("codes").order_by("pk"):
            values = {c: getattr(o, c, "") for c in ORG_COLUMNS}
            values["certifications"] = ", ".join(o.certifications)
            values["languages"] = ", ".join(o.languages)
            values["codes"] = format_codes((c.scheme, c.code) for c in o.codes.all())
            rows.append(["" if values[c] is None else str(values[c]) for c in ORG_COLUMNS])
        return rows
    rows = [PERSON_COLUMNS]
    for p in Person.objects.filter(organiser=organiser).select_related("organisation").order_by("pk"):
        values = {c: getattr(p, c, "") for c in PERSON_COLUMNS}
        values["organisation"] = (p.organisation.name_en or p.organisation.name_ko) if p.organisation else ""
        values["languages"] = ", ".join(p.languages)
        values["consent_date"] = p.consent_date.isoformat() if p.consent_date else ""
        rows.append(["" if values[c] is None else str(values[c]) for c in PERSON_COLUMNS])
    return rows


def export_bytes(*, organiser: Organiser, kind: str, fmt: str, rows: list[list[str]] | None = None) -> bytes:
    rows = rows if rows is not None else export_rows(organiser=organiser, kind=kind)
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf).writerows(csv_row(row) for row in rows)
        return buf.getvalue().encode("utf-8-sig")
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = kind
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            set_xlsx_value(sheet.cell(row=r, column=c), value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
