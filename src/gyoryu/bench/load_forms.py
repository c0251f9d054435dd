"""Reading forms out of pages as a person's browser would, for `gyoryu bench load`'s simulated people (no
network, no gevent: importable and testable on its own)."""

from html.parser import HTMLParser


class _Forms(HTMLParser):
    """The fields of each <form method=post> on a page, with their current values."""

    def __init__(self):
        super().__init__()
        self.forms, self._form, self._select, self._textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self._form = {"action": a.get("action") or "", "fields": {}}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self._form["fields"][a["name"]] = a.get("value") or ""
        elif tag == "select" and a.get("name"):
            self._select = a["name"]
            self._form["fields"].setdefault(self._select, "")
        elif tag == "option" and self._select:
            if "selected" in a:
                self._form["fields"][self._select] = a.get("value") or ""
        elif tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            self._form["fields"][self._textarea] = ""

    def handle_data(self, data):
        if self._textarea and self._form is not None:
            self._form["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def main_form(html: str) -> dict:
    """The page's own form: the post form with the most fields (not the language switch or sign-out)."""
    parser = _Forms()
    parser.feed(html)
    return max(parser.forms, key=lambda f: len(f["fields"]))["fields"]

