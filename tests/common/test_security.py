"""The Content-Security-Policy: the header on pages (and its wider form on /api/docs), and no inline script,
style or event handler anywhere in the templates, the HTML our Python writes, or our JavaScript, so that none
can creep in unnoticed (the browser walk in tests/browser/test_csp.py checks what a real page does)."""

import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "gyoryu"

POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# Markup the policy blocks: inline <script> (one with src= is a file), <style>, style="", on*="" handlers,
# htmx's hx-on (evaluated code) and javascript: addresses.
MARKUP = {
    "inline script": re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.I),
    "style element": re.compile(r"<style\b", re.I),
    "style attribute": re.compile(r"<[a-z][^<>]*\sstyle\s*=", re.I),
    "event handler": re.compile(r"<[a-z][^<>]*\son[a-z]+\s*=", re.I),
    "hx-on": re.compile(r"\s(data-)?hx-on[:-]", re.I),
    "javascript: address": re.compile(r"""=\s*["']?\s*javascript:""", re.I),
}
# Script that the policy blocks, or that writes blocked markup.
SCRIPT = {
    "eval": re.compile(r"\beval\s*\(|\bnew\s+Function\s*\(|set(Timeout|Interval)\s*\(\s*[\"'`]"),
    "style or handler attribute": re.compile(r"setAttribute\s*\(\s*[\"'](style|on[a-z]+)[\"']", re.I),
    "HTML written as text": re.compile(r"\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|document\.write"),
}


def findings(text: str, rules: dict[str, re.Pattern]) -> list[str]:
    """Each match as 'line N: rule'."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        out += [f"line {number}: {name}" for name, rule in rules.items() if rule.search(line)]
    return out


def test_the_checks_find_what_the_policy_blocks():
    markup = "\n".join(
        [
            "<script>alert(1)</script>",
            '<script src="/static/a.js" defer></script>',
            '<script id="d" type="application/json">{}</script>',
            "<style>p{color:red}</style>",
            '<p class="x" style="margin:0">',
            "<form onsubmit=\"return confirm('?')\">",
            '<button data-confirm="ok" hx-get="/x">',
            '<div hx-on:click="go()">',
            '<a href="javascript:void(0)">',
            '<div data-style="x" data-onclick="y">',
        ]
    )
    assert findings(markup, MARKUP) == [
        "line 1: inline script",
        "line 4: style element",
        "line 5: style attribute",
        "line 6: event handler",
        "line 8: hx-on",
        "line 9: javascript: address",
    ]
    script = 'eval("x")\nel.setAttribute("style", "")\nel.innerHTML = s\nif (a.innerHTML == b) {}\nel.style.color = "red"'
    assert findings(script, SCRIPT) == [
        "line 1: eval",
        "line 2: style or handler attribute",
        "line 3: HTML written as text",
    ]


def _files(pattern: str, *skip: str) -> list[Path]:
    return sorted(p for p in SRC.rglob(pattern) if not any(part in skip for part in p.parts))


def test_templates_and_python_hold_no_inline_script_style_or_handler():
    found = [
        f"{path.relative_to(SRC)} {hit}"
        for path in _files("*.html") + _files("*.py", "migrations")
        for hit in findings(path.read_text(encoding="utf-8"), MARKUP)
    ]
    assert found == []


def test_our_javascript_runs_without_eval_and_writes_no_inline_style():
    scripts = _files("*.js", "vendor")
    assert {p.name for p in scripts} == {"gyoryu.js", "move.js", "network.js", "htmx.min.js"}
    found = [
        f"{path.relative_to(SRC)} {hit}"
        for path in scripts
        if path.name != "htmx.min.js"  # vendored; configured in base.html (no eval, no indicator styles)
        for hit in findings(path.read_text(encoding="utf-8"), SCRIPT)
    ]
    assert found == []


def parse(header: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in header.split("; ")}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/login/", "/nowhere/", "/api/openapi.json"])
def test_every_response_carries_the_strict_policy(client, path):
    response = client.get(path)
    assert parse(response["Content-Security-Policy"]) == POLICY
    assert "Content-Security-Policy-Report-Only" not in response


@pytest.mark.django_db
def test_the_api_docs_get_what_swagger_ui_needs_and_no_more(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    assert parse(response["Content-Security-Policy"]) == POLICY | {"img-src": ["'self'", "data:"]}
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html and "cdn" not in html  # served from here


def test_the_htmx_configuration_allows_no_eval_and_no_inline_style():
    base = (SRC / "templates" / "base.html").read_text(encoding="utf-8")
    meta = re.search(r"<meta name=\"htmx-config\" content='(.*?)'>", base).group(1)
    import json

    assert json.loads(meta) == {"includeIndicatorStyles": False, "allowEval": False, "allowScriptTags": False}
    assert base.index('name="htmx-config"') < base.index("htmx.min.js")  # read when htmx starts
