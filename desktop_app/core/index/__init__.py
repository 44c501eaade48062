"""One index engine for every village index (IDM, Indeks Desa): catalogues as data
(hierarchy, score range, weights, formula, status cut-offs with provenance), exact scoring,
weak items and the path to the next status. Qt-free and database-free."""
