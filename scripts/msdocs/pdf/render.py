"""Render PDF jobs with WeasyPrint: in parallel, and only when their content changed.

A PDF is cached under a key made of everything that influences it (the
assembled HTML, the stylesheet, the fonts, the WeasyPrint version and the
render options). A build whose content did not change copies the cached file
instead of rendering again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .document import PDF_CSS, PdfJob, assemble

RENDER_OPTIONS = {"pdf_variant": "pdf/ua-1", "optimize_images": True}


@dataclass(frozen=True)
class RenderResult:
    filename: str
    output: Path
    cached: bool
    seconds: float
    pages: int | None
    size: int


def cache_key(job: PdfJob, document_html: str) -> str:
    import weasyprint

    digest = hashlib.sha256()
    digest.update(document_html.encode("utf-8"))
    digest.update(PDF_CSS.read_bytes())
    for font in sorted(Path(job.fonts_dir).glob("*.woff2")):
        digest.update(font.read_bytes())
    digest.update(weasyprint.__version__.encode())
    digest.update(repr(sorted(RENDER_OPTIONS.items())).encode())
    return digest.hexdigest()


def _render_one(job: PdfJob, output: Path, cache_dir: Path) -> RenderResult:
    start = time.monotonic()
    document_html = assemble(job)
    key = cache_key(job, document_html)
    cached_file = cache_dir / f"{key}.pdf"
    output.parent.mkdir(parents=True, exist_ok=True)
    if cached_file.is_file():
        shutil.copyfile(cached_file, output)
        return RenderResult(job.filename, output, True, time.monotonic() - start, None, output.stat().st_size)

    import weasyprint

    document = weasyprint.HTML(string=document_html, base_url=job.site_dir).render(
        stylesheets=[weasyprint.CSS(filename=str(PDF_CSS))]
    )
    pages = len(document.pages)
    tmp = output.with_suffix(".tmp")
    document.write_pdf(tmp, **RENDER_OPTIONS)
    tmp.replace(output)
    cache_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(output, cached_file)
    return RenderResult(job.filename, output, False, time.monotonic() - start, pages, output.stat().st_size)


def render_all(jobs: list[tuple[PdfJob, Path]], cache_dir: Path, workers: int | None = None) -> list[RenderResult]:
    """Render every (job, output path) pair, using up to ``workers`` processes."""
    if not jobs:
        return []
    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    if workers == 1:
        return [_render_one(job, out, cache_dir) for job, out in jobs]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_render_one, job, out, cache_dir) for job, out in jobs]
        return [future.result() for future in futures]
