"""IDM (Indeks Desa Membangun, Permendesa PDTT 2/2016): catalogue, scoring, weak indicators,
official rumusan files and their consistency. Qt-free and database-free."""
