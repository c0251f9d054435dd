"""The smallest JSON body an API operation's schema accepts, made from the OpenAPI document, so that a test
reaches the operation's own checks (permissions first) instead of stopping at the schema's 422."""

from __future__ import annotations

import io
from functools import cache


@cache
def _document() -> dict:
    from gyoryu.api import api

    return api.get_openapi_schema()


def _resolve(schema: dict) -> dict:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = _document()["components"]["schemas"][name]
    return schema


def _value(schema: dict):
    schema = _resolve(schema)
    if "enum" in schema:
        return next(v for v in schema["enum"] if v not in ("", None)) if len(schema["enum"]) > 1 else schema["enum"][0]
    if "anyOf" in schema:
        options = [s for s in schema["anyOf"] if s.get("type") != "null"]
        return _value(options[0]) if options else None
    kind = schema.get("type")
    if kind == "object":
        return {k: _value(v) for k, v in schema.get("properties", {}).items() if k in schema.get("required", [])}
    if kind == "array":
        return []
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return 1
    if kind == "boolean":
        return False
    fmt = schema.get("format")
    if fmt == "date":
        return "2027-03-09"
    if fmt == "date-time":
        return "2027-03-09T10:00:00Z"
    return "x" * max(1, schema.get("minLength", 1))


def minimal_body(method: str, path: str) -> dict:
    """Only the required properties, each with the simplest value its schema allows."""
    operation = _document()["paths"][path][method.lower()]
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return {}
    return _value(content["application/json"]["schema"])


def pdf_upload():
    """A real one-page PDF as an uploaded file."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.drawString(72, 720, "Memorandum of understanding")
    page.showPage()
    page.save()
    return SimpleUploadedFile("mou.pdf", buf.getvalue(), content_type="application/pdf")
