"""Brief as JSON: Brief.to_dict() with its schema version, as the CLI prints it."""

from __future__ import annotations

import json

from inbrief.core.brief import SCHEMA_VERSION, Brief


def to_json(brief: Brief, *, indent: int | None = 2) -> str:
    """Return the brief as a JSON document (UTF-8 text, non-ASCII kept readable)."""
    data = brief.to_dict()
    data["schema"] = brief.schema or SCHEMA_VERSION
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
