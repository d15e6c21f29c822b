"""Load and validate the clause registry (data/registry) with file:line errors."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import yamlio
from ..languages import REPO_ROOT
from ..translit import find_foreign_letters
from ..yamlio import DataError, LineDict
from .model import CHANGE_KINDS, Change, Clause, Correspondence, Edition, Registry, Standard, parent_number

REGISTRY_DIR = REPO_ROOT / "data" / "registry"
TITLE_LANGS = ("en", "bg", "sr")
NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*|A(?:\.\d+)*)$")
SPECIAL_VERIFIED = {"translation", "unverified"}


class RegistryError(Exception):
    """All problems found in the registry data, one ``path:line: message`` per line."""

    def __init__(self, problems: list[DataError]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def _require_keys(data: LineDict, path: Path, allowed: set[str], required: set[str], what: str) -> list[DataError]:
    problems = []
    for key in data:
        if key not in allowed:
            problems.append(DataError(path, data.line(key), f"{what}: unknown key {key!r}; allowed: {', '.join(sorted(allowed))}"))
    for key in sorted(required - set(data)):
        problems.append(DataError(path, data.start_line, f"{what}: missing key {key!r}"))
    return problems


def _check_titles(titles, path: Path, line: int, what: str) -> list[DataError]:
    if titles is None:
        return []
    if not isinstance(titles, dict):
        return [DataError(path, line, f"{what}: title must be a mapping {{en: …, bg: …, sr: …}} or null")]
    problems = []
    for lang in TITLE_LANGS:
        if not isinstance(titles.get(lang), str) or not titles[lang].strip():
            problems.append(DataError(path, line, f"{what}: title has no {lang} text; every title needs en, bg and sr"))
    for lang in set(titles) - set(TITLE_LANGS):
        problems.append(DataError(path, line, f"{what}: title has unknown language {lang!r}; use en, bg, sr"))
    sr = titles.get("sr")
    if isinstance(sr, str):
        if re.search(r"[čćšžđČĆŠŽĐ]", sr) or not re.search(r"[\u0400-\u04FF]", sr):
            problems.append(DataError(path, line, f"{what}: the sr title must be written in Cyrillic (the Latin variant is derived): {sr!r}"))
        for hit in find_foreign_letters(sr):
            problems.append(DataError(path, line, f"{what}: sr title has '{hit.letter}', not a Serbian letter" + (f"; did you mean '{hit.hint}'?" if hit.hint else "")))
    return problems


def load_edition(path: Path, standard: Standard, edition: str) -> tuple[Edition | None, list[DataError]]:
    try:
        data = yamlio.load(path)
    except DataError as exc:
        return None, [exc]
    if not isinstance(data, LineDict):
        return None, [DataError(path, 1, "expected a mapping with standard, edition, title, sources and clauses")]
    problems = _require_keys(
        data, path, {"standard", "edition", "title", "sources", "clauses", "amendments"},
        {"standard", "edition", "title", "sources", "clauses"}, "edition file",
    )
    if data.get("standard") != standard.name:
        problems.append(DataError(path, data.line("standard"), f"standard is {data.get('standard')!r}, expected {standard.name!r} (from editions.yml)"))
    if str(data.get("edition")) != edition:
        problems.append(DataError(path, data.line("edition"), f"edition is {data.get('edition')!r}, expected {edition!r} (quote it: \"{edition}\")"))
    problems += _check_titles(data.get("title"), path, data.line("title"), "standard title")
    sources = data.get("sources") or {}
    if not isinstance(sources, dict):
        problems.append(DataError(path, data.line("sources"), "sources must map an id to {description, url}"))
        sources = {}
    for sid, src in sources.items():
        if not isinstance(src, dict) or not src.get("description"):
            problems.append(DataError(path, sources.line(sid) if isinstance(sources, LineDict) else None, f"source {sid!r} needs a description (and a url where there is one)"))
    clauses: dict[str, Clause] = {}
    entries = data.get("clauses") or []
    if not isinstance(entries, list):
        return None, problems + [DataError(path, data.line("clauses"), "clauses must be a list")]
    for entry in entries:
        line = entry.start_line if isinstance(entry, LineDict) else data.line("clauses")
        if not isinstance(entry, LineDict):
            problems.append(DataError(path, line, "each clause must be a mapping with number, title and verified"))
            continue
        problems += _require_keys(entry, path, {"number", "title", "verified", "note"}, {"number", "title", "verified"}, "clause")
        number = str(entry.get("number", ""))
        what = f"clause {number or '?'}"
        if not NUMBER.match(number):
            problems.append(DataError(path, line, f"{what}: invalid number; write e.g. \"8.5.1\" or \"A.5.15\""))
            continue
        if number in clauses:
            problems.append(DataError(path, line, f"{what}: listed twice (first at line {clauses[number].line})"))
            continue
        parent = parent_number(number)
        if parent is not None and parent not in clauses:
            problems.append(DataError(path, line, f"{what}: its parent {parent} must be listed before it"))
        titles = entry.get("title")
        problems += _check_titles(titles, path, line, what)
        verified = entry.get("verified") or {}
        needed = TITLE_LANGS if titles else ("en",)
        if not isinstance(verified, dict):
            problems.append(DataError(path, line, f"{what}: verified must map each language to a source id"))
            verified = {}
        for lang in needed:
            value = verified.get(lang)
            if value is None:
                problems.append(DataError(path, line, f"{what}: verified has no {lang} entry; give a source id, 'translation' or 'unverified'"))
            elif value not in sources and value not in SPECIAL_VERIFIED:
                problems.append(DataError(path, line, f"{what}: verified {lang}: unknown source {value!r}; define it under sources"))
            elif value == "translation" and lang == "en":
                problems.append(DataError(path, line, f"{what}: an English title cannot be a 'translation'; cite a source or mark it 'unverified'"))
        clauses[number] = Clause(
            standard.name, edition, number,
            {k: titles[k] for k in TITLE_LANGS} if isinstance(titles, dict) and all(k in titles for k in TITLE_LANGS) else None,
            dict(verified), entry.get("note"), str(path), line,
        )
    amendments = data.get("amendments") or []
    for amendment in amendments:
        for number in amendment.get("affects", []) if isinstance(amendment, dict) else []:
            if number not in clauses:
                problems.append(DataError(path, data.line("amendments"), f"amendment {amendment.get('id')}: affects unknown clause {number}"))
    return Edition(standard.name, edition, dict(data.get("title") or {}), clauses, dict(sources), list(amendments), str(path)), problems


def _parse_edition_ref(text: str) -> tuple[str, str] | None:
    match = re.match(r"^(.+?):(\d{4})$", str(text).strip())
    return (match.group(1).strip(), match.group(2)) if match else None


def load_correspondence(path: Path, standards: dict[str, Standard]) -> tuple[Correspondence | None, list[DataError]]:
    try:
        data = yamlio.load(path)
    except DataError as exc:
        return None, [exc]
    problems = _require_keys(data, path, {"from", "to", "sources", "map"}, {"from", "to", "map"}, "correspondence")
    old = _parse_edition_ref(data.get("from", ""))
    new = _parse_edition_ref(data.get("to", ""))
    if not old or not new or old[0] != new[0] or old[0] not in standards:
        return None, problems + [DataError(path, data.line("from"), "from/to must name editions of one registered standard, e.g. 'ISO 14001:2015' and 'ISO 14001:2026'")]
    std = standards[old[0]]
    old_ed, new_ed = std.editions.get(old[1]), std.editions.get(new[1])
    if old_ed is None or new_ed is None:
        return None, problems + [DataError(path, data.line("from"), f"{std.name}: edition {old[1] if old_ed is None else new[1]} is not loaded; list it in editions.yml")]
    changes: list[Change] = []
    seen_old: dict[str, int] = {}
    seen_new: set[str] = set()
    for row in data.get("map") or []:
        line = row.start_line if isinstance(row, LineDict) else data.line("map")
        problems += _require_keys(row, path, {"from", "to", "change", "note"}, {"from", "to", "change"}, "mapping row")
        src = row.get("from")
        targets = row.get("to") or []
        kind = row.get("change")
        if kind not in CHANGE_KINDS:
            problems.append(DataError(path, line, f"change {kind!r} is not one of {', '.join(CHANGE_KINDS)}"))
        if src is not None:
            src = str(src)
            if src not in old_ed.clauses:
                problems.append(DataError(path, line, f"{src} is not a clause of {old_ed.key}"))
            if src in seen_old and kind != "split":
                problems.append(DataError(path, line, f"{src} is mapped twice (also at line {seen_old[src]})"))
            seen_old[src] = line
        elif kind != "added":
            problems.append(DataError(path, line, "a row without 'from' must have change: added"))
        for target in targets:
            if str(target) not in new_ed.clauses:
                problems.append(DataError(path, line, f"{target} is not a clause of {new_ed.key}"))
            seen_new.add(str(target))
        if not targets and kind != "removed":
            problems.append(DataError(path, line, "a row without 'to' must have change: removed"))
        changes.append(Change(src, tuple(str(t) for t in targets), kind, row.get("note"), line))
    for number, clause in old_ed.clauses.items():
        if number not in seen_old:
            problems.append(DataError(path, None, f"{old_ed.key} {number} is not mapped; add a row for it (clause listed at {clause.path}:{clause.line})"))
    for number in new_ed.clauses:
        if number not in seen_new:
            problems.append(DataError(path, None, f"{new_ed.key} {number} appears in no row's 'to'; add it (change: added if it is new)"))
    return Correspondence(std.name, old[1], new[1], changes, dict(data.get("sources") or {}), str(path)), problems


def load_harmonized(path: Path, standards: dict[str, Standard]) -> tuple[list[dict], list[DataError]]:
    """Rows {hs, title, clauses: {standard name: number}} of the harmonized structure."""
    try:
        data = yamlio.load(path)
    except DataError as exc:
        return [], [exc]
    problems = []
    rows = []
    for row in data.get("rows") or []:
        line = row.start_line
        problems += _require_keys(row, path, {"hs", "title", "clauses"}, {"hs", "title", "clauses"}, "harmonized structure row")
        problems += _check_titles(row.get("title"), path, line, f"harmonized clause {row.get('hs')}")
        for name, number in (row.get("clauses") or {}).items():
            std = standards.get(name)
            if std is None:
                problems.append(DataError(path, line, f"unknown standard {name!r}"))
            elif number is not None and str(number) not in std.current_edition.clauses:
                problems.append(DataError(path, line, f"{name}:{std.current} has no clause {number}"))
        rows.append(dict(row))
    return rows, problems


def load_registry(root: Path = REGISTRY_DIR) -> Registry:
    """Load everything under ``root``; raise :class:`RegistryError` listing every problem."""
    problems: list[DataError] = []
    editions_path = root / "editions.yml"
    data = yamlio.load(editions_path)
    standards: dict[str, Standard] = {}
    for entry in data.get("standards") or []:
        line = entry.start_line
        problems += _require_keys(
            entry, editions_path,
            {"name", "aliases", "anchor_prefix", "guide", "editions", "current", "references_written_for"},
            {"name", "anchor_prefix", "guide", "editions", "current", "references_written_for"}, "standard",
        )
        editions = [str(e) for e in entry.get("editions") or []]
        std = Standard(
            entry["name"], tuple(entry.get("aliases") or ()), entry["anchor_prefix"], entry["guide"],
            str(entry["current"]), str(entry["references_written_for"]),
        )
        for key in ("current", "references_written_for"):
            if str(entry[key]) not in editions:
                problems.append(DataError(editions_path, entry.line(key), f"{std.name}: {key} {entry[key]!r} is not one of its editions {editions}"))
        for edition in editions:
            path = root / f"{std.anchor_prefix}-{edition}.yml"
            if not path.is_file():
                problems.append(DataError(editions_path, line, f"{std.name}:{edition}: data file {path.name} is missing"))
                continue
            loaded, errs = load_edition(path, std, edition)
            problems += errs
            if loaded:
                std.editions[edition] = loaded
        standards[std.name] = std
    correspondences = []
    harmonized: list[dict] = []
    corr_dir = root / "correspondence"
    for path in sorted(corr_dir.glob("*.yml")) if corr_dir.is_dir() else []:
        if path.name == "harmonized-structure.yml":
            harmonized, errs = load_harmonized(path, standards)
        else:
            corr, errs = load_correspondence(path, standards)
            if corr:
                correspondences.append(corr)
        problems += errs
    if problems:
        raise RegistryError(problems)
    return Registry(standards, correspondences, harmonized)


@lru_cache(maxsize=None)
def registry(root: Path = REGISTRY_DIR) -> Registry:
    return load_registry(root)
