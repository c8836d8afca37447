"""Staff accounts and roles: the first administrator, signing in with its lock-out (which
survives a restart), what each role may do (every guarded operation, both ways), the activity
record, a manager's PIN leaving kiosk mode, and secrets that never reach a log."""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kiosk.bookings.booking import BookingRequest, Scope
from kiosk.building.catalogue import room_id
from kiosk.config import Settings
from kiosk.errors import ErrorCode, ValidationError
from kiosk.models import ActivityKind, ClosureScope, OutboxEntry, Purpose, Role
from kiosk.operations import Operations
from kiosk.organizations.directory import OrganizationFields
from kiosk.rooms.directory import RoomFields
from kiosk.staff.accounts import SignInRefusal
from kiosk.staff.activity import ActivityQuery
from kiosk.staff.lockout import LOCK_MINUTES, MAX_ATTEMPTS
from kiosk.staff.roles import PERMISSIONS, Actor, Permission, PermissionDeniedError
from kiosk.visits.check_in import CheckInRequest
from kiosk.visits.history import VisitQuery
from kiosk.visits.invitations import InvitationRequest
from tests.conftest import MORNING

PASSWORD = "kopi-tubruk-pagi"
ADMIN_PIN = "482916"


class Clock:
    def __init__(self, now: datetime = MORNING) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ops(settings: Settings, clock: Clock) -> Iterator[Operations]:
    operations = Operations.open(settings, clock=clock)
    yield operations
    operations.close()


@pytest.fixture
def people(ops: Operations) -> dict[Role, Actor]:
    """The first administrator, and a manager and a receptionist the administrator added."""
    admin = ops.staff.create_first_admin("admin", "Ayu Lestari", PASSWORD, ADMIN_PIN)
    for login, name, role in (("budi", "Budi Santoso", Role.MANAGER),
                              ("siti", "Siti Aminah", Role.RECEPTIONIST)):
        ops.staff.add(admin, login, name, role, PASSWORD)
    signed = {role: ops.staff.sign_in(login, PASSWORD).actor
              for login, role in (("budi", Role.MANAGER), ("siti", Role.RECEPTIONIST))}
    return {Role.ADMIN: admin, **{r: a for r, a in signed.items() if a is not None}}


def test_the_roles_are_what_the_building_agreed() -> None:
    reception = {Permission.VISITORS, Permission.INVITATIONS, Permission.BOOK, Permission.PRINT}
    manager = reception | {Permission.APPROVE, Permission.CLOSURES, Permission.ROOMS,
                           Permission.ORGANIZATIONS, Permission.REPORTS, Permission.PRIVACY,
                           Permission.ACTIVITY, Permission.LEAVE_KIOSK}
    assert PERMISSIONS[Role.RECEPTIONIST] == reception
    assert PERMISSIONS[Role.MANAGER] == manager
    assert PERMISSIONS[Role.ADMIN] == manager | {Permission.STAFF, Permission.DEVICES,
                                                 Permission.KEYS}


def test_the_first_administrator_is_made_once(ops: Operations) -> None:
    assert ops.staff.has_accounts() is False
    admin = ops.staff.create_first_admin("Admin", "Ayu Lestari", PASSWORD)
    assert (admin.name, admin.role, admin.device_id) == ("Ayu Lestari", Role.ADMIN,
                                                         ops.device_id)
    assert ops.staff.has_accounts() is True
    with pytest.raises(ValidationError) as again:
        ops.staff.create_first_admin("kedua", "Orang Lain", PASSWORD)
    assert again.value.codes() == {"login": ErrorCode.STAFF_EXISTS}
    assert ops.staff.sign_in("ADMIN ", PASSWORD).ok  # the login is folded


@pytest.mark.parametrize(("login", "name", "password", "codes"), [
    ("rina", "Rina", "pendek", {"password": ErrorCode.PASSWORD_TOO_SHORT}),
    ("rina", "Rina", "password123", {"password": ErrorCode.PASSWORD_TOO_COMMON}),
    ("rina", "Rina", "rina-resepsionis", {"password": ErrorCode.PASSWORD_TOO_COMMON}),
    ("rina", "Rina", "aaaaaaaaaa", {"password": ErrorCode.PASSWORD_TOO_COMMON}),
    ("rina", "Rina", "x" * 120 + "abcdefghij", {"password": ErrorCode.PASSWORD_TOO_LONG}),
    ("si ti", "", "", {"login": ErrorCode.LOGIN_INVALID, "name": ErrorCode.REQUIRED,
                       "password": ErrorCode.REQUIRED}),
    ("SITI", "Siti", PASSWORD, {"login": ErrorCode.LOGIN_EXISTS}),
])
def test_an_unusable_account_is_refused_field_by_field_and_nothing_is_saved(
        ops: Operations, people: dict[Role, Actor], login: str, name: str, password: str,
        codes: dict[str, ErrorCode]) -> None:
    before = len(ops.staff.roster(people[Role.ADMIN]))
    with pytest.raises(ValidationError) as refused:
        ops.staff.add(people[Role.ADMIN], login, name, "resepsionis", password)
    assert refused.value.codes() == codes
    assert len(ops.staff.roster(people[Role.ADMIN])) == before


def test_five_wrong_passwords_lock_the_account_even_after_a_restart(
        settings: Settings, clock: Clock) -> None:
    with Operations.open(settings, clock=clock) as ops:
        ops.staff.create_first_admin("admin", "Ayu Lestari", PASSWORD)
        for left in range(MAX_ATTEMPTS - 1, 0, -1):
            refused = ops.staff.sign_in("admin", "salah-lagi-ya")
            assert (refused.refusal, refused.attempts_left) == (SignInRefusal.WRONG, left)
        locked = ops.staff.sign_in("admin", "salah-lagi-ya")
        assert locked.refusal is SignInRefusal.LOCKED
        assert locked.locked_until == MORNING + timedelta(minutes=LOCK_MINUTES)
    with Operations.open(settings, clock=clock) as ops:  # the desk restarted
        still = ops.staff.sign_in("admin", PASSWORD)
        assert (still.ok, still.refusal) == (False, SignInRefusal.LOCKED)
        clock.now = MORNING + timedelta(minutes=LOCK_MINUTES)
        assert ops.staff.sign_in("admin", PASSWORD).ok
        # A right password starts the count again.
        assert ops.staff.sign_in("admin", "salah").attempts_left == MAX_ATTEMPTS - 1
        # Locked again, then a new password (the way back for someone locked out) lifts it.
        for _ in range(MAX_ATTEMPTS):
            ops.staff.sign_in("admin", "salah")
        admin = ops.staff.sign_in("admin", PASSWORD)
        assert admin.refusal is SignInRefusal.LOCKED
        with ops.database.reading() as session:
            from kiosk.staff.accounts import accounts_named

            account_id = accounts_named(session, "admin")[0].id
        ops.staff.set_password(Actor.command_line(), account_id, "teh-manis-hangat")
        assert ops.staff.sign_in("admin", "teh-manis-hangat").ok


def test_a_wrong_name_is_refused_like_a_wrong_password_and_a_disabled_account_only_to_its_owner(
        ops: Operations, people: dict[Role, Actor]) -> None:
    assert ops.staff.sign_in("tidak-ada", PASSWORD).refusal is SignInRefusal.WRONG
    assert ops.staff.sign_in("siti", "bukan-sandinya").refusal is SignInRefusal.WRONG
    siti = people[Role.RECEPTIONIST]
    assert siti.staff_id is not None
    ops.staff.disable(people[Role.ADMIN], siti.staff_id)
    assert ops.staff.sign_in("siti", "bukan-sandinya").refusal is SignInRefusal.WRONG
    assert ops.staff.sign_in("siti", PASSWORD).refusal is SignInRefusal.DISABLED
    ops.staff.enable(people[Role.ADMIN], siti.staff_id)
    assert ops.staff.sign_in("siti", PASSWORD).ok


def test_an_idle_console_unlocks_with_the_same_persons_password_or_pin(
        ops: Operations, people: dict[Role, Actor]) -> None:
    siti = people[Role.RECEPTIONIST]
    assert siti.staff_id is not None
    assert ops.staff.unlock(siti, PASSWORD).actor == siti
    assert not ops.staff.unlock(siti, "1357").ok  # no PIN yet
    ops.staff.change_own(siti, PASSWORD, pin="1357")  # her own: no administrator needed
    assert ops.staff.unlock(siti, "1357").actor == siti
    assert ops.staff.unlock(siti, "7531").refusal is SignInRefusal.WRONG


def test_the_building_always_keeps_an_administrator(ops: Operations,
                                                    people: dict[Role, Actor]) -> None:
    admin = people[Role.ADMIN]
    assert admin.staff_id is not None
    for change in (lambda: ops.staff.disable(admin, admin.staff_id),  # type: ignore[arg-type]
                   lambda: ops.staff.set_role(admin, admin.staff_id,  # type: ignore[arg-type]
                                              Role.MANAGER)):
        with pytest.raises(ValidationError) as refused:
            change()
        assert refused.value.codes() == {"role": ErrorCode.LAST_ADMIN}
    budi = people[Role.MANAGER]
    assert budi.staff_id is not None
    ops.staff.set_role(admin, budi.staff_id, "administrator")
    ops.staff.set_role(admin, admin.staff_id, Role.MANAGER)  # now there is another


def _booking(ops: Operations, actor: Actor) -> uuid.UUID:
    start = MORNING + timedelta(days=1)
    return ops.bookings.book(BookingRequest(room_id("4.03"), "Rapat", start,
                                            start + timedelta(hours=1), attendees=4),
                             actor).booking_ids[0]


def _hall_booking(ops: Operations, actor: Actor) -> uuid.UUID:
    """A booking that waits for approval (the hall needs it)."""
    start = MORNING + timedelta(days=2)
    return ops.bookings.book(BookingRequest(room_id("10.01"), "Pameran", start,
                                            start + timedelta(hours=2), attendees=50),
                             actor).booking_ids[0]


#: A guarded call: (operations, the person acting, an administrator who prepares what the
#: call needs).
Guarded = Callable[[Operations, Actor, Actor], Any]
#: Every guarded operation, with what it needs: (name, permission, call).
GUARDED: list[tuple[str, Permission, Guarded]] = [
    ("book", Permission.BOOK, lambda ops, a, admin: _booking(ops, a)),
    ("edit", Permission.BOOK, lambda ops, a, admin: ops.bookings.edit(
        _booking(ops, admin), BookingRequest(
            room_id("4.03"), "Rapat (pindah)", MORNING + timedelta(days=1, hours=2),
            MORNING + timedelta(days=1, hours=3), attendees=4), Scope.ONE, a)),
    ("cancel", Permission.BOOK, lambda ops, a, admin: ops.bookings.cancel(
        _booking(ops, admin), Scope.ONE, a)),
    ("export a booking", Permission.BOOK, lambda ops, a, admin: ops.bookings.ics(
        _booking(ops, admin), a)),
    ("approve", Permission.APPROVE, lambda ops, a, admin: ops.bookings.approve(
        _hall_booking(ops, admin), Scope.ONE, a)),
    ("reject", Permission.APPROVE, lambda ops, a, admin: ops.bookings.reject(
        _hall_booking(ops, admin), Scope.ONE, "Dipakai acara kota", a)),
    ("close", Permission.CLOSURES, lambda ops, a, admin: ops.bookings.close(
        ClosureScope.ROOM, MORNING + timedelta(days=3), MORNING + timedelta(days=3, hours=4),
        "Perawatan", a, room_id=room_id("4.03"))),
    ("reopen", Permission.CLOSURES, lambda ops, a, admin: ops.bookings.reopen(ops.bookings.close(
        ClosureScope.ROOM, MORNING + timedelta(days=3), MORNING + timedelta(days=3, hours=4),
        "Perawatan", admin, room_id=room_id("4.03"))[0], a)),
    ("add organisation", Permission.ORGANIZATIONS, lambda ops, a, admin: ops.organizations.add(
        OrganizationFields("Kopi Situ Gintung", "tenant"), a)),
    ("edit organisation", Permission.ORGANIZATIONS, lambda ops, a, admin: ops.organizations.edit(
        ops.organizations.add(OrganizationFields("Batik Ciputat", "tenant"),
                              admin).id,
        OrganizationFields("Batik Ciputat Asli", "tenant"), (), a)),
    ("retire organisation", Permission.ORGANIZATIONS,
     lambda ops, a, admin: ops.organizations.retire(
        ops.organizations.add(OrganizationFields("Sambal Bu Rudy", "tenant"),
                              admin).id, a)),
    ("import organisations", Permission.ORGANIZATIONS, lambda ops, a, admin: ops.organizations
     .import_rows([], a)),
    ("add a room", Permission.ROOMS, lambda ops, a, admin: ops.rooms.add(
        RoomFields("4.07", "Ruang Kenanga", "Kenanga Room", "meeting", 10), a)),
    ("change a room", Permission.ROOMS, lambda ops, a, admin: ops.rooms.edit(
        room_id("4.06"), dataclasses.replace(_fields_of(ops, "4.06"), capacity=9), a)),
    ("retire a room", Permission.ROOMS,
     lambda ops, a, admin: ops.rooms.retire(room_id("4.06"), a)),
    ("bring a room back", Permission.ROOMS, lambda ops, a, admin: ops.rooms.bring_back(
        ops.rooms.retire(room_id("4.06"), admin).id, a)),
    ("invite", Permission.INVITATIONS, lambda ops, a, admin: ops.create_invitation(
        InvitationRequest(guest_name="Tamu", phone="081234567890", purpose=Purpose.MEETING,
                          expected_from=MORNING, expected_until=MORNING + timedelta(hours=2)),
        a)),
    ("invitations", Permission.INVITATIONS, lambda ops, a, admin: ops.invitations_between(
        a, MORNING.date(), MORNING.date())),
    ("cancel an invitation", Permission.INVITATIONS, lambda ops, a, admin: ops.cancel_invitation(
        _invitation(ops, admin), a)),
    ("print a slip", Permission.PRINT, lambda ops, a, admin: ops.invitation_slip(
        _invitation(ops, admin), a)),
    ("visit history", Permission.VISITORS,
     lambda ops, a, admin: ops.visit_history(VisitQuery(), a)),
    ("check in at the desk", Permission.VISITORS, lambda ops, a, admin: ops.check_in_at_desk(
        CheckInRequest(name="Wahyu", phone="081311112222", purpose=Purpose.MEETING,
                       consent=True), a)),
    ("check out at the desk", Permission.VISITORS, lambda ops, a, admin: ops.check_out_at_desk(
        _visit(ops), a)),
    ("reprint a card", Permission.PRINT, lambda ops, a, admin: ops.reprint_at_desk(_visit(ops), a)),
    ("staff list", Permission.ACTIVITY, lambda ops, a, admin: ops.staff.roster(a)),
    ("add staff", Permission.STAFF, lambda ops, a, admin: ops.staff.add(
        a, "rina", "Rina", Role.RECEPTIONIST, PASSWORD)),
    ("someone else's password", Permission.STAFF, lambda ops, a, admin: ops.staff.set_password(
        a, ops.staff.add(admin, "joko", "Joko", Role.RECEPTIONIST, PASSWORD).id,
        "teh-manis-hangat")),
    ("someone's role", Permission.STAFF, lambda ops, a, admin: ops.staff.set_role(
        a, ops.staff.add(admin, "wati", "Wati", Role.RECEPTIONIST, PASSWORD).id,
        Role.MANAGER)),
    ("disable someone", Permission.STAFF, lambda ops, a, admin: ops.staff.disable(
        a, ops.staff.add(admin, "eko", "Eko", Role.RECEPTIONIST, PASSWORD).id)),
    ("activity", Permission.ACTIVITY, lambda ops, a, admin: ops.staff.activity(a, ActivityQuery())),
]


def _fields_of(ops: Operations, code: str) -> RoomFields:
    room = ops.rooms.get(room_id(code))
    return RoomFields(room.code, room.name_id, room.name_en, room.kind, room.capacity,
                      room.amenities, room.bookable, room.needs_approval, room.setup_minutes,
                      room.cleanup_minutes)


def _invitation(ops: Operations, admin: Actor) -> uuid.UUID:
    return ops.create_invitation(InvitationRequest(
        guest_name="Tamu", purpose=Purpose.MEETING, expected_from=MORNING,
        expected_until=MORNING + timedelta(hours=2)), admin).invitation_id


def _visit(ops: Operations) -> uuid.UUID:
    return ops.check_in(CheckInRequest(name="Budi", phone="081298765432",
                                       purpose=Purpose.MEETING, consent=True)).visit.visit_id


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize(("name", "permission", "call"), GUARDED, ids=[g[0] for g in GUARDED])
def test_every_guarded_operation_is_allowed_to_its_roles_and_refused_to_the_others(
        ops: Operations, people: dict[Role, Actor], role: Role, name: str,
        permission: Permission, call: Guarded) -> None:
    actor, admin = people[role], people[Role.ADMIN]
    if actor.may(permission):
        call(ops, actor, admin)
        return
    with pytest.raises(PermissionDeniedError) as refused:
        call(ops, actor, admin)
    assert (refused.value.permission, refused.value.role) == (permission, role)


def test_every_guarded_operation_refuses_someone(people: dict[Role, Actor]) -> None:
    """So the table above tests both ways: each permission it names is missing from a role."""
    for name, permission, _call in GUARDED:
        if permission in (Permission.BOOK, Permission.VISITORS, Permission.INVITATIONS,
                          Permission.PRINT):
            continue  # a receptionist's own work: every role may
        assert not all(people[r].may(permission) for r in Role), name


def test_a_refused_operation_changes_nothing(ops: Operations, people: dict[Role, Actor]) -> None:
    booking = _hall_booking(ops, people[Role.ADMIN])
    before = _outbox(ops)
    with pytest.raises(PermissionDeniedError):
        ops.bookings.approve(booking, Scope.ONE, people[Role.RECEPTIONIST])
    with pytest.raises(PermissionDeniedError):
        ops.organizations.add(OrganizationFields("Kopi", "tenant"), people[Role.RECEPTIONIST])
    with pytest.raises(PermissionDeniedError):
        ops.staff.add(people[Role.MANAGER], "rina", "Rina", Role.ADMIN, PASSWORD)
    assert _outbox(ops) == before
    assert ops.bookings.booking(booking).status.value == "pending"


def _outbox(ops: Operations) -> int:
    with ops.database.reading() as session:
        return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def test_the_activity_record_names_the_person_and_the_desk(ops: Operations,
                                                           people: dict[Role, Actor]) -> None:
    budi, siti = people[Role.MANAGER], people[Role.RECEPTIONIST]
    ops.organizations.add(OrganizationFields("Kopi Situ Gintung", "tenant"), budi)
    booking = _booking(ops, siti)
    ops.bookings.cancel(booking, Scope.ONE, budi, "Ruangan dipakai")
    everything = ops.staff.activity(budi, ActivityQuery())
    assert {(e.actor, e.kind, e.action) for e in everything} >= {
        ("Budi Santoso", ActivityKind.ORGANIZATION, "add"),
        ("Siti Aminah", ActivityKind.BOOKING, "create"),
        ("Budi Santoso", ActivityKind.BOOKING, "cancel"),
        ("Siti Aminah", ActivityKind.STAFF, "sign_in"),
    }
    assert all(e.device_id == ops.device_id for e in everything)
    hers = ops.staff.activity(budi, ActivityQuery(staff_id=siti.staff_id))
    assert {e.actor for e in hers} == {"Siti Aminah"}
    bookings = ops.staff.activity(budi, ActivityQuery(kind=ActivityKind.BOOKING))
    assert {e.action for e in bookings} == {"create", "cancel"}
    assert {e.subject for e in bookings} == {"Rapat"}
    later = MORNING + timedelta(minutes=1)  # recorded at the operations' clock
    assert ops.staff.activity(budi, ActivityQuery(start=later)) == []
    assert ops.staff.activity(budi, ActivityQuery(end=later)) == everything
    assert {e.at for e in everything} == {MORNING}
    history = ops.bookings.history(booking)
    assert [(h.actor, h.action) for h in history] == [("Siti Aminah", "create"),
                                                      ("Budi Santoso", "cancel")]


def test_a_managers_pin_leaves_kiosk_mode_and_a_receptionists_does_not(
        ops: Operations, people: dict[Role, Actor]) -> None:
    budi, siti = people[Role.MANAGER], people[Role.RECEPTIONIST]
    assert budi.staff_id and siti.staff_id
    assert ops.verify_staff_pin("0000").no_pin_set is False  # the admin has a PIN
    ops.staff.change_own(budi, PASSWORD, pin="2580")
    assert not ops.verify_staff_pin("2580").ok  # too short to leave a lobby kiosk by
    ops.staff.change_own(budi, PASSWORD, pin="258025")
    ops.staff.change_own(siti, PASSWORD, pin="147014")
    left = ops.verify_staff_pin("258025")
    assert left.ok and left.holder is not None and left.holder.name == "Budi Santoso"
    assert not ops.verify_staff_pin("147014").ok
    ops.staff.disable(people[Role.ADMIN], budi.staff_id)
    assert not ops.verify_staff_pin("258025").ok
    assert ops.verify_staff_pin(ADMIN_PIN).ok
    record = ops.staff.activity(people[Role.ADMIN], ActivityQuery(kind=ActivityKind.STAFF))
    assert [e.actor for e in record if e.action == "leave_kiosk"] == ["Ayu Lestari",
                                                                     "Budi Santoso"]


def test_passwords_and_pins_never_reach_a_log(settings: Settings, clock: Clock,
                                              caplog: pytest.LogCaptureFixture,
                                              tmp_path: Path) -> None:
    caplog.set_level(logging.DEBUG)
    with Operations.open(settings, clock=clock) as ops:
        admin = ops.staff.create_first_admin("admin", "Ayu Lestari", PASSWORD, ADMIN_PIN)
        added = ops.staff.add(admin, "siti", "Siti Aminah", Role.RECEPTIONIST,
                              "melati-putih-77")
        ops.staff.set_password(admin, added.id, "anggrek-bulan-88")
        ops.staff.set_pin(admin, added.id, "97531")
        for _ in range(MAX_ATTEMPTS + 1):
            ops.staff.sign_in("siti", "tebakan-salah-99")
        ops.verify_staff_pin("86420")
    assert caplog.records  # the log was listening
    for secret in (PASSWORD, ADMIN_PIN, "melati-putih-77", "anggrek-bulan-88", "97531",
                   "tebakan-salah-99", "86420"):
        assert secret not in caplog.text


def test_someone_changes_their_own_password_and_pin_after_typing_the_current_one(
        ops: Operations, people: dict[Role, Actor]) -> None:
    siti = people[Role.RECEPTIONIST]
    with pytest.raises(ValidationError) as wrong:
        ops.staff.change_own(siti, "bukan-sandinya", "anggrek-bulan-88")
    assert wrong.value.codes() == {"current_password": ErrorCode.PASSWORD_WRONG}
    assert ops.staff.sign_in("siti", PASSWORD).ok  # nothing changed
    with pytest.raises(ValidationError) as weak:
        ops.staff.change_own(siti, PASSWORD, "pendek", "12")
    assert weak.value.codes() == {"password": ErrorCode.PASSWORD_TOO_SHORT,
                                  "pin": ErrorCode.PIN_INVALID}
    changed = ops.staff.change_own(siti, PASSWORD, "anggrek-bulan-88", "2580")
    assert changed.has_pin
    assert not ops.staff.sign_in("siti", PASSWORD).ok
    assert ops.staff.sign_in("siti", "anggrek-bulan-88").ok
    assert ops.staff.unlock(siti, "2580").ok
    # The current password, never the PIN, opens the change; wrong tries count to the lock.
    with pytest.raises(ValidationError):
        ops.staff.change_own(siti, "2580", pin="")
    for _ in range(MAX_ATTEMPTS - 1):
        with pytest.raises(ValidationError):
            ops.staff.change_own(siti, "salah", pin="")
    with pytest.raises(ValidationError) as locked:
        ops.staff.change_own(siti, "anggrek-bulan-88", pin="")
    assert locked.value.codes() == {"current_password": ErrorCode.ACCOUNT_LOCKED}
