"""Child process for bench/startup.py: start, and report the moment the first screen paints.

    python bench/_first_paint.py bare|kiosk CONFIG
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    what = sys.argv[1]
    if what != "bare":
        # As main.py: the configuration is read before Qt is imported.
        from kiosk.config import load_settings
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                sys.stdout.write("PAINTED\n")
                sys.stdout.flush()
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    if what == "bare":
        app = QApplication(sys.argv[:1])
        window = QWidget()
        window.resize(1080, 1920)
        target = window
    else:
        from ui.app import application, build_window

        app = application()
        settings = load_settings(sys.argv[2], environ={})
        window, context = build_window(settings, app)
        window.resize(1080, 1920)
        target = window.welcome  # type: ignore[attr-defined]
    watcher = FirstPaint()
    target.installEventFilter(watcher)
    window.show()
    app.exec()
    if what != "bare":
        context.close()


if __name__ == "__main__":
    main()
