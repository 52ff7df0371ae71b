import dataclasses
import pickle

import pytest

from briefer.analysis.frozen import quick_init
from briefer.analysis.labels.cues import TimeCues
from briefer.analysis.model import Mention, Sentence


@dataclasses.dataclass(frozen=True, slots=True)
class _Plain:
    a: int
    b: str = "b"
    c: tuple[int, ...] = ()
    d: list[int] = dataclasses.field(default_factory=list)
    e: int = dataclasses.field(default=5, kw_only=True)


@quick_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Quick:
    a: int
    b: str = "b"
    c: tuple[int, ...] = ()
    d: list[int] = dataclasses.field(default_factory=list)
    e: int = dataclasses.field(default=5, kw_only=True)


def _fields(obj: object) -> tuple[object, ...]:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))  # type: ignore[arg-type]


def test_quick_init_makes_what_the_dataclass_init_makes() -> None:
    assert _Quick.__init__ is not _Plain.__init__
    for args, kwargs in [((1,), {}), ((1, "x", (2,), [3]), {"e": 7}), ((), {"a": 2, "d": [1]})]:
        assert _fields(_Quick(*args, **kwargs)) == _fields(_Plain(*args, **kwargs))
    assert _Quick(1).d is not _Quick(1).d  # a fresh default from the factory each time
    with pytest.raises(TypeError):
        _Quick(1, "x", (), [], 7)  # type: ignore[misc]  # `e` is keyword-only
    with pytest.raises(TypeError):
        _Quick()  # type: ignore[call-arg]


def test_a_record_with_quick_init_stays_a_frozen_dataclass() -> None:
    s = Sentence(1, 9, 2, "text", "background", ("Chad",))
    assert Sentence.__init__.__qualname__ == "Sentence.__init__"
    assert s == Sentence(1, 9, 2, "text", "background", ("Chad",), None, None)
    assert hash(s) == hash(Sentence(1, 9, 2, "text", "background", ("Chad",)))
    assert pickle.loads(pickle.dumps(s)) == s
    assert dataclasses.replace(s, label="other").label == "other"
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.label = "other"  # type: ignore[misc]
    m = Mention(0, 4, "Chad", "Chad", "GPE")
    assert repr(m) == "Mention(start=0, end=4, surface='Chad', canonical='Chad', type='GPE')"
    assert TimeCues(1, 0, False, origin=True).origin and not TimeCues(1, 0, False).habitual


def test_quick_init_refuses_what_it_cannot_copy() -> None:
    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(slots=True)
    class NotFrozen:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Hooked:
        a: int

        def __post_init__(self) -> None:
            pass

    for cls in (NoSlots, NotFrozen, Hooked):
        with pytest.raises(TypeError):
            quick_init(cls)
