"""Rencana aksi: actors (pelaku), interventions on weak indicators, coverage and effect."""
