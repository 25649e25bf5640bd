"""The bylines web service (``bylines serve``); needs the ``web`` extra (FastAPI, uvicorn)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bylines.errors import MissingExtraError

if TYPE_CHECKING:
    from bylines.web.service import WebConfig


def serve(config: WebConfig, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the service in this process until interrupted (one uvicorn worker)."""
    try:
        import uvicorn

        from bylines.web.app import create_app
    except ImportError as exc:
        raise MissingExtraError("bylines serve", "web") from exc
    uvicorn.run(create_app(config), host=host, port=port, log_level="info", server_header=False)
