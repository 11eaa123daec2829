"""A plain-HTML reference of the JSON API, rendered from the app's own OpenAPI schema.

The interactive /docs page loads its scripts from the web; this one needs nothing but the app,
so it works on a machine without internet access."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request

from floorcross.web.app import render

router = APIRouter(include_in_schema=False)

_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass
class Param:
    name: str
    where: str  # "path", "query" or "body"
    type: str
    required: bool
    description: str = ""


@dataclass
class Operation:
    method: str
    path: str
    summary: str
    params: list[Param] = field(default_factory=list)
    writes: bool = False  # every write needs the bearer token


def _type_of(schema: dict[str, Any]) -> str:
    """A short type name: "string", "integer", "string or null", "one of: a, b"."""
    if "enum" in schema:
        return "one of: " + ", ".join(str(v) for v in schema["enum"])
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return " or ".join(_type_of(o) for o in options)
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return "list of " + _type_of(schema.get("items", {}))
    return str(schema.get("type", "any"))


def _body_params(op: dict[str, Any], components: dict[str, Any]) -> list[Param]:
    content = op.get("requestBody", {}).get("content", {})
    schema = next(iter(content.values()), {}).get("schema", {})
    if "$ref" in schema:
        schema = components.get(schema["$ref"].rsplit("/", 1)[-1], {})
    required = set(schema.get("required", []))
    return [Param(name, "body", _type_of(prop), name in required, prop.get("description", ""))
            for name, prop in schema.get("properties", {}).items()]


def operations(schema: dict[str, Any]) -> list[Operation]:
    """Every operation of an OpenAPI schema, in path order, reads before writes."""
    components = schema.get("components", {}).get("schemas", {})
    out = []
    for path, item in schema.get("paths", {}).items():
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [Param(p["name"], p["in"], _type_of(p.get("schema", {})),
                            bool(p.get("required")), p.get("description", ""))
                      for p in op.get("parameters", [])]
            params += _body_params(op, components)
            summary = (op.get("description") or op.get("summary") or "").strip()
            out.append(Operation(method.upper(), path, summary, params, method != "get"))
    return sorted(out, key=lambda o: (o.writes, o.path, o.method))


@router.get("/api-reference")
def api_reference(request: Request):
    return render(request, "api_reference.html", {"ops": operations(request.app.openapi())})
