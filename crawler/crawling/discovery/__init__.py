"""How a crawl finds a portal's articles without guessing its listing pages.

Cheapest first: the CMS's own API (wordpress_api.py), sitemaps (sitemaps.py), RSS
and Atom feeds (feeds.py), then the listing walk, with the generic article-link
finder (links.py) where a portal declares no link patterns. Each reader is a pure
function from a response body to `Found` entries (found.py); the portal spider
fetches, obeys robots.txt and its delay, and asks the crawl plan which entries are
new or changed.
"""
