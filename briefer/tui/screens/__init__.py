"""The reader's screens: the main reader, help and the export prompt."""
