"""Printable A4 agendas (a firm's, a person's, an interpreter's day) and a venue's table plan, as PDF.

Korean needs a TrueType font with Hangul embedded in the file: reportlab only embeds TrueType outlines
(glyf), not the CFF outlines of Noto Sans CJK's .otf/.ttc, so we use Nanum Gothic from Debian's
``fonts-nanum`` (or any Hangul .ttf passed as ``font_path``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from gyoryu.agendas.outputs.agenda import Agenda, AgendaItem, check_lang
from gyoryu.agendas.outputs.words import WORDS as _WORDS
from gyoryu.agendas.outputs.words import day_label as _day_label
from gyoryu.agendas.outputs.words import home_range, local
from gyoryu.agendas.outputs.words import time_range as _time_range
from gyoryu.common.pdffonts import FONT_PATHS, FontMissing, font_path  # noqa: F401 (re-exported)
from gyoryu.common.pdffonts import register as _register

# --- layout -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One table column: a heading key of _WORDS, a share of the width, and the cell text of an item."""

    heading: str
    width: float
    cell: Callable[[AgendaItem, str], str]


def _days(items: Iterable[AgendaItem]) -> list[tuple[date, list[AgendaItem]]]:
    """Items grouped by their local day at their own stop, in time order."""
    by_day: dict[date, list[AgendaItem]] = {}
    for item in sorted(items, key=lambda i: (i.start, i.uid)):
        by_day.setdefault(local(item)[0].date(), []).append(item)
    return sorted(by_day.items())


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("gyoryu", fontName=regular, fontSize=9, leading=11.5, alignment=TA_LEFT)
    return {
        "cell": base,
        "struck": ParagraphStyle("struck", parent=base, textColor=colors.grey),
        "head": ParagraphStyle("head", parent=base, fontName=bold, textColor=colors.white),
        "title": ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=17, leading=22, spaceAfter=2 * mm
        ),
        "sub": ParagraphStyle("sub", parent=base, fontSize=10.5, leading=14),
        "day": ParagraphStyle(
            "day",
            parent=base,
            fontName=bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=5 * mm,
            spaceAfter=1.5 * mm,
        ),
    }


def _render(
    agenda: Agenda,
    *,
    lang: str,
    kind: str,
    columns: list[Column],
    order: Callable[[AgendaItem], tuple] | None = None,
    font_path_: str | None,
    show_cancelled: bool,
) -> bytes:
    check_lang(lang)
    regular, bold = _register(font_path(font_path_))
    words = _WORDS[lang]
    st = _styles(regular, bold)
    owner, mission = agenda.text("owner", lang), agenda.text("mission", lang)
    title = owner if kind == "master" else f"{owner} – {words[kind]}"

    story: list = [
        Paragraph(escape(title), st["title"]),
        Paragraph(f"{escape(words['mission'])}: {escape(mission)}", st["sub"]),
        Paragraph(f"{escape(words['version'])} {agenda.version}", st["sub"]),
    ]
    items = [i for i in agenda.items if show_cancelled or not i.cancelled]
    if not items:
        story += [Spacer(1, 6 * mm), Paragraph(escape(words["empty"]), st["cell"])]

    page_width = A4[0] - 30 * mm
    total = sum(c.width for c in columns)
    widths = [page_width * c.width / total for c in columns]
    for day, day_items in _days(items):
        if order is not None:
            day_items.sort(key=order)
        zones = sorted({i.tz for i in day_items})
        zone_names = ", ".join(
            f"{z} ({local(next(i for i in day_items if i.tz == z))[0].tzname()})" for z in zones
        )
        heading = Paragraph(
            f"{escape(_day_label(day, lang))} · {escape(words['zone'])} {escape(zone_names)}", st["day"]
        )
        rows = [[Paragraph(escape(words[c.heading]), st["head"]) for c in columns]]
        struck_rows = []
        for item in day_items:
            style = st["struck"] if item.cancelled else st["cell"]
            cells = []
            for n, c in enumerate(columns):
                if n:
                    text = c.cell(item, lang)
                else:
                    text = _time_range(item, with_zone=len(zones) > 1)
                    if home := home_range(item, agenda, lang):
                        text += f"\n{home}"
                markup = escape(text).replace("\n", "<br/>")
                if item.cancelled:
                    markup = f"<strike>{markup}</strike>"
                    if n == 0:
                        markup += f"<br/>({escape(words['cancelled'])})"
                cells.append(Paragraph(markup, style))
            rows.append(cells)
            if item.cancelled:
                struck_rows.append(len(rows) - 1)
        table = Table(rows, colWidths=widths, repeatRows=1)
        commands = [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b5c")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b5")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for r in range(1, len(rows)):
            if r % 2 == 0:
                commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f0f3f7")))
        for r in struck_rows:
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f7f7f7")))
        table.setStyle(TableStyle(commands))
        # keep a day's heading with at least the start of its table
        story.append(KeepTogether([heading, table]) if len(rows) <= 12 else heading)
        if len(rows) > 12:
            story.append(table)

    footer = f"{owner} · {mission} · {words['version']} {agenda.version}"

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(15 * mm, 10 * mm, footer)
        page = f"{words['page']} {doc.page}" if lang == "en" else f"{doc.page} {words['page']}"
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, page)
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="gyoryu",
        subject=mission,
        lang=lang,
        initialFontName=regular,  # else every page names Helvetica, unembedded
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()


def _interpreter_cell(item: AgendaItem, lang: str) -> str:
    return item.interpreter or "–"


def _place_cell(item: AgendaItem, lang: str) -> str:
    place = item.text("place", lang)
    return f"{place}\n{item.address}" if item.address else place


def _meeting_cell(item: AgendaItem, lang: str) -> str:
    """Title, then the kind (programme items: 'Site tour'; meetings: '1:1 meeting'), then notes."""
    words = _WORDS[lang]
    kind = item.text("kind", lang)
    if item.tentative:
        kind = f"{kind} ({words['tentative']})" if kind else f"({words['tentative']})"
    lines = [item.text("title", lang), kind, item.text("notes", lang)]
    return "\n".join(x for x in lines if x)


_TIME = Column("time", 1.2, lambda i, lang: "")  # filled by _render (needs to know whether zones differ)
_MEETING = Column("meeting", 2.4, _meeting_cell)
_PLACE = Column("place", 2.1, _place_cell)
_WITH = Column("with", 1.9, lambda i, lang: i.text("with", lang))
_INTERPRETER = Column("interpreter", 1.8, _interpreter_cell)


def agenda_to_pdf(
    agenda: Agenda, *, lang: str = "ko", font_path: str | None = None, show_cancelled: bool = True
) -> bytes:
    """A printable A4 agenda: title, owner, mission, version, then one table per local day with the time
    range in the stop's zone, meeting, place, counterpart and interpreter. Cancelled items are printed
    struck out (so a reader of an earlier print sees what was removed) unless ``show_cancelled`` is False."""
    return _render(
        agenda,
        lang=lang,
        kind="agenda",
        columns=[_TIME, _MEETING, _PLACE, _WITH, _INTERPRETER],
        font_path_=font_path,
        show_cancelled=show_cancelled,
    )


def master_pdf(
    agenda: Agenda, *, lang: str = "ko", font_path: str | None = None, show_cancelled: bool = False
) -> bytes:
    """The mission's master agenda: every programme item and meeting by day (owner = the mission's name for
    the agenda, e.g. "Master agenda"); cancelled ones left out unless ``show_cancelled``."""
    return _render(
        agenda,
        lang=lang,
        kind="master",
        columns=[_TIME, _MEETING, _PLACE, _WITH, _INTERPRETER],
        font_path_=font_path,
        show_cancelled=show_cancelled,
    )


def interpreter_day_pdf(
    agenda: Agenda, *, lang: str = "ko", font_path: str | None = None, show_cancelled: bool = True
) -> bytes:
    """An interpreter's schedule: an Agenda whose owner is the interpreter, printed without the
    interpreter column (it would repeat the owner on every line)."""
    return _render(
        agenda,
        lang=lang,
        kind="interpreter_day",
        columns=[_TIME, _MEETING, _PLACE, _WITH],
        font_path_=font_path,
        show_cancelled=show_cancelled,
    )


def default_table(agenda: Agenda, lang: str) -> Callable[[AgendaItem, str], str]:
    """The table (room) of an item in a venue's agenda: its place without the venue's name in front,
    for places written "venue, room" as :mod:`gyoryu.agendas.meeting_events` writes them."""

    def table(item: AgendaItem, lang_: str) -> str:
        place = item.text("place", lang_)
        for owner in (agenda.text("owner", lang_), agenda.owner_ko, agenda.owner_en):
            if owner and place.startswith(owner + ", "):
                return place[len(owner) + 2 :]
        return place

    return table


def table_plan_pdf(
    agenda: Agenda,
    *,
    lang: str = "ko",
    table_of: Callable[[AgendaItem, str], str] | None = None,
    font_path: str | None = None,
    show_cancelled: bool = False,
) -> bytes:
    """A venue's table plan: for each local day, rows of time, table, meeting and interpreter, ordered by
    time then table. ``agenda`` is the venue's agenda (owner = the venue); ``table_of(item, lang)`` names
    an item's table, by default its place without the venue's name. Cancelled meetings are left out
    unless ``show_cancelled``: the floor staff need the plan as it is."""
    table = table_of or default_table(agenda, lang)
    table_column = Column("table", 1.6, table)
    return _render(
        agenda,
        lang=lang,
        kind="table_plan",
        columns=[_TIME, table_column, _MEETING, _INTERPRETER],
        order=lambda i: (i.start, table(i, lang), i.uid),
        font_path_=font_path,
        show_cancelled=show_cancelled,
    )
