"""Benchmarks and the synthetic corpus they run on (not part of the package, not run by tests)."""
