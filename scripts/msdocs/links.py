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
[filtering]
# The search index and the Pagefind bundle are not pages.
ignore=
  /pagefind/
[AnchorCheck]
[output]
status=0
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve(site_dir: Path):
    """Serve ``site_dir`` on a free port of 127.0.0.1; yields the base URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()


def check(url: str, external: bool = False) -> subprocess.CompletedProcess:
    """Run LinkChecker on ``url`` (recursively); exit code 1 means broken links or warnings."""
    with tempfile.NamedTemporaryFile("w", suffix=".ini", delete=False) as config:
        config.write(LINKCHECKER_CONFIG)
    command = [sys.executable, "-m", "linkcheck", "-f", config.name, "--no-status", "--no-robots"]
    if external:
        command.append("--check-extern")
    try:
        return subprocess.run([*command, url], capture_output=True, text=True)
    finally:
        Path(config.name).unlink()
