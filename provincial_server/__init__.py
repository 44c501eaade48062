"""Sinergi Desa provincial sync server (Qt-free): HTTP API, accounts, sync, blobs, bundles."""

__version__ = "0.1.0"
API_VERSION = "1"
