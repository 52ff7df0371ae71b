"""What learn/ may read: development sets only, and never the round's fresh pool."""

from __future__ import annotations

from learn.gold import development_sets, scorer


def test_development_sets_leave_out_held_out_sets_and_the_fresh_pool() -> None:
    sets = development_sets()
    assert set(scorer.SETS) >= scorer.FRESH_POOL  # the pool is scored, so it is a known set
    assert not scorer.FRESH_POOL & set(sets)
    assert not any(name.startswith("heldout") for name in sets)
    assert {"dev", "dev2", "dev10"} <= set(sets)
