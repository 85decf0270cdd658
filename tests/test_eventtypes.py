"""The event-type registry is the one list the schema and the readers of records agree with."""
from __future__ import annotations

from liaison.eventtypes import EVENT_TYPES, FIELD_NAMES, ROLE_NAMES, TYPE_NAMES, field_labels
from liaison.record import schema


def test_schema_event_types_are_the_registry():
    ev = schema()["$defs"]["event"]["properties"]
    assert ev["type"]["enum"] == list(TYPE_NAMES)


def test_schema_roles_are_the_registry():
    ev = schema()["$defs"]["event"]["properties"]
    roles = ev["participants"]["items"]["properties"]["role"]["enum"]
    assert roles == list(ROLE_NAMES)


def test_every_field_has_labels():
    labels = field_labels()
    assert set(labels) == set(FIELD_NAMES)
    assert all(en and zh for en, zh in labels.values())


def test_cooperative_codes_only():
    for t in EVENT_TYPES.values():
        assert t.plover[0] != "ACCUSE" and not t.cameo[0].startswith("09")


def test_schema_fields_are_the_registry():
    ev = schema()["$defs"]["event"]["properties"]
    assert ev["fields"]["items"]["enum"] == list(FIELD_NAMES)
