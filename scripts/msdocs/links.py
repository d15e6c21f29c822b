"""Check the links of a built site with LinkChecker, over local HTTP.

LinkChecker works best against a served site (file:// mishandles directory
URLs and anchors). Anchors are checked too (its AnchorCheck plugin). Links to
other sites are only checked with ``external=True`` (a scheduled workflow:
CI and this machine have no internet).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

LINKCHECKER_CONFIG = """\
[checking]
threads=10
maxrequestspersecond=1000
[filtering]
# The search index and the Pagefind bundle are not pages.
ignore=
  /pagefind/
{ignore}
[AnchorCheck]
[output]
status=0
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    base_path = "/"

    def log_message(self, *args) -> None:
        pass

    def translate_path(self, path: str) -> str:
        if path.startswith(self.base_path):
            path = "/" + path[len(self.base_path):]
        return super().translate_path(path)


@contextlib.contextmanager
def serve(site_dir: Path, base_path: str = "/"):
    """Serve ``site_dir`` at ``base_path`` (the path of site_url, e.g. "/guidelines/")
    on a free port of 127.0.0.1; yields the site's URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    handler_class = type("Handler", (_QuietHandler,), {"base_path": base_path})
    handler = functools.partial(handler_class, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}{base_path}"
    finally:
        server.shutdown()


def _command(url: str, config: str, external: bool) -> list[str]:
    command = [sys.executable, "-m", "linkcheck", "-f", config, "--no-status", "--no-robots"]
    if external:
        command.append("--check-extern")
    return [*command, url]


def check(url: str, prefixes: list[str], external: bool = False) -> tuple[int, str]:
    """Run LinkChecker from each variant's home page, one process per variant, in parallel.

    LinkChecker spends most of its time waiting, so the variants (``""`` for the
    default language, ``"bg/"`` ...) are checked side by side; each process
    follows only its own variant's pages (links into other variants are still
    checked, just not crawled). Returns the exit code (1 if any process found
    errors or warnings) and the combined report.
    """
    with tempfile.TemporaryDirectory() as tmp:
        processes = []
        for prefix in prefixes:
            others = [p for p in prefixes if p and p != prefix]
            ignore = "\n".join(f"  ^{url}{p}" for p in others)
            if not prefix:
                ignore = "\n".join(f"  ^{url}{p}.+" for p in others)
            config = Path(tmp, f"{prefix.strip('/') or 'default'}.ini")
            config.write_text(LINKCHECKER_CONFIG.format(ignore=ignore), encoding="utf-8")
            processes.append(subprocess.Popen(_command(url + prefix, str(config), external),
                                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
        outputs = [p.communicate()[0] for p in processes]
    code = max(p.returncode for p in processes)
    return code, "\n".join(outputs)
