"""Maps (Qt-free): boundary import, stored shapes, themes computed in SQL."""
