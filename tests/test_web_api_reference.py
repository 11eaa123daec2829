"""The offline API reference: built from the app's own schema, readable without scripts."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import create_engine

from floorcross.web.api_reference import operations
from floorcross.web.app import create_app


def test_operations_read_parameters_enums_and_bodies():
    schema = {
        "paths": {
            "/api/things/{thing_id}": {
                "post": {"description": "Review a thing.",
                         "parameters": [{"name": "thing_id", "in": "path", "required": True,
                                         "schema": {"type": "string"}}],
                         "requestBody": {"content": {"application/json": {
                             "schema": {"$ref": "#/components/schemas/Review"}}}}},
                "get": {"summary": "One thing", "parameters": [
                    {"name": "kind", "in": "query", "schema": {"anyOf": [
                        {"enum": ["a", "b"]}, {"type": "null"}]}, "description": "Kind"}]},
            },
        },
        "components": {"schemas": {"Review": {
            "required": ["action"],
            "properties": {"action": {"type": "string", "description": "What to do"},
                           "notes": {"type": "array", "items": {"type": "string"}}}}}},
    }
    get, post = operations(schema)
    assert (get.method, get.writes, get.summary) == ("GET", False, "One thing")
    assert get.params[0].type == "one of: a, b or null"
    assert post.writes and post.summary == "Review a thing."
    assert [(p.name, p.where, p.required) for p in post.params] == [
        ("thing_id", "path", True), ("action", "body", True), ("notes", "body", False)]
    assert post.params[2].type == "list of string"


def test_reference_page_lists_every_api_route_without_external_scripts():
    app = create_app(create_engine("sqlite://"), env_token="t" * 32)
    with TestClient(app) as client:
        page = client.get("/api-reference")
        paths = client.get("/openapi.json").json()["paths"]
    assert page.status_code == 200
    for path in paths:
        assert f"{path}</code>" in page.text.replace("&#123;", "{").replace("&#125;", "}")
    assert "<script" not in page.text
    assert "Words to search for" in page.text  # a parameter's meaning reaches the page
    assert 'href="/api-reference">API</a>' in page.text
