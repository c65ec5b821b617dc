"""The flow runs one way (CONVENTIONS.md): ingest -> nlp -> actors -> claims -> events -> store ->
report / api, with run, pipeline and cli above. Checked on the source: every ``import`` that can
run (type-checking-only imports excluded), at module level or inside functions."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sitrep"

#: Layers an import may not reach, by the part that imports.
STAGES = ("text", "actors", "claims", "events", "places")
ABOVE_STAGES = ("store", "report", "api", "cli", "run", "pipeline", "eval", "components")
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "records": ("*",),
    "errors": ("*",),
    **{stage: ABOVE_STAGES for stage in STAGES},
    "ingest": ("text_nlp", *STAGES[1:], "store", "report", "api", "cli", "run", "pipeline", "eval"),
    "store": ("pipeline", "run", "components", "cli", "api", "eval", *STAGES[1:]),
    "report": ("pipeline", "run", "components", "cli", "api", "eval", *STAGES[1:]),
    "pipeline": ("run", "store", "report", "cli", "api", "eval"),
    "components": ("run", "store", "report", "cli", "api", "eval"),
    "run": ("cli", "api", "eval", "report"),
}
#: Libraries that mean NLP; readers must not need them.
NLP_LIBS = ("spacy", "torch", "onnxruntime", "sentence_transformers")


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _runtime_imports(tree: ast.AST, module: str, is_pkg: bool) -> list[str]:
    """Modules imported by statements that can run (not under ``if TYPE_CHECKING:``)."""
    out: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            out.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if not is_pkg:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            out.append(name)
            out.extend(f"{name}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return out


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in sorted(SRC.rglob("*.py")):
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name in _runtime_imports(tree, module, path.name == "__init__.py"):
            graph[module].add(name)
    return graph


GRAPH = _graph()


def _sitrep_parts(imports: set[str]) -> set[str]:
    return {_part(name) for name in imports if name.startswith("sitrep.")}


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_no_import_runs_against_the_flow(part: str) -> None:
    bad = []
    for module, imports in GRAPH.items():
        if _part(module) != part:
            continue
        for target in sorted(_sitrep_parts(imports) - {part}):
            if "*" in FORBIDDEN[part] or target in FORBIDDEN[part]:
                bad.append(f"{module} imports sitrep.{target}")
    assert not bad, "\n".join(bad)


def test_readers_know_no_nlp() -> None:
    bad = [
        f"{module} imports {name}"
        for module, imports in GRAPH.items()
        if _part(module) == "ingest"
        for name in imports
        if name.split(".")[0] in NLP_LIBS
    ]
    assert not bad, "\n".join(bad)


def test_only_the_cli_and_benches_import_evaluation_code() -> None:
    bad = [
        f"{module} imports sitrep.eval"
        for module, imports in GRAPH.items()
        if _part(module) not in ("eval", "cli") and "eval" in _sitrep_parts(imports)
    ]
    assert not bad, "\n".join(bad)


def test_no_cycles_between_top_level_parts() -> None:
    edges: dict[str, set[str]] = defaultdict(set)
    for module, imports in GRAPH.items():
        if module == "sitrep":  # the package's public facade re-exports lazily
            continue
        edges[_part(module)] |= _sitrep_parts(imports) - {_part(module), "__init__"}
    cycles = []
    for a, targets in edges.items():
        for b in targets:
            if a in _reachable(edges, b):
                cycles.append(f"{a} <-> {b}")
    assert not cycles, "\n".join(sorted(set(cycles)))


def _reachable(edges: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        node = todo.pop()
        for nxt in edges.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen
