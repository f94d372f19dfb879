"""`pa schema`: JSON Schemas generated from the validator's own model, and kept in the repo."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import AFSPRAKEN, AGENDA, DATA
from pa_cli.yamlio.read import read_text


def test_shipped_schemas_are_up_to_date(run, ws, tmp_path):
    """The schemas in data/schemas are what `pa schema` generates now (run it after a change)."""
    r = run("schema", "--uitvoer", str(tmp_path / "out"))
    assert r.code == 0
    for name in ("afspraken.schema.json", "agenda.schema.json", "indicatoren.schema.json"):
        assert (tmp_path / "out" / name).read_text() == (DATA / "schemas" / name).read_text()


def test_schema_writes_next_to_the_data_by_default(run, ws):
    """Without --uitvoer the schemas land in data/schemas, where the files' first line points."""
    (ws.data / "schemas" / "agenda.schema.json").unlink()
    r = run("schema")
    assert r.out.splitlines() == ["geschreven: data/schemas/afspraken.schema.json",
                                  "geschreven: data/schemas/agenda.schema.json",
                                  "geschreven: data/schemas/indicatoren.schema.json"]
    assert (ws.data / "schemas" / "agenda.schema.json").is_file()


def _as_json(name: str, text: str):
    tree, problems = read_text(name, text)
    assert not problems
    return json.loads(json.dumps(tree))


@pytest.mark.parametrize("name, schema", [(AFSPRAKEN, "afspraken"), (AGENDA, "agenda"),
                                          ("indicatoren.yaml", "indicatoren")])
def test_shipped_data_satisfies_its_schema(name, schema):
    """An editor using the schema accepts the shipped data."""
    spec = json.loads((DATA / "schemas" / f"{schema}.schema.json").read_text())
    jsonschema.validate(_as_json(name, (DATA / name).read_text()), spec)


def test_schema_rejects_what_the_validator_rejects():
    """The schema knows the same keys and statuses as the validator."""
    spec = json.loads((DATA / "schemas" / "agenda.schema.json").read_text())
    bad_status = "titel: x\nrijen:\n  - nr: \"1.1\"\n    status: klaar\n"
    unknown_key = "titel: x\nrijen:\n  - nr: \"1.1\"\n    onderwrp: y\n"
    for text in (bad_status, unknown_key):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(_as_json(AGENDA, text), spec)
