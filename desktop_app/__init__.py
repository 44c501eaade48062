"""Sinergi Desa desktop program."""

__version__ = "0.1.0"
APP_NAME = "SinergiDesa"
