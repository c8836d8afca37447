"""Connecting to the central database, the same way for the application and the commands."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import ArgumentError

from kiosk.config import mask_url

#: Seconds before an unreachable central database counts as offline (the kiosk never waits
#: on it: sync runs on its own thread, but a round should fail fast and retry later).
CONNECT_TIMEOUT = 5


class CentralURLError(ValueError):
    """No URL, not a URL, or not PostgreSQL. The message never shows the password."""


def central_engine(url: str) -> Engine:
    """An engine for the central database. TLS settings travel in the URL
    (``?sslmode=verify-full&sslrootcert=…``) and reach libpq unchanged."""
    if not url:
        raise CentralURLError("give --url or set [central] url in the configuration")
    shown = mask_url(url)
    try:
        engine = create_engine(url, pool_pre_ping=True, pool_size=2, max_overflow=2,
                               hide_parameters=True,  # as the device's: no names in logs
                               connect_args={"connect_timeout": CONNECT_TIMEOUT})
    except (ArgumentError, ImportError) as exc:
        raise CentralURLError(f"not a database URL: {shown} ({type(exc).__name__})") from exc
    if engine.dialect.name != "postgresql":
        engine.dispose()
        raise CentralURLError(f"the central database must be PostgreSQL, not "
                              f"{engine.dialect.name} ({shown})")
    return engine
