from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from kiosk.config import Settings
from kiosk.db.engine import open_device_database
from kiosk.db.types import NaiveDatetimeError
from kiosk.db.unit_of_work import Database
from kiosk.errors import ErrorCode, InvalidFieldError, NotFoundError
from kiosk.models import Device, OutboxEntry
from kiosk.operations import Operations
from kiosk.staff import pin as staff
from kiosk.staff.lockout import LOCK_MINUTES, MAX_ATTEMPTS
from kiosk.staff.pin import (
    PinCheck,
    PinProblem,
    PinTooWeakError,
    has_staff_pin,
    set_staff_pin,
    verify_staff_pin,
)
from tests.conftest import MORNING

PIN = "482916"
WRONG = "111111"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One real device database for the module (overriding the per-test one in conftest):
    migrating a fresh file per test would cost more than the tests. Every PIN state lives in
    a device row, and each test makes its own device, so tests stay independent."""
    db = open_device_database(Path(tmp_path_factory.mktemp("staff")) / "device.sqlite3")
    yield db
    db.dispose()


@pytest.fixture
def device(database: Database) -> uuid.UUID:
    """A registered device without a PIN."""
    with database.unit_of_work() as session:
        row = Device(name="test-kiosk")
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture(scope="module")
def pin_hash(database: Database) -> str:
    """The stored form of :data:`PIN`, made once by :func:`set_staff_pin` (hashing costs)."""
    with database.unit_of_work() as session:
        row = Device(name="template")
        session.add(row)
        session.flush()
        set_staff_pin(session, row.id, PIN)
        return row.staff_pin_hash


@pytest.fixture
def with_pin(database: Database, device: uuid.UUID, pin_hash: str) -> uuid.UUID:
    """A device whose staff PIN is :data:`PIN`."""
    with database.unit_of_work() as session:
        row = session.get(Device, device)
        assert row is not None
        row.staff_pin_hash = pin_hash
    return device


def verify(database: Database, device_id: uuid.UUID, pin: str, now: datetime = MORNING
           ) -> PinCheck:
    with database.unit_of_work() as session:
        return verify_staff_pin(session, device_id, pin, now)


def device_row(database: Database, device_id: uuid.UUID) -> Device:
    with database.reading() as session:
        row = session.get(Device, device_id)
        assert row is not None
        return row


def lock(database: Database, device_id: uuid.UUID, now: datetime = MORNING) -> PinCheck:
    """Lock the device with wrong PINs. They are malformed ones, which count like any other but
    cost no hash; test_five_wrong_pins_lock... locks with well-formed wrong PINs."""
    for _ in range(MAX_ATTEMPTS - 1):
        assert not verify(database, device_id, "0", now).ok
    check = verify(database, device_id, "0", now)
    assert check.locked_until is not None
    return check


def test_the_right_pin_is_accepted(database: Database, with_pin: uuid.UUID) -> None:
    assert verify(database, with_pin, PIN) == PinCheck(
        ok=True, attempts_left=MAX_ATTEMPTS, locked_until=None, no_pin_set=False
    )


def test_wrong_pins_count_down_and_the_right_one_resets_the_count(
    database: Database, with_pin: uuid.UUID
) -> None:
    assert verify(database, with_pin, WRONG) == PinCheck(False, MAX_ATTEMPTS - 1, None)
    assert verify(database, with_pin, "0000").attempts_left == MAX_ATTEMPTS - 2
    assert verify(database, with_pin, "not a pin").attempts_left == MAX_ATTEMPTS - 3
    assert device_row(database, with_pin).failed_pin_attempts == 3

    assert verify(database, with_pin, PIN).ok
    assert device_row(database, with_pin).failed_pin_attempts == 0
    assert verify(database, with_pin, WRONG).attempts_left == MAX_ATTEMPTS - 1


def test_five_wrong_pins_lock_for_five_minutes_even_against_the_right_pin(
    database: Database, with_pin: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert MAX_ATTEMPTS == 5 and LOCK_MINUTES == 5
    for left in (4, 3, 2, 1):
        assert verify(database, with_pin, WRONG).attempts_left == left
    until = MORNING + timedelta(minutes=5)
    assert verify(database, with_pin, WRONG) == PinCheck(False, 0, until)
    row = device_row(database, with_pin)
    assert row.pin_locked_until == until and row.failed_pin_attempts == 0

    # While locked the hash is not even checked, and nothing is counted.
    def must_not_check(*args: object) -> bool:
        raise AssertionError("the hash was checked during a lock")

    with monkeypatch.context() as patch:
        patch.setattr(staff, "_matches", must_not_check)
        assert verify(database, with_pin, PIN) == PinCheck(False, 0, until)
        almost = until - timedelta(seconds=1)
        assert verify(database, with_pin, PIN, almost) == PinCheck(False, 0, until)
    assert device_row(database, with_pin).failed_pin_attempts == 0

    # When the lock ends the right PIN works, with the full count again.
    assert verify(database, with_pin, PIN, until) == PinCheck(True, MAX_ATTEMPTS, None)
    row = device_row(database, with_pin)
    assert row.pin_locked_until is None and row.failed_pin_attempts == 0


def test_after_a_lock_the_count_starts_again(database: Database, with_pin: uuid.UUID) -> None:
    lock(database, with_pin)
    later = MORNING + timedelta(minutes=LOCK_MINUTES)
    assert verify(database, with_pin, WRONG, later) == PinCheck(False, MAX_ATTEMPTS - 1, None)


def test_a_clock_set_back_does_not_stretch_the_lock(
    database: Database, with_pin: uuid.UUID
) -> None:
    lock(database, with_pin)
    yesterday = MORNING - timedelta(days=1)
    check = verify(database, with_pin, PIN, yesterday)
    assert check == PinCheck(False, 0, yesterday + timedelta(minutes=LOCK_MINUTES))
    assert verify(database, with_pin, PIN, yesterday + timedelta(minutes=LOCK_MINUTES)).ok


def test_the_stored_hash_is_argon2id_not_the_pin(database: Database, with_pin: uuid.UUID) -> None:
    stored = device_row(database, with_pin).staff_pin_hash
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert PIN not in stored
    with database.unit_of_work() as session:
        set_staff_pin(session, with_pin, PIN)
    assert device_row(database, with_pin).staff_pin_hash != stored  # salted


def test_without_a_pin_kiosk_mode_cannot_be_left(database: Database, device: uuid.UUID) -> None:
    with database.reading() as session:
        assert not has_staff_pin(session, device)
    for pin in ("", "0000", PIN):
        assert verify(database, device, pin) == PinCheck(
            ok=False, attempts_left=0, locked_until=None, no_pin_set=True
        )
    row = device_row(database, device)
    assert row.failed_pin_attempts == 0 and row.pin_locked_until is None


@pytest.mark.parametrize(
    ("pin", "reason"),
    [
        ("12", PinProblem.TOO_SHORT),
        ("123", PinProblem.TOO_SHORT),
        ("abcd", PinProblem.NOT_DIGITS),
        ("12 34", PinProblem.NOT_DIGITS),
        ("١٢٣٤", PinProblem.NOT_DIGITS),  # digits, but not ASCII ones a keypad types
        ("1234567890123", PinProblem.TOO_LONG),
    ],
)
def test_unusable_pins_are_refused_and_the_old_one_stays(
    database: Database, with_pin: uuid.UUID, pin: str, reason: PinProblem
) -> None:
    before = device_row(database, with_pin).staff_pin_hash
    with pytest.raises(PinTooWeakError) as caught, database.unit_of_work() as session:
        set_staff_pin(session, with_pin, pin)
    assert caught.value.reason == reason
    assert device_row(database, with_pin).staff_pin_hash == before


def test_an_empty_pin_is_required(database: Database, device: uuid.UUID) -> None:
    with pytest.raises(InvalidFieldError) as caught, database.unit_of_work() as session:
        set_staff_pin(session, device, "")
    assert (caught.value.error.field, caught.value.error.code) == ("pin", ErrorCode.REQUIRED)
    with database.reading() as session:
        assert not has_staff_pin(session, device)


@pytest.mark.parametrize("pin", ["0427", "123456789012"])
def test_four_to_twelve_digits_are_accepted(
    database: Database, device: uuid.UUID, pin: str
) -> None:
    with database.unit_of_work() as session:
        set_staff_pin(session, device, pin)
        assert has_staff_pin(session, device)
    assert verify(database, device, pin).ok


def test_setting_a_pin_clears_a_lock(database: Database, with_pin: uuid.UUID) -> None:
    lock(database, with_pin)
    with database.unit_of_work() as session:
        set_staff_pin(session, with_pin, "9999")
    row = device_row(database, with_pin)
    assert row.pin_locked_until is None and row.failed_pin_attempts == 0
    assert verify(database, with_pin, "9999").ok
    assert not verify(database, with_pin, PIN).ok


def test_a_hash_made_with_other_parameters_is_upgraded(
    database: Database, device: uuid.UUID
) -> None:
    old = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(PIN)
    with database.unit_of_work() as session:
        row = session.get(Device, device)
        assert row is not None
        row.staff_pin_hash = old
    assert not verify(database, device, WRONG).ok
    assert device_row(database, device).staff_pin_hash == old  # only a right PIN rehashes
    assert verify(database, device, PIN).ok
    upgraded = device_row(database, device).staff_pin_hash
    assert upgraded.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert verify(database, device, PIN).ok


def test_an_unreadable_hash_refuses_and_counts(database: Database, device: uuid.UUID) -> None:
    with database.unit_of_work() as session:
        row = session.get(Device, device)
        assert row is not None
        row.staff_pin_hash = "garbage"
    assert verify(database, device, PIN) == PinCheck(False, MAX_ATTEMPTS - 1, None)


def test_pin_writes_stay_local(database: Database, with_pin: uuid.UUID) -> None:
    verify(database, with_pin, WRONG)
    verify(database, with_pin, PIN)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0


def test_naive_now_and_unknown_devices_are_refused(
    database: Database, with_pin: uuid.UUID
) -> None:
    with pytest.raises(NaiveDatetimeError):
        verify(database, with_pin, PIN, MORNING.replace(tzinfo=None))
    with pytest.raises(NotFoundError):
        verify(database, uuid.uuid4(), PIN)
    with pytest.raises(NotFoundError), database.unit_of_work() as session:
        set_staff_pin(session, uuid.uuid4(), PIN)


@pytest.fixture
def reopen(settings: Settings) -> Iterator[list[Operations]]:
    opened: list[Operations] = []
    yield opened
    for ops in opened:
        ops.close()


def test_a_lock_survives_reopening_the_database(
    settings: Settings, reopen: list[Operations]
) -> None:
    first = Operations.open(settings)
    reopen.append(first)
    with first.database.unit_of_work() as session:
        set_staff_pin(session, first.device_id, PIN)
    until = lock(first.database, first.device_id).locked_until
    first.close()
    reopen.remove(first)

    second = Operations.open(settings)
    reopen.append(second)
    assert second.device_id == first.device_id
    soon = MORNING + timedelta(minutes=1)
    assert verify(second.database, second.device_id, PIN, soon) == PinCheck(False, 0, until)
    assert until is not None
    assert verify(second.database, second.device_id, PIN, until).ok
