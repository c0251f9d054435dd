"""The report as a landscape A4 PDF with NanumGothic embedded (as the agendas are, common/pdffonts.py):
summary, the charts (drawn from the same layout as the pages' SVG), then every table with its totals row.
A firm's result sheet is the same on one page: its summary, charts and meetings."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from gyoryu.common.pdffonts import font_path
from gyoryu.common.pdffonts import register as _register
from gyoryu.reports.charts.drawing import drawing
from gyoryu.reports.charts.layout import text_width
from gyoryu.reports.exporters.values import cell_label, display, paired, total_label
from gyoryu.reports.report import filter_summary

CONTENT_TYPE = "application/pdf"
EXTENSION = "pdf"
PAGE = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN


def _styles(regular: str, bold: str, size: float, tight: bool = False) -> dict:
    base = ParagraphStyle("r", fontName=regular, fontSize=size, leading=size * 1.25)
    gap = 0.5 if tight else 1
    return {
        "cell": base,
        "num": ParagraphStyle("n", parent=base, alignment=2),
        "head": ParagraphStyle("h", parent=base, fontName=bold, textColor=colors.white),
        "total": ParagraphStyle("t", parent=base, fontName=bold, alignment=2),
        "title": ParagraphStyle("T", parent=base, fontName=bold, fontSize=16 - 2 * tight, leading=20 - 3 * tight,
                                spaceAfter=4 * gap),
        "h2": ParagraphStyle("H", parent=base, fontName=bold, fontSize=11.5 - tight, leading=15 - 2 * tight,
                             spaceBefore=8 * gap, spaceAfter=3 * gap),
        "sub": ParagraphStyle("s", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#55606e")),
        "pad": (1, 1.5) if tight else (2, 3),
        "warn": ParagraphStyle("w", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#8a4b00")),
    }


def _cell(row: dict, usd, krw, st, style="cell", inline=False) -> Paragraph:
    text = escape(display(row.get(usd.key), usd.kind))
    if krw is not None and row.get(krw.key) not in (None, ""):
        sep = " · " if inline else "<br/>"
        text += f"{sep}<font color='#55606e'>₩{escape(display(row.get(krw.key), krw.kind))}</font>"
    numeric = usd.kind in ("usd", "krw", "count", "amount")
    return Paragraph(text.replace("\n", "<br/>"), st["num" if numeric and style == "cell" else style])


def _table(table, st, compact: bool, width: float = WIDTH, drop: tuple = (), inline=False) -> RLTable:
    cells = [c for c in paired(table.shown_columns(compact)) if c[0].key not in drop]
    data = [[Paragraph(escape(cell_label(u, k)), st["head"]) for u, k in cells]]
    for row in table.rows:
        data.append([_cell(row, u, k, st, inline=inline) for u, k in cells])
    total = table.totals_row()
    if total is not None:
        data.append(
            [Paragraph(escape(total_label()), st["total"])]
            + [_cell(total, u, k, st, "total") if u.key in total else Paragraph("", st["cell"]) for u, k in cells[1:]]
        )
    out = RLTable(data, colWidths=_widths(table, cells, st["cell"].fontSize, width, inline), repeatRows=1,
                  hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),  # reportlab's default would name Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3b5c")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa7b5")),
        ("TOPPADDING", (0, 0), (-1, -1), st["pad"][0]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st["pad"][1]),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f0f3f7")) for r in range(2, len(data), 2)]
    if total is not None:
        style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#e6eef8")))
    out.setStyle(TableStyle(style))
    return out


def _widths(table, cells, size: float, width: float, inline: bool) -> list[float]:
    """Numbers and dates keep the width they need (never wrapped mid-number); text columns share the rest."""
    rows = list(table.rows) + ([table.totals_row()] if table.totals else [])
    want, fixed = [], []
    for u, k in cells:
        texts = [display(r.get(u.key), u.kind) for r in rows]
        longest = max([text_width(t, size) for t in texts] or [0])
        if k is not None:
            krw = max([text_width("₩" + display(r.get(k.key), k.kind), size) for r in rows] or [0])
            longest = longest + krw + text_width(" · ", size) if inline else max(longest, krw)
        words = max((text_width(w, size) for w in cell_label(u, k).split()), default=0)
        is_fixed = u.kind != "text"
        want.append((max(longest, words) * 1.1 + 4 if is_fixed else min(max(longest, words, 30), 160)) + 8)
        fixed.append(is_fixed)
    total = sum(want)
    if total <= width:
        return [w * width / total for w in want]
    fixed_total = sum(w for w, f in zip(want, fixed, strict=True) if f)
    flexible = total - fixed_total
    room = width - fixed_total
    if flexible and room > 30 * sum(1 for f in fixed if not f):
        return [w if f else w * room / flexible for w, f in zip(want, fixed, strict=True)]
    return [w * width / total for w in want]


def _charts(charts, regular, bold, columns: int = 2) -> RLTable | None:
    if not charts:
        return None
    w = WIDTH / columns - 6
    cells = [drawing(c, w, regular, bold) for c in charts]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [Spacer(1, 1)] * (columns - len(rows[-1]))  # a "" cell would be drawn in Helvetica
    grid = RLTable(rows, colWidths=[WIDTH / columns] * columns)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("FONTNAME", (0, 0), (-1, -1), regular)]))
    return grid


def _head(report, st) -> list:
    story = [Paragraph(escape(report.title), st["title"]), Paragraph(escape(report.subtitle), st["sub"])]
    generated = date_format(report.generated, "DATE_FORMAT")
    made = _("Made on %(date)s by gyoryu") % {"date": generated}
    filters = report.ctx.filters
    if filters.active:
        made += " · " + _("Filtered: %(filters)s") % {"filters": filter_summary(report.ctx)}
    story.append(Paragraph(escape(made), st["sub"]))
    missing = report.table("missing")
    if missing is not None:
        story.append(Paragraph(escape(missing.note), st["warn"]))
    return story


def _firm_story(report, st, regular, bold) -> list:
    """One page: summary beside the funnel, then the firm's deals and meetings (without the firm column)."""
    story = _head(report, st)
    funnel = next((c for c in report.charts if c.key == "funnel"), None)
    half = WIDTH / 2 - 4 * mm
    summary = [
        Paragraph(escape(report.summary.title), st["h2"]),
        _table(report.summary, st, False, half, inline=True),
    ]
    right = drawing(funnel, half, regular, bold) if funnel else Spacer(1, 1)
    top = RLTable([[summary, right]], colWidths=[WIDTH / 2, WIDTH / 2])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("FONTNAME", (0, 0), (-1, -1), regular)]))
    story.append(top)
    for key in ("deals", "meetings"):
        table = report.table(key)
        if table is None:
            continue
        story.append(Paragraph(escape(table.title), st["h2"]))
        if table.rows:
            story.append(_table(table, st, True, drop=("firm",)))
        else:
            story.append(Paragraph(escape(_("None.")), st["sub"]))
    return story


def _story(report, st, regular, bold) -> list:
    if report.firm is not None:
        return _firm_story(report, st, regular, bold)
    story = _head(report, st)
    story += [Paragraph(escape(report.summary.title), st["h2"]), _table(report.summary, st, False, WIDTH * 0.6)]
    grid = _charts(report.charts, regular, bold, columns=2)
    if grid is not None:
        story += [Spacer(1, 4 * mm), grid]
    for table in report.tables:
        parts = [Paragraph(escape(table.title), st["h2"])]
        if table.note:
            parts.append(Paragraph(escape(table.note), st["sub"]))
        if not table.rows:
            parts.append(Paragraph(escape(_("None.")), st["sub"]))
            story.append(KeepTogether(parts))
            continue
        story += [*parts, _table(table, st, True)]
    return story


def render(report) -> bytes:
    with translation.override(report.ctx.lang):
        regular, bold = _register(font_path())
        st = _styles(regular, bold, 6.5 if report.firm is not None else 7, tight=report.firm is not None)
        footer = f"{report.title} · gyoryu"
        page_word = _("Page")

        def on_page(canvas, doc):
            canvas.saveState()
            canvas.setFont(regular, 7)
            canvas.setFillColor(colors.grey)
            canvas.drawString(MARGIN, 7 * mm, footer)
            canvas.drawRightString(PAGE[0] - MARGIN, 7 * mm, f"{page_word} {doc.page}")
            canvas.restoreState()

        out = io.BytesIO()
        doc = SimpleDocTemplate(
            out, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=12 * mm,
            title=report.title, author="gyoryu", subject=report.subtitle, lang=report.ctx.lang,
            initialFontName=regular,
        )
        doc.build(_story(report, st, regular, bold), onFirstPage=on_page, onLaterPages=on_page)
        return out.getvalue()
