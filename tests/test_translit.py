"""Serbian Cyrillic → Latin transliteration."""

import pytest
from hypothesis import given, strategies as st

from msdocs.translit import find_foreign_letters, markdown_to_latin, to_latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("љубав", "ljubav"),
        ("њива", "njiva"),
        ("џеп", "džep"),
        ("Љубав", "Ljubav"),
        ("ЉУБАВ", "LJUBAV"),
        ("Њ", "Nj"),
        ("ЏЕП и Џеп", "DŽEP i Džep"),
        ("Ђорђе Ћуприја", "Đorđe Ćuprija"),
        ("чешће шећер жута", "češće šećer žuta"),
        ("ЧШЖЂЋ", "ČŠŽĐĆ"),
        ("Систем менаџмента квалитетом", "Sistem menadžmenta kvalitetom"),
        ("ISO 9001, тачка 8.5.1", "ISO 9001, tačka 8.5.1"),
    ],
)
def test_to_latin(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


def test_markdown_keeps_code_urls_anchors_and_clause_numbers() -> None:
    source = (
        "## Преглед {#iso9001-9-3 .clause}\n"
        "Видети [[ISO 9001 9.3|преиспитивање]] и [везу](../путања/страна.md \"наслов\").\n"
        "Адреса https://пример.срб/пут и `код ћ` остају.\n"
        "```\nкод у блоку\n```\n"
        '<abbr title="Систем менаџмента">СМ</abbr> <span lang="bg">Закон за киберсигурност</span>\n'
    )
    latin = markdown_to_latin(source)
    assert "## Pregled {#iso9001-9-3 .clause}" in latin
    assert "[[ISO 9001 9.3|preispitivanje]]" in latin
    assert '[vezu](../путања/страна.md "naslov")' in latin
    assert "https://пример.срб/пут" in latin and "`код ћ`" in latin
    assert "```\nкод у блоку\n```" in latin
    assert '<abbr title="Sistem menadžmenta">SM</abbr>' in latin
    assert '<span lang="bg">Закон за киберсигурност</span>' in latin


def test_link_fragments_follow_transliterated_headings() -> None:
    source = "## Две улоге општине\n\nВидети [улоге](../iso-14001/index.md#две-улоге-општине).\n"
    assert markdown_to_latin(source) == "## Dve uloge opštine\n\nVideti [uloge](../iso-14001/index.md#dve-uloge-opštine).\n"


def test_foreign_letters_are_reported_with_line_and_hint() -> None:
    hits = find_foreign_letters("први ред\nдруги йод\n<span lang=\"bg\">съд</span> щ")
    assert [(h.line, h.column, h.letter, h.hint) for h in hits] == [(2, 7, "й", "ј"), (3, 28, "щ", "шт")]


def test_serbian_text_has_no_foreign_letters() -> None:
    assert find_foreign_letters("Ђурђевдан, џеп, љиљан, њушка, ћевап, шешир, жито, ч") == []


@given(st.text())
def test_latin_output_has_no_serbian_cyrillic(text: str) -> None:
    result = to_latin(text)
    assert not any(ch in "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ" for ch in result)


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_ascii_is_unchanged(text: str) -> None:
    assert to_latin(text) == text
    assert markdown_to_latin(text) == text
