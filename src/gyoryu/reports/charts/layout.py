"""Lay a registry.Chart out as primitives in a width x height box, y growing downwards (as in SVG)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from gyoryu.reports.registry import Chart

FONT = 11
ROW = 24
COLOURS = ("#0b5cad", "#2f7fd0", "#5b9de0", "#8dbbea", "#b9d5f3")
INK, MUTED, LINE = "#1b2330", "#55606e", "#d9dee5"


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    size: float = FONT
    anchor: str = "start"  # start | middle | end
    fill: str = INK
    bold: bool = False


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str = LINE


@dataclass
class Figure:
    title: str
    desc: str
    width: float
    height: float
    items: list = field(default_factory=list)


def _em(ch: str) -> float:
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    if ch.isupper() or ch in "mwMW@%":
        return 0.68
    return 0.3 if ch in " .,:;·'|il" else 0.56


def text_width(text: str, size: float = FONT) -> float:
    """An estimate good enough for layout: Hangul and other wide characters one em, capitals about two
    thirds, most others a little over half."""
    return sum(_em(ch) for ch in text) * size


def fit(text: str, width: float, size: float = FONT) -> str:
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def describe(chart: Chart) -> str:
    return "; ".join(f"{label}: {text}" for label, text in zip(chart.labels, chart.texts, strict=True))


def layout(chart: Chart, width: float = 560, font: float = FONT) -> Figure:
    """``font``: the text size; rows, title and margins scale with it."""
    if chart.kind == "columns":
        return _columns(chart, width, font)
    return _bars(chart, width, font, centred=chart.kind == "funnel")


def _bars(chart: Chart, width: float, font: float, centred: bool) -> Figure:
    k = font / FONT
    top, row = 28 * k, ROW * k
    fig = Figure(chart.title, describe(chart), width, top + row * max(len(chart.labels), 1) + 8)
    fig.items.append(Text(0, 16 * k, chart.title, size=font + 1, bold=True))
    label_w = min(max((text_width(x, font) for x in chart.labels), default=0) + 10, width * 0.34)
    value_w = min(max((text_width(x, font) for x in chart.texts), default=0) + 8, width * 0.34)
    area = max(width - label_w - value_w, 40)
    biggest = max((float(v) for v in chart.values), default=0) or 1
    if not chart.labels:
        fig.items.append(Text(0, top + 16 * k, "—", size=font, fill=MUTED))
    for i, (label, value, text) in enumerate(zip(chart.labels, chart.values, chart.texts, strict=True)):
        y = top + i * row
        bar = area * float(value) / biggest
        x = label_w + (area - bar) / 2 if centred else label_w
        colour = COLOURS[i % len(COLOURS)] if centred else COLOURS[0]
        fig.items.append(Text(label_w - 8, y + 16 * k, fit(label, label_w - 6, font), size=font, anchor="end"))
        fig.items.append(Rect(x, y + 4 * k, max(bar, 1.5 if value else 0), row - 8 * k, colour))
        fig.items.append(Text(label_w + area + 6, y + 16 * k, text, size=font, fill=MUTED))
    fig.items.append(Line(label_w, top, label_w, top + row * len(chart.labels)))
    return fig


def _columns(chart: Chart, width: float, font: float) -> Figure:
    k = font / FONT
    top, base_h = 28 * k, 150 * k
    n = max(len(chart.labels), 1)
    fig = Figure(chart.title, describe(chart), width, top + base_h + 30 * k)
    fig.items.append(Text(0, 16 * k, chart.title, size=font + 1, bold=True))
    slot = width / n
    biggest = max((float(v) for v in chart.values), default=0) or 1
    bottom = top + base_h
    for i, (label, value, text) in enumerate(zip(chart.labels, chart.values, chart.texts, strict=True)):
        h = (base_h - 18 * k) * float(value) / biggest
        cx = slot * i + slot / 2
        bar_w = min(slot * 0.6, 70)
        fig.items.append(Rect(cx - bar_w / 2, bottom - h, bar_w, h, COLOURS[0]))
        small = font - 1
        fig.items.append(Text(cx, bottom - h - 4, fit(text, slot - 4, small), size=small, anchor="middle", fill=MUTED))
        fig.items.append(Text(cx, bottom + 16 * k, fit(label, slot - 4, small), size=small, anchor="middle"))
    fig.items.append(Line(0, bottom, width, bottom, stroke=MUTED))
    return fig
