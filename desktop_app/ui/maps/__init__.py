"""The map section: boundary layers coloured by a theme, with legend, search and print."""
