"""Fakes of external platforms for offline tests; they listen on 127.0.0.1 only."""
