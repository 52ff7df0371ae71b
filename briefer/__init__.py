"""briefer: read a crisis out of a pile of documents."""

__version__ = "0.1.0"
