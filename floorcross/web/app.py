"""The FastAPI application: settings, templates, middleware and routers."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from floorcross.pipeline import Stages
from floorcross.web import auth
from floorcross.web.limits import BodySizeLimit
from floorcross.web.wording import headline

TOKEN_ENV = "FLOORCROSS_TOKEN"
SECRET_ENV = "FLOORCROSS_SECRET"

_HERE = resources.files("floorcross.web")


@dataclass
class Settings:
    """What the handlers need: the database, write credentials, the ingest stages."""

    engine: Engine
    env_token: str | None = None
    # Signs sign-in cookies and CSRF tokens; random per process unless set, so restarting the
    # server signs everyone out.
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    stages: Stages | None = None  # None: the real clean and extract stages (loads spaCy)


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(_HERE / "templates"))
    templates.env.autoescape = True  # every template, whatever its name
    templates.env.globals["headline"] = headline
    return templates


def render(request: Request, name: str, context: dict[str, Any], status: int = 200
           ) -> HTMLResponse:
    """A page, with the CSRF nonce cookie set when the browser has none yet."""
    settings: Settings = request.app.state.settings
    nonce, new = auth.csrf_nonce(request)
    context = {**context, "csrf": auth.csrf_field(settings.secret, nonce),
               "reviewer": auth.session_reviewer(request)}
    response = request.app.state.templates.TemplateResponse(
        request, name, context, status_code=status)
    if new:
        response.set_cookie(auth.CSRF_COOKIE, nonce, httponly=True, samesite="strict")
    return response


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/feeds/", "/docs", "/openapi"))


def create_app(
    engine: Engine, *, env_token: str | None = None, secret: bytes | None = None,
    stages: Stages | None = None,
) -> FastAPI:
    """The web application over `engine`. `env_token` defaults to $FLOORCROSS_TOKEN."""
    from floorcross.web import api, api_reference, pages

    env_token = env_token if env_token is not None else os.environ.get(TOKEN_ENV) or None
    secret = secret or (os.environ.get(SECRET_ENV) or "").encode() or secrets.token_bytes(32)
    app = FastAPI(
        title="floorcross", version="1",
        description="A sourced register of politicians' party-affiliation changes. Reads are "
        "open; writes need `Authorization: Bearer <token>` (`floorcross token`).",
    )
    app.state.settings = Settings(engine, env_token, secret, stages)
    app.state.templates = _templates()
    app.add_middleware(BodySizeLimit)
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(api_reference.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _wants_html(request):
            return render(request, "error.html", {"status": exc.status_code,
                                                   "detail": exc.detail}, exc.status_code)
        return JSONResponse({"detail": exc.detail}, exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith(("/docs", "/redoc")):
            # Only our own scripts and styles: an injected script would not run.
            response.headers.setdefault(
                "Content-Security-Policy",
                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
        return response

    return app
