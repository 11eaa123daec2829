"""Request size limits on writes: bodies over the limit get 413 before any handler runs."""

from __future__ import annotations

import json

MAX_BODY = 64 * 1024
# Ingesting an article takes a whole page of HTML.
MAX_ARTICLE_BODY = 2 * 1024 * 1024
_WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def limit_for(path: str) -> int:
    return MAX_ARTICLE_BODY if path.rstrip("/") == "/api/articles" else MAX_BODY


class BodySizeLimit:
    """ASGI middleware: buffers a write's body up to its limit, answering 413 beyond it.

    Counting the bytes actually received (not only Content-Length) also stops chunked uploads.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] not in _WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope["path"])
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await _too_large(send, limit)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > limit:
                await _too_large(send, limit)
                return
            if not message.get("more_body"):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)


async def _too_large(send, limit: int) -> None:
    payload = json.dumps({"detail": f"request body larger than {limit} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})
