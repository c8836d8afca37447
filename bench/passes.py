"""Pass tokens and pass PDFs.

    .venv/bin/python bench/passes.py [--smoke]

- token sign + verify, per pair (goal <= 50 us);
- the pass PDF (62 x 100 mm label) against a bare reportlab page of the same size with the
  same QR code drawn the same way, in the same run (goals: p50 <= 10 ms, <= 1.5x the bare page).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bench._smoke import add_smoke_flag
from kiosk.building import catalogue
from kiosk.models import Purpose
from kiosk.passes.layout import LABEL_62x100, draw_qr, render_pass
from kiosk.passes.tokens import Keyring, SiteKey, TokenKind, sign, verify
from kiosk.visits.check_in import VisitSummary

NOW = datetime.now(UTC)
KEYS = Keyring("gedung-inovasi-tangsel", (SiteKey(1, b"b" * 32, NOW),))
ZONE = ZoneInfo("Asia/Jakarta")


def timed(action: Callable[[int], object], runs: int, warm_up: int = 20) -> list[float]:
    for i in range(warm_up):
        action(i)
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        action(i)
        samples.append(time.perf_counter() - start)
    return sorted(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    add_smoke_flag(parser)
    smoke = parser.parse_args().smoke
    pairs_n, runs, warm_up = (10, 4, 1) if smoke else (20_000, 400, 20)

    def goal(text: str) -> str:
        return "" if smoke else f"   (goal {text})"

    until = NOW + timedelta(hours=8)
    site_name = catalogue.read_catalogue().building_name
    ids = [uuid.uuid4() for _ in range(20_000)]

    def sign_and_verify(i: int) -> None:
        verify(KEYS, sign(KEYS, TokenKind.VISIT_PASS, ids[i % len(ids)], until), now=NOW)

    pairs = timed(sign_and_verify, pairs_n, warm_up)
    print(f"token sign + verify        p50 {statistics.median(pairs) * 1e6:6.1f} us   "
          f"p95 {pairs[int(0.95 * len(pairs))] * 1e6:6.1f} us{goal('<= 50 us')}")

    visit = VisitSummary(
        visit_id=uuid.uuid4(), pass_number="7K3QZC4M", visitor_name="Siti Nurhaliza",
        phone_e164="+6281234567890", organization="Keripik Tempe Bu Sri",
        purpose=Purpose.CONSULTATION, group_size=1, member_names=(), organization_kind=None,
        checked_in_at=NOW, checked_out_at=None, floor_number=2, floor_name_id="Klinik UMKM",
        floor_name_en="SME Clinic", directions_id="", directions_en="", room_code="2.03",
        room_name_id="Klinik UMKM: Sertifikasi Halal", room_name_en="", host="")
    token = sign(KEYS, TokenKind.VISIT_PASS, visit.visit_id, until)

    def bare(i: int) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(LABEL_62x100.width, LABEL_62x100.height),
                        pageCompression=1)
        draw_qr(canvas, token, 15.5 * mm, 14 * mm, 31 * mm)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    def full(i: int) -> bytes:
        return render_pass(visit, ZONE, qr=token, valid_until=until, site_name=site_name)

    bare_samples, full_samples = [], []
    for _ in range(4):  # interleaved, so both see the same machine load
        bare_samples += timed(bare, runs // 4, warm_up)
        full_samples += timed(full, runs // 4, warm_up)
    bare_p50 = statistics.median(bare_samples) * 1000
    full_p50 = statistics.median(full_samples) * 1000
    full_samples.sort()
    print(f"bare page + same QR        p50 {bare_p50:6.2f} ms")
    print(f"pass PDF (62 x 100 label)  p50 {full_p50:6.2f} ms   "
          f"p95 {full_samples[int(0.95 * len(full_samples))] * 1000:6.2f} ms"
          f"{goal('p50 <= 10 ms')}")
    print(f"pass / bare                    {full_p50 / bare_p50:6.2f} x  {goal('<= 1.5 x')}")


if __name__ == "__main__":
    main()
