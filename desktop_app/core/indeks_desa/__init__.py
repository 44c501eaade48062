"""Indeks Desa (Permendesa PDT 9/2024) in the field: questionnaires per village and year with
their review trail and evidence, official results, and what the views read. The definition
and its scoring live in :mod:`desktop_app.core.index`."""
