"""The shape of the code: imports run one way (pure ← storage ← crawling and the
research desk ← command line and Datasette), no import cycle anywhere, no code module past the size a reader takes in."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from saved import PROJECT

ROOTS = ("crawler", "spiders", "pipelines")
MAX_LINES = 400

# Each module's layer, by the longest matching prefix; a module may import only from
# its own layer or those below it.
LAYERS = {
    "crawler.article": 0,
    "crawler.defaults": 0,
    "crawler.clock": 0,
    "crawler.extraction": 0,
    "crawler.indexing": 0,
    "crawler.mentions": 0,
    "crawler.storage": 1,
    "crawler.crawling": 2,
    "crawler.desk": 2,
    "spiders": 2,
    "pipelines": 2,
    "crawler.cli": 3,
    "crawler.datasette": 3,
}
LAYER_NAMES = ["pure", "storage", "crawling and the research desk", "command line"]


def module_files() -> dict[str, Path]:
    found = {}
    for root in ROOTS:
        for path in sorted((PROJECT / root).rglob("*.py")):
            if "sites" in path.relative_to(PROJECT).parts:
                continue
            parts = list(path.relative_to(PROJECT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


MODULES = module_files()


def imported(name: str, path: Path) -> set[str]:
    """The project's modules that `name` imports anywhere in its file, in functions too."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                targets.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return {target for target in targets if target in MODULES and target != name}


GRAPH = {name: imported(name, path) for name, path in MODULES.items()}


def layer(name: str) -> int | None:
    matches = [prefix for prefix in LAYERS if name == prefix or name.startswith(prefix + ".")]
    return LAYERS[max(matches, key=len)] if matches else None


def test_every_module_has_a_layer():
    assert [name for name in MODULES if name not in ROOTS and name != "crawler" and layer(name) is None] == []


def test_imports_run_one_way():
    upward = [
        f"{name} ({LAYER_NAMES[layer(name)]}) imports {target} ({LAYER_NAMES[layer(target)]})"
        for name, targets in GRAPH.items()
        for target in sorted(targets)
        if layer(name) is not None and layer(target) is not None and layer(target) > layer(name)
    ]
    assert upward == []


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle, as the modules along it, or None."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return path[path.index(target) :] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        state[node] = "done"
        path.pop()
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_no_import_cycle():
    assert find_cycle(GRAPH) is None


def test_the_cycle_finder_finds_cycles():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_code_module_is_too_long(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{MODULES[name].relative_to(PROJECT)}: {lines} lines; split it by job"
