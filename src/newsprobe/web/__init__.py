"""The local web app: ``newsprobe serve`` (FastAPI, Jinja2 templates, htmx; assets vendored).

``create_app(db)`` (in :mod:`newsprobe.web.app`) builds the ASGI app over one corpus database;
FastAPI is imported only when the app is built, so ``import newsprobe`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsprobe.web.app import create_app as create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from newsprobe.web.app import create_app

        return create_app
    raise AttributeError(name)
