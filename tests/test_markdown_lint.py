"""Every page passes the Markdown linter (PyMarkdown) with the project's configuration."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_docs_pass_markdown_lint() -> None:
    result = subprocess.run([sys.executable, "-m", "pymarkdown", "-c", ".pymarkdown.json", "scan", "-r", "docs"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
