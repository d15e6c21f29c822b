"""The clause registry: the real data, and clear errors for bad data."""

import shutil
from pathlib import Path

import pytest

from msdocs.registry.load import REGISTRY_DIR, RegistryError, load_registry
from msdocs.registry.model import number_sort_key, parent_number


@pytest.fixture(scope="module")
def reg():
    return load_registry()


def test_real_registry_loads_with_expected_editions(reg) -> None:
    assert {name: sorted(std.editions) for name, std in reg.standards.items()} == {
        "ISO 9001": ["2015"],
        "ISO 14001": ["2015", "2026"],
        "ISO/IEC 27001": ["2013", "2022"],
    }
    assert {name: std.current for name, std in reg.standards.items()} == {
        "ISO 9001": "2015", "ISO 14001": "2026", "ISO/IEC 27001": "2022",
    }


def test_annex_a_has_93_controls_in_four_themes(reg) -> None:
    clauses = reg.standards["ISO/IEC 27001"].editions["2022"].clauses
    controls = [n for n in clauses if n.startswith("A.") and n.count(".") == 2]
    by_theme = {theme: sum(n.startswith(theme + ".") for n in controls) for theme in ("A.5", "A.6", "A.7", "A.8")}
    assert by_theme == {"A.5": 37, "A.6": 8, "A.7": 14, "A.8": 34}
    assert clauses["A.5.15"].title("en") == "Access control"


def test_2013_annex_a_has_114_controls_all_mapped(reg) -> None:
    clauses = reg.standards["ISO/IEC 27001"].editions["2013"].clauses
    controls = [n for n in clauses if n.startswith("A.") and n.count(".") == 3]
    assert len(controls) == 114
    corr = reg.correspondence("ISO/IEC 27001", "2013", "2022")
    assert all(corr.forward(n) is not None for n in controls)
    assert corr.forward("A.12.4.1").new == ("A.8.15",)


def test_untitled_paragraphs_have_no_invented_titles(reg) -> None:
    clauses = reg.standards["ISO 9001"].editions["2015"].clauses
    untitled = sorted((n for n, c in clauses.items() if c.titles is None), key=number_sort_key)
    assert untitled == [
        "4.4.1", "4.4.2", "6.1.1", "6.1.2", "6.2.1", "6.2.2", "7.5.3.1", "7.5.3.2",
        "8.2.3.1", "8.2.3.2", "8.7.1", "8.7.2", "9.2.1", "9.2.2", "10.2.1", "10.2.2",
    ]


def test_iso14001_transition_2015_2026(reg) -> None:
    corr = reg.correspondence("ISO 14001", "2015", "2026")
    assert corr.forward("6.1.4").new == ("6.1.5",)
    new = reg.standards["ISO 14001"].editions["2026"].clauses
    assert new["6.1.4"].title("en") == "Risks and opportunities"
    assert new["6.3"].title("en") == "Planning of changes"
    assert any(c.old is None and "6.3" in c.new for c in corr.changes)


def test_every_title_is_trilingual_and_serbian_is_cyrillic(reg) -> None:
    for clause in reg.all_clauses():
        if clause.titles:
            assert set(clause.titles) == {"en", "bg", "sr"}
            assert any("\u0400" <= ch <= "\u04ff" for ch in clause.titles["sr"]), clause


def test_numbers_and_parents() -> None:
    assert parent_number("8.5.1") == "8.5"
    assert parent_number("A.5.15") == "A.5"
    assert parent_number("A.5") == "A"
    assert parent_number("10") is None
    assert sorted(["10", "4.10", "4.2", "A.5.10", "A.5.2", "A", "5"], key=number_sort_key) == [
        "4.2", "4.10", "5", "10", "A", "A.5.2", "A.5.10",
    ]


@pytest.fixture()
def broken_registry(tmp_path: Path) -> Path:
    root = tmp_path / "registry"
    shutil.copytree(REGISTRY_DIR, root)
    return root


def _replace(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    before = text[: text.index(old)]
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return before.count("\n") + 1


def _problems(root: Path) -> str:
    with pytest.raises(RegistryError) as info:
        load_registry(root)
    return str(info.value)


def test_missing_language_in_a_title_is_reported_with_file_and_line(broken_registry: Path) -> None:
    path = broken_registry / "iso9001-2015.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index('number: "8.5.1"')
    line = text[:start].count("\n") + 1
    segment_end = text.index("verified", start)
    segment = text[start:segment_end]
    import re
    broken = re.sub(r"\bbg: [^,}\n]+,?", "", segment, count=1)
    path.write_text(text[:start] + broken + text[segment_end:], encoding="utf-8")
    message = _problems(broken_registry)
    assert f"iso9001-2015.yml:{line}: clause 8.5.1: title has no bg text" in message


def test_latin_serbian_title_is_rejected(broken_registry: Path) -> None:
    path = broken_registry / "iso27001-2022.yml"
    text = path.read_text(encoding="utf-8")
    import re
    match = re.search(r"sr: (Контрола приступа|[^,}\n]*приступ[^,}\n]*)", text)
    assert match, "A.5.15 Serbian title not found"
    path.write_text(text[: match.start(1)] + "Kontrola pristupa" + text[match.end(1):], encoding="utf-8")
    assert "must be written in Cyrillic" in _problems(broken_registry)


def test_duplicate_clause_and_missing_parent(broken_registry: Path) -> None:
    path = broken_registry / "iso14001-2026.yml"
    _replace(path, 'number: "6.1.5"', 'number: "6.1.4"')
    message = _problems(broken_registry)
    assert "clause 6.1.4: listed twice" in message


def test_unmapped_clause_in_correspondence(broken_registry: Path) -> None:
    path = broken_registry / "correspondence" / "iso14001-2015-2026.yml"
    text = path.read_text(encoding="utf-8")
    import re
    match = re.search(r'^\s*- \{from: "8.2".*\n', text, re.MULTILINE)
    assert match
    path.write_text(text[: match.start()] + text[match.end():], encoding="utf-8")
    message = _problems(broken_registry)
    assert "ISO 14001:2015 8.2 is not mapped" in message


def test_unknown_source_id(broken_registry: Path) -> None:
    path = broken_registry / "iso9001-2015.yml"
    text = path.read_text(encoding="utf-8")
    import re
    match = re.search(r"verified: \{en: ([\w-]+)", text)
    path.write_text(text[: match.start(1)] + "no-such-source" + text[match.end(1):], encoding="utf-8")
    assert "unknown source 'no-such-source'" in _problems(broken_registry)
