"""Offline training of briefer's learnt decisions from the development gold (never held-out)."""
