"""Import order points one way: models -> domain -> interfaces.  Lower layers never import interfaces."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "gyoryu"
INTERFACES = ("views", "api", "forms", "cli", "urls", "schemas")
LOWER = ("models.py", "domain.py", "queries.py")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names]
    return names


def test_lower_layers_do_not_import_interfaces():
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name not in LOWER:
            continue
        for name in _imports(path):
            if name.startswith("gyoryu.") and name.rsplit(".", 1)[-1] in INTERFACES:
                offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


def test_models_do_not_import_domain_code():
    offenders = [
        f"{p.relative_to(SRC)} imports {n}"
        for p in SRC.rglob("models.py")
        for n in _imports(p)
        if n.startswith("gyoryu.") and n.rsplit(".", 1)[-1] in ("domain", "queries")
    ]
    assert offenders == []
