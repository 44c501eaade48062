"""Section *Rencana Aksi*: coverage, delivery and effect views, interventions, actors."""
