"""Logging to the console and to a rotating file in the data directory."""

from __future__ import annotations

import logging
import logging.handlers
import re

from kiosk.config import Settings, mask_url

#: A phone number in a log line: E.164 (+6281234567890) or Indonesian national (081234567890).
PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+\d{8,15}|0[1-9]\d{7,12})(?![\w])")


def mask_phone(phone: str) -> str:
    """Enough for staff to tell two numbers apart, too little to call: "+6281234567890" →
    "+62812••••890". Always four dots: a mask as long as the number would tell its length.
    (Its home is here, below :mod:`kiosk.privacy.masks`, so that the log filter can use it.)"""
    keep = 6 if phone.startswith("+") else 5
    if len(phone) <= keep + 3:
        return phone[:2] + "•" * 4
    return f"{phone[:keep]}{'•' * 4}{phone[-3:]}"


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


class _MaskPhones(logging.Filter):
    """A safety net: no phone number reaches a log line whole, whoever wrote the call (UU No.
    27/2022; DESIGN.md "Logs mask names and phones"). Names cannot be recognised in free text:
    log calls never pass them."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = PHONE_IN_TEXT.sub(lambda m: mask_phone(m.group()), message)
        if masked != message:
            record.msg = masked
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
        handler.addFilter(_MaskPhones())
    logging.basicConfig(level=level, handlers=[file_handler, console], force=True)
