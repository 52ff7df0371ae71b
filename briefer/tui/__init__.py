"""The reader: a Textual face over the core (see `run.run` and `app.BrieferApp`)."""
