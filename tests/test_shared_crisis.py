"""Development documents that share a held-out set's crisis are scored but never listed or
trained on: tuning on them would tune on the held-out set's crisis."""

from __future__ import annotations

import pytest

from learn.gold import gold_documents, scorer


def test_every_shared_crisis_names_a_gold_file_and_a_held_out_set() -> None:
    for key, held_out in scorer.SHARED_CRISIS.items():
        set_name, stem = key.split("/")
        assert set_name.startswith("dev"), key
        assert (scorer.GOLD_DIR / set_name / f"{stem}.json").is_file(), key
        assert held_out.startswith("heldout") and held_out in scorer.SETS, key


def test_verbose_scoring_does_not_list_their_misses(capsys: pytest.CaptureFixture[str]) -> None:
    shared = sorted(k.split("/")[1] for k in scorer.SHARED_CRISIS if k.startswith("dev15/"))
    assert shared
    scorer.main(["--set", "dev15", "--verbose"])
    out = capsys.readouterr().out
    for stem in shared:
        assert f"[{stem}] not listed" in out
        assert f"[{stem}] background" not in out and f"[{stem}] reactions" not in out
    assert "] reactions MISS" in out or "] background FALSE" in out  # the others still listed


def test_they_are_never_training_data() -> None:
    names = {d.path.stem for d in gold_documents(["dev15"])}
    shared = {k.split("/")[1] for k in scorer.SHARED_CRISIS if k.startswith("dev15/")}
    assert shared and not names & shared
    assert len(names) == len(scorer.gold_files(scorer.SETS["dev15"][0])) - len(shared)
