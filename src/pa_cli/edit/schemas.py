"""`pa schema`: write the JSON Schemas generated from the model, as every write is made:
under the writer lock, atomically, regular files only."""

from __future__ import annotations

from pathlib import Path

__all__ = ["write_schemas"]


def write_schemas(out: Path | None, data: Path | None) -> list[Path]:
    """Write the JSON Schemas generated from the model (the core of `pa schema`). In a
    portfolio they go to schemas/ at its root, with the schema of portefeuille.yaml."""
    import json

    from pa_cli.edit.writer import locked
    from pa_cli.load.dataset import display_path, find_data_dir
    from pa_cli.load.journal import state_dir
    from pa_cli.load.portfolio import find_portfolio
    from pa_cli.model import portefeuille
    from pa_cli.model.records import schemas
    from pa_cli.yamlio.atomic import check_target, write_atomic

    found = schemas()
    root = find_portfolio(data)
    if root is not None:
        found["portefeuille.schema.json"] = portefeuille.schema()
    target = out or (root or find_data_dir(str(data) if data else None)) / "schemas"
    target.mkdir(parents=True, exist_ok=True)
    files = {target / name: (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode()
             for name, content in found.items()}
    with locked(target):  # the rule of every write: serialised, atomic, regular files only
        for path in files:  # all or none: every target is checked before the first write
            check_target(path, display_path(path))
        scratch = state_dir(target)  # a crash leaves no temporary file beside the schemas
        for path, raw in files.items():
            write_atomic(path, raw, display_path(path), scratch)
    return list(files)
