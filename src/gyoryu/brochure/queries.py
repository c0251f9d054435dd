"""The brochure's content, read from the mission and the delegation's profiles in one language.

The first delegation entry that is a city government is "the city" (its profile opens the booklet); every
other delegation entry gets a page.  Industry codes are named from the imported classification tables when
they are there; without them the bare code is shown.  The result is plain data: the HTML view and the PDF
both take it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils import translation
from django.utils.text import capfirst

from gyoryu.brochure.models import Brochure
from gyoryu.classification.queries import code_names
from gyoryu.common.bilingual import pick
from gyoryu.missions.models import DelegationEntry, Mission
from gyoryu.organizations.models import Kind, Person


@dataclass(frozen=True)
class Code:
    scheme: str
    code: str
    name: str  # "" when the classification tables do not have it


@dataclass(frozen=True)
class Contact:
    name: str
    title: str
    email: str
    phone: str


@dataclass(frozen=True)
class Firm:
    pk: int
    name: str
    other_name: str  # the name in the other language, when it differs
    kind: str
    place: str
    website: str
    facts: tuple[tuple[str, str], ...]  # (label, value): employees, founded, revenue
    about: str
    offers: str
    seeks: str
    export_markets: str
    certifications: tuple[str, ...]
    codes: tuple[Code, ...]
    contacts: tuple[Contact, ...]
    logo_path: str  # file on disk, or ""
    has_logo: bool


@dataclass(frozen=True)
class StopLine:
    city: str
    country: str
    dates: str


@dataclass(frozen=True)
class BrochureData:
    lang: str
    mission_pk: int
    title: str
    purpose: str
    organiser: str
    city: Firm | None
    stops: tuple[StopLine, ...]
    contact: Contact | None
    firms: tuple[Firm, ...]


_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_range(start: dt.date, end: dt.date, lang: str) -> str:
    """'2027년 3월 8일 – 3월 10일' / '8–10 Mar 2027' (years and months only where they change)."""
    if lang == "ko":
        tail = (
            f"{end.month}월 {end.day}일"
            if end.year == start.year
            else f"{end.year}년 {end.month}월 {end.day}일"
        )
        head = f"{start.year}년 {start.month}월 {start.day}일"
        return head if start == end else f"{head} – {tail}"
    if start == end:
        return f"{start.day} {_MONTHS[start.month - 1]} {start.year}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {_MONTHS[end.month - 1]} {end.year}"
    left = f"{start.day} {_MONTHS[start.month - 1]}" + (f" {start.year}" if start.year != end.year else "")
    return f"{left} – {end.day} {_MONTHS[end.month - 1]} {end.year}"


def _place(org, lang: str) -> str:
    """City, region, country; city and region are written once, usually in Korean, so an English booklet
    leaves out the parts in Hangul (the country code stays)."""
    parts = [x for x in (org.city, org.region) if x and (lang == "ko" or not _HANGUL.search(x))]
    return ", ".join([*parts, org.country])


def _contact(person: Person, lang: str) -> Contact:
    return Contact(pick(person, "name", lang), pick(person, "title", lang), person.email, person.phone)


def _firm(entry: DelegationEntry, names: dict, lang: str) -> Firm:
    org = entry.organisation
    other = "en" if lang == "ko" else "ko"
    name = pick(org, "name", lang)
    facts = []
    with translation.override(lang):
        if org.employees:
            facts.append((capfirst(translation.gettext("employees")), f"{org.employees:,}"))
        if org.founded:
            facts.append((capfirst(translation.gettext("founded")), str(org.founded)))
        if org.revenue_band:
            facts.append((capfirst(translation.gettext("revenue")), str(org.get_revenue_band_display())))
        kind = str(org.get_kind_display())
    codes = tuple(
        Code(c.scheme, c.code, pick_name(names.get((c.scheme, c.code)), lang)) for c in org.codes.all()
    )
    return Firm(
        pk=org.pk,
        name=name,
        other_name=(getattr(org, f"name_{other}") or "") if getattr(org, f"name_{other}") != name else "",
        kind=kind,
        place=_place(org, lang),
        website=org.website,
        facts=tuple(facts),
        about=pick(org, "description", lang),
        offers=pick(org, "offers", lang),
        seeks=pick(org, "seeks", lang),
        export_markets=pick(org, "export_markets", lang),
        certifications=tuple(org.certifications or ()),
        codes=codes,
        contacts=tuple(_contact(p, lang) for p in entry.travellers.all()),
        logo_path=org.logo.path if org.logo and org.logo.storage.exists(org.logo.name) else "",
        has_logo=bool(org.logo),
    )


def pick_name(entry: dict | None, lang: str) -> str:
    if not entry:
        return ""
    other = "en" if lang == "ko" else "ko"
    return entry.get(f"name_{lang}") or entry.get(f"name_{other}") or ""


def brochure(*, mission: Mission, lang: str) -> BrochureData:
    """The brochure of ``mission`` in ``lang`` ("ko" or "en"); a fixed number of queries."""
    if lang not in ("ko", "en"):
        raise ValueError(f"lang must be ko or en, got {lang!r}")
    entries = list(
        mission.delegation.select_related("organisation")
        .prefetch_related(
            "organisation__codes",
            Prefetch("travellers", queryset=Person.objects.order_by("pk")),
        )
        .order_by("pk")
    )
    names = code_names([(c.scheme, c.code) for e in entries for c in e.organisation.codes.all()])
    city = next((e for e in entries if e.organisation.kind == Kind.CITY_GOVERNMENT), None)
    settings = Brochure.objects.filter(mission=mission).select_related("contact").first()
    contact = settings.contact if settings and settings.contact else None
    return BrochureData(
        lang=lang,
        mission_pk=mission.pk,
        title=pick(mission, "title", lang),
        purpose=pick(mission, "purpose", lang),
        organiser=pick(mission.organiser, "name", lang),
        city=_firm(city, names, lang) if city else None,
        stops=tuple(
            StopLine(pick(s, "city", lang), s.country, date_range(s.start_date, s.end_date, lang))
            for s in mission.stops.order_by("order")
        ),
        contact=_contact(contact, lang) if contact else None,
        firms=tuple(_firm(e, names, lang) for e in entries if e is not city),
    )
