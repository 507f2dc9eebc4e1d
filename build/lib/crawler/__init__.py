"""Shared parts of the Party-bloc news archive: extraction, dates, storage, spiders' bases."""
