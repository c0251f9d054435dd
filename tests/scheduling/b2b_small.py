"""Small B2B instances in .dzn text, shared by the engine tests (no shared data needed)."""

# 4 participants, 1 table, 4 slots (2 morning). Meetings: 1-2, 1-3, 1-4, 2-3 (all "either").
# Participant 1 has 3 meetings in 4 slots with 1 table, so the 4 meetings fill all 4 slots.
SMALL = """\
% a tiny event
nBusiness = 4;
nMeetings = 4;
nTables = 1;
nTotalSlots = 4;
nMorningSlots = 2;
requested = [|1, 2, 3,
|1, 3, 3,
|1, 4, 3,
|2, 3, 3,
|];
forbidden = [{0}, {0}, {0}, {0}];
"""


def variant(*, fixed=None, precedences=None, forbidden=None, tables=None) -> str:
    """SMALL with optional fixed / precedences / forbidden lists (dzn syntax strings) appended."""
    text = SMALL
    if tables is not None:
        text = text.replace("nTables = 1;", f"nTables = {tables};")
    if forbidden is not None:
        text = text.replace("forbidden = [{0}, {0}, {0}, {0}];", f"forbidden = {forbidden};")
    if fixed is not None:
        text += f"fixed = {fixed};\n"
    if precedences is not None:
        text += f"precedences = {precedences};\n"
    return text
