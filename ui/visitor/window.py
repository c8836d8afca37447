"""The kiosk window: the visitor's flows across full-screen steps.

Walk-in:    welcome → your data (agree; or read it all) → phone → (known: is this you? |
            new: about you) → purpose → destination (→ group) → checked in
Invitation: scan anywhere, or welcome → type the code → confirm → checked in
Check-out:  scan the card anywhere, or welcome → type the card's code → goodbye
Today:      welcome → today's events, searchable
Staff:      hold the building's name → PIN → the kiosk closes
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.theme import apply_theme
from ui.visitor.held import held_for_reception
from ui.visitor.idle import IdleWatcher
from ui.visitor.scanner import ScannerInput
from ui.visitor.welcome import WelcomeScreen
from ui.widgets import label

if TYPE_CHECKING:
    from kiosk.bookings.events import EventSummary
    from kiosk.errors import CodeRefusedError
    from kiosk.operations import CheckInResult, Destinations, Operations, ScanOutcome
    from kiosk.staff.pin import PinCheck
    from kiosk.visits.check_in import Destination
    from kiosk.visits.returning import Recall, ReturningVisitor
    from ui.visitor.code_entry import CodeEntryScreen
    from ui.visitor.consent import ConsentScreen
    from ui.visitor.destination import DestinationScreen
    from ui.visitor.details import DetailsScreen
    from ui.visitor.draft import VisitDraft
    from ui.visitor.group import GroupScreen
    from ui.visitor.identity import IdentityScreen
    from ui.visitor.invitation import InvitationScreen
    from ui.visitor.message import MessageScreen
    from ui.visitor.pass_ready import PassReadyScreen
    from ui.visitor.phone import PhoneScreen
    from ui.visitor.privacy import PrivacyScreen
    from ui.visitor.purpose import PurposeScreen
    from ui.visitor.staff import StaffScreen
    from ui.visitor.today import TodayScreen

log = logging.getLogger(__name__)

#: How long the "you are checked in" screen stays before the next visitor's welcome.
PASS_READY_SECONDS = 45
#: Retry opening the database this often when it failed (locked by a job, disk hiccup).
RETRY_SECONDS = 15


class _Screens:
    """The steps after welcome, built once the domain is imported (see KioskWindow)."""

    def __init__(self, window: KioskWindow) -> None:
        from ui.visitor.code_entry import CodeEntryScreen
        from ui.visitor.consent import ConsentScreen
        from ui.visitor.destination import DestinationScreen
        from ui.visitor.details import DetailsScreen
        from ui.visitor.group import GroupScreen
        from ui.visitor.identity import IdentityScreen
        from ui.visitor.invitation import InvitationScreen
        from ui.visitor.message import MessageScreen
        from ui.visitor.pass_ready import PassReadyScreen
        from ui.visitor.phone import PhoneScreen
        from ui.visitor.privacy import PrivacyScreen
        from ui.visitor.purpose import PurposeScreen
        from ui.visitor.staff import StaffScreen
        from ui.visitor.today import TodayScreen

        settings = window.context.settings
        self.privacy: PrivacyScreen = PrivacyScreen(settings.retention_days)
        self.phone: PhoneScreen = PhoneScreen()
        self.identity: IdentityScreen = IdentityScreen()
        self.details: DetailsScreen = DetailsScreen()
        self.purpose: PurposeScreen = PurposeScreen()
        self.destination: DestinationScreen = DestinationScreen(settings.zone)
        self.group: GroupScreen = GroupScreen()
        self.consent: ConsentScreen = ConsentScreen(settings.retention_days)
        self.pass_ready: PassReadyScreen = PassReadyScreen()
        self.code_entry: CodeEntryScreen = CodeEntryScreen("code-entry")
        self.invitation: InvitationScreen = InvitationScreen(settings.zone,
                                                             settings.retention_days)
        self.message: MessageScreen = MessageScreen("message")
        self.today: TodayScreen = TodayScreen(settings.zone)
        self.staff: StaffScreen = StaffScreen()

    def all(self) -> list[QWidget]:
        return [self.privacy, self.phone, self.identity, self.details, self.purpose,
                self.destination, self.group, self.consent, self.pass_ready,
                self.code_entry, self.invitation, self.message, self.today, self.staff]


class KioskWindow(QMainWindow):
    """The kiosk's flows. Database work goes to the worker; nothing here blocks.

    Start-up paints the welcome screen first. The other steps need the domain (SQLAlchemy
    and friends, about half a second to import), which the worker imports while opening the
    database; they are built when that is done, or at the first touch if that comes sooner.

    Signals:
        checked_in(CheckInResult): a visitor was checked in (the card may or may not exist).
        checked_out(VisitSummary): a visit was closed by a scan or a typed card code.
    """

    checked_in = Signal(object)
    checked_out = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("kiosk")
        building_name = context.building_name
        self._building_name = building_name
        self.setWindowTitle(building_name)
        self.welcome = WelcomeScreen(building_name, context.settings.zone)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self._screens: _Screens | None = None
        self._draft: VisitDraft | None = None
        self._unlocked = False
        self._larger_text = False
        self._high_contrast = False

        welcome = self.welcome
        welcome.check_in_requested.connect(self.start_walk_in)
        welcome.invitation_requested.connect(self.start_invitation)
        welcome.check_out_requested.connect(self.start_check_out)
        welcome.today_requested.connect(self.show_today)
        welcome.language_requested.connect(self.set_language)
        welcome.larger_text_toggled.connect(self._toggle_larger_text)
        welcome.high_contrast_toggled.connect(self._toggle_high_contrast)
        welcome.staff_requested.connect(self.start_staff)

        app = QApplication.instance()
        assert app is not None
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.handle_scan)
        self.idle = IdleWatcher(context.settings.idle_timeout_seconds, self)
        self.idle.countdown.connect(self._show_countdown)
        self.idle.activity.connect(self._hide_countdown)
        self.idle.expired.connect(self.go_welcome)
        # Application-wide filters see every event, and the first time PySide hands Python an
        # event of a new class it builds that class's enums: ~35 ms in the first paint. Nobody
        # scans or touches before the first frame, so they start watching after it.
        welcome.first_frame.connect(lambda: app.installEventFilter(self.scanner))
        welcome.first_frame.connect(lambda: app.installEventFilter(self.idle))
        self._overlay = self._build_overlay()

        self._pass_ready_timer = QTimer(self)
        self._pass_ready_timer.setSingleShot(True)
        self._pass_ready_timer.timeout.connect(self.go_welcome)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.load_destinations)
        self._closing = QTimer(self)
        self._closing.timeout.connect(self._close_day_if_due)
        self._closing.start(60_000)
        self._closed_today = False

        if context.settings.fullscreen:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.load_destinations()
        self.context.run(lambda ops: ops.close_open_visits())  # left open by a power cut

    # --- screens ---------------------------------------------------------------------------

    @property
    def screens(self) -> _Screens:
        if self._screens is None:
            self._screens = _Screens(self)
            for screen in self._screens.all():
                self.stack.addWidget(screen)
            self._wire(self._screens)
            for screen in self._screens.all():
                language = getattr(screen, "language_requested", None)
                if language is not None:
                    language.connect(self.set_language)
        return self._screens

    def _wire(self, s: _Screens) -> None:
        s.privacy.back.connect(self.go_welcome)
        s.privacy.agreed.connect(self._privacy_accepted)
        s.privacy.declined.connect(self._consent_declined)
        s.privacy.full_text_requested.connect(lambda: self._show(s.consent))
        s.phone.back.connect(lambda: self._show(s.privacy))
        s.phone.submitted.connect(self._recall)
        s.identity.back.connect(lambda: self._show(s.phone))
        s.identity.chosen.connect(self._returning_chosen)
        s.identity.new_visitor.connect(self._new_visitor)
        s.details.back.connect(self._back_from_details)
        s.details.submitted.connect(self._details_given)
        s.purpose.back.connect(self._back_from_purpose)
        s.purpose.chosen.connect(self._purpose_chosen)
        s.destination.back.connect(lambda: self._show(s.purpose))
        s.destination.group_requested.connect(self._group_requested)
        s.destination.chosen.connect(self._destination_chosen)
        s.group.back.connect(lambda: self._show(s.destination))
        s.group.confirmed.connect(self._group_given)
        s.consent.back.connect(lambda: self._show(s.privacy))
        s.consent.agreed.connect(self._privacy_accepted)
        s.consent.declined.connect(self._consent_declined)
        s.pass_ready.done.connect(self.go_welcome)
        s.pass_ready.print_again.connect(self._print_again)
        s.code_entry.back.connect(self.go_welcome)
        s.code_entry.submitted.connect(self._code_typed)
        s.invitation.back.connect(self.go_welcome)
        s.invitation.confirmed.connect(self._redeem)
        s.invitation.declined.connect(self._invitation_declined)
        s.message.done.connect(self.go_welcome)
        s.message.walk_in_requested.connect(self.start_walk_in)
        s.today.back.connect(self.go_welcome)
        s.staff.back.connect(self.go_welcome)
        s.staff.submitted.connect(self._verify_pin)

    def _show(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        # A step without a main control: no focus frame anywhere. Cleared here, after the
        # stack has moved the focus to the new page's first control: giving the page itself
        # the focus instead cost ~15 ms at the next page change.
        focused = QApplication.focusWidget()
        if (getattr(screen, "main", False) is None and focused is not None
                and screen.isAncestorOf(focused)):
            focused.clearFocus()
        if screen is self.welcome:
            self.idle.disarm()
        else:
            self.idle.arm()

    def current(self) -> QWidget | None:
        return self.stack.currentWidget()

    # --- start and reset -------------------------------------------------------------------

    def load_destinations(self) -> None:
        def loaded(destinations: Destinations) -> None:
            self.screens.destination.set_destinations(destinations)
            self.welcome.check_in_button.setEnabled(True)
            if self.welcome.notice.text() == self._something_went_wrong():
                self.welcome.show_notice("")

        def failed(error: BaseException) -> None:
            log.error("kiosk could not load its data; retrying in %d s", RETRY_SECONDS,
                      exc_info=error)
            self.welcome.show_notice(self._something_went_wrong())
            self.welcome.check_in_button.setEnabled(False)
            self._retry.start(RETRY_SECONDS * 1000)

        def destinations(ops: Operations) -> Destinations:
            return ops.destinations()

        self.context.run(destinations, loaded, failed)

    def go_welcome(self) -> None:
        """Back to the start, with nothing of the last visitor left anywhere."""
        self._pass_ready_timer.stop()
        self._hide_countdown()
        self._draft = None
        self.scanner.clear()
        if self._screens is not None:
            for screen in self._screens.all():
                reset = getattr(screen, "reset", None)
                if reset is not None:
                    reset()
        if self._larger_text or self._high_contrast:
            self._larger_text = self._high_contrast = False
            self._apply_theme()
        self._show(self.welcome)

    def set_language(self, language: str) -> None:
        self.context.translations.install(language)

    def recover(self, error: BaseException) -> None:
        """Something failed unexpectedly: log it, tell the visitor kindly, start over."""
        if held_for_reception(error, self.screens.message):  # the deny list: staff decide
            return self._show(self.screens.message)
        log.error("kiosk recovered from an unexpected error", exc_info=error)
        self.go_welcome()
        self.welcome.show_notice(self._something_went_wrong())

    # --- walk-in ---------------------------------------------------------------------------

    def start_walk_in(self) -> None:
        from ui.visitor.draft import VisitDraft

        self.welcome.show_notice("")
        self._draft = VisitDraft()
        self._show(self.screens.privacy)

    def _privacy_accepted(self) -> None:
        """The visitor agreed before giving anything; only now is the number asked."""
        self._require_draft().consent = True
        self.screens.phone.reset()
        self._show(self.screens.phone)

    def _recall(self, phone: str) -> None:
        from kiosk.errors import InvalidFieldError
        from ui.texts import error_text

        def done(recall: Recall) -> None:
            draft = self._draft
            if draft is None or self.current() is not self.screens.phone:
                return  # the visitor has gone (idle, back); this answer is for nobody
            draft.phone = recall.phone_e164
            draft.recall = recall
            draft.returning = None
            if recall.matches:
                self.screens.identity.show_recall(recall)
                self._show(self.screens.identity)
            else:
                self._new_visitor()

        def failed(error: BaseException) -> None:
            if isinstance(error, InvalidFieldError):
                self.screens.phone.show_error(error_text("phone", error.error.code))
            else:
                self.recover(error)

        self.context.run(lambda ops: ops.recall(phone), done, failed)

    def _returning_chosen(self, match: ReturningVisitor) -> None:
        self._require_draft().returning = match
        self._show(self.screens.purpose)

    def _new_visitor(self) -> None:
        self._require_draft().returning = None
        self.screens.details.reset()
        self._show(self.screens.details)

    def _back_from_details(self) -> None:
        draft = self._require_draft()
        known = draft.recall is not None and draft.recall.matches
        self._show(self.screens.identity if known else self.screens.phone)

    def _details_given(self, name: str, organization: str) -> None:
        draft = self._require_draft()
        draft.name, draft.organization = name, organization
        self._show(self.screens.purpose)

    def _back_from_purpose(self) -> None:
        draft = self._require_draft()
        self._show(self.screens.identity if draft.returning else self.screens.details)

    def _purpose_chosen(self, purpose: str) -> None:
        from kiosk.models import Purpose

        self._require_draft().purpose = Purpose(purpose)
        self._show(self.screens.destination)

    def _group_requested(self) -> None:
        self.screens.group.reset()
        self._show(self.screens.group)

    def _group_given(self, size: int, per_person: bool, names: tuple[str, ...]) -> None:
        from kiosk.passes.layout import PassStyle

        draft = self._require_draft()
        draft.group_size = size
        draft.pass_style = PassStyle.PER_PERSON if per_person else PassStyle.ONE
        draft.member_names = names
        self.screens.destination.set_group(size, per_person)
        self._show(self.screens.destination)

    def _destination_chosen(self, destination: Destination) -> None:
        self._require_draft().destination = destination
        self._submit()

    def _consent_declined(self) -> None:
        from ui.texts import reception_hint

        self._draft = None  # nothing is kept, not even in memory
        self._message(self.tr("Please see the receptionist"),
                      self.tr("No problem: nothing about you was stored. The receptionist "
                              "will register your visit."), where=reception_hint())

    def _invitation_declined(self) -> None:
        from ui.texts import reception_hint

        self._message(self.tr("Please see the receptionist"),
                      self.tr("No problem: your visit is not registered here. The receptionist "
                              "will help you."), where=reception_hint())

    def _submit(self) -> None:
        from kiosk.errors import ValidationError
        from ui.texts import error_text

        draft = self._require_draft()
        request, style = draft.request(), draft.pass_style

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                # Only what the visitor can still change reaches here (the steps check the
                # rest); send them to the step that can fix it.
                first = error.errors[0]
                if first.field == "phone":
                    self.screens.phone.show_error(error_text("phone", first.code))
                    self._show(self.screens.phone)
                    return
                if first.field == "destination":
                    self.load_destinations()
                    self._show(self.screens.destination)
                    return
            self.recover(error)

        self.context.run(lambda ops: ops.check_in(request, style), self._checked_in, failed)

    def _checked_in(self, result: CheckInResult) -> None:
        self._draft = None
        self.screens.pass_ready.show_result(result)
        self._show(self.screens.pass_ready)
        self._pass_ready_timer.start(PASS_READY_SECONDS * 1000)
        self.checked_in.emit(result)
        self._follow_print(result)

    def _follow_print(self, result: CheckInResult) -> None:
        """Wait for the paper on the worker; the screen says when to take the card."""
        from kiosk.paper.printing import PrintError, PrintProblem
        from ui.visitor.pass_ready import PrintState

        job = result.print_job
        if job is None:
            return
        screen = self.screens.pass_ready

        def printed(_: object) -> None:
            if screen.current_visit() == result.visit.visit_id:
                screen.set_print_state(PrintState.PRINTED)

        def failed(error: BaseException) -> None:
            problem = error.problem if isinstance(error, PrintError) else PrintProblem.JOB_FAILED
            log.warning("card for %s not printed: %s", result.visit.pass_number, error)
            if screen.current_visit() == result.visit.visit_id:
                screen.set_print_state(PrintState.FAILED, problem)

        self.context.run_printing(lambda ops: ops.follow_print(job), printed, failed)

    def _print_again(self) -> None:
        screen = self.screens.pass_ready
        visit_id = screen.current_visit()
        if visit_id is None:
            return
        screen.again_button.setEnabled(False)
        self._pass_ready_timer.start(PASS_READY_SECONDS * 1000)

        def done(result: CheckInResult) -> None:
            screen.show_result(result)
            self._follow_print(result)

        style = screen.pass_style()
        self.context.run(lambda ops: ops.reprint(visit_id, style), done, self.recover)

    def _require_draft(self) -> VisitDraft:
        if self._draft is None:
            from ui.visitor.draft import VisitDraft

            self._draft = VisitDraft()
        return self._draft

    # --- invitations, check-out and scans --------------------------------------------------

    def start_invitation(self) -> None:
        entry = self.screens.code_entry
        entry.reset()
        entry.set_texts(self.tr("Your invitation"),
                        self.tr("Scan the QR code of your invitation, or type its code."),
                        self.tr("Find my invitation"), "AB12CD")
        self._show(entry)

    def start_check_out(self) -> None:
        entry = self.screens.code_entry
        entry.reset()
        entry.set_texts(self.tr("Check out"),
                        self.tr("Hold your visitor card under the scanner, or type the code "
                                "printed under its QR code."),
                        self.tr("Check out"), "7K3Q ZC4M")
        self._show(entry)

    def _code_typed(self, text: str) -> None:
        self._scan(text, on_error=self._show_code_error)

    def handle_scan(self, text: str) -> None:
        """The scanner read a code while no text field had the focus."""
        if self.current() is self._screens_staff():
            return  # never let a scan interrupt staff

        self._scan(text, on_error=self._refuse)

    def _scan(self, text: str, on_error: Callable[[CodeRefusedError], None]) -> None:
        from kiosk.errors import CodeRefusedError
        from kiosk.operations import CheckedOut, JustCheckedIn

        just_printed = (self.screens.pass_ready.current_visit()
                        if self.current() is self._screens_pass_ready() else None)

        def done(outcome: ScanOutcome) -> None:
            if isinstance(outcome, JustCheckedIn):
                return
            if isinstance(outcome, CheckedOut):
                self.checked_out.emit(outcome.visit)
                self.say_goodbye(outcome.visit.visitor_name)
            else:
                self.screens.invitation.show_invitation(outcome.invitation)
                self._show(self.screens.invitation)

        def failed(error: BaseException) -> None:
            if isinstance(error, CodeRefusedError):
                on_error(error)
            else:
                self.recover(error)

        self.context.run(lambda ops: ops.handle_scan(text, just_printed=just_printed), done,
                         failed)

    def _show_code_error(self, refusal: CodeRefusedError) -> None:
        """A typed code that did not work: a typo is fixed on the spot; an invitation that
        cannot be used gets the refusal screen, with its way on."""
        from kiosk.errors import ErrorCode
        from ui.texts import WALK_IN_AFTER, reception_hint, refusal_text

        if refusal.code in WALK_IN_AFTER and refusal.code is not ErrorCode.INVITATION_UNKNOWN:
            self._refuse(refusal)
        else:
            self.screens.code_entry.show_error(
                refusal_text(refusal, self.context.settings.zone) + " " + reception_hint())

    def _refuse(self, refusal: CodeRefusedError) -> None:
        """Why a code did nothing (an expired pass: since when), what to do next, where
        reception is; and, for an invitation that cannot be used, the way on as a walk-in
        visitor."""
        from ui.texts import WALK_IN_AFTER, reception_hint, refusal_text

        # The way on only while walk-ins work (not while the kiosk cannot read its places).
        walk_in = refusal.code in WALK_IN_AFTER and self.welcome.check_in_button.isEnabled()
        self._message(self.tr("Sorry"), refusal_text(refusal, self.context.settings.zone),
                      where=reception_hint(), walk_in=walk_in)

    def _redeem(self, code: str) -> None:
        from kiosk.errors import CodeRefusedError

        def failed(error: BaseException) -> None:
            if isinstance(error, CodeRefusedError):
                self._refuse(error)
            else:
                self.recover(error)

        self.context.run(lambda ops: ops.redeem_invitation(code), self._checked_in, failed)

    def say_goodbye(self, visitor_name: str) -> None:
        """The screen after a check-out."""
        self._message(self.tr("Goodbye, %1!").replace("%1", visitor_name),
                      self.tr("You are checked out. Thank you for visiting the %1.")
                      .replace("%1", self._building_name))

    def _message(self, headline: str, text: str, *, where: str = "",
                 walk_in: bool = False) -> None:
        self.screens.message.show_message(headline, text, where=where, walk_in=walk_in)
        self._show(self.screens.message)

    # --- today -----------------------------------------------------------------------------

    def show_today(self) -> None:
        def done(events: list[EventSummary]) -> None:
            self.screens.today.show_events(events)
            self._show(self.screens.today)

        self.context.run(lambda ops: ops.todays_events(), done, self.recover)

    # --- staff -----------------------------------------------------------------------------

    def _screens_pass_ready(self) -> QWidget | None:
        return self._screens.pass_ready if self._screens is not None else None

    def _screens_staff(self) -> QWidget | None:
        return self._screens.staff if self._screens is not None else None

    def start_staff(self) -> None:
        self.screens.staff.reset()
        self._show(self.screens.staff)

    def _verify_pin(self, pin: str) -> None:
        def done(check: PinCheck) -> None:
            staff = self.screens.staff
            if check.ok:
                self._unlocked = True
                self.close()
            elif check.no_pin_set:
                staff.show_message(self.tr("No staff PIN is set on this kiosk. An administrator "
                                           "sets one with: gic-kiosk set-pin"))
            elif check.locked_until is not None:
                until = check.locked_until.astimezone(self.context.settings.zone)
                staff.show_message(self.tr("Too many wrong PINs. Try again after %1.")
                                   .replace("%1", f"{until:%H:%M}"))
            else:
                staff.show_message(self.tr("Wrong PIN. %n attempt(s) left.", "",
                                           check.attempts_left))

        self.context.run(lambda ops: ops.verify_staff_pin(pin), done, self.recover)

    # --- idle, accessibility, closing time ------------------------------------------------

    def _build_overlay(self) -> QFrame:
        overlay = QFrame(self)
        overlay.setObjectName("idle-overlay")
        layout = QVBoxLayout(overlay)
        layout.setContentsMargins(40, 40, 40, 40)
        self._overlay_text = label("countdown", overlay, align=Qt.AlignmentFlag.AlignHCenter)
        self._overlay_button = QPushButton(overlay)
        self._overlay_button.setProperty("role", "primary")
        self._overlay_button.setText(self.tr("I am still here"))
        self._overlay_button.clicked.connect(self.idle.touch)
        layout.addWidget(self._overlay_text)
        layout.addWidget(self._overlay_button)
        overlay.hide()
        return overlay

    def _show_countdown(self, seconds: int) -> None:
        self._overlay_text.setText(
            self.tr("Are you still there? Starting over in %n second(s).", "", seconds))
        self._place_overlay()
        self._overlay.show()
        self._overlay.raise_()

    def _hide_countdown(self) -> None:
        self._overlay.hide()

    def _place_overlay(self) -> None:
        width = min(self.width() - 80, 900)
        self._overlay.setFixedWidth(max(width, 300))
        self._overlay.adjustSize()
        self._overlay.move((self.width() - self._overlay.width()) // 2,
                           (self.height() - self._overlay.height()) // 2)

    def _toggle_larger_text(self) -> None:
        self._larger_text = not self._larger_text
        self._apply_theme()

    def _toggle_high_contrast(self) -> None:
        self._high_contrast = not self._high_contrast
        self._apply_theme()

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, high_contrast=self._high_contrast, larger_text=self._larger_text)
        self.welcome.show_seeing(self._larger_text, self._high_contrast)

    def _close_day_if_due(self) -> None:
        settings = self.context.settings
        due = datetime.now(settings.zone).time() >= settings.hours.closing  # the building's time
        if due and not self._closed_today:
            self.context.run(lambda ops: ops.close_open_visits())
        self._closed_today = due

    @staticmethod
    def _something_went_wrong() -> str:
        from ui.texts import something_went_wrong

        return something_went_wrong()

    # --- Qt --------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._overlay.isVisible():
            self._place_overlay()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._overlay_button.setText(self.tr("I am still here"))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # In kiosk mode only staff, with the PIN, can close the window.
        if self.context.settings.fullscreen and not self._unlocked:
            event.ignore()
            return
        self._pass_ready_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
            app.removeEventFilter(self.idle)
        super().closeEvent(event)
