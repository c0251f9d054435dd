import pytest

from gyoryu.scheduling.dzn import DznError, instance_from_text, parse_dzn

from .b2b_small import SMALL, variant


def test_parses_the_small_instance():
    inst = instance_from_text(SMALL, name="small")
    assert inst.n_business == 4
    assert inst.n_tables == 1
    assert inst.n_slots == 4
    assert inst.n_morning == 2
    assert inst.requested == ((1, 2, 3), (1, 3, 3), (1, 4, 3), (2, 3, 3))
    assert inst.forbidden == (frozenset(),) * 4
    assert inst.fixed == (0, 0, 0, 0)


def test_parses_sets_ranges_and_optional_fields():
    inst = instance_from_text(
        variant(fixed="[0, 2, 0, 0]", precedences="[{}, {1}, {}, {}]", forbidden="[{0}, {3..4}, {0}, {1}]")
    )
    assert inst.fixed == (0, 2, 0, 0)
    assert inst.precedences == (frozenset(), frozenset({1}), frozenset(), frozenset())
    assert inst.forbidden == (frozenset(), frozenset({3, 4}), frozenset(), frozenset({1}))


def test_meetingsxbusiness_is_kept_raw():
    values = parse_dzn("meetingsxBusiness = [{1,2}, {1}];")
    assert values["meetingsxBusiness"][0] == [frozenset({1, 2}), frozenset({1})]


def _error(text: str) -> DznError:
    with pytest.raises(DznError) as info:
        instance_from_text(text, source="bad.dzn")
    return info.value


def test_error_names_field_line_and_column_for_a_bad_token():
    err = _error(SMALL.replace("nTables = 1;", "nTables = x1;"))
    assert (err.field, err.line, err.column) == ("nTables", 4, 11)
    assert str(err) == "bad.dzn:4:11: field 'nTables' expected an integer, found 'x1'"


def test_error_for_a_missing_semicolon_points_at_the_next_token():
    err = _error(SMALL.replace("nTotalSlots = 4;", "nTotalSlots = 4"))
    assert (err.field, err.line, err.column) == ("nTotalSlots", 6, 1)
    assert "expected ';', found 'nMorningSlots'" in str(err)


def test_error_for_a_bad_meeting_row():
    err = _error(SMALL.replace("|2, 3, 3,", "|2, 2, 3,"))
    assert err.field == "requested"
    assert (err.line, err.column) == (7, 1)
    assert "row 4 must be (p1, p2, session)" in str(err)


def test_error_for_wrong_array_length_and_missing_field():
    err = _error(variant(fixed="[0, 0, 0]"))
    assert (err.field, err.line) == ("fixed", 13)
    assert "has 3 entries, expected 4" in str(err)
    err = _error(SMALL.replace("nMeetings = 4;\n", ""))
    assert (err.field, str(err)) == ("nMeetings", "bad.dzn:1:1: field 'nMeetings' is missing")


def test_error_for_an_unexpected_character_and_end_of_file():
    err = _error(SMALL.replace("nBusiness = 4;", "nBusiness = 4#;"))
    assert (err.field, err.line, err.column) == (None, 2, 14)
    err = _error("nBusiness = [1, 2")
    assert (err.field, err.line, err.column) == ("nBusiness", 1, 18)
