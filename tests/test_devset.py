"""Quality floor on the gold annotations: fails if briefing quality drops.

The floors sit a little below the figures measured when they were set (see
`tests/gold/score.py`, which prints them); raise them when the rules improve.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from learn.gold import scorer

GOLD = Path(__file__).resolve().parent / "gold"

# section -> minimum F1 per gold set (development sets, then the held-out sets)
FLOORS: dict[str, dict[str, float]] = {
    # dev background .96 -> .95 at session 17: the background model's drop at p < 0.3 (was
    # 0.2) loses one true background of 94 (.963 -> .957)
    "dev": {"background": 0.95, "reactions": 0.98, "actors": 0.97},
    "dev2": {"background": 0.96, "reactions": 0.98, "actors": 0.98},
    "dev3": {"background": 0.92, "reactions": 0.95, "actors": 0.97},
    # dev4 background .90 -> .88 at session 17: the drop at p < 0.3 loses true background
    # sentences (.901 -> .884)
    "dev4": {"background": 0.88, "reactions": 0.96, "actors": 0.96},
    "dev5": {"background": 0.89, "reactions": 0.94, "actors": 0.95},
    # dev6 background .87 -> .86 at session 20: the background model retrained on dev … dev77
    # (learn/README item 15), which gained on the fresh pool, costs it one sentence (.866)
    "dev6": {"background": 0.86, "reactions": 0.93, "actors": 0.96},
    "dev7": {"background": 0.88, "reactions": 0.90, "actors": 0.95},
    "dev8": {"background": 0.84, "reactions": 0.90, "actors": 0.93},
    "dev9": {"background": 0.83, "reactions": 0.78, "actors": 0.94},
    "dev10": {"background": 0.74, "reactions": 0.76, "actors": 0.92},
    "dev11": {"background": 0.80, "reactions": 0.81, "actors": 0.94},
    "dev12": {"background": 0.77, "reactions": 0.82, "actors": 0.92},
    "dev13": {"background": 0.75, "reactions": 0.80, "actors": 0.93},
    "dev14": {"background": 0.79, "reactions": 0.86, "actors": 0.93},
    "dev15": {"background": 0.80, "reactions": 0.84, "actors": 0.93},
    "dev16": {"background": 0.87, "reactions": 0.79, "actors": 0.89},
    "dev17": {"background": 0.74, "reactions": 0.83, "actors": 0.87},
    "dev18": {"background": 0.83, "reactions": 0.82, "actors": 0.91},
    "dev19": {"background": 0.81, "reactions": 0.70, "actors": 0.90},
    "dev20": {"background": 0.75, "reactions": 0.81, "actors": 0.91},
    "dev21": {"background": 0.71, "reactions": 0.73, "actors": 0.90},
    "dev22": {"background": 0.76, "reactions": 0.78, "actors": 0.89},
    "dev23": {"background": 0.60, "reactions": 0.83, "actors": 0.93},
    "dev24": {"background": 0.72, "reactions": 0.76, "actors": 0.90},
    "dev25": {"background": 0.66, "reactions": 0.72, "actors": 0.87},
    "dev26": {"background": 0.73, "reactions": 0.71, "actors": 0.86},
    "dev27": {"background": 0.74, "reactions": 0.86, "actors": 0.92},
    "dev28": {"background": 0.75, "reactions": 0.75, "actors": 0.89},
    "dev29": {"background": 0.76, "reactions": 0.78, "actors": 0.87},
    "dev30": {"background": 0.73, "reactions": 0.83, "actors": 0.89},
    "dev31": {"background": 0.81, "reactions": 0.72, "actors": 0.84},
    "dev32": {"background": 0.67, "reactions": 0.81, "actors": 0.89},
    "dev33": {"background": 0.71, "reactions": 0.75, "actors": 0.88},
    "dev34": {"background": 0.70, "reactions": 0.78, "actors": 0.88},
    "dev35": {"background": 0.71, "reactions": 0.84, "actors": 0.87},
    "dev36": {"background": 0.75, "reactions": 0.85, "actors": 0.91},
    "dev37": {"background": 0.79, "reactions": 0.81, "actors": 0.86},
    "dev38": {"background": 0.73, "reactions": 0.86, "actors": 0.90},
    "dev39": {"background": 0.75, "reactions": 0.81, "actors": 0.89},
    "dev40": {"background": 0.67, "reactions": 0.76, "actors": 0.89},
    "dev41": {"background": 0.74, "reactions": 0.83, "actors": 0.88},
    "dev42": {"background": 0.70, "reactions": 0.68, "actors": 0.84},
    "dev43": {"background": 0.68, "reactions": 0.65, "actors": 0.86},
    "dev44": {"background": 0.75, "reactions": 0.73, "actors": 0.89},
    "dev45": {"background": 0.81, "reactions": 0.81, "actors": 0.93},
    "dev46": {"background": 0.61, "reactions": 0.64, "actors": 0.84},
    "dev47": {"background": 0.86, "reactions": 0.72, "actors": 0.90},
    "dev48": {"background": 0.72, "reactions": 0.80, "actors": 0.93},
    "dev49": {"background": 0.75, "reactions": 0.82, "actors": 0.93},
    "dev50": {"background": 0.63, "reactions": 0.74, "actors": 0.89},
    "dev51": {"background": 0.69, "reactions": 0.75, "actors": 0.88},
    "dev52": {"background": 0.64, "reactions": 0.74, "actors": 0.85},
    "dev53": {"background": 0.71, "reactions": 0.70, "actors": 0.87},
    "dev54": {"background": 0.76, "reactions": 0.74, "actors": 0.89},
    "dev55": {"background": 0.64, "reactions": 0.84, "actors": 0.89},
    "dev56": {"background": 0.68, "reactions": 0.76, "actors": 0.82},
    "dev57": {"background": 0.71, "reactions": 0.82, "actors": 0.87},
    "dev58": {"background": 0.68, "reactions": 0.82, "actors": 0.87},
    "dev59": {"background": 0.76, "reactions": 0.73, "actors": 0.87},
    "dev60": {"background": 0.67, "reactions": 0.72, "actors": 0.87},
    "dev61": {"background": 0.74, "reactions": 0.68, "actors": 0.87},
    "dev62": {"background": 0.75, "reactions": 0.77, "actors": 0.88},
    "dev63": {"background": 0.67, "reactions": 0.73, "actors": 0.84},
    "dev64": {"background": 0.69, "reactions": 0.78, "actors": 0.85},
    "dev65": {"background": 0.76, "reactions": 0.80, "actors": 0.90},
    "dev66": {"background": 0.85, "reactions": 0.76, "actors": 0.87},
    "dev67": {"background": 0.74, "reactions": 0.70, "actors": 0.83},
    "dev68": {"background": 0.72, "reactions": 0.80, "actors": 0.85},
    "dev69": {"background": 0.72, "reactions": 0.81, "actors": 0.85},
    "dev70": {"background": 0.83, "reactions": 0.83, "actors": 0.88},
    "dev71": {"background": 0.72, "reactions": 0.80, "actors": 0.81},
    "dev72": {"background": 0.89, "reactions": 0.80, "actors": 0.86},
    "dev73": {"background": 0.77, "reactions": 0.81, "actors": 0.83},
    "dev74": {"background": 0.60, "reactions": 0.77, "actors": 0.84},
    "dev75": {"background": 0.66, "reactions": 0.62, "actors": 0.85},
    "dev76": {"background": 0.71, "reactions": 0.70, "actors": 0.87},
    "dev77": {"background": 0.79, "reactions": 0.82, "actors": 0.86},
    "dev78": {"background": 0.71, "reactions": 0.87, "actors": 0.85},
    "dev79": {"background": 0.59, "reactions": 0.67, "actors": 0.82},
    "dev80": {"background": 0.85, "reactions": 0.80, "actors": 0.87},
    "dev81": {"background": 0.75, "reactions": 0.72, "actors": 0.86},
    "dev82": {"background": 0.73, "reactions": 0.81, "actors": 0.89},
    "dev83": {"background": 0.73, "reactions": 0.67, "actors": 0.86},
    "dev84": {"background": 0.79, "reactions": 0.77, "actors": 0.89},
    "dev85": {"background": 0.80, "reactions": 0.69, "actors": 0.84},
    "dev86": {"background": 0.80, "reactions": 0.77, "actors": 0.86},
    "dev87": {"background": 0.74, "reactions": 0.79, "actors": 0.88},
    "dev88": {"background": 0.77, "reactions": 0.86, "actors": 0.89},
    "dev89": {"background": 0.78, "reactions": 0.77, "actors": 0.87},
    "dev90": {"background": 0.83, "reactions": 0.74, "actors": 0.88},
    "dev91": {"background": 0.73, "reactions": 0.82, "actors": 0.85},
    "dev92": {"background": 0.69, "reactions": 0.83, "actors": 0.88},
    "dev93": {"background": 0.69, "reactions": 0.81, "actors": 0.90},
    "dev94": {"background": 0.81, "reactions": 0.70, "actors": 0.86},
    "dev95": {"background": 0.82, "reactions": 0.72, "actors": 0.89},
    "dev96": {"background": 0.85, "reactions": 0.83, "actors": 0.86},
    "dev97": {"background": 0.82, "reactions": 0.75, "actors": 0.84},
    "dev98": {"background": 0.79, "reactions": 0.80, "actors": 0.84},
    "dev99": {"background": 0.80, "reactions": 0.76, "actors": 0.86},
    "dev100": {"background": 0.77, "reactions": 0.76, "actors": 0.86},
    "dev101": {"background": 0.84, "reactions": 0.77, "actors": 0.83},
    "dev102": {"background": 0.81, "reactions": 0.76, "actors": 0.89},
    "dev103": {"background": 0.73, "reactions": 0.78, "actors": 0.87},
    "dev104": {"background": 0.80, "reactions": 0.77, "actors": 0.90},
    "dev105": {"background": 0.80, "reactions": 0.72, "actors": 0.82},
    "dev106": {"background": 0.80, "reactions": 0.77, "actors": 0.91},
    "dev107": {"background": 0.83, "reactions": 0.76, "actors": 0.86},
    "dev108": {"background": 0.80, "reactions": 0.79, "actors": 0.88},
    "dev109": {"background": 0.88, "reactions": 0.87, "actors": 0.90},
    "dev110": {"background": 0.74, "reactions": 0.86, "actors": 0.88},
    "dev111": {"background": 0.82, "reactions": 0.82, "actors": 0.91},
    "dev112": {"background": 0.70, "reactions": 0.82, "actors": 0.91},
    "dev113": {"background": 0.77, "reactions": 0.73, "actors": 0.85},
    "dev114": {"background": 0.80, "reactions": 0.78, "actors": 0.85},
    "dev115": {"background": 0.84, "reactions": 0.80, "actors": 0.87},
    "dev116": {"background": 0.81, "reactions": 0.81, "actors": 0.92},
    "dev117": {"background": 0.79, "reactions": 0.78, "actors": 0.91},
    "dev118": {"background": 0.80, "reactions": 0.81, "actors": 0.91},
    "dev119": {"background": 0.78, "reactions": 0.79, "actors": 0.83},
    "dev120": {"background": 0.78, "reactions": 0.80, "actors": 0.91},
    "dev121": {"background": 0.79, "reactions": 0.81, "actors": 0.86},
    "dev122": {"background": 0.79, "reactions": 0.81, "actors": 0.87},
    "dev123": {"background": 0.74, "reactions": 0.79, "actors": 0.89},
    "dev124": {"background": 0.69, "reactions": 0.73, "actors": 0.90},
    "dev125": {"background": 0.80, "reactions": 0.73, "actors": 0.89},
    "dev126": {"background": 0.70, "reactions": 0.77, "actors": 0.89},
    "dev127": {"background": 0.81, "reactions": 0.72, "actors": 0.87},
    "dev128": {"background": 0.81, "reactions": 0.82, "actors": 0.90},
    "dev129": {"background": 0.78, "reactions": 0.83, "actors": 0.88},
    "dev130": {"background": 0.75, "reactions": 0.74, "actors": 0.90},
    "dev131": {"background": 0.79, "reactions": 0.77, "actors": 0.86},
    "dev132": {"background": 0.76, "reactions": 0.75, "actors": 0.89},
    "dev133": {"background": 0.78, "reactions": 0.81, "actors": 0.88},
    "dev134": {"background": 0.75, "reactions": 0.71, "actors": 0.92},
    "dev135": {"background": 0.80, "reactions": 0.73, "actors": 0.85},
    "dev136": {"background": 0.79, "reactions": 0.79, "actors": 0.90},
    "dev137": {"background": 0.75, "reactions": 0.80, "actors": 0.90},
    "dev138": {"background": 0.78, "reactions": 0.79, "actors": 0.89},
    "dev139": {"background": 0.75, "reactions": 0.74, "actors": 0.85},
    "dev140": {"background": 0.77, "reactions": 0.73, "actors": 0.88},
    "dev141": {"background": 0.77, "reactions": 0.77, "actors": 0.88},
    "dev142": {"background": 0.84, "reactions": 0.75, "actors": 0.92},
    "dev143": {"background": 0.79, "reactions": 0.83, "actors": 0.87},
    "dev144": {"background": 0.74, "reactions": 0.79, "actors": 0.88},
    "dev145": {"background": 0.80, "reactions": 0.86, "actors": 0.90},
    "dev146": {"background": 0.76, "reactions": 0.82, "actors": 0.91},
    "heldout": {"background": 0.84, "reactions": 0.79, "actors": 0.90},
    "heldout2": {"background": 0.78, "reactions": 0.84, "actors": 0.93},
    # Sealed (scored once per round of rule work); a floor only guards against a collapse.
    "heldout3": {"background": 0.80, "reactions": 0.84, "actors": 0.91},
    "heldout4": {"background": 0.70, "reactions": 0.80, "actors": 0.88},
    "heldout5": {"background": 0.75, "reactions": 0.80, "actors": 0.90},
    "heldout6": {"background": 0.77, "reactions": 0.75, "actors": 0.90},
    "heldout7": {"background": 0.70, "reactions": 0.81, "actors": 0.91},
    "heldout8": {"background": 0.80, "reactions": 0.74, "actors": 0.91},
    "heldout9": {"background": 0.84, "reactions": 0.77, "actors": 0.91},
    "heldout10": {"background": 0.74, "reactions": 0.75, "actors": 0.92},
    "heldout11": {"background": 0.79, "reactions": 0.74, "actors": 0.89},
    "heldout12": {"background": 0.72, "reactions": 0.68, "actors": 0.90},
    "heldout13": {"background": 0.76, "reactions": 0.80, "actors": 0.87},
    "heldout14": {"background": 0.72, "reactions": 0.70, "actors": 0.90},
    "heldout15": {"background": 0.75, "reactions": 0.81, "actors": 0.86},
    "heldout16": {"background": 0.65, "reactions": 0.71, "actors": 0.89},
    "heldout17": {"background": 0.70, "reactions": 0.75, "actors": 0.86},
    "heldout18": {"background": 0.71, "reactions": 0.74, "actors": 0.89},
    "heldout19": {"background": 0.56, "reactions": 0.71, "actors": 0.83},
    # background .72 -> .70 at session 16: the background model retrained on dev … dev57, which
    # gained on two fresh pools and G, costs this 14-document set one or two sentences
    "heldout20": {"background": 0.70, "reactions": 0.77, "actors": 0.88},
    "heldout21": {"background": 0.76, "reactions": 0.75, "actors": 0.91},
    "heldout22": {"background": 0.65, "reactions": 0.71, "actors": 0.88},
    "heldout23": {"background": 0.67, "reactions": 0.60, "actors": 0.84},
    "heldout24": {"background": 0.68, "reactions": 0.74, "actors": 0.85},
    "heldout25": {"background": 0.80, "reactions": 0.73, "actors": 0.83},
    "heldout26": {"background": 0.76, "reactions": 0.79, "actors": 0.89},
    "heldout27": {"background": 0.71, "reactions": 0.83, "actors": 0.90},
    "heldout28": {"background": 0.63, "reactions": 0.78, "actors": 0.90},
    "heldout29": {"background": 0.78, "reactions": 0.73, "actors": 0.88},
    "heldout30": {"background": 0.78, "reactions": 0.75, "actors": 0.87},
    "heldout31": {"background": 0.76, "reactions": 0.79, "actors": 0.86},
    "heldout32": {"background": 0.79, "reactions": 0.76, "actors": 0.88},
    "heldout33": {"background": 0.80, "reactions": 0.63, "actors": 0.85},
    "heldout34": {"background": 0.64, "reactions": 0.77, "actors": 0.88},
    "heldout35": {"background": 0.73, "reactions": 0.78, "actors": 0.86},
    "heldout36": {"background": 0.84, "reactions": 0.78, "actors": 0.86},
    "heldout37": {"background": 0.73, "reactions": 0.83, "actors": 0.86},
    "heldout38": {"background": 0.72, "reactions": 0.75, "actors": 0.88},
    "heldout39": {"background": 0.75, "reactions": 0.77, "actors": 0.88},
    "heldout40": {"background": 0.81, "reactions": 0.78, "actors": 0.90},
    "heldout41": {"background": 0.73, "reactions": 0.73, "actors": 0.88},
    "heldout42": {"background": 0.76, "reactions": 0.82, "actors": 0.90},
    "heldout43": {"background": 0.78, "reactions": 0.73, "actors": 0.89},
    "heldout44": {"background": 0.79, "reactions": 0.79, "actors": 0.86},
    "heldout45": {"background": 0.79, "reactions": 0.80, "actors": 0.87},
}
FOLDERS = {name: GOLD if name == "dev" else GOLD / name for name in FLOORS}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_f1_per_section_stays_above_the_floor(name: str) -> None:
    score = scorer
    files = score.gold_files(FOLDERS[name])
    assert len(files) >= 10, f"the {name} set needs at least 10 annotated documents"
    result = score.score_set(files)
    for section, floor in FLOORS[name].items():
        f1 = result.totals[section].f1
        assert f1 >= floor, f"{name} {section}: F1 {f1:.3f} fell below {floor}"


def test_scorer_matching_rules() -> None:
    score = scorer
    assert score.same_sentence("He said “no”.", 'He  said "no".')
    long = "Troops crossed the border at dawn and seized two villages near the river."
    assert score.same_sentence(long[:-1], long)  # one holds the other, >= 90 % of its length
    assert not score.same_sentence("Troops crossed the border.", long)
    counts, pairs = score.match(["a", "b"], ["b", "c"], lambda g, p: g == p)
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert pairs == [("b", "b")]
    assert counts.precision == counts.recall == counts.f1 == 0.5
