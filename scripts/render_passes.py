"""Render every pass layout to PDF and PNG under docs/passes/, to look at them.

    .venv/bin/python scripts/render_passes.py

Uses a throwaway site key; the PNGs are committed as the documentation of each layout.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.building import catalogue  # noqa: E402
from kiosk.models import OrganizationKind, Purpose  # noqa: E402
from kiosk.passes.layout import LAYOUTS, PassStyle, render_pass  # noqa: E402
from kiosk.passes.tokens import Keyring, SiteKey, TokenKind, sign  # noqa: E402
from kiosk.visits.check_in import VisitSummary  # noqa: E402

JAKARTA = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
UNTIL = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
KEYS = Keyring("gedung-inovasi-tangsel", (SiteKey(1, b"d" * 32, NOW),))

VISIT = VisitSummary(
    visit_id=uuid.UUID("6f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), pass_number="7K3QZC4M",
    visitor_name="Siti Nurhaliza Wijayakusuma", phone_e164="+6281234567890",
    organization="Keripik Tempe Bu Sri", purpose=Purpose.CONSULTATION, group_size=1,
    member_names=(), organization_kind=None, checked_in_at=NOW, checked_out_at=None,
    floor_number=2, floor_name_id="Klinik UMKM", floor_name_en="SME Clinic", directions_id="",
    directions_en="", room_code="2.03", room_name_id="Klinik UMKM: Sertifikasi Halal",
    room_name_en="SME Clinic: Halal Certification", host="",
)

SAMPLES = {
    "visitor": (VISIT, PassStyle.ONE, False),
    "tenant": (dataclasses.replace(VISIT, visitor_name="Budi Santoso",
                                   organization="Kopi Situ Gintung",
                                   organization_kind=OrganizationKind.TENANT,
                                   purpose=Purpose.MEETING), PassStyle.ONE, False),
    "contractor": (dataclasses.replace(VISIT, visitor_name="Sukarni", organization="",
                                       purpose=Purpose.DELIVERY, floor_number=None,
                                       room_code="", room_name_id=""), PassStyle.ONE, False),
    "group": (dataclasses.replace(VISIT, visitor_name="Pak Joko", group_size=25,
                                  member_names=("Ani", "Wati", "Dewi"),
                                  purpose=Purpose.TRAINING, room_code="4.02",
                                  room_name_id="Ruang Pelatihan Pamulang", floor_number=4),
              PassStyle.PER_PERSON, False),
    "void": (VISIT, PassStyle.ONE, True),
    "chinese": (dataclasses.replace(VISIT, visitor_name="王小明",
                                    organization="北京科技有限公司"), PassStyle.ONE, False),
    "arabic": (dataclasses.replace(VISIT, visitor_name="محمد عبد الله",
                                   organization="مؤسسة النور"), PassStyle.ONE, False),
    "javanese": (dataclasses.replace(VISIT, visitor_name="ꦧꦸꦢꦶ ꦱꦤ꧀ꦠꦺꦴꦱ",
                                     organization="Batik Solo"), PassStyle.ONE, False),
}


def main() -> None:
    out = ROOT / "docs" / "passes"
    out.mkdir(parents=True, exist_ok=True)
    site_name = catalogue.read_catalogue().building_name
    with tempfile.TemporaryDirectory() as tmp:
        for layout_name, layout in LAYOUTS.items():
            for sample, (visit, style, void) in SAMPLES.items():
                if sample != "visitor" and layout_name not in ("label-62x100", "a4-sheet"):
                    continue
                if sample == "group" and layout_name != "a4-sheet":
                    continue
                token = sign(KEYS, TokenKind.VISIT_PASS, visit.visit_id, UNTIL)
                pdf = render_pass(visit, JAKARTA, qr=token, valid_until=UNTIL, layout=layout,
                                  style=style, void=void, site_name=site_name)
                path = Path(tmp) / f"{layout_name}-{sample}.pdf"
                path.write_bytes(pdf)
                target = out / f"{layout_name}-{sample}"
                dpi = "100" if layout_name == "a4-sheet" else "200"
                subprocess.run(["pdftoppm", "-r", dpi, "-png", "-singlefile", str(path),
                                str(target)], check=True)
                print(target.with_suffix(".png").relative_to(ROOT))


if __name__ == "__main__":
    main()
