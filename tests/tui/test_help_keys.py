"""Help pages like the Document tab and a pager: Space a page down, `g` the top, `G` the end
(only `j`/`k` and the arrows moved it, so Space and `G` did nothing in 120 lines of keys)."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.geometry import Region

from briefer.tui.app import BrieferApp
from briefer.tui.commands import help_sections
from briefer.tui.screens.help import HelpScreen


async def test_space_pages_and_g_and_G_go_to_the_ends_of_help() -> None:
    app = BrieferApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body", VerticalScroll)
        assert body.max_scroll_y > 2 * body.scrollable_content_region.height
        await pilot.press("space")
        await pilot.pause(0.5)  # the page scrolls animated
        assert body.scroll_y == body.scrollable_content_region.height
        await pilot.press("G")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert body.scroll_y == 0
        assert isinstance(app.screen, HelpScreen)  # none of them closed it


async def test_help_is_built_once_and_opens_again_at_the_top_with_its_keys() -> None:
    """A new help screen at every `?` mounted a few hundred Markdown widgets each time (about
    0.7 s of the UI thread on a loaded machine): the app keeps the one it built. Opened again
    it starts from the top, the focus in it, so its keys (Space, `G`, Escape) work at once."""
    app = BrieferApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        first = app.screen
        assert isinstance(first, HelpScreen)
        await pilot.press("G")
        await pilot.pause()
        assert first.query_one("#help-body", VerticalScroll).scroll_y > 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen is first
        body = first.query_one("#help-body", VerticalScroll)
        assert body.scroll_y == 0 and app.focused is body
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_help_lists_every_key_in_a_few_widgets() -> None:
    """The keys as Markdown lists were about two hundred widgets (0.6 s to open help the first
    time); one grid per scope lists every command's keys and description in a few dozen."""
    app = BrieferApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert len(app.screen.query("*")) < 60
        shown = " ".join(
            strip.text
            for static in app.screen.query(".help-scope, .help-keys")
            for strip in static.render_lines(Region(0, 0, static.size.width, static.size.height))
        )
        shown = " ".join(shown.split())  # a long description wraps under itself
        for heading, keys in help_sections():
            assert heading in shown
            for keys_shown, description in keys:
                assert keys_shown in shown and description in shown
