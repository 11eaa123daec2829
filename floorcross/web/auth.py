"""Who may write: API bearer tokens, a signed sign-in cookie for the pages, CSRF tokens.

- The API takes `Authorization: Bearer <token>`; a missing token gives 401, a wrong one 403.
- In a browser, a reviewer signs in once at /login with the same token; the server sets an
  HttpOnly, SameSite=Strict cookie holding the reviewer's name and the token's hash, signed
  with the server's secret. The hash is checked against the database on every write, so a
  token removed from the database stops working at once.
- Every form carries a signed double-submit CSRF token: a random nonce in a cookie and the
  nonce plus its HMAC in a hidden field; a post is accepted only when both agree.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time

from fastapi import HTTPException, Request
from sqlalchemy import Engine, select

from floorcross.store import review

SESSION_COOKIE = "fc_session"
CSRF_COOKIE = "fc_csrf"
SESSION_SECONDS = 12 * 3600


def _mac(secret: bytes, purpose: str, value: str) -> str:
    return hmac.new(secret, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()


# --- API tokens ---

def bearer_reviewer(request: Request) -> str:
    """The reviewer behind the request's bearer token; raises 401 (none) or 403 (invalid)."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "a bearer token is required",
                            headers={"WWW-Authenticate": "Bearer"})
    settings = request.app.state.settings
    with settings.engine.connect() as conn:
        owner = review.token_owner(conn, token.strip(), settings.env_token)
    if owner is None:
        raise HTTPException(403, "invalid token")
    return owner


# --- Sign-in cookie ---

def session_value(secret: bytes, reviewer: str, token: str) -> str:
    payload = json.dumps({"r": reviewer, "h": review.hash_token(token),
                          "exp": int(time.time()) + SESSION_SECONDS})
    data = base64.urlsafe_b64encode(payload.encode()).decode()
    return f"{data}.{_mac(secret, 'session', data)}"


def _token_hash_valid(engine: Engine, token_hash: str, env_token: str | None) -> bool:
    if env_token and hmac.compare_digest(token_hash, review.hash_token(env_token)):
        return True
    with engine.connect() as conn:
        q = select(review.api_tokens.c.id).where(review.api_tokens.c.token_hash == token_hash)
        return conn.execute(q).first() is not None


def session_reviewer(request: Request) -> str | None:
    """The signed-in reviewer of a browser request, or None."""
    settings = request.app.state.settings
    value = request.cookies.get(SESSION_COOKIE, "")
    data, _, mac = value.partition(".")
    if not data or not hmac.compare_digest(mac, _mac(settings.secret, "session", data)):
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(data.encode()))
    except ValueError:
        return None
    if payload.get("exp", 0) < time.time():
        return None
    if not _token_hash_valid(settings.engine, payload.get("h", ""), settings.env_token):
        return None
    return payload.get("r")


# --- CSRF ---

def csrf_nonce(request: Request) -> tuple[str, bool]:
    """The browser's CSRF nonce, and whether it is new (and must be set as a cookie)."""
    nonce = request.cookies.get(CSRF_COOKIE, "")
    if len(nonce) >= 16 and nonce.isalnum():
        return nonce, False
    return secrets.token_hex(16), True


def csrf_field(secret: bytes, nonce: str) -> str:
    return f"{nonce}.{_mac(secret, 'csrf', nonce)}"


def check_csrf(request: Request, submitted: str | None) -> None:
    """Raise 403 unless the form's token matches the cookie's nonce and its signature."""
    nonce = request.cookies.get(CSRF_COOKIE, "")
    sent_nonce, _, mac = (submitted or "").partition(".")
    secret = request.app.state.settings.secret
    ok = (bool(nonce) and hmac.compare_digest(sent_nonce, nonce)
          and hmac.compare_digest(mac, _mac(secret, "csrf", nonce)))
    if not ok:
        raise HTTPException(403, "the form has expired or did not come from this site; "
                                 "reload the page and try again")
