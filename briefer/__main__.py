"""`python -m briefer` runs the command line."""

from briefer.cli.main import main

raise SystemExit(main())
