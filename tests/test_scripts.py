"""The command-line entry points compile and show their help (catches syntax errors in
scripts that no other test runs, such as the benchmarks)."""

import py_compile
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted((ROOT / "scripts").glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_script_compiles(script: Path) -> None:
    py_compile.compile(str(script), doraise=True)


@pytest.mark.parametrize("name", ["check_refs.py", "check_links.py", "new_page.py", "translation_status.py",
                                  "benchmark.py"])
def test_cli_help(name: str) -> None:
    result = subprocess.run([sys.executable, f"scripts/{name}", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "usage" in result.stdout.lower()
