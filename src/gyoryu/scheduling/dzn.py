"""Reader for the MiniZinc ``.dzn`` files of the B2B meeting scheduling benchmark (Bofill et al., JAIR 2022).

Only the subset those files use is understood: ``name = value;`` items, ``%`` comments, integers, sets
``{1, 2}`` and ranges ``a..b``, one-dimensional arrays ``[...]`` and two-dimensional arrays ``[| a, b | c, d |]``.
Errors raise :class:`DznError`, which names the field and the line and column. No side effects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_TOKEN = re.compile(r"\s+|%[^\n]*|(?P<tok>\.\.|\[\||\|\]|[-]?\d+|[A-Za-z_][A-Za-z_0-9]*|[\[\]{},;=|])")


class DznError(ValueError):
    """A malformed ``.dzn`` file: ``field`` (or ``None``), ``line`` and ``column`` (1-based) locate it."""

    def __init__(self, message: str, *, field: str | None, line: int, column: int, source: str = ""):
        self.field, self.line, self.column, self.source = field, line, column, source
        where = f"{source}:" if source else ""
        what = f"field '{field}' " if field else ""
        super().__init__(f"{where}{line}:{column}: {what}{message}")


@dataclass(frozen=True)
class B2BInstance:
    """One B2B benchmark instance, 1-based as in the file.

    ``requested[i] = (p1, p2, session)`` for meeting ``i + 1``; session 1 morning, 2 afternoon, 3 either.
    ``forbidden[p - 1]`` is the set of slots participant ``p`` cannot take; ``fixed[i]`` the slot meeting
    ``i + 1`` must take (0 = free); ``precedences[i]`` the meetings (1-based) that must come before meeting
    ``i + 1``.
    """

    name: str
    n_business: int
    n_tables: int
    n_slots: int
    n_morning: int
    requested: tuple[tuple[int, int, int], ...]
    forbidden: tuple[frozenset[int], ...] = ()
    fixed: tuple[int, ...] = ()
    precedences: tuple[frozenset[int], ...] = ()
    raw: dict = field(default_factory=dict, compare=False, repr=False)


@dataclass
class _Tok:
    text: str
    line: int
    col: int


def _tokens(text: str, source: str) -> list[_Tok]:
    out, pos, line, line_start = [], 0, 1, 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise DznError(
                f"unexpected character {text[pos]!r}",
                field=None,
                line=line,
                column=pos - line_start + 1,
                source=source,
            )
        if m.group("tok"):
            out.append(_Tok(m.group("tok"), line, pos - line_start + 1))
        chunk = m.group(0)
        newlines = chunk.count("\n")
        if newlines:
            line += newlines
            line_start = pos + chunk.rindex("\n") + 1
        pos = m.end()
    return out


class _Parser:
    def __init__(self, toks: list[_Tok], source: str, end: tuple[int, int]):
        self.toks, self.i, self.source, self.end, self.field = toks, 0, source, end, None

    def error(self, message: str, tok: _Tok | None = None) -> DznError:
        tok = tok or self.peek()
        line, col = (tok.line, tok.col) if tok else self.end
        return DznError(message, field=self.field, line=line, column=col, source=self.source)

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, expected: str | None = None) -> _Tok:
        tok = self.peek()
        if tok is None:
            raise self.error(f"unexpected end of file, expected {expected or 'a value'}")
        if expected is not None and tok.text != expected:
            raise self.error(f"expected '{expected}', found '{tok.text}'", tok)
        self.i += 1
        return tok

    def items(self) -> dict:
        out: dict = {}
        while self.peek() is not None:
            self.field = None
            name = self.take()
            if not re.fullmatch(r"[A-Za-z_][A-Za-z_0-9]*", name.text):
                raise self.error(f"expected a field name, found '{name.text}'", name)
            self.field = name.text
            if name.text in out:
                raise self.error("is given twice", name)
            self.take("=")
            out[name.text] = (self.value(), name)
            self.take(";")
        return out

    def int_(self) -> int:
        tok = self.take()
        if not re.fullmatch(r"-?\d+", tok.text):
            raise self.error(f"expected an integer, found '{tok.text}'", tok)
        return int(tok.text)

    def value(self):
        tok = self.peek()
        if tok is None:
            raise self.error("unexpected end of file, expected a value")
        if tok.text == "[|":
            return self.array2d()
        if tok.text == "[":
            self.take("[")
            return self.sequence("]", self.scalar)
        return self.scalar()

    def scalar(self):
        tok = self.peek()
        if tok is not None and tok.text == "{":
            self.take("{")
            values = self.sequence("}", self.set_item)
            return frozenset(v for item in values for v in item)
        first = self.int_()
        nxt = self.peek()
        if nxt is not None and nxt.text == "..":
            self.take("..")
            return frozenset(range(first, self.int_() + 1))
        return first

    def set_item(self) -> range:
        first = self.int_()
        nxt = self.peek()
        if nxt is not None and nxt.text == "..":
            self.take("..")
            return range(first, self.int_() + 1)
        return range(first, first + 1)

    def sequence(self, close: str, item) -> list:
        values = []
        while True:
            tok = self.peek()
            if tok is not None and tok.text == close:
                self.take(close)
                return values
            values.append(item())
            tok = self.peek()
            if tok is not None and tok.text == ",":
                self.take(",")
            elif tok is None or tok.text != close:
                raise self.error(f"expected ',' or '{close}', found '{tok.text if tok else 'end of file'}'")

    def array2d(self) -> list[list]:
        self.take("[|")
        rows, row = [], []
        while True:
            tok = self.peek()
            if tok is None:
                raise self.error("unexpected end of file inside a 2-d array")
            if tok.text == "|]":
                self.take("|]")
                break
            if tok.text == "|":
                self.take("|")
                rows.append(row)
                row = []
                nxt = self.peek()
                if nxt is not None and nxt.text == "]":
                    self.take("]")
                    return rows
                continue
            if tok.text == ",":
                self.take(",")
                continue
            row.append(self.scalar())
        if row:
            rows.append(row)
        return rows


def parse_dzn(text: str, *, source: str = "") -> dict:
    """Parse ``.dzn`` text into ``{name: (value, token)}``; raises :class:`DznError`. No side effects."""
    lines = text.split("\n")
    end = (len(lines), len(lines[-1]) + 1)
    return _Parser(_tokens(text, source), source, end).items()


def _need(items: dict, name: str, source: str):
    if name not in items:
        raise DznError("is missing", field=name, line=1, column=1, source=source)
    return items[name]


def _int_field(items, name, source, *, minimum=0) -> int:
    value, tok = _need(items, name, source)
    if not isinstance(value, int) or value < minimum:
        raise DznError(
            f"must be an integer >= {minimum}", field=name, line=tok.line, column=tok.col, source=source
        )
    return value


def _list_field(items, name, source, length, kind) -> list:
    value, tok = items[name]
    if not isinstance(value, list) or (value and isinstance(value[0], list)):
        raise DznError(
            "must be a one-dimensional array", field=name, line=tok.line, column=tok.col, source=source
        )
    if len(value) != length:
        raise DznError(
            f"has {len(value)} entries, expected {length}",
            field=name,
            line=tok.line,
            column=tok.col,
            source=source,
        )
    for k, v in enumerate(value):
        if not isinstance(v, kind):
            raise DznError(
                f"entry {k + 1} must be {'a set' if kind is frozenset else 'an integer'}",
                field=name,
                line=tok.line,
                column=tok.col,
                source=source,
            )
    return value


def instance_from_text(text: str, *, name: str = "", source: str = "") -> B2BInstance:
    """Build a :class:`B2BInstance` from ``.dzn`` text, checking every field. No side effects."""
    items = parse_dzn(text, source=source)
    nb = _int_field(items, "nBusiness", source, minimum=1)
    nm = _int_field(items, "nMeetings", source)
    nt = _int_field(items, "nTables", source, minimum=1)
    ns = _int_field(items, "nTotalSlots", source, minimum=1)
    nmo = _int_field(items, "nMorningSlots", source)
    value, tok = _need(items, "requested", source)
    if not isinstance(value, list) or (value and not isinstance(value[0], list)):
        raise DznError(
            "must be a 2-d array [| p1, p2, session | ... |]",
            field="requested",
            line=tok.line,
            column=tok.col,
            source=source,
        )
    if len(value) != nm:
        raise DznError(
            f"has {len(value)} rows, expected nMeetings = {nm}",
            field="requested",
            line=tok.line,
            column=tok.col,
            source=source,
        )
    requested = []
    for k, row in enumerate(value):
        ok = len(row) == 3 and all(isinstance(v, int) for v in row)
        if not ok or not (
            1 <= row[0] <= nb and 1 <= row[1] <= nb and row[0] != row[1] and row[2] in (1, 2, 3)
        ):
            raise DznError(
                f"row {k + 1} must be (p1, p2, session) with distinct participants in 1..{nb} and "
                f"session in 1..3, found {row}",
                field="requested",
                line=tok.line,
                column=tok.col,
                source=source,
            )
        requested.append((row[0], row[1], row[2]))
    forbidden: list[frozenset[int]] = [frozenset()] * nb
    if "forbidden" in items:
        raw = _list_field(items, "forbidden", source, nb, frozenset)
        forbidden = [frozenset(s for s in v if s != 0) for v in raw]
        for k, v in enumerate(forbidden):
            if any(not 1 <= s <= ns for s in v):
                tok = items["forbidden"][1]
                raise DznError(
                    f"entry {k + 1} names a slot outside 1..{ns}",
                    field="forbidden",
                    line=tok.line,
                    column=tok.col,
                    source=source,
                )
    fixed = [0] * nm
    if "fixed" in items:
        fixed = _list_field(items, "fixed", source, nm, int)
        for k, v in enumerate(fixed):
            if not 0 <= v <= ns:
                tok = items["fixed"][1]
                raise DznError(
                    f"entry {k + 1} is {v}, outside 0..{ns}",
                    field="fixed",
                    line=tok.line,
                    column=tok.col,
                    source=source,
                )
    precedences: list[frozenset[int]] = [frozenset()] * nm
    if "precedences" in items:
        precedences = _list_field(items, "precedences", source, nm, frozenset)
        for k, v in enumerate(precedences):
            if any(not 1 <= m <= nm or m == k + 1 for m in v):
                tok = items["precedences"][1]
                raise DznError(
                    f"entry {k + 1} names a meeting outside 1..{nm} or itself",
                    field="precedences",
                    line=tok.line,
                    column=tok.col,
                    source=source,
                )
    return B2BInstance(
        name=name,
        n_business=nb,
        n_tables=nt,
        n_slots=ns,
        n_morning=nmo,
        requested=tuple(requested),
        forbidden=tuple(forbidden),
        fixed=tuple(fixed),
        precedences=tuple(precedences),
        raw={k: v for k, (v, _t) in items.items()},
    )


def load_instance(path: str | Path) -> B2BInstance:
    """Read and check one ``.dzn`` file. Side effect: reads the file."""
    path = Path(path)
    name = path.name.removesuffix(".dzn")
    return instance_from_text(path.read_text(encoding="utf-8"), name=name, source=str(path))


def problem_from_instance(instance: B2BInstance, *, fairness: int | None = 2):
    """The product :class:`~gyoryu.scheduling.solver.Problem` for a benchmark instance.

    Participants are ``"1".."n"``, slots ``"1".."T"`` (one stop, one day; sessions "am" up to ``nMorningSlots``,
    then "pm"), one venue ``"hall"`` with ``nTables`` tables of 2 seats, meetings ``"1".."nMeetings"``, all
    required. No side effects.
    """
    from .solver.problem import Meeting, Participant, Problem, Room, Slot, Venue

    n_slots, n_morning = instance.n_slots, instance.n_morning
    slots = tuple(
        Slot(
            id=str(j),
            stop="event",
            day="day1",
            start=j * 30,
            end=j * 30 + 30,
            session="am" if j <= n_morning else "pm",
        )
        for j in range(1, n_slots + 1)
    )
    morning = frozenset(str(j) for j in range(1, n_morning + 1))
    afternoon = frozenset(str(j) for j in range(n_morning + 1, n_slots + 1))
    participants = tuple(
        Participant(
            id=str(p),
            unavailable=frozenset(str(s) for s in instance.forbidden[p - 1])
            if instance.forbidden
            else frozenset(),
        )
        for p in range(1, instance.n_business + 1)
    )
    meetings = []
    for k, (a, b, session) in enumerate(instance.requested):
        allowed = {1: morning, 2: afternoon, 3: frozenset()}[session]
        fixed = instance.fixed[k] if instance.fixed else 0
        after = instance.precedences[k] if instance.precedences else frozenset()
        meetings.append(
            Meeting(
                id=str(k + 1),
                a=str(a),
                b=str(b),
                required=True,
                slots=allowed,
                fixed_slot=str(fixed) if fixed else None,
                after=frozenset(str(q) for q in after),
            )
        )
    venue = Venue(
        id="hall", stop="event", rooms=tuple(Room(id=f"T{t}") for t in range(1, instance.n_tables + 1))
    )
    return Problem(
        participants=participants, slots=slots, venues=(venue,), meetings=tuple(meetings), fairness=fairness
    )
