"""Scrapy passes every item down one chain of pipelines; each of ours declares the kinds
of item it handles (`handles`) and receives only those. The others pass through."""

from __future__ import annotations


class KindPipeline:
    handles: tuple[type, ...] = ()

    def process_item(self, item, spider=None):
        if isinstance(item, self.handles):
            return self.handle(item)
        return item

    def handle(self, item):
        raise NotImplementedError
