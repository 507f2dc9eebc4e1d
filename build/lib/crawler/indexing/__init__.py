"""Pure: what the archive derives from an article's text to find it again: the search
index's forms, the reading of a typed query with its excerpts, and same-story signatures."""
