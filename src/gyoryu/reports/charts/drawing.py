"""The same chart layout as a reportlab Drawing for PDFs, in the embedded Korean font."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.shapes import Line as RLLine
from reportlab.graphics.shapes import Rect as RLRect
from reportlab.lib import colors

from gyoryu.reports.charts.layout import Line, Rect, Text, layout
from gyoryu.reports.registry import Chart


def drawing(chart: Chart, width: float, font: str, bold: str) -> Drawing:
    """``width`` in points; the layout's pixels become points one to one."""
    fig = layout(chart, width)
    d = Drawing(fig.width, fig.height, initialFontName=font)  # else the page names Helvetica, unembedded
    flip = fig.height
    for item in fig.items:
        if isinstance(item, Rect):
            d.add(
                RLRect(item.x, flip - item.y - item.h, item.w, item.h, fillColor=colors.HexColor(item.fill),
                       strokeColor=None)
            )
        elif isinstance(item, Line):
            d.add(RLLine(item.x1, flip - item.y1, item.x2, flip - item.y2, strokeColor=colors.HexColor(item.stroke)))
        elif isinstance(item, Text):
            d.add(
                String(item.x, flip - item.y, item.text, fontName=bold if item.bold else font, fontSize=item.size,
                       fillColor=colors.HexColor(item.fill), textAnchor=item.anchor)
            )
    return d
