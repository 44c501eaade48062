"""Sync: which tables sync, applying pushed operations, pulling changes."""
