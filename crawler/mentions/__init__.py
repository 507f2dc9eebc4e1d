"""Who the articles name, and in what post: a pure finder (find.py) over a vocabulary
kept as data (vocabulary.toml)."""
