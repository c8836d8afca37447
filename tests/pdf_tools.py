"""Reading PDFs back the way a person and a scanner would: rendered pixels, decoded QR codes."""

from __future__ import annotations

import pypdfium2 as pdfium
import zxingcpp
from PIL.Image import Image

POINTS_PER_MM = 72 / 25.4


def render(pdf: bytes, dpi: int = 300) -> list[Image]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72).to_pil() for page in document]
    finally:
        document.close()


def decode_qr(image: Image) -> list[str]:
    qr = zxingcpp.BarcodeFormat.QRCode
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == qr]


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [
            (round(page.get_width() / POINTS_PER_MM, 1),
             round(page.get_height() / POINTS_PER_MM, 1))
            for page in document
        ]
    finally:
        document.close()


def text_of(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def scanned_token(pdf_path: str | None) -> str:
    """What a scanner reads from a printed card: the QR code on its first page."""
    assert pdf_path is not None, "no card was made"
    with open(pdf_path, "rb") as handle:
        [text] = decode_qr(render(handle.read())[0])
    return text
