"""`load_document`: read one file and hand it to the loader for its format."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from briefer.sources.discovery import DEFAULT_MAX_BYTES
from briefer.sources.document import Document
from briefer.sources.errors import LoadError
from briefer.sources.raw import RawFile, read_raw
from briefer.sources.sanitize import display_path, sanitize

# suffix -> (module, function); imported on first use so that `import briefer.sources` stays light.
LOADERS: dict[str, tuple[str, str]] = {
    ".txt": ("briefer.sources.text", "load_text"),
    ".md": ("briefer.sources.markdown", "load_markdown"),
    ".markdown": ("briefer.sources.markdown", "load_markdown"),
    ".html": ("briefer.sources.html", "load_html"),
    ".htm": ("briefer.sources.html", "load_html"),
    ".pdf": ("briefer.sources.pdf", "load_pdf"),
    ".eml": ("briefer.sources.mail", "load_eml"),
}


def _loader(suffix: str) -> Callable[[RawFile], Document] | None:
    entry = LOADERS.get(suffix)
    if entry is None:
        return None
    module = importlib.import_module(entry[0])
    loader: Callable[[RawFile], Document] = getattr(module, entry[1])
    return loader


def load_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Load `path` as a sanitised `Document`; raise `LoadError` (one line, naming the file)."""
    p = Path(path)
    name = display_path(p)
    loader = _loader(p.suffix.lower())
    if loader is None:
        kind = display_path(p.suffix or p.name)
        raise LoadError(
            f"{name}: unsupported file type '{kind}' (use .txt, .md, .html, .pdf or .eml)"
        )
    raw = read_raw(p, max_bytes)
    try:
        return loader(raw)
    except LoadError:
        raise
    except RecursionError:
        raise LoadError(f"{name}: too deeply nested to read") from None
    except (ValueError, UnicodeError, OSError, LookupError) as exc:
        reason = " ".join(sanitize(str(exc)).split())[:200] or type(exc).__name__
        raise LoadError(f"{name}: could not be read ({reason})") from None
