"""Renderers: one `Briefing` drawn as Markdown (the export), JSON (the CLI contract) and text.

- `briefer.render.markdown.render_markdown(b, generated=None) -> str`
- `briefer.render.json.briefing_to_dict(b) -> dict`, `render_json(b) -> str`
- `briefer.render.printable.printable_json(data, names=...) -> str`: every `--json` output
- `briefer.render.text.render_text(b, color=..., width=None) -> str` (plain or ANSI)
- `briefer.render.terminal`: rich `Text` builders shared by the CLI and the TUI
- `briefer.render.export.write_atomic(path, content, force=False)`, `write_output(target, ...)`

Submodules are imported on demand so that Markdown and JSON never load rich.
"""
