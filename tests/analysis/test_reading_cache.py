"""Readings of the rules' patterns kept on disk: the same as reading them, and never a failure."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import platformdirs
import pytest

from briefer.analysis import prefilter
from briefer.analysis.names import scan as name_scan
from briefer.analysis.prefilter import Gate, _decode, _encode, _read
from briefer.analysis.reading_cache import FILE_NAME, ReadingCache
from tests.analysis.test_prefilter import _PATTERNS


def _fields(gate: Gate) -> tuple[object, ...]:
    """What a gate holds, without the bits (numbered in the order literals were met)."""
    bits = {bit: literal for literal, bit in prefilter._LITERALS.bits.items()}

    def named(mask: int) -> frozenset[str]:
        return frozenset(lit for bit, lit in bits.items() if mask & bit)

    def needs(need: tuple[tuple[int, ...], ...] | None) -> object:
        return None if need is None else sorted(sorted(map(sorted, map(named, m))) for m in need)

    return (
        gate.literals,
        gate.placed,
        gate.at_start,
        gate._shift,
        gate.digits is not None,
        named(gate.heads),
        sorted(gate.head_of.values()),
        sorted((gate.head_of[b], needs(n)) for b, n in gate.need_of.items()),
        needs(gate.digit_need),
        sorted((h, needs(n)) for h, n in gate.own),
    )


def test_a_reading_read_back_from_json_is_the_reading() -> None:
    assert len(_PATTERNS) > 200
    for pattern in _PATTERNS:
        reading = _read(pattern.pattern, pattern.flags)
        kept = json.loads(json.dumps(_encode(reading)))
        assert _decode(kept) == reading, pattern.pattern


def test_a_gate_from_a_kept_reading_is_the_gate_read_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = {p: _fields(Gate(p)) for p in _PATTERNS}
    version = "test"
    first = ReadingCache(version, tmp_path / FILE_NAME)
    monkeypatch.setattr(prefilter, "_READINGS", first)
    for pattern in _PATTERNS:
        Gate(pattern)
    first.save()
    kept = ReadingCache(version, tmp_path / FILE_NAME)
    monkeypatch.setattr(prefilter, "_READINGS", kept)
    monkeypatch.setattr(prefilter, "_read", None)  # no pattern is read again
    for pattern in _PATTERNS:
        assert _fields(Gate(pattern)) == fresh[pattern], pattern.pattern


def test_readings_are_kept_for_their_version_only(tmp_path: Path) -> None:
    path = tmp_path / "cache" / FILE_NAME
    cache = ReadingCache("v1", path)
    assert cache.get("k") is None
    cache.put("k", [1, 2])
    cache.save()
    assert ReadingCache("v1", path).get("k") == [1, 2]
    assert ReadingCache("v2", path).get("k") is None  # another reading code: read again
    # Another process's readings written meanwhile are kept beside this one's.
    other = ReadingCache("v1", path)
    other.put("j", [3])
    cache.put("k2", [4])
    other.save()
    cache.save()
    again = ReadingCache("v1", path)
    assert (again.get("j"), again.get("k"), again.get("k2")) == ([3], [1, 2], [4])


def test_a_cache_is_written_only_when_a_reading_is_new(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    cache = ReadingCache("v1", path)
    cache.get("k")
    cache.save()
    assert not path.exists()
    cache.put("k", [1])
    cache.save()
    stamp = path.stat().st_mtime_ns
    os.utime(path, ns=(stamp - 10**9, stamp - 10**9))
    reader = ReadingCache("v1", path)
    assert reader.get("k") == [1]
    reader.save()
    assert path.stat().st_mtime_ns == stamp - 10**9


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"format": 1, "version": "v1", "readings": 3}',
        b"[" * 100_000,  # too deep for the parser: RecursionError
    ],
)
def test_a_corrupt_cache_is_no_cache(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(content)
    cache = ReadingCache("v1", path)
    assert cache.get("k") is None
    cache.put("k", [1])
    cache.save()  # replaced by a good file
    assert ReadingCache("v1", path).get("k") == [1]


def test_an_unwritable_cache_fails_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = ReadingCache("v1", blocker / "cache" / FILE_NAME)
    assert cache.get("k") is None
    cache.put("k", [1])
    cache.save()  # no exception
    assert cache.get("k") == [1]


def test_a_damaged_reading_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = re.compile(r"\b(?:said|says|saying)\s+(?:that|it)\b", re.I)
    expected = _fields(Gate(pattern))
    key = f"g{pattern.flags}:{pattern.pattern}"
    damaged = [
        "literals",
        [["said"], ["said"], ["sai"], 4, None],  # a head that is no start of the gate's
        [None, ["said"], ["said"], 4, [[], [[["says"], False, []]]]],  # a head it has not
        [None, None, [], "4", None],
        [["said"], None, [], 4],
    ]
    for value in damaged:
        path = tmp_path / FILE_NAME
        path.write_text(json.dumps({"format": 1, "version": "v", "readings": {key: value}}))
        monkeypatch.setattr(prefilter, "_READINGS", ReadingCache("v", path))
        assert _fields(Gate(pattern)) == expected, value


def test_the_tests_keep_readings_out_of_the_users_cache() -> None:
    """The names scan reads its patterns when imported, in collection, before any test's
    BRIEFER_HOME: the session's own folder keeps the user's cache out of reach."""
    assert name_scan.scan_anchors is not None
    path = prefilter._READINGS.path
    assert path is not None
    assert not path.is_relative_to(platformdirs.user_cache_dir("briefer"))


def _gate_in_worker(n: int) -> int:
    prefilter.gate(re.compile(rf"\bsaid{n}\b", re.I))
    return os.getpid()


def test_the_workers_of_a_pool_keep_their_readings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pool's workers end by `os._exit` (no `atexit`), all at once: each writes the readings
    it made, beside the others'."""
    path = tmp_path / FILE_NAME
    monkeypatch.setattr(prefilter, "_READINGS", ReadingCache("v", path))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        list(pool.map(_gate_in_worker, range(6)))
    kept = ReadingCache("v", path)
    for n in range(6):
        assert kept.get(f"g{int(re.I | re.U)}:\\bsaid{n}\\b") is not None


def test_a_writer_holding_the_lock_delays_an_ending_process_only_a_while(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another process stopped while it writes must not keep this one from ending.
    import fcntl
    import threading

    from briefer.analysis import reading_cache

    monkeypatch.setattr(reading_cache, "LOCK_WAIT", 0.2, raising=False)
    path = tmp_path / FILE_NAME
    cache = ReadingCache("v1", path)
    cache.put("k", [1])
    with open(path.with_name(path.name + ".lock"), "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        ending = threading.Thread(target=cache.save)
        ending.start()
        ending.join(5)
        saved_while_held = not ending.is_alive()
    ending.join()
    assert saved_while_held
    assert ReadingCache("v1", path).get("k") == [1]
