"""Count the word tables left in Python source (issue 12: at most 8 may remain).

A word table is a module-level or class-level assignment whose value is a literal collection
of strings: a ``set``/``frozenset``/``list``/``tuple`` literal (optionally wrapped in
``frozenset(...)``, ``set(...)``, ``tuple(...)`` or ``list(...)``), a ``dict`` literal, or a
``"...".split()`` call, holding at least ``--min`` (default 10) strings. Dict keys and values both
count; strings nested inside inner tuples/lists count too. Docstrings and f-strings do not.

Usage::

    python scripts/count_word_tables.py [PATH ...] [--min 10] [--max N] [--list]

Prints one line per table (``path:line name count``) with ``--list`` and the total; exits 1 when
``--max`` is given and the total exceeds it.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_WRAPPERS = {"frozenset", "set", "tuple", "list", "sorted", "dict"}


def _strings(node: ast.AST) -> int | None:
    """The number of string constants in a literal collection ``node``, or None if not one."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "split" and not node.args:
            value = func.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return len(value.value.split())
            return None
        if isinstance(func, ast.Name) and func.id in _WRAPPERS and len(node.args) == 1:
            return _strings(node.args[0])
        return None
    if isinstance(node, ast.Set | ast.List | ast.Tuple | ast.Dict):
        return _count_nested(node)
    return None


def _count_nested(node: ast.AST) -> int:
    if isinstance(node, ast.Constant):
        return 1 if isinstance(node.value, str) else 0
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        return sum(_count_nested(elt) for elt in node.elts)
    if isinstance(node, ast.Dict):
        keys = sum(_count_nested(k) for k in node.keys if k is not None)
        return keys + sum(_count_nested(v) for v in node.values)
    if isinstance(node, ast.Call):
        inner = _strings(node)
        return inner or 0
    return 0


def _targets(stmt: ast.stmt) -> tuple[str, ast.AST] | None:
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        target = stmt.targets[0]
        # a module's export list names its functions: no word table
        if isinstance(target, ast.Name) and target.id != "__all__":
            return target.id, stmt.value
    if (
        isinstance(stmt, ast.AnnAssign)
        and stmt.value is not None
        and isinstance(stmt.target, ast.Name)
    ):
        return stmt.target.id, stmt.value
    return None


def word_tables(path: Path, *, minimum: int = 10) -> Iterator[tuple[int, str, int]]:
    """Yield ``(line, name, strings)`` for each word table in the file at ``path``.

    Args:
        path: A Python source file.
        minimum: The fewest strings that make a table.

    Yields:
        The line of the assignment, the assigned name (``Class.name`` inside a class) and the
        number of strings.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    scopes: list[tuple[str, list[ast.stmt]]] = [("", tree.body)]
    scopes += [(f"{n.name}.", n.body) for n in tree.body if isinstance(n, ast.ClassDef)]
    for prefix, body in scopes:
        for stmt in body:
            found = _targets(stmt)
            if found is None:
                continue
            name, value = found
            count = _strings(value)
            if count is not None and count >= minimum:
                yield stmt.lineno, prefix + name, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "src"])
    parser.add_argument("--min", type=int, default=10, dest="minimum")
    parser.add_argument("--max", type=int, default=None)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)
    total = strings = 0
    for base in args.paths:
        files = sorted(base.rglob("*.py")) if base.is_dir() else [base]
        for path in files:
            for line, name, count in word_tables(path, minimum=args.minimum):
                total += 1
                strings += count
                if args.list:
                    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                    print(f"{shown}:{line} {name} {count}")
    print(f"{total} word tables ({strings} strings) of >= {args.minimum} strings")
    return 1 if args.max is not None and total > args.max else 0


if __name__ == "__main__":
    sys.exit(main())
