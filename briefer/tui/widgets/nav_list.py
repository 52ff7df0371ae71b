"""An OptionList with vim keys besides the arrows, shared by every list in the reader."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from briefer.tui.commands import bindings_for


class NavList(OptionList):
    """OptionList + `j`/`k`/`g`/`G` (its own `first`/`last`/`cursor_*` actions).

    Down on the last row stays there, as in a pager or a feed reader (less, newsboat), and
    scrolls what follows it into view (a briefing's sources); Up on the first scrolls to the
    top (a briefing's title and legend). OptionList wrapped round: `j` held through five
    results, or a Space marking the last, landed on the first row with nothing to say so.
    """

    BINDINGS: ClassVar[list[BindingType]] = [*bindings_for("list")]

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        """To the next enabled row in `direction`; at the end, stay and show the rest."""
        if self.highlighted is None:  # OptionList's own: the first (or last) enabled row
            if direction > 0:
                super().action_cursor_down()
            else:
                super().action_cursor_up()
            return
        index = self.highlighted + direction
        while 0 <= index < self.option_count:
            if not self.get_option_at_index(index).disabled:
                self.highlighted = index
                return
            index += direction
        if direction > 0:
            self.scroll_end(animate=False)
        else:
            self.scroll_home(animate=False)
