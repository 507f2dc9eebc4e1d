"""The research desk: search, attention over time and alerts over the archive."""
