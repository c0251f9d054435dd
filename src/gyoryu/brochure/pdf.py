"""The delegation brochure as an A4 PDF: a cover (the city, the mission, its stops, whom to contact), then
one page per delegation firm.  Text is set in paragraphs that wrap and flow on to a further page when a
profile is long, so nothing runs off a page; Korean glyphs come from an embedded TrueType font."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from django.utils import translation
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from gyoryu.brochure.queries import BrochureData, Contact, Firm
from gyoryu.common.pdffonts import font_path, register

NAVY = colors.HexColor("#1f3b5c")
WIDTH = A4[0] - 36 * mm


def _styles(regular: str, bold: str, lang: str) -> dict[str, ParagraphStyle]:
    # lines break between words in Korean too (as Korean is set); a word longer than a line is split
    base = ParagraphStyle("b", fontName=regular, fontSize=10, leading=14.5, splitLongWords=1)
    return {
        "body": base,
        "small": ParagraphStyle(
            "s", parent=base, fontSize=8.5, leading=11.5, textColor=colors.HexColor("#55606e")
        ),
        "kicker": ParagraphStyle(
            "k", parent=base, fontName=bold, fontSize=9, textColor=NAVY, spaceAfter=2 * mm
        ),
        "title": ParagraphStyle("t", parent=base, fontName=bold, fontSize=22, leading=28, spaceAfter=3 * mm),
        "name": ParagraphStyle("n", parent=base, fontName=bold, fontSize=18, leading=23),
        "h": ParagraphStyle(
            "h",
            parent=base,
            fontName=bold,
            fontSize=11,
            leading=15,
            textColor=NAVY,
            spaceBefore=4 * mm,
            spaceAfter=1.2 * mm,
        ),
        "cell": ParagraphStyle("c", parent=base, fontSize=9.5, leading=13),
    }


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _logo(path: str, box_w: float = 42 * mm, box_h: float = 22 * mm) -> Image | None:
    if not path:
        return None
    with PILImage.open(path) as im:
        w, h = im.size
    scale = min(box_w / w, box_h / h)
    return Image(path, width=w * scale, height=h * scale)


def _section(story: list, heading: str, text: str, st) -> None:
    if text:
        story.append(KeepTogether([_p(heading, st["h"]), _p(text, st["body"])]))


def _contacts(contacts: tuple[Contact, ...], st) -> list:
    out = []
    for c in contacts:
        line = c.name + (f", {c.title}" if c.title else "")
        reach = " · ".join(x for x in (c.email, c.phone) if x)
        out.append(_p(line + (f"\n{reach}" if reach else ""), st["body"]))
        out.append(Spacer(1, 1.5 * mm))
    return out


def _header(firm: Firm, st) -> list:
    names = [_p(firm.name, st["name"])]
    if firm.other_name:
        names.append(_p(firm.other_name, st["small"]))
    line = " · ".join(x for x in (firm.kind, firm.place, firm.website) if x)
    names.append(_p(line, st["small"]))
    if firm.facts:
        names.append(_p(" · ".join(f"{k} {v}" for k, v in firm.facts), st["small"]))
    logo = _logo(firm.logo_path)
    if logo is None:
        return names
    table = Table([[names, logo]], colWidths=[WIDTH - 46 * mm, 46 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def _firm_page(firm: Firm, st) -> list:
    story = [*_header(firm, st), Spacer(1, 2 * mm)]
    _section(story, _("About"), firm.about, st)
    _section(story, _("Products and capabilities"), firm.offers, st)
    _section(story, _("Certifications"), ", ".join(firm.certifications), st)
    if firm.codes:
        lines = "\n".join(f"{c.scheme} {c.code}" + (f" – {c.name}" if c.name else "") for c in firm.codes)
        _section(story, _("Industry codes"), lines, st)
    _section(story, _("Export markets"), firm.export_markets, st)
    _section(story, _("What it seeks"), firm.seeks, st)
    if firm.contacts:
        story.append(CondPageBreak(25 * mm))
        story += [_p(_("Contact"), st["h"]), *_contacts(firm.contacts, st)]
    return story


def _cover(data: BrochureData, st) -> list:
    story = [
        _p(_("Delegation brochure"), st["kicker"]),
        _p(data.title, st["title"]),
        _p(data.organiser, st["small"]),
    ]
    if data.city:
        story += [Spacer(1, 4 * mm), *_header(data.city, st)]
        _section(story, _("The city"), data.city.about, st)
    _section(story, _("The mission"), data.purpose, st)
    if data.stops:
        rows = [[_p(_("City"), st["kicker"]), _p(_("Dates"), st["kicker"])]]
        rows += [[_p(f"{s.city}, {s.country}", st["cell"]), _p(s.dates, st["cell"])] for s in data.stops]
        table = Table(rows, colWidths=[WIDTH * 0.55, WIDTH * 0.45], repeatRows=1)
        table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#c9d1db"))]))
        story += [_p(_("Stops and dates"), st["h"]), table]
    if data.firms:
        story.append(_p(_("The delegation"), st["h"]))
        story += [_p(f"{f.name} – {f.kind}", st["body"]) for f in data.firms]
    if data.contact:
        story += [_p(_("Organiser contact"), st["h"]), *_contacts((data.contact,), st)]
    return story


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis until it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def brochure_pdf(data: BrochureData, *, font: str | None = None) -> bytes:
    """The brochure as PDF bytes in ``data.lang``."""
    regular, bold = register(font_path(font))
    with translation.override(data.lang):
        st = _styles(regular, bold, data.lang)
        story = _cover(data, st)
        for firm in data.firms:
            story += [PageBreak(), *_firm_page(firm, st)]
        footer = data.title
        page_word = _("Page %(n)d")

        def on_page(canvas, doc):
            canvas.saveState()
            canvas.setFont(regular, 8)
            canvas.setFillColor(colors.grey)
            canvas.drawString(18 * mm, 10 * mm, _fit(footer, regular, 8, WIDTH - 30 * mm))
            canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, page_word % {"n": doc.page})
            canvas.restoreState()

        out = io.BytesIO()
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            title=f"{data.title} – {_('Delegation brochure')}",
            author=data.organiser,
            lang=data.lang,
            initialFontName=regular,
        )
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out.getvalue()
