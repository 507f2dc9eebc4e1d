"""One spider per portal, named after the portal's domain. Each file is mostly data."""
