"""The [[...]] reference syntax."""

import pytest
from hypothesis import given, settings, strategies as st

from msdocs.refs.parse import find_references


def one(text: str):
    refs = find_references(text)
    assert len(refs) == 1, refs
    return refs[0]


@pytest.mark.parametrize(
    ("text", "standard", "edition", "clause", "label"),
    [
        ("[[ISO 9001 8.5.1]]", "ISO 9001", None, "8.5.1", None),
        ("[[ISO 14001 6.1.2]]", "ISO 14001", None, "6.1.2", None),
        ("[[ISO/IEC 27001 A.5.15]]", "ISO/IEC 27001", None, "A.5.15", None),
        ("[[ISO 27001 A.5.15]]", "ISO 27001", None, "A.5.15", None),
        ("[[ISO 14001:2015 6.1.4]]", "ISO 14001", "2015", "6.1.4", None),
        ("[[ISO 9001]]", "ISO 9001", None, None, None),
        ("[[ISO 9001 8.5.1|customer satisfaction]]", "ISO 9001", None, "8.5.1", "customer satisfaction"),
        ("[[ISO/IEC 27001:2013 A.12.4.1|журнали]]", "ISO/IEC 27001", "2013", "A.12.4.1", "журнали"),
        ("[[ ISO 9001  4.1 ]]", "ISO 9001", None, "4.1", None),
    ],
)
def test_valid_references(text, standard, edition, clause, label) -> None:
    ref = one(f"Text {text} more.")
    assert (ref.standard, ref.edition, ref.clause, ref.label, ref.problem) == (standard, edition, clause, label, None)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[[iso 9001 4.1]]", "capitals"),
        ("[[ISO 9001 8.x]]", "not valid"),
        ("[[ISO9001 4.1]]", "space between ISO"),
        ("[[see 4.1]]", "does not start with a standard"),
        ("[[ISO 14001:15 4]]", "edition is a year"),
        ("[[]]", "empty reference"),
        ("[[ISO 9001 4.1|a|b]]", "only one |"),
    ],
)
def test_malformed_references_explain_the_fix(text, fragment) -> None:
    ref = one(text)
    assert ref.standard is None and fragment in ref.problem


def test_positions_are_line_and_column() -> None:
    refs = find_references("first line\n  see [[ISO 9001 4.1]] and [[ISO 9001 4.2]]\n")
    assert [(r.line, r.col) for r in refs] == [(2, 7), (2, 28)]


def test_code_comments_and_front_matter_are_skipped() -> None:
    text = (
        "---\ntitle: '[[ISO 9001 1]]'\n---\n"
        "`[[ISO 9001 2]]` and ``[[ISO 9001 3]]``\n"
        "```\n[[ISO 9001 4]]\n```\n"
        "~~~markdown\n[[ISO 9001 5]]\n~~~\n"
        "<!-- [[ISO 9001 6]] -->\n"
        "[[ISO 9001 7]]\n"
    )
    assert [r.clause for r in find_references(text)] == ["7"]


def test_heading_references_define_sections() -> None:
    refs = find_references("# [[ISO 9001 8]]\n\n### [[ISO 9001 8.5.1]] {.extra}\n\nSee [[ISO 9001 8.5.1]].\n## Title [[ISO 9001 4]]\n")
    assert [(r.clause, r.heading_level) for r in refs] == [("8", 1), ("8.5.1", 3), ("8.5.1", None), ("4", None)]
    assert refs[1].heading_attrs == "{.extra}"


@settings(max_examples=300)
@given(st.text())
def test_parser_never_crashes(text: str) -> None:
    for ref in find_references(text):
        assert ref.problem or ref.standard
        assert text[ref.start : ref.end] == ref.raw


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["[[", "]]", "ISO", " 9001", ":2015", " 4.1", "|x", "`", "\n", "```", "a", "<!--", "-->"])))
def test_parser_never_crashes_on_reference_like_text(parts) -> None:
    text = "".join(parts)
    for ref in find_references(text):
        assert 1 <= ref.line <= text.count("\n") + 1
