"""Photos and scanned documents attached to records, stored once by content (SHA-256)."""
