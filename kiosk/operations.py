"""The typed operations the kiosk, reception console and command line call.

Each operation is one unit of work and returns plain frozen data (never ORM rows or sessions),
so a result can cross from the database worker thread to the UI safely. Every method blocks:
the UI calls them on its database worker, never on the event loop.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from kiosk.bookings.events import EventSummary, events_between
from kiosk.bookings.operations import BookingOperations
from kiosk.building import catalogue
from kiosk.building.name import catalogue_file
from kiosk.config import Settings
from kiosk.data_requests.operations import DataRequestOperations
from kiosk.db.engine import open_device_database
from kiosk.db.types import utc_now
from kiosk.db.unit_of_work import Database
from kiosk.errors import (
    AlreadyCheckedOutError,
    CheckInHeldError,
    CodeRefusedError,
    ErrorCode,
    NotFoundError,
)
from kiosk.models import (
    ActivityKind,
    CheckoutKind,
    Device,
    Floor,
    Invitation,
    InvitationStatus,
    Organization,
    OrganizationKind,
    Room,
    SyncState,
    Visit,
)
from kiosk.models.building import RoomKind
from kiosk.organizations.directory import BUILDING_KINDS
from kiosk.organizations.operations import OrganizationOperations
from kiosk.paper.printing import (
    A4,
    A6,
    CARD_CR80,
    CupsPrinter,
    LABEL_62x100,
    Media,
    PrintError,
    PrintOutcome,
    print_or_save,
)
from kiosk.paper.printing import PrintProblem as PrintProblem
from kiosk.passes import scanning, tokens
from kiosk.passes.keys import load_keyring, read_keyring
from kiosk.passes.layout import LAYOUTS, PassLayout, PassStyle, render_pass, save_pass
from kiosk.rooms.operations import RoomOperations
from kiosk.safety import held
from kiosk.safety.deny_list import DenyListOperations
from kiosk.staff import pin as staff
from kiosk.staff.activity import ActivityEntry, ActivityQuery, record
from kiosk.staff.activity import search as search_activity
from kiosk.staff.operations import StaffOperations
from kiosk.staff.roles import Actor, Permission, require
from kiosk.sync import notices
from kiosk.visits import invitations
from kiosk.visits.check_in import (
    CheckInRequest,
    FloorGroup,
    VisitSummary,
    close_open_visits,
    pass_valid_until,
    summarise,
)
from kiosk.visits.check_in import check_in as check_in_visit
from kiosk.visits.check_in import check_out as check_out_visit
from kiosk.visits.check_in import visitors_in_building as visitors_by_floor
from kiosk.visits.history import VisitQuery, search_visits
from kiosk.visits.returning import Recall, recall_by_phone

log = logging.getLogger(__name__)

#: Rooms a visitor may be sent to directly (offices are reached through their organisation).
VISITABLE_KINDS = frozenset(RoomKind) - {RoomKind.OFFICE}


@dataclass(frozen=True)
class CheckInResult:
    visit: VisitSummary
    #: Where the pass PDF was saved; None when it could not be produced.
    pass_pdf: str | None
    #: Why the pass could not be produced. The visit is saved either way.
    pass_error: str | None = None
    #: The CUPS job printing the pass (follow it with :meth:`Operations.follow_print`); None
    #: when no badge printer is configured or the print could not start.
    print_job: str | None = None
    #: Why the print could not start (the printer is missing, stopped…).
    print_problem: PrintProblem | None = None
    print_detail: str = ""
    #: One card or one per person: a reprint keeps the visitor's choice.
    style: PassStyle = PassStyle.ONE

    @property
    def printing(self) -> bool:
        return self.print_job is not None


@dataclass(frozen=True)
class RoomChoice:
    id: uuid.UUID
    code: str
    name_id: str
    name_en: str
    kind: RoomKind


@dataclass(frozen=True)
class FloorChoice:
    id: uuid.UUID
    number: int
    name_id: str
    name_en: str
    rooms: tuple[RoomChoice, ...]


@dataclass(frozen=True)
class HostChoice:
    id: uuid.UUID
    name: str
    floor_number: int | None
    #: The kiosk lists government offices apart from tenants and partners.
    kind: OrganizationKind = OrganizationKind.TENANT


@dataclass(frozen=True)
class Destinations:
    """Everything a visitor can say they are going to."""

    floors: tuple[FloorChoice, ...]
    hosts: tuple[HostChoice, ...]
    #: Today's trainings, meetings and events, by start time.
    events: tuple[EventSummary, ...] = ()


@dataclass(frozen=True)
class CheckedOut:
    """A scanned pass closed its visit: say goodbye."""

    visit: VisitSummary


@dataclass(frozen=True)
class InvitationFound:
    """A scanned invitation, waiting for the guest's confirmation."""

    invitation: invitations.InvitationSummary


@dataclass(frozen=True)
class JustCheckedIn:
    """The card of the visit on the "you are checked in" screen: ignored, not a check-out."""

    visit_id: uuid.UUID


ScanOutcome = CheckedOut | InvitationFound | JustCheckedIn


@dataclass(frozen=True)
class Slip:
    """An invitation slip ready to print: the PDF, its file name, the day it is for."""

    pdf: bytes
    name: str
    day: date

#: The paper each pass layout prints on.
BADGE_MEDIA: dict[str, Media] = {
    "label-62x100": LABEL_62x100, "card-cr80": CARD_CR80, "a6": A6, "a4-sheet": A4,
}

_REFUSALS = {
    tokens.TokenRefusal.MALFORMED: ErrorCode.CODE_GARBLED,
    tokens.TokenRefusal.UNSUPPORTED_VERSION: ErrorCode.CODE_GARBLED,
    tokens.TokenRefusal.WRONG_KIND: ErrorCode.CODE_GARBLED,
    tokens.TokenRefusal.OTHER_SITE: ErrorCode.PASS_OTHER_SITE,
    tokens.TokenRefusal.UNKNOWN_KEY: ErrorCode.PASS_FORGED,
    tokens.TokenRefusal.BAD_SIGNATURE: ErrorCode.PASS_FORGED,
    tokens.TokenRefusal.EXPIRED: ErrorCode.PASS_EXPIRED,
}


class Operations:
    """The application's services over one device database."""

    def __init__(self, settings: Settings, database: Database, device_id: uuid.UUID,
                 keyring: tokens.Keyring, clock: Callable[[], datetime] = utc_now,
                 printer: CupsPrinter | None = None) -> None:
        self.settings = settings
        self.database = database
        self.device_id = device_id
        self._keyring = keyring
        self._keys_stamp = self._keys_file_stamp()
        self.clock = clock
        self.printer = printer or CupsPrinter()
        self.bookings = BookingOperations(settings, database, clock)
        self.organizations = OrganizationOperations(database, clock)
        self.rooms = RoomOperations(database, clock)
        self.staff = StaffOperations(database, clock, device_id)
        self.deny_list = DenyListOperations(settings, database, clock, device_id)
        self.data_requests = DataRequestOperations.of(self)

    @classmethod
    def open(cls, settings: Settings, clock: Callable[[], datetime] = utc_now) -> Operations:
        """Open, check and migrate the device database, register this device and, on a fresh
        install, seed the floors and rooms from the building file."""
        keyring = load_keyring(settings, clock())
        database = open_device_database(settings.database_path)
        try:
            with database.unit_of_work() as session:
                device = session.scalars(select(Device).limit(1)).first()
                if device is None:
                    device = Device(id=uuid.uuid4(), name=settings.device_name)
                    session.add(device)
                device_id = device.id
                changes = catalogue.CatalogueChanges()
                # The file seeds a fresh install only. Afterwards the rooms are what managers
                # made of them (ops.rooms) and, once synced, what the central database holds:
                # applying the file again would undo both.
                fresh = (session.scalars(select(Floor.id).limit(1)).first() is None
                         and not session.scalar(select(SyncState.cursor)))
                if fresh:
                    changes = catalogue.apply_catalogue(
                        session, catalogue.read_catalogue(catalogue_file(settings)))
        except BaseException:
            database.dispose()
            raise
        if not changes.unchanged:
            log.info("building file: %d floors and rooms added", len(changes.added))
        return cls(settings, database, device_id, keyring, clock)

    def close(self) -> None:
        self.database.dispose()

    def __enter__(self) -> Operations:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def command_line(self) -> Actor:
        """Who acts when a command is run on this device (an administrator: see
        :meth:`Actor.command_line`)."""
        return Actor.command_line(self.device_id)

    @property
    def keyring(self) -> tokens.Keyring:
        """The site's keys, read again whenever the key file changes: a kiosk that runs for
        weeks picks up `gic-kiosk rotate-key` (or a copied file) without a restart."""
        stamp = self._keys_file_stamp()
        if stamp is not None and stamp != self._keys_stamp:
            self._keyring = read_keyring(self.settings)
            self._keys_stamp = stamp
            log.info("site keys reloaded: signing with key %d", self._keyring.signing_key.key_id)
        return self._keyring

    def _keys_file_stamp(self) -> int | None:
        try:
            return self.settings.site_keys_path.stat().st_mtime_ns
        except OSError:
            return None

    def last_invitation_day(self) -> datetime | None:
        """When the last outstanding invitation ends (a rotated-out key must verify it)."""
        with self.database.reading() as session:
            return session.scalar(
                select(func.max(Invitation.expected_until)).where(
                    Invitation.status == InvitationStatus.PENDING,
                    Invitation.deleted_at.is_(None),
                )
            )

    def check_in(self, request: CheckInRequest,
                 style: PassStyle = PassStyle.ONE) -> CheckInResult:
        """Check a visitor in, then produce the pass. The visit is committed before the pass
        is drawn, so a failing pass never loses a check-in. A visitor on the deny list is
        held instead: no visit, :class:`CheckInHeldError` (reception decides)."""
        with self.database.unit_of_work() as session:
            held_id = held.hold_check_in(session, request, str(style), now=self.clock(),
                                         device_id=self.device_id)
            if held_id is None:
                visit = check_in_visit(session, request, now=self.clock(),
                                       device_id=self.device_id)
                summary = summarise(session, [visit])[0]
        if held_id is not None:
            raise CheckInHeldError(held_id)
        return self._with_pass(summary, style)

    def check_in_at_desk(self, request: CheckInRequest, actor: Actor,
                         style: PassStyle = PassStyle.ONE) -> CheckInResult:
        """Reception checks in a visitor the kiosk sent to the desk (no consent on screen,
        trouble with the kiosk, a VIP): the kiosk's own check-in, recorded with who did it;
        the pass goes to this desk's badge printer."""
        require(actor, Permission.VISITORS)
        with self.database.unit_of_work() as session:
            visit = check_in_visit(session, request, now=self.clock(), device_id=self.device_id)
            summary = summarise(session, [visit])[0]
            record(session, actor, self.clock(), ActivityKind.VISIT, "check_in", visit.id,
                   summary.pass_number)
        return self._with_pass(summary, style)

    def recall(self, phone: str) -> Recall:
        """Visitors known under a phone number, masked for the screen."""
        with self.database.reading() as session:
            return recall_by_phone(session, phone)

    def handle_scan(self, text: str, *, just_printed: uuid.UUID | None = None) -> ScanOutcome:
        """A pass scanned on the way out checks its visit out; an invitation is looked up for
        the guest to confirm. Anything else raises :class:`CodeRefusedError`.

        A scanned pass is honoured only if its signed token verifies (offline, here); a typed
        pass number is the fallback for a card the scanner cannot read."""
        scan = scanning.read_scan(text)
        visit_id = None
        if scan.kind is scanning.ScanKind.TOKEN:
            token = self.verify_token(scan.token)
            if token.kind is tokens.TokenKind.INVITATION:
                return InvitationFound(self.find_invitation_by_id(token.subject_id))
            visit_id = token.subject_id
            if visit_id == just_printed:
                # A visitor trying the card they were just given under the scanner is not
                # leaving: nothing happens.
                return JustCheckedIn(visit_id)
        elif scan.kind is scanning.ScanKind.INVITATION:
            return InvitationFound(self.find_invitation(scan.invitation_code))
        try:
            return CheckedOut(self.check_out(visit_id=visit_id,
                                             pass_number=scan.pass_number or None))
        except NotFoundError as exc:
            raise CodeRefusedError(ErrorCode.PASS_UNKNOWN, text) from exc
        except AlreadyCheckedOutError as exc:
            raise CodeRefusedError(ErrorCode.PASS_ALREADY_OUT, text) from exc

    def verify_token(self, text: str) -> tokens.Token:
        """A scanned token's contents, or :class:`CodeRefusedError` saying why not."""
        try:
            return tokens.verify(self.keyring, text, now=self.clock())
        except tokens.TokenError as exc:
            raise CodeRefusedError(_REFUSALS[exc.reason], str(exc.reason),
                                   expired_at=exc.expired_at) from exc

    def find_invitation(self, code: str) -> invitations.InvitationSummary:
        with self.database.reading() as session:
            invitation = invitations.find_invitation(session, code, now=self.clock())
            return self._signed(invitations.describe_invitation(session, invitation))

    def find_invitation_by_id(self, invitation_id: uuid.UUID) -> invitations.InvitationSummary:
        with self.database.reading() as session:
            row = session.get(Invitation, invitation_id)
            code = row.code if row is not None else "?"
        return self.find_invitation(code)

    def _signed(self, summary: invitations.InvitationSummary) -> invitations.InvitationSummary:
        """The invitation with its QR payload: a token signed like a pass."""
        token = tokens.sign(self.keyring, tokens.TokenKind.INVITATION, summary.invitation_id,
                            summary.expected_until)
        return dataclasses.replace(summary, qr_payload=token)

    def pass_pdf(self, visit_id: uuid.UUID, layout: PassLayout | None = None,
                 style: PassStyle = PassStyle.ONE) -> bytes:
        """A visit's pass, again (reception's reprint). A pass past its time prints VOID."""
        with self.database.reading() as session:
            visit = session.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError("visit", visit_id)
            summary = summarise(session, [visit])[0]
        valid_until = self._valid_until(summary)
        return render_pass(summary, self.settings.zone, qr=self._pass_token(summary),
                           valid_until=valid_until, layout=layout or self.badge_layout,
                           style=style, void=self.clock() > valid_until,
                           site_name=self.building_name)

    @functools.cached_property
    def building_name(self) -> str:
        """The building's name as the building file gives it, for the passes (read once)."""
        return catalogue.read_catalogue(catalogue_file(self.settings)).building_name

    @property
    def badge_layout(self) -> PassLayout:
        return LAYOUTS[self.settings.printers.badge_layout]

    def _valid_until(self, summary: VisitSummary) -> datetime:
        return pass_valid_until(summary.checked_in_at, self.settings.zone,
                                self.settings.hours.closing)

    def _pass_token(self, summary: VisitSummary) -> str:
        return tokens.sign(self.keyring, tokens.TokenKind.VISIT_PASS, summary.visit_id,
                           self._valid_until(summary))

    def redeem_invitation(self, code: str) -> CheckInResult:
        """An invited guest checks in; one on the deny list is held, like :meth:`check_in`."""
        with self.database.unit_of_work() as session:
            held_id = held.hold_invitation(session, code, now=self.clock(),
                                           device_id=self.device_id)
            if held_id is None:
                visit = invitations.redeem_invitation(session, code, now=self.clock(),
                                                      device_id=self.device_id)
                summary = summarise(session, [visit])[0]
        if held_id is not None:
            raise CheckInHeldError(held_id)
        return self._with_pass(summary, PassStyle.ONE)

    def admit_held(self, held_id: uuid.UUID, actor: Actor) -> CheckInResult:
        """Reception lets a held visitor in: the visit they asked for, its pass on this
        desk's badge printer, as a desk check-in does."""
        summary, style = self.deny_list.admit(held_id, actor)
        return self._with_pass(summary, PassStyle(style))

    def create_invitation(self, request: invitations.InvitationRequest, actor: Actor
                          ) -> invitations.InvitationSummary:
        require(actor, Permission.INVITATIONS)
        with self.database.unit_of_work() as session:
            invitation = invitations.create_invitation(session, request)
            record(session, actor, self.clock(), ActivityKind.INVITATION, "add", invitation.id,
                   invitation.code)
            return self._signed(invitations.describe_invitation(session, invitation))

    def invitations_between(self, actor: Actor, first_day: date, last_day: date
                            ) -> list[invitations.InvitationSummary]:
        """Guests expected from ``first_day`` to ``last_day`` (the building's days), soonest
        first, used and cancelled ones too."""
        require(actor, Permission.INVITATIONS)
        zone = self.settings.zone
        start = datetime.combine(first_day, time(0), zone)
        end = datetime.combine(last_day + timedelta(days=1), time(0), zone)
        with self.database.reading() as session:
            return [self._signed(s) for s in invitations.invitations_between(session, start, end)]

    def cancel_invitation(self, invitation_id: uuid.UUID, actor: Actor
                          ) -> invitations.InvitationSummary:
        require(actor, Permission.INVITATIONS)
        with self.database.unit_of_work() as session:
            invitation = invitations.cancel_invitation(session, invitation_id)
            record(session, actor, self.clock(), ActivityKind.INVITATION, "cancel",
                   invitation.id, invitation.code)
            return self._signed(invitations.describe_invitation(session, invitation))

    def invitation_slip(self, invitation_id: uuid.UUID, actor: Actor) -> Slip:
        """The guest's slip (A6: the code and its QR code), recorded as printed by ``actor``;
        :meth:`send_slip` prints it, away from the database worker."""
        from kiosk.passes.slip import render_invitation_slip

        require(actor, Permission.PRINT)
        with self.database.unit_of_work() as session:
            invitation = session.get(Invitation, invitation_id)
            if invitation is None:
                raise NotFoundError("invitation", invitation_id)
            summary = self._signed(invitations.describe_invitation(session, invitation))
            record(session, actor, self.clock(), ActivityKind.INVITATION, "print",
                   invitation.id, invitation.code)
        pdf = render_invitation_slip(summary, self.settings.zone, self.building_name)
        day = summary.expected_from.astimezone(self.settings.zone).date()
        return Slip(pdf, f"invitation-{summary.code}.pdf", day)

    def send_slip(self, slip: Slip) -> PrintOutcome:
        """The slip on this desk's A4 printer at its real size, or saved when there is none;
        a copy is kept either way. Raises :class:`PrintError` when the print fails."""
        # A4, not A6: an office printer asked for A6 paper holds the job until someone
        # loads it; the slip prints at its real size on the A4 sheet, ready to cut.
        return print_or_save(slip.pdf, slip.name, self.settings.printers.a4, A4,
                             self.settings.pdf_path / slip.day.isoformat(), self.printer)

    def set_staff_pin(self, pin: str) -> None:
        with self.database.unit_of_work() as session:
            staff.set_staff_pin(session, self.device_id, pin)

    def verify_staff_pin(self, pin: str) -> staff.PinCheck:
        """The device's PIN, or a manager's or administrator's own, leaves kiosk mode.
        Counted even when wrong: the unit of work commits the failure count."""
        with self.database.unit_of_work() as session:
            check = staff.verify_staff_pin(session, self.device_id, pin, self.clock())
            if check.holder is not None:
                record(session, check.holder, self.clock(), ActivityKind.STAFF, "leave_kiosk",
                       self.device_id, self.settings.device_name)
            return check

    def todays_events(self) -> list[EventSummary]:
        start, end = self._today()
        with self.database.reading() as session:
            return events_between(session, start, end)

    def unseen_notices(self) -> list[notices.NoticeSummary]:
        with self.database.reading() as session:
            return notices.unseen(session)

    def mark_notices_seen(self, ids: list[uuid.UUID]) -> None:
        with self.database.unit_of_work() as session:
            notices.mark_seen(session, ids, self.clock())

    def close_open_visits(self) -> int:
        """Visits still open after closing time become AUTOMATIC check-outs."""
        with self.database.unit_of_work() as session:
            return close_open_visits(session, now=self.clock(), zone=self.settings.zone,
                                     closing=self.settings.hours.closing)

    def _today(self) -> tuple[datetime, datetime]:
        zone = self.settings.zone
        day = self.clock().astimezone(zone).date()
        start = datetime.combine(day, time(0), zone)
        return start, start + timedelta(days=1)

    def _with_pass(self, summary: VisitSummary, style: PassStyle) -> CheckInResult:
        """Draw, keep and send the pass to the badge printer. Returns as soon as CUPS has
        accepted the job; :meth:`follow_print` waits for the paper."""
        valid_until = self._valid_until(summary)
        try:
            pdf = render_pass(summary, self.settings.zone, qr=self._pass_token(summary),
                              valid_until=valid_until, layout=self.badge_layout, style=style,
                              void=self.clock() > valid_until, site_name=self.building_name)
            path = save_pass(pdf, summary, self.settings.pdf_path, self.settings.zone)
        except Exception as exc:  # the visit stands whatever happens to its pass
            log.exception("pass for visit %s could not be made", summary.visit_id)
            return CheckInResult(summary, None, str(exc), style=style)
        queue = self.settings.printers.badge
        if not queue:
            return CheckInResult(summary, str(path), style=style)
        try:
            outcome = self.printer.print_pdf(path, queue, self.badge_media, wait=False)
        except PrintError as exc:
            log.warning("pass %s not printed: %s %s", summary.pass_number, exc.problem,
                        exc.detail)
            return CheckInResult(summary, str(path), print_problem=exc.problem,
                                 print_detail=exc.detail, style=style)
        return CheckInResult(summary, str(path), print_job=outcome.job_id, style=style)

    def follow_print(self, job_id: str) -> None:
        """Wait until the badge printer has printed the job; :class:`PrintError` otherwise
        (a stopped or failing job is cancelled, so a stale card never comes out later)."""
        self.printer.wait(job_id, self.settings.printers.badge)

    def reprint(self, visit_id: uuid.UUID, style: PassStyle = PassStyle.ONE) -> CheckInResult:
        """The pass again, on the badge printer (or saved): the kiosk's "print again" and
        reception's reprint. A visit that has left (or was deleted) gets no new card; one whose
        time has passed prints VOID."""
        with self.database.reading() as session:
            visit = session.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise NotFoundError("visit", visit_id)
            if visit.checked_out_at is not None:
                raise AlreadyCheckedOutError(str(visit_id))
            summary = summarise(session, [visit])[0]
        return self._with_pass(summary, style)

    def reprint_at_desk(self, visit_id: uuid.UUID, actor: Actor) -> CheckInResult:
        """Reception's reprint of a visitor's card, recorded with who asked for it."""
        require(actor, Permission.PRINT)
        result = self.reprint(visit_id)
        with self.database.unit_of_work() as session:
            record(session, actor, self.clock(), ActivityKind.VISIT, "reprint", visit_id,
                   result.visit.pass_number)
        return result

    @property
    def badge_media(self) -> Media:
        return BADGE_MEDIA[self.settings.printers.badge_layout]

    def check_out(self, *, visit_id: uuid.UUID | None = None, pass_number: str | None = None,
                  kind: CheckoutKind = CheckoutKind.SCAN) -> VisitSummary:
        with self.database.unit_of_work() as session:
            visit = check_out_visit(session, now=self.clock(), kind=kind, visit_id=visit_id,
                                    pass_number=pass_number)
            return summarise(session, [visit])[0]

    def check_out_at_desk(self, visit_id: uuid.UUID, actor: Actor) -> VisitSummary:
        """Reception checks a visitor out (one who left without scanning), recorded."""
        require(actor, Permission.VISITORS)
        with self.database.unit_of_work() as session:
            visit = check_out_visit(session, now=self.clock(), kind=CheckoutKind.RECEPTION,
                                    visit_id=visit_id)
            summary = summarise(session, [visit])[0]
            record(session, actor, self.clock(), ActivityKind.VISIT, "check_out", visit_id,
                   summary.pass_number)
            return summary

    def served_by(self, visit_id: uuid.UUID, actor: Actor) -> list[ActivityEntry]:
        """Who at reception checked this visit in or out, or reprinted its card, oldest
        first (none: the visitor used the kiosk)."""
        require(actor, Permission.VISITORS)
        with self.database.reading() as session:
            found = search_activity(session, ActivityQuery(kind=ActivityKind.VISIT,
                                                           subject_id=visit_id))
        return sorted(found, key=lambda entry: entry.at)

    def visitors_in_building(self) -> list[FloorGroup]:
        with self.database.reading() as session:
            return visitors_by_floor(session)

    def visit_history(self, query: VisitQuery, actor: Actor) -> list[VisitSummary]:
        """Past and present visits matching ``query``, newest first
        (:mod:`kiosk.visits.history`)."""
        require(actor, Permission.VISITORS)
        with self.database.reading() as session:
            return search_visits(session, query, self.settings.zone)

    def destinations(self) -> Destinations:
        with self.database.reading() as session:
            floors = list(
                session.scalars(
                    select(Floor).where(Floor.deleted_at.is_(None)).order_by(Floor.number)
                )
            )
            rooms = list(
                session.scalars(
                    select(Room)
                    .where(Room.deleted_at.is_(None), Room.kind.in_(VISITABLE_KINDS))
                    .order_by(Room.code)
                )
            )
            hosts = list(
                session.scalars(
                    select(Organization)
                    .where(
                        Organization.deleted_at.is_(None),
                        Organization.retired_at.is_(None),
                        Organization.kind.in_(BUILDING_KINDS),
                    )
                    .order_by(Organization.name)
                )
            )
            start, end = self._today()
            events = events_between(session, start, end)
            floor_numbers = {f.id: f.number for f in floors}
            room_floors = {r.id: floor_numbers.get(r.floor_id) for r in rooms}
            return Destinations(
                floors=tuple(
                    FloorChoice(
                        f.id, f.number, f.name_id, f.name_en,
                        tuple(RoomChoice(r.id, r.code, r.name_id, r.name_en, r.kind)
                              for r in rooms if r.floor_id == f.id),
                    )
                    for f in floors
                ),
                hosts=tuple(
                    HostChoice(
                        o.id, o.name,
                        floor_numbers.get(o.floor_id) if o.floor_id
                        else room_floors.get(o.room_id) if o.room_id else None,
                        o.kind,
                    )
                    for o in hosts
                ),
                events=tuple(events),
            )
