"""YAML loading that remembers line numbers, so data errors can name file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class DataError(Exception):
    """A problem in a data or content file, reported as ``path:line: message``."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        path = Path(path)
        if path.is_absolute() and path.is_relative_to(Path.cwd()):
            path = path.relative_to(Path.cwd())
        self.path = str(path)
        self.line = line
        self.message = message
        location = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{location}: {message}")


class LineDict(dict):
    """A mapping that knows the (1-based) line of each of its keys."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lines: dict[Any, int] = {}
        self.start_line = 0

    def line(self, key: Any) -> int:
        return self.lines.get(key, self.start_line)


class _Loader(yaml.SafeLoader):
    """Safe loader that records key lines and ignores MkDocs' custom tags."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict()
    mapping.start_line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise DataError(
                getattr(loader, "source_path", "<yaml>"),
                key_node.start_mark.line + 1,
                f"duplicate key {key!r}: each key may appear once; merge the two entries",
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.lines[key] = key_node.start_mark.line + 1
    return mapping


def _construct_unknown(loader: _Loader, suffix: str, node: yaml.Node) -> Any:
    """``!ENV [NAME, default]`` and ``!!python/...`` tags: keep the plain value."""
    if isinstance(node, yaml.SequenceNode):
        values = loader.construct_sequence(node)
        return values[-1] if values else None
    if isinstance(node, yaml.MappingNode):
        return _construct_mapping(loader, node)
    return loader.construct_scalar(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_multi_constructor("!", _construct_unknown)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _construct_unknown)


def load(path: str | Path) -> Any:
    """Load a YAML file; syntax errors become :class:`DataError` with a line."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    loader = _Loader(text)
    loader.source_path = str(path)  # type: ignore[attr-defined]
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else None
        raise DataError(path, line, f"invalid YAML: {exc.problem} (check indentation and quoting)") from None
    finally:
        loader.dispose()
