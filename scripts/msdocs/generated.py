"""Pages generated from the clause registry in every language, and clauses.json.

Each function returns Markdown; links to clauses use the [[...]] syntax, so
they resolve exactly like links written by editors.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from typing import Callable

from .languages import Language, SiteLanguages
from .refs.check import Corpus
from .refs.coverage import coverage
from .refs.render import INDEX_DIR, old_edition_anchor
from .registry.model import Clause, Registry, Standard

ANNEX_A_PAGE = f"{INDEX_DIR}/annex-a.md"
MATRIX_PAGE = f"{INDEX_DIR}/matrix.md"
COVERAGE_PAGE = f"{INDEX_DIR}/coverage.md"
OVERVIEW_PAGE = f"{INDEX_DIR}/index.md"


@dataclass
class Context:
    registry: Registry
    corpus: Corpus
    lang: Language
    section_lang: str  # the authored language whose sections apply
    t: Callable[..., str]
    title: Callable[[Clause], str | None]
    languages: SiteLanguages


def _front(title: str, pdf: bool = True) -> str:
    safe = title.replace('"', '\\"')
    return f'---\ntitle: "{safe}"\n' + ("" if pdf else "pdf: false\n") + "---\n\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _title_cell(ctx: Context, clause: Clause) -> str:
    title = ctx.title(clause)
    if title is None:
        return f"*{ctx.t('clauses.untitled')}*"
    if "unverified" in clause.verified.values():
        return f"{_cell(title)} <abbr title=\"{ctx.t('clauses.unverified')}\">*</abbr>"
    return _cell(title)


def _section_cell(ctx: Context, std: Standard, number: str) -> str:
    if ctx.corpus.section(ctx.section_lang, std.name, number):
        return f"[[{std.name} {number}|{ctx.t('clauses.col.section')}]]"
    return ctx.t("clauses.none")


def clause_index(ctx: Context, std: Standard) -> str:
    edition = std.current_edition
    title = ctx.t("clauses.std.title", standard=std.name)
    rows = [
        f"| <span id=\"{std.anchor(c.number)}\"></span>{c.number} | {_title_cell(ctx, c)} | {_section_cell(ctx, std, c.number)} |"
        for c in edition.clauses.values()
    ]
    return (
        _front(title) + f"# {title}\n\n{ctx.t('clauses.std.intro', standard=std.name, edition=edition.edition)}\n\n"
        f"| {ctx.t('clauses.col.clause')} | {ctx.t('clauses.col.title')} | {ctx.t('clauses.col.section')} |\n|---|---|---|\n"
        + "\n".join(rows) + "\n"
    )


def transition(ctx: Context, std: Standard, old: str) -> str:
    corr = ctx.registry.correspondence(std.name, old, std.current)
    assert corr is not None
    old_ed, new_ed = std.editions[old], std.current_edition
    title = ctx.t("clauses.transition.title", standard=std.name, old=old, new=std.current)
    rows = []
    for change in corr.changes:
        if change.old is None:
            first = "—"
            old_title = ""
        else:
            anchor = old_edition_anchor(std.anchor_prefix, old, change.old)
            first = f'<span id="{anchor}"></span>{change.old}'
            old_title = _title_cell(ctx, old_ed.clauses[change.old])
        targets = ", ".join(f"[[{std.name} {n}]]" for n in change.new) or "—"
        rows.append(f"| {first} | {old_title} | {ctx.t('change.' + change.kind)} | {targets} |")
    return (
        _front(title) + f"# {title}\n\n{ctx.t('clauses.transition.intro', standard=std.name, old=old, new=std.current)}\n\n"
        f"| {std.name}:{old} | {ctx.t('clauses.col.title')} | {ctx.t('clauses.col.change')} | {std.name}:{new_ed.edition} |\n|---|---|---|---|\n"
        + "\n".join(rows) + "\n"
    )


def matrix(ctx: Context) -> str:
    title = ctx.t("clauses.matrix.title")
    names = list(ctx.registry.standards)
    head = f"| {ctx.t('clauses.matrix.col.hs')} | " + " | ".join(names) + " |\n|---|" + "---|" * len(names) + "\n"
    rows = []
    for row in ctx.registry.harmonized:
        hs_title = row["title"][ctx.section_lang]
        cells = []
        for name in names:
            number = (row.get("clauses") or {}).get(name)
            cells.append(f"[[{name} {number}]]" if number else "—")
        rows.append(f"| {row['hs']} {_cell(hs_title)} | " + " | ".join(cells) + " |")
    return _front(title) + f"# {title}\n\n{ctx.t('clauses.matrix.intro')}\n\n" + head + "\n".join(rows) + "\n"


def annex_a(ctx: Context, std: Standard, referenced_in: dict[str, list[tuple[str, str]]]) -> str:
    """``referenced_in``: control number -> [(page norm path, page title)] of pages mentioning it."""
    edition = std.current_edition
    controls = [c for c in edition.clauses.values() if c.number.startswith("A.") and c.number.count(".") == 2]
    title = ctx.t("clauses.annexa.title")
    rows = []
    for c in controls:
        pages = referenced_in.get(c.number, [])
        here = posixpath.dirname(ANNEX_A_PAGE)
        links = ", ".join(f"[{_cell(t)}]({posixpath.relpath(p, here)})" for p, t in pages) or "—"
        rows.append(f"| <span id=\"{std.anchor(c.number)}\"></span>{c.number} | {_title_cell(ctx, c)} | {_section_cell(ctx, std, c.number)} | {links} |")
    return (
        _front(title) + f"# {title}\n\n{ctx.t('clauses.annexa.intro', count=len(controls), edition=edition.edition)}\n\n"
        f"| {ctx.t('clauses.col.clause')} | {ctx.t('clauses.col.title')} | {ctx.t('clauses.col.section')} | {ctx.t('clauses.col.discussed')} |\n|---|---|---|---|\n"
        + "\n".join(rows) + "\n"
    )


def coverage_page(ctx: Context) -> str:
    title = ctx.t("clauses.coverage.title")
    langs = [lang.code for lang in ctx.languages.authored]
    rows = []
    for row in coverage(ctx.registry, ctx.corpus, langs):
        name = ctx.languages.get(row.lang).name
        missing = ", ".join(row.missing[:12]) + (" …" if len(row.missing) > 12 else "")
        rows.append(f"| {row.standard}:{row.edition} | {name} | {row.covered} / {row.total} ({row.percent} %) | {missing or '—'} |")
    return (
        _front(title, pdf=False) + f"# {title}\n\n{ctx.t('clauses.coverage.intro')}\n\n"
        f"| {ctx.t('clauses.coverage.col.standard')} | {ctx.t('clauses.coverage.col.lang')} | {ctx.t('clauses.coverage.col.covered')} | {ctx.t('clauses.coverage.col.missing')} |\n|---|---|---|---|\n"
        + "\n".join(rows) + "\n"
    )


def overview(ctx: Context, pages: list[tuple[str, str]]) -> str:
    title = ctx.t("clauses.index.title")
    here = posixpath.dirname(OVERVIEW_PAGE)
    items = "\n".join(f"- [{_cell(t)}]({posixpath.relpath(p, here)})" for p, t in pages)
    return _front(title) + f"# {title}\n\n{ctx.t('clauses.index.intro')}\n\n{items}\n"


def page_url(norm_path: str) -> str:
    """Site URL of a page inside a language folder (directory URLs)."""
    if norm_path.endswith("index.md"):
        return norm_path[: -len("index.md")]
    return norm_path[: -len(".md")] + "/"


def clauses_json(registry: Registry, corpus: Corpus, languages: SiteLanguages, site_url: str,
                 title_of: Callable[[Clause, Language], str | None]) -> str:
    """Every clause of every standard and edition, with titles and guideline URLs per variant."""
    standards = []
    for std in registry.standards.values():
        editions = []
        for edition in std.editions.values():
            corr = registry.correspondence(std.name, edition.edition, std.current) if edition.edition != std.current else None
            clauses = []
            for clause in edition.clauses.values():
                current_numbers = (clause.number,) if corr is None else (corr.forward(clause.number).new if corr.forward(clause.number) else ())
                guideline = {}
                for lang in languages:
                    located = corpus.section(lang.source_code, std.name, current_numbers[0]) if current_numbers else None
                    if located:
                        guideline[lang.code] = f"{site_url}{lang.url_prefix}{page_url(located[0])}#{std.anchor(current_numbers[0])}"
                clauses.append({
                    "number": clause.number,
                    "parent": clause.parent,
                    "title": {lang.code: title_of(clause, lang) for lang in languages} if clause.titles else None,
                    "verified": clause.verified,
                    "current_edition_equivalent": list(current_numbers) if corr else None,
                    "guideline": guideline,
                })
            editions.append({
                "edition": edition.edition,
                "current": edition.edition == std.current,
                "title": edition.titles,
                "amendments": edition.amendments,
                "clauses": clauses,
            })
        standards.append({"standard": std.name, "anchor_prefix": std.anchor_prefix, "editions": editions})
    data = {
        "site_url": site_url,
        "variants": [{"code": l.code, "lang": l.tag, "url": site_url + l.url_prefix} for l in languages],
        "standards": standards,
    }
    return json.dumps(data, ensure_ascii=False, indent=1)



GLOSSARY_PAGE = "glossary.md"
STATUS_PAGE = "translation-status.md"

_SR_CYRILLIC_ORDER = "абвгдђежзијклљмнњопрстћуфхцчџш"
_SR_LATIN_ORDER = ["a", "b", "c", "č", "ć", "d", "dž", "đ", "e", "f", "g", "h", "i", "j", "k", "l", "lj", "m", "n",
                   "nj", "o", "p", "r", "s", "š", "t", "u", "v", "z", "ž"]


def collation_key(text: str, lang: Language) -> tuple:
    """Alphabetical order as readers of ``lang`` expect it (Serbian orders differ by script)."""
    low = text.lower()
    if lang.code == "sr":
        return tuple(_SR_CYRILLIC_ORDER.find(ch) if ch in _SR_CYRILLIC_ORDER else 100 + ord(ch) for ch in low)
    if lang.derived_from == "sr":
        key, i = [], 0
        while i < len(low):
            two = low[i : i + 2]
            if two in ("dž", "lj", "nj"):
                key.append(_SR_LATIN_ORDER.index(two))
                i += 2
            else:
                key.append(_SR_LATIN_ORDER.index(low[i]) if low[i] in _SR_LATIN_ORDER else 100 + ord(low[i]))
                i += 1
        return tuple(key)
    return tuple(ord(ch) for ch in low)


def glossary_page(ctx: Context, terms) -> str:
    """The termbase as a definition list, in the reader's language."""
    from .translit import to_latin

    source = ctx.lang.source_code

    def local(text: str) -> str:
        return to_latin(text) if ctx.lang.derived_from else text

    names = {lang.code: lang.name for lang in ctx.languages.authored}
    tags = {lang.code: lang.tag for lang in ctx.languages.authored}
    items = []
    for term in sorted(terms, key=lambda t: collation_key(local(t.entries[source].term), ctx.lang)):
        entry = term.entries[source]
        head = f"**{local(entry.term)}**" + (f" ({local(entry.abbr)})" if entry.abbr else "")
        others = "; ".join(
            f'{names[code]}: <span lang="{tags[code]}">{term.entries[code].term}</span>'
            + (f" ({term.entries[code].abbr})" if term.entries[code].abbr else "")
            for code in ("en", "bg", "sr") if code != source
        )
        lines = [head, f":   {local(entry.definition)}", "",
                 f"    {ctx.t('glossary.other')} {others}"]
        if entry.deprecated:
            lines += ["", f"    {ctx.t('glossary.avoid')} " + ", ".join(f"~~{local(v)}~~" for v in entry.deprecated)]
        items.append("\n".join(lines))
    title = ctx.t("glossary.title")
    return _front(title) + f"# {title}\n\n{ctx.t('glossary.intro')}\n\n" + "\n\n".join(items) + "\n"


def translation_status_page(ctx: Context, statuses) -> str:
    title = ctx.t("status.title")
    langs = [l.code for l in ctx.languages.translations] if ctx.lang.default else [ctx.section_lang]
    parts = [_front(title, pdf=False) + f"# {title}\n\n{ctx.t('status.intro')}\n"]
    for code in langs:
        rows = [s for s in statuses if s.lang == code]
        counts = {state: sum(s.state == state for s in rows) for state in ("current", "stale", "missing", "orphaned")}
        if len(langs) > 1:
            parts.append(f"## {ctx.languages.get(code).name}\n")
        parts.append(ctx.t("status.summary", total=len(rows), **{k: v for k, v in counts.items() if k != "orphaned"}) + "\n")
        pending = [s for s in rows if s.state != "current"]
        if not pending:
            parts.append(ctx.t("status.none") + "\n")
            continue
        table = [f"| {ctx.t('status.col.page')} | {ctx.t('status.col.state')} |", "|---|---|"]
        for s in pending:
            page = f"[{s.path}]({s.path})" if not ctx.lang.default and s.state != "orphaned" else f"`{code}/{s.path}`"
            table.append(f"| {page} | {ctx.t('status.' + s.state)} |")
        parts.append("\n".join(table) + "\n")
    return "\n".join(parts)


DOWNLOADS_PAGE = "downloads.md"


def downloads_page(ctx: Context, guide_pdf: str | None, modules: list[tuple[str, str, tuple[str, str]]],
                   checklists: list[tuple[str, str]]) -> str:
    """Links to the guideline PDF, the handouts and the checklists of this language.

    ``modules``: (page path, title, (participants' file, trainer's file));
    ``checklists``: (page path, title). PDF links are plain HTML: the files are
    made after the pages, so MkDocs cannot validate them (LinkChecker does).
    """
    title = ctx.t("downloads.title")
    lines = [_front(title, pdf=False), f"# {title}", "", ctx.t("downloads.intro"), ""]
    if guide_pdf is None:
        lines += [f"!!! note \"{ctx.t('downloads.title')}\"", f"    {ctx.t('downloads.off')}", ""]
    lines += [f"## {ctx.t('downloads.guide')}", ""]
    if guide_pdf:
        lines += [f'<p><a href="../pdf/{guide_pdf}" download>{ctx.t("pdf.download")}</a> (PDF)</p>', ""]
    if modules:
        lines += [f"## {ctx.t('downloads.handouts')}", "", "<ul>"]
        for path, module_title, (participants, trainer) in modules:
            page_link = "../" + page_url(path)
            item = f'<li><a href="{page_link}">{module_title}</a>'
            if guide_pdf:
                item += (f' – <a href="../pdf/handouts/{participants}" download>{ctx.t("handout.participant")}</a> (PDF)'
                         f' · <a href="../pdf/handouts/{trainer}" download>{ctx.t("handout.trainer")}</a> (PDF)')
            lines.append(item + "</li>")
        lines += ["</ul>", ""]
    if checklists:
        lines += [f"## {ctx.t('downloads.checklists')}", "", ctx.t("downloads.checklists.note"), ""]
        lines += [f"- [{_cell(t)}]({posixpath.relpath(p, '.')})" for p, t in checklists]
        lines.append("")
    return "\n".join(lines)
