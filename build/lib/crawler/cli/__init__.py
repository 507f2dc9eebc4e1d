"""The command line: `archive` and its commands, composed from the other layers.

main.py (the group), crawl.py (crawl, reprocess), captures.py (capture),
serve.py (serve, demo, mirror), pages.py (extract, date), health.py (portals),
exports.py (export, collection); options.py holds the options they share. Its
tools: mirror.py (the saved sites over HTTP) and health.py (the portals' health).
Nothing below the command line imports it.
"""
