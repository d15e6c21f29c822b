"""MkDocs hooks: the site-specific build logic, kept thin.

mkdocs-static-i18n builds the site once per language; these hooks run inside
each of those builds (after the plugin, hence the low priorities) and, once the
last language is done, finish the site: 404 pages, search index, PDFs.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from . import derived, generated, glossary, notfound, search, structure, translations
from .edition import Edition, current_edition, format_day
from .languages import REPO_ROOT, Language, SiteLanguages, check_docs_folders, site_languages
from .pdf.document import PdfCover, PdfJob, PdfPage
from .pdf.render import render_all
from .refs.check import Corpus, cross_page_diagnostics, scan_corpus, scan_page
from .refs.render import Renderer, transition_page
from .registry.load import RegistryError, load_registry
from .registry.model import Clause, Registry
from .strings import Strings, load_strings
from .translit import to_latin

log = get_plugin_logger("msdocs")

FONTS_DIR = REPO_ROOT / "fonts" / "source-sans-3"
CACHE_DIR = Path(os.environ.get("MSDOCS_CACHE_DIR", REPO_ROOT / ".cache"))
AFTER_I18N = -110  # static-i18n runs its events at -100


@dataclass
class _Build:
    """What the hooks learn during one `mkdocs build` / `serve` run (all languages)."""

    command: str = "build"
    languages: SiteLanguages | None = None
    strings: Strings | None = None
    edition: Edition | None = None
    registry: Registry | None = None
    corpus: Corpus | None = None
    terms: tuple[glossary.Term, ...] = ()
    change_times: dict[str, float] = field(default_factory=dict)  # docs/... path -> last change
    translation: dict[tuple[str, str], translations.PageStatus] = field(default_factory=dict)
    lang: Language | None = None
    root_code: str = ""  # the language static-i18n builds at the site root
    variants: dict[str, "_Variant"] = field(default_factory=dict)  # by language code
    notfound_pages: dict[str, str] = field(default_factory=dict)

    @property
    def variant(self) -> "_Variant":
        assert self.lang
        return self.variants[self.lang.code]

    def t(self, key: str, **values: object) -> str:
        assert self.strings and self.lang
        return self.strings.get(key, self.lang.code, **values)


@dataclass
class _Variant:
    """What one language build produced, kept until the last language is done."""

    lang: Language
    site_name: str
    nav: Navigation | None = None
    contents: dict[str, str] = field(default_factory=dict)  # page url -> article html
    untranslated: list[str] = field(default_factory=list)


STATE = _Build()


def _i18n(config: MkDocsConfig):
    return config.plugins["i18n"]


def _prefix(lang: Language) -> str:
    """URL prefix of a variant in this build: '' for the one built at the site root
    (English, or the single language of BUILD_ONLY_LOCALE), else e.g. 'bg/'."""
    return "" if lang.code == STATE.root_code else f"{lang.code}/"


def search_enabled() -> bool:
    """The Pagefind index is built by `mkdocs build`; live preview skips it (about 3 s)
    unless MSDOCS_SEARCH=1."""
    setting = os.environ.get("MSDOCS_SEARCH")
    if setting is not None:
        return setting not in ("0", "false", "no")
    return STATE.command != "serve"


def pdf_enabled() -> bool:
    """PDFs are made by `mkdocs build`; live preview skips them unless MSDOCS_PDF=1."""
    setting = os.environ.get("MSDOCS_PDF")
    if setting is not None:
        return setting not in ("0", "false", "no")
    return STATE.command != "serve"


def pdf_filename(lang: Language) -> str:
    assert STATE.strings
    return f"{STATE.strings.get('pdf.filename', lang.source_code)}-{lang.code}.pdf"


def on_startup(command: str, dirty: bool) -> None:
    global STATE
    STATE = _Build(command=command)


@event_priority(AFTER_I18N)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    i18n = _i18n(config)
    if STATE.languages is None:  # once per `mkdocs build` or `mkdocs serve`
        STATE.languages = site_languages(Path(config.config_file_path))
        problems = check_docs_folders(Path(config.docs_dir), STATE.languages)
        if problems:
            raise PluginError("Language folders under docs/ do not match mkdocs.yml:\n  " + "\n  ".join(problems))
        for lang in STATE.languages:
            if lang.derived_from:
                derived.derive_language_settings(i18n, lang)
        if not pdf_enabled():
            log.info("PDFs are not generated in live preview (set MSDOCS_PDF=1 to generate them)")
        if not search_enabled():
            log.info("The search index is not built in live preview (set MSDOCS_SEARCH=1 to build it)")
    if not i18n.building:  # the first language of each (re)build: read data and content afresh
        _load_sources(config)
    STATE.lang = STATE.languages.get(i18n.current_language)
    STATE.root_code = i18n.default_language
    STATE.variants[STATE.lang.code] = _Variant(STATE.lang, config.site_name)
    return config


def _load_sources(config: MkDocsConfig) -> None:
    """Data files, git history and the Markdown corpus, read once per (re)build."""
    assert STATE.languages
    docs = Path(config.docs_dir)
    load_strings.cache_clear()
    glossary.load_glossary.cache_clear()
    STATE.strings = load_strings()
    STATE.terms = glossary.load_glossary()
    STATE.edition = current_edition(REPO_ROOT, str(config.extra.get("guide_version", "")))
    if STATE.edition.date_source != "git":
        log.info(f"Not a git checkout: edition date taken from {STATE.edition.date_source}")
    try:
        STATE.registry = load_registry()
    except RegistryError as exc:
        raise PluginError("The clause registry (data/registry) has errors:\n  " + "\n  ".join(map(str, exc.problems))) from None
    STATE.change_times = translations.last_change_times(REPO_ROOT, docs)
    STATE.translation = {
        (status.lang, status.path): status
        for status in translations.translation_status(
            REPO_ROOT, docs, STATE.languages.default.code, [lang.code for lang in STATE.languages.translations]
        )
    }
    STATE.corpus = scan_corpus(docs, [l.code for l in STATE.languages.authored], STATE.languages.default.code,
                               STATE.registry, REPO_ROOT)
    STATE.variants = {}
    STATE.notfound_pages = {}


@event_priority(AFTER_I18N)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    lang = STATE.lang
    assert lang
    if lang.derived_from:
        for message in derived.replace_with_derived_pages(files, config, lang, Path(config.docs_dir)):
            log.error(message)
    if not lang.default:
        STATE.variant.untranslated = sorted(
            f.norm_src_uri for f in files.documentation_pages() if getattr(f, "locale", lang.code) != lang.code
        )
    _add_generated(files, config, "search.md", search.search_page_markdown(STATE.t), in_nav=False)
    for norm, content in _generated_pages().items():
        _add_generated(files, config, norm, content)
    return files


def _add_generated(files: Files, config: MkDocsConfig, norm: str, content: str, in_nav: bool = True) -> None:
    """Add a page generated at build time, with alternates for the language selector."""
    assert STATE.languages and STATE.lang
    inclusion = InclusionLevel.UNDEFINED if in_nav else InclusionLevel.NOT_IN_NAV
    alternates = {}
    for lang in STATE.languages:
        alt = File.generated(config, f"{_prefix(lang)}{norm}", content=content if lang == STATE.lang else "", inclusion=inclusion)
        alt.locale = alt.locale_alternate_of = alt.localization = lang.code
        alt.norm_src_uri = norm
        alternates[lang.code] = alt
    page = alternates[STATE.lang.code]
    for alt in alternates.values():
        alt.alternates = alternates
        alt.edit_uri = None  # generated from data: there is no page source to edit
    files.append(page)


def _clause_title(clause: Clause, lang: Language) -> str | None:
    title = clause.title(lang.source_code)
    return to_latin(title) if title and lang.derived_from else title


def _generation_context() -> generated.Context:
    assert STATE.registry and STATE.corpus and STATE.lang and STATE.languages
    lang = STATE.lang
    return generated.Context(
        STATE.registry, STATE.corpus, lang, lang.source_code, STATE.t,
        lambda clause: _clause_title(clause, lang), STATE.languages,
    )


def _generated_pages() -> dict[str, str]:
    ctx = _generation_context()
    reg = ctx.registry
    pages: dict[str, str] = {}
    titles: list[tuple[str, str]] = []

    def add(norm: str, content: str) -> None:
        pages[norm] = content
        titles.append((norm, content.split('title: "', 1)[1].split('"\n', 1)[0].replace('\\"', '"')))

    for std in reg.standards.values():
        add(f"clauses/{std.anchor_prefix}.md", generated.clause_index(ctx, std))
    iso27001 = reg.standard("ISO/IEC 27001")
    if iso27001:
        add(generated.ANNEX_A_PAGE, generated.annex_a(ctx, iso27001, _referenced_in(ctx, iso27001.name)))
    if reg.harmonized:
        add(generated.MATRIX_PAGE, generated.matrix(ctx))
    for corr in reg.correspondences:
        std = reg.standards[corr.standard]
        add(transition_page(std.anchor_prefix, corr.old_edition, corr.new_edition), generated.transition(ctx, std, corr.old_edition))
    add(generated.COVERAGE_PAGE, generated.coverage_page(ctx))
    pages[generated.OVERVIEW_PAGE] = generated.overview(ctx, titles)
    pages[generated.GLOSSARY_PAGE] = generated.glossary_page(ctx, STATE.terms)
    pages[generated.DOWNLOADS_PAGE] = _downloads(ctx)
    pages[generated.STATUS_PAGE] = generated.translation_status_page(ctx, list(STATE.translation.values()))
    return pages


def _downloads(ctx: generated.Context) -> str:
    """The downloads page: the guide PDF, each training module's handouts, the checklists."""
    lang = ctx.lang
    english = STATE.corpus.pages.get(STATE.languages.default.code, {}) if STATE.corpus and STATE.languages else {}

    def title(norm: str) -> str:
        page = ctx.corpus.pages.get(ctx.section_lang, {}).get(norm) or english.get(norm)
        return _page_title(ctx, page) if page else norm

    modules = [(norm, title(norm), handout_filenames(norm, lang))
               for norm in sorted(english) if norm.startswith(TRAINING_DIR) and norm != TRAINING_DIR + "index.md"]
    checklists = [(norm, title(norm)) for norm in sorted(english)
                  if norm.startswith(SELF_ASSESSMENT_DIR) and norm != SELF_ASSESSMENT_DIR + "index.md"]
    return generated.downloads_page(ctx, pdf_filename(lang) if pdf_enabled() else None, modules, checklists)


def _referenced_in(ctx: generated.Context, standard: str) -> dict[str, list[tuple[str, str]]]:
    """Clause number -> pages (of the section language) whose text refers to it."""
    found: dict[str, list[tuple[str, str]]] = {}
    for norm, page in sorted(ctx.corpus.pages.get(ctx.section_lang, {}).items()):
        seen = set()
        for ref, target, _ in page.resolved:
            if target and target.clause and target.standard.name == standard and ref.heading_level is None:
                number = target.section_number or target.clause.number
                if number not in seen:
                    seen.add(number)
                    found.setdefault(number, []).append((norm, _page_title(ctx, page)))
    return found


def _page_title(ctx: generated.Context, page) -> str:
    """A page's title as readers of ctx.lang see it (clause headings resolved)."""
    for ref, target, _ in page.resolved:
        if ref.heading_level == 1 and target and target.clause:
            title = ctx.title(target.clause)
            return f"{target.clause.number} {title}" if title else target.clause.number
    title = page.title or page.norm_path
    return to_latin(title) if ctx.lang.derived_from else title


@event_priority(AFTER_I18N)
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    STATE.variant.nav = nav
    return nav


@event_priority(AFTER_I18N)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Check the page's references (as scripts/check_refs.py does) and render them."""
    assert STATE.lang and STATE.registry and STATE.corpus
    lang = STATE.lang
    norm = getattr(page.file, "norm_src_uri", page.file.src_uri)
    source_lang = getattr(page.file, "locale", lang.code)
    section_lang = lang.source_code if source_lang == lang.code else source_lang
    display = f"docs/{section_lang}/{norm}"
    scan, diagnostics = scan_page(markdown, section_lang, norm, display, STATE.registry)
    authored = STATE.corpus.pages.get(section_lang, {}).get(norm)
    report = authored is not None and source_lang == lang.code and not lang.derived_from
    if report:
        diagnostics += cross_page_diagnostics(STATE.corpus, authored)
        diagnostics += glossary.terminology_diagnostics(markdown, lang.code, display, STATE.terms)
        diagnostics += structure.structure_diagnostics(markdown, lang.code, display, scan, STATE.registry)
        english = Path(config.docs_dir) / STATE.languages.default.code / norm
        if not lang.default and english.is_file():
            diagnostics += structure.heading_id_diagnostics(markdown, english.read_text(encoding="utf-8"), display)
        for diagnostic in diagnostics:
            if diagnostic.code in ("R006", "T001"):
                # R006: documented fallback, the link goes to the clause index;
                # T001: terminology advice (the test suite keeps the corpus free of it)
                log.info(diagnostic.format())
            elif diagnostic.level == "error":
                log.error(diagnostic.format())
            else:
                log.warning(diagnostic.format())
    elif authored is None and diagnostics:  # a generated page: any problem is a bug in the generator
        for diagnostic in diagnostics:
            log.error(diagnostic.format())
    renderer = Renderer(
        STATE.registry, STATE.corpus, section_lang,
        lambda clause: _clause_title(clause, lang if section_lang == lang.source_code else STATE.languages.get(section_lang)),
        lambda name: STATE.registry.standards[name].current_edition.titles.get(lang.source_code, name)
        if not lang.derived_from else to_latin(STATE.registry.standards[name].current_edition.titles.get(lang.source_code, name)),
        STATE.t("ref.section_missing"),
    )
    return renderer.render(markdown, scan) + _abbreviation_lines(lang)


def _self_assessment_toolbar() -> str:
    """Localized labels for the traffic-light checklist script (site.js) and a privacy note."""
    data = {f"data-{key}": STATE.t(f"selfassess.{key}") for key in ("red", "amber", "green", "summary", "clear", "print")}
    attrs = " ".join(f'{k}="{html.escape(v)}"' for k, v in data.items())
    return (f'<div class="self-assessment-tool" {attrs}>'
            f'<p class="self-assessment-tool__privacy">{html.escape(STATE.t("selfassess.privacy"))}</p></div>')


def _abbreviation_lines(lang: Language) -> str:
    """Definitions for the abbr extension: abbreviations explained on hover on every page."""
    pairs = glossary.abbreviations(lang.source_code, STATE.terms)
    if lang.derived_from:
        pairs = {to_latin(k): to_latin(v) for k, v in pairs.items()}
    return "\n\n" + "\n".join(f"*[{abbr}]: {text}" for abbr, text in sorted(pairs.items())) + "\n"


def _is_stale(page: Page) -> bool:
    assert STATE.lang
    norm = getattr(page.file, "norm_src_uri", None)
    status = STATE.translation.get((STATE.lang.source_code, norm))
    return status is not None and status.state == "stale" and not _is_untranslated(page)


def _is_untranslated(page: Page) -> bool:
    assert STATE.lang
    return not STATE.lang.default and getattr(page.file, "locale", STATE.lang.code) != STATE.lang.code


@event_priority(AFTER_I18N)
def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert STATE.lang and STATE.languages
    if _is_untranslated(page):
        content = (
            f'<div class="admonition warning notice-untranslated" role="note">'
            f'<p class="admonition-title">{html.escape(STATE.t("notice.untranslated"))}</p></div>'
            f'<div lang="{STATE.languages.default.tag}">{content}</div>'
        )
    elif _is_stale(page):
        # page.url is e.g. "bg/iso-9001/4-context/": climb to the root, then the English page
        target = "../" * page.url.count("/") + page.url[len(_prefix(STATE.lang)):]
        content = (
            f'<div class="admonition warning notice-stale" role="note">'
            f'<p class="admonition-title">{html.escape(STATE.t("notice.stale"))}</p>'
            f'<p><a href="{html.escape(target)}" hreflang="{STATE.languages.default.tag}">'
            f'{html.escape(STATE.t("notice.stale.link"))}</a></p></div>'
        ) + content
    if getattr(page.file, "norm_src_uri", "").startswith(SELF_ASSESSMENT_DIR):
        head, found, rest = content.partition("</h1>")
        content = head + found + _self_assessment_toolbar() + rest if found else _self_assessment_toolbar() + content
    STATE.variant.contents[page.url] = content
    return content


def _alternates(page: Page, config: MkDocsConfig) -> list[dict[str, str]]:
    """hreflang alternates: the page in every variant where it is really translated."""
    assert STATE.languages
    site_url = config.site_url or ""
    result = []
    alternates = getattr(page.file, "alternates", {})
    for lang in STATE.languages:
        alt = alternates.get(lang.code)
        source = alternates.get(lang.source_code)
        # a variant counts when its source language really has the page (not the English fallback)
        if alt is None or not (lang.default or getattr(source, "locale", None) == lang.source_code):
            continue
        result.append({"tag": lang.tag, "href": site_url + alt.url, "code": lang.code})
    default = STATE.languages.default
    for alt in result:
        if alt["code"] == default.code:
            result.append({"tag": "x-default", "href": alt["href"], "code": default.code})
            break
    return result


def _site_context(config: MkDocsConfig) -> dict:
    assert STATE.lang and STATE.languages
    lang = STATE.lang
    pdf_name = pdf_filename(lang)
    return {
        "lang": lang,
        "languages": STATE.languages,
        "tags": {l.code: l.tag for l in STATE.languages},
        "t": STATE.t,
        "pdf_url": f"{_prefix(lang)}pdf/{pdf_name}" if pdf_enabled() else None,
        "home_url": _prefix(lang),
        "search_url": f"{_prefix(lang)}search/",
        "edition": STATE.edition,
        "edition_date": format_day(STATE.edition.date, lang) if STATE.edition else "",
    }


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    site = _site_context(config)
    site["alternates"] = _alternates(page, config)
    site["untranslated"] = _is_untranslated(page)
    site["updated"] = _updated(page)
    context["msdocs"] = site
    return context


def _updated(page: Page) -> str | None:
    """The localized date of the last change of the page's source file (git), if it has one."""
    assert STATE.lang
    if getattr(page.file, "edit_uri", None) is None:
        return None
    locale = getattr(page.file, "locale", STATE.lang.code)
    folder = STATE.lang.source_code if locale == STATE.lang.code else locale
    when = STATE.change_times.get(f"docs/{folder}/{getattr(page.file, 'norm_src_uri', page.file.src_uri)}")
    if when is None:
        return None
    day = dt.datetime.fromtimestamp(when, dt.timezone.utc).date()
    return STATE.t("footer.updated", date=format_day(day, STATE.lang))


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    context["msdocs"] = _site_context(config)
    context["msdocs"]["alternates"] = []
    return context


def on_env(env, config: MkDocsConfig, files: Files):
    env.filters["sr_latin"] = to_latin
    return env


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name == "404.html" and STATE.lang:
        STATE.notfound_pages[STATE.lang.code] = output
    return output


@event_priority(AFTER_I18N)
def on_post_build(config: MkDocsConfig) -> None:
    if _i18n(config).building:
        return  # another language follows; finish when the last one is done
    assert STATE.languages
    site_dir = Path(config.site_dir)
    notfound.write_pages(site_dir, STATE.root_code, STATE.notfound_pages, urlsplit(config.site_url or "/").path or "/")
    (site_dir / "clauses.json").write_text(
        generated.clauses_json(STATE.registry, STATE.corpus, STATE.languages, config.site_url or "", _clause_title),
        encoding="utf-8",
    )
    if search_enabled():
        search.build_index(site_dir)
    for variant in STATE.variants.values():
        if variant.untranslated:
            log.info(
                f"{len(variant.untranslated)} page(s) not translated into '{variant.lang.code}' "
                f"(English shown with a notice): {', '.join(variant.untranslated)}"
            )
    if pdf_enabled():
        jobs = [_pdf_job(variant, config, site_dir) for variant in STATE.variants.values()]
        for variant in STATE.variants.values():
            jobs += _handout_jobs(variant, config, site_dir)
        for result in render_all(jobs, CACHE_DIR / "pdf"):
            how = "unchanged, reused" if result.cached else f"rendered {result.pages} pages"
            log.info(f"PDF {result.output.relative_to(site_dir)}: {how} in {result.seconds:.1f} s ({result.size // 1024} KiB)")


def _pdf_pages(variant: _Variant) -> list[PdfPage]:
    pages: list[PdfPage] = []
    pending: list[tuple[int, str]] = []

    def add(page: Page, depth: int) -> None:
        if page.meta.get("pdf") is False or page.url not in variant.contents:
            return
        pages.append(PdfPage(page.url, page.title or "", depth, variant.contents[page.url], tuple(pending)))
        pending.clear()

    def walk(items, depth: int) -> None:
        for item in items:
            if item.is_page:
                add(item, depth)
            elif item.is_section:
                children = list(item.children)
                if children and children[0].is_page and children[0].is_index:
                    add(children[0], depth)
                    walk(children[1:], depth + 1)
                else:
                    pending.append((depth, item.title))
                    walk(children, depth + 1)

    assert variant.nav
    walk(variant.nav.items, 1)
    return pages


TRAINING_DIR = "training/"
SELF_ASSESSMENT_DIR = "self-assessment/"


def handout_filenames(norm_path: str, lang: Language) -> tuple[str, str]:
    """File names of a training module's participants' handout and trainer's version."""
    stem = norm_path.rsplit("/", 1)[-1].removesuffix(".md")
    return f"{stem}-{lang.code}.pdf", f"{stem}-trainer-{lang.code}.pdf"


def _handout_jobs(variant: _Variant, config: MkDocsConfig, site_dir: Path) -> list[tuple[PdfJob, Path]]:
    """Two A4 handouts per training module: for participants (no answers) and for trainers."""
    lang = variant.lang
    assert STATE.edition and STATE.strings
    site_url = config.site_url or ""

    def t(key: str, **values: object) -> str:
        return STATE.strings.get(key, lang.code, **values)

    jobs = []
    for page in _pdf_pages(variant):
        module = page.url[len(_prefix(lang)):]
        if not module.startswith(TRAINING_DIR) or module == TRAINING_DIR:
            continue
        norm = module.rstrip("/") + ".md"
        for filename, trainer in zip(handout_filenames(norm, lang), (False, True)):
            job = PdfJob(
                lang_tag=lang.tag,
                filename=filename,
                site_url=site_url,
                site_dir=str(site_dir),
                author=variant.site_name,
                cover=PdfCover(
                    title=page.title,
                    subtitle=t("handout.trainer" if trainer else "handout.participant"),
                    edition=variant.site_name,
                    date=format_day(STATE.edition.date, lang),
                    online=site_url + page.url,
                    notice="",
                ),
                contents_title="",
                page_label=t("pdf.page"),
                pages=(PdfPage(page.url, page.title, 1, page.html),),
                fonts_dir=str(FONTS_DIR),
                kind="handout",
                omit_trainer_only=not trainer,
            )
            jobs.append((job, site_dir / _prefix(lang) / "pdf" / "handouts" / filename))
    return jobs


def _pdf_job(variant: _Variant, config: MkDocsConfig, site_dir: Path) -> tuple[PdfJob, Path]:
    lang = variant.lang
    assert STATE.edition and STATE.strings
    site_url = config.site_url or ""
    name = pdf_filename(lang)

    def t(key: str, **values: object) -> str:
        return STATE.strings.get(key, lang.code, **values)

    job = PdfJob(
        lang_tag=lang.tag,
        filename=name,
        site_url=site_url,
        site_dir=str(site_dir),
        author=variant.site_name,
        cover=PdfCover(
            title=variant.site_name,
            subtitle=t("site.subtitle"),
            edition=t("pdf.cover.edition", version=STATE.edition.version),
            date=t("pdf.cover.date", date=format_day(STATE.edition.date, lang)),
            online=t("pdf.cover.online", url=site_url + _prefix(lang)),
            notice=t("pdf.cover.notice"),
        ),
        contents_title=t("pdf.contents"),
        page_label=t("pdf.page"),
        pages=tuple(_pdf_pages(variant)),
        fonts_dir=str(FONTS_DIR),
    )
    return job, site_dir / _prefix(lang) / "pdf" / name
