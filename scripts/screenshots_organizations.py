"""Render reception's organisations (the list, an import with refused rows, the form with its
mistakes shown) and the visit history, in Bahasa Indonesia and English, at the receptionist's
1280×800 desk size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_organizations.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.config import Settings, load_settings  # noqa: E402
from kiosk.demo.seed import seed_demo  # noqa: E402
from scripts.screenshots import close, idle  # noqa: E402
from scripts.screenshots_reception import NOW, open_reception  # noqa: E402
from ui.app import application  # noqa: E402
from ui.reception.organizations.dialog import OrganizationDialog  # noqa: E402

#: An office's list as Excel saves it in Indonesia, with three rows to mend.
LIST = ("Nama;Jenis;Lantai;Ruang;Nama Kontak;No HP;Email\r\n"
        "Rumah Rendang Uni Ros;tenan;8;;Rosmaini;0812-7777-1234;ros@rendang.id\r\n"
        "Kopi Situ Gintung;tenan;;9.99;;;\r\n"
        "Dinas Perindustrian Kota Tangerang Selatan;instansi;9;;;;\r\n"
        ";tenan;8;;;;\r\n"
        "Madu Hutan Baduy;tenan;8;;Pak Asep;0812-ASEP;asep-at-madu\r\n")


def shoot(settings: Settings, language: str, out: Path, sheet: Path) -> None:
    window, context = open_reception(settings, language)
    window.tabs.setCurrentWidget(window.organizations)
    idle(context)
    panel = window.organizations
    panel.table.selectRow(2)
    save(window.grab(), out / f"reception-organizations-{language}.png")
    panel.import_file(sheet)
    idle(context)
    save(window.grab(), out / f"reception-organizations-import-refused-{language}.png")
    window.tabs.setCurrentWidget(window.history)
    idle(context)
    window.history.table.selectRow(1)
    save(window.grab(), out / f"reception-history-{language}.png")
    dialog = OrganizationDialog(context, None, window)
    dialog.show()
    idle(context)
    dialog.contact_name_edit.setText("Dewi")
    dialog.contact_phone_edit.setText("0812-ABCD")
    dialog.contact_email_edit.setText("dewi-at-brin")
    dialog.save()
    idle(context)
    QApplication.processEvents()
    save(dialog.grab(), out / f"reception-organization-form-errors-{language}.png")
    dialog.close()
    close(window, context)


def save(picture: QPixmap, path: Path) -> None:
    picture.save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        print(seed_demo(load_settings(config, environ={}), days=1, now=NOW))
        sheet = Path(tmp) / "daftar-tenan.csv"
        sheet.write_bytes(LIST.encode("cp1252"))
        for language in ("id", "en"):
            shoot(load_settings(config, environ={"KIOSK_LANGUAGE": language}), language, out,
                  sheet)


if __name__ == "__main__":
    main()
