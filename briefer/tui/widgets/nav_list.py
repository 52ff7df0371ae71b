"""An OptionList with vim keys besides the arrows, shared by every list in the reader."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from briefer.tui.commands import bindings_for


class NavList(OptionList):
    """OptionList + `j`/`k`/`g`/`G` (its own `first`/`last`/`cursor_*` actions)."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("list")]
