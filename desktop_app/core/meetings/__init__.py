"""Meetings and their minutes: entry checks, storage and follow-up across meetings."""
