"""Pure: a page's HTML to an article's fields. Text normalisation, URLs, Vietnamese
dates, the boilerplate vocabulary and the cleaner, the generic layer, the content walk,
and the page itself. No Scrapy, no database, no I/O."""
