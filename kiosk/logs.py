"""Logging to the console and to a rotating file in the data directory."""

from __future__ import annotations

import logging
import logging.handlers

from kiosk.config import Settings, mask_url


class _MaskSecrets(logging.Filter):
    """Never let the central database's password reach a log line."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        url = settings.central.url
        self._secret = url if url and mask_url(url) != url else ""
        self._masked = mask_url(url) if url else ""

    def filter(self, record: logging.LogRecord) -> bool:
        if self._secret:
            message = record.getMessage()
            if self._secret in message:
                record.msg = message.replace(self._secret, self._masked)
                record.args = None
        return True


def configure_logging(settings: Settings, level: int = logging.INFO,
                      console_level: int | None = None) -> None:
    """Everything from ``level`` up goes to the log file; standard error shows what reaches
    ``console_level`` (default: the same). Commands pass WARNING, so that their output is
    their result and real warnings, not every step the file keeps."""
    folder = settings.data_path / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    file_handler = logging.handlers.RotatingFileHandler(
        folder / "kiosk.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
    )
    console = logging.StreamHandler()
    console.setLevel(level if console_level is None else console_level)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in (file_handler, console):
        handler.setFormatter(formatter)
        handler.addFilter(_MaskSecrets(settings))
    logging.basicConfig(level=level, handlers=[file_handler, console], force=True)
