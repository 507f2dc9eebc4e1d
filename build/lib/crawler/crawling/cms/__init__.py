"""Base spiders, one per CMS family: what every portal on that CMS shares."""
