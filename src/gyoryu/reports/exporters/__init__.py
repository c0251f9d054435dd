"""Downloads of a report: one module per format, each with ``CONTENT_TYPE``, ``EXTENSION`` and
``render(report) -> bytes`` (an extension point like the contributors: add a module here and to FORMATS)."""

from __future__ import annotations

import importlib
import re

FORMATS = {"xlsx": "gyoryu.reports.exporters.xlsx", "pdf": "gyoryu.reports.exporters.pdf",
           "csv": "gyoryu.reports.exporters.csv"}


def exporter(fmt: str):
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    return importlib.import_module(FORMATS[fmt])


def render(report, fmt: str) -> bytes:
    return exporter(fmt).render(report)


def filename(report, fmt: str) -> str:
    """e.g. gyoryu-report-12-ko.xlsx, gyoryu-report-12-firm-34-en.pdf"""
    firm = f"-firm-{report.firm.pk}" if report.firm is not None else ""
    name = f"gyoryu-report-{report.ctx.mission.pk}{firm}-{report.ctx.lang}.{exporter(fmt).EXTENSION}"
    return re.sub(r"[^A-Za-z0-9._-]", "", name)
