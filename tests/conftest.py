"""Shared fixtures: the site is built once per test session and served locally."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
VARIANTS = {"en": "", "bg": "bg/", "sr": "sr/", "sr-latn": "sr-latn/"}
TAGS = {"en": "en", "bg": "bg", "sr": "sr-Cyrl", "sr-latn": "sr-Latn"}


def free_port(preferred: int = 18765) -> int:
    """A fixed port when it is free: the site URL then stays the same between runs,
    so the PDFs (whose covers show it) are reused from the cache."""
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", preferred))
        except OSError:
            sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def mkdocs_build(project: Path, site_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run `mkdocs build --strict` the way README's command does, and capture its log."""
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)],
        cwd=project, capture_output=True, text=True, env=full_env,
    )


@dataclass
class BuiltSite:
    root: Path
    url: str  # http://127.0.0.1:PORT/
    log: str

    def page(self, variant: str, path: str = "") -> str:
        return (self.root / VARIANTS[variant] / path / "index.html").read_text(encoding="utf-8")


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site like a static host: text compressed with gzip when the browser
    accepts it, and missing paths answered with /404.html and status 404."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix in self.COMPRESSED and path.is_file()
                and "gzip" in self.headers.get("Accept-Encoding", "") and self.path.endswith(("/", path.suffix))):
            body = gzip.compress(path.read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)
        return super().send_head()

    def send_error(self, code, message=None, explain=None):
        if code == 404:
            body = (Path(self.directory) / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@pytest.fixture(scope="session")
def site() -> BuiltSite:
    """The complete site with all PDFs, built once, served on 127.0.0.1."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site_dir = ARTIFACTS / "site"
    if site_dir.exists():
        shutil.rmtree(site_dir)
    result = mkdocs_build(ROOT, site_dir, {"SITE_URL": url})
    if result.returncode != 0:
        pytest.fail(f"the site build failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    handler = functools.partial(_Handler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield BuiltSite(site_dir, url, result.stdout + result.stderr)
    server.shutdown()


@pytest.fixture(scope="session")
def project_copy(tmp_path_factory) -> Path:
    """A copy of the project to break on purpose (docs, data, theme, tooling)."""
    base = tmp_path_factory.mktemp("project")
    for name in ("mkdocs.yml", "docs", "overrides", "data", "scripts", "fonts", "templates"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, base / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, base / name)
    return base
