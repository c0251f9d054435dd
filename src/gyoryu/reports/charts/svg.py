"""A chart as inline SVG: role img with a title and a description listing every value (the page also shows
the values in a table beside it), text in the page's font so Korean reads well, no script, no network."""

from __future__ import annotations

import itertools
from xml.sax.saxutils import escape, quoteattr

from gyoryu.reports.charts.layout import Line, Rect, Text, layout
from gyoryu.reports.registry import Chart

_ids = itertools.count(1)
FONT_FAMILY = '"Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", system-ui, sans-serif'


def _num(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def render(chart: Chart, width: float = 400, font: float = 13) -> str:
    """``width`` in user units; the SVG scales to its box (at most 480 px wide, gyoryu.css): the text is
    about 11 px on a 390 px phone and 15 px on a desktop."""
    fig = layout(chart, width, font)
    n = next(_ids)
    tid, did = f"chart-{chart.key}-{n}-t", f"chart-{chart.key}-{n}-d"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {_num(fig.width)} '
        f'{_num(fig.height)}" aria-labelledby="{tid} {did}" data-chart={quoteattr(chart.key)} '
        f"font-family={quoteattr(FONT_FAMILY)}>",
        f'<title id="{tid}">{escape(fig.title)}</title><desc id="{did}">{escape(fig.desc)}</desc>',
    ]
    for item in fig.items:
        if isinstance(item, Rect):
            out.append(
                f'<rect x="{_num(item.x)}" y="{_num(item.y)}" width="{_num(item.w)}" height="{_num(item.h)}" '
                f'fill="{item.fill}" rx="2"/>'
            )
        elif isinstance(item, Line):
            out.append(
                f'<line x1="{_num(item.x1)}" y1="{_num(item.y1)}" x2="{_num(item.x2)}" y2="{_num(item.y2)}" '
                f'stroke="{item.stroke}"/>'
            )
        elif isinstance(item, Text):
            weight = ' font-weight="700"' if item.bold else ""
            out.append(
                f'<text x="{_num(item.x)}" y="{_num(item.y)}" font-size="{_num(item.size)}" '
                f'text-anchor="{item.anchor}" fill="{item.fill}"{weight} aria-hidden="true">{escape(item.text)}</text>'
            )
    out.append("</svg>")
    return "".join(out)
