"""A quicker `__init__` for the frozen, slotted dataclasses analysis makes by the hundred per
document (mentions, sentences, their cues).

The `__init__` `dataclass(frozen=True)` writes sets each field with `object.__setattr__(self,
name, value)`, which looks the name up in the class on every call; `quick_init` gives the class
one that calls each field's slot descriptor directly, found once: half the cost, the same
object (same fields, defaults, equality, hash, `replace`, pickling). The class stays frozen:
setting a field afterwards still raises `FrozenInstanceError`.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")

_NO_FACTORY = object()  # (a field's default factory not called: the argument was not given)


def quick_init(cls: type[T]) -> type[T]:
    """`cls`, a frozen dataclass with slots, with an `__init__` that sets its slots directly.
    Put it above `@dataclass(frozen=True, slots=True)` (slots make a new class)."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__}: quick_init takes a frozen dataclass with slots")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init does not call __post_init__")
    scope: dict[str, Any] = {"_NO_FACTORY": _NO_FACTORY}
    positional: list[str] = []
    keywords: list[str] = []
    body: list[str] = []
    # (an InitVar is no field, and needs `__post_init__`: refused above)
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if not f.init:
            raise TypeError(f"{cls.__name__}.{f.name}: quick_init takes init fields only")
        name = f.name
        param = name
        if f.default is not dataclasses.MISSING:
            scope[f"_default_{name}"] = f.default
            param = f"{name}=_default_{name}"
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"_factory_{name}"] = f.default_factory
            param = f"{name}=_NO_FACTORY"
            body.append(f"    if {name} is _NO_FACTORY: {name} = _factory_{name}()")
        (keywords if f.kw_only else positional).append(param)
        scope[f"_set_{name}"] = cls.__dict__[name].__set__
        body.append(f"    _set_{name}(self, {name})")
    params_text = ", ".join(["self", *positional, *(["*", *keywords] if keywords else [])])
    source = f"def __init__({params_text}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(compile(source, f"<quick_init {cls.__qualname__}>", "exec"), scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    setattr(cls, "__init__", init)  # noqa: B010 (a method replaced: mypy refuses the plain form)
    return cls
