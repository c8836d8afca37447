"""The deny list: a manager's entries, the kiosk check-ins they hold, reception's decision."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select, text

from kiosk.building.catalogue import room_id
from kiosk.errors import CheckInHeldError, ErrorCode, ValidationError
from kiosk.models import (
    Activity,
    ActivityKind,
    DenyEntry,
    HeldCheckIn,
    HoldStatus,
    Invitation,
    InvitationStatus,
    OutboxEntry,
    Purpose,
    Role,
    Visit,
)
from kiosk.models.privacy import REASON_MAX_LENGTH
from kiosk.operations import Operations
from kiosk.passes.layout import PassStyle
from kiosk.safety.deny import DenyRequest, name_key
from kiosk.safety.held import AlreadyDecidedError
from kiosk.staff.activity import ActivityQuery
from kiosk.staff.roles import PermissionDeniedError
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind
from kiosk.visits.invitations import InvitationRequest
from tests.conftest import MORNING, staff
from tests.kiosk.sync.conftest import open_desk

MANAGER = staff("Dewi", Role.MANAGER)
RECEPTIONIST = staff("Rina", Role.RECEPTIONIST)
TODAY = date(2026, 11, 23)  # MORNING in the building


def walk_in(name: str = "Agus Salim", phone: str = "081234567890", **more: object
            ) -> CheckInRequest:
    values: dict[str, object] = {"name": name, "phone": phone, "purpose": Purpose.MEETING,
                                 "consent": True,
                                 "destination": Destination(DestinationKind.ROOM,
                                                            room_id("5.02"))}
    values.update(more)
    return CheckInRequest(**values)  # type: ignore[arg-type]


def visits(ops: Operations) -> int:
    with ops.database.reading() as session:
        return session.scalar(select(func.count()).select_from(Visit)) or 0


def deny(ops: Operations, **fields: object) -> uuid.UUID:
    values: dict[str, object] = {"reason": "Mengancam petugas keamanan"}
    values.update(fields)
    return ops.deny_list.add(DenyRequest(**values), MANAGER).entry_id  # type: ignore[arg-type]


# --- the key names are compared by ----------------------------------------------------------

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@given(names)
def test_the_name_key_is_idempotent(name: str) -> None:
    assert name_key(name_key(name)) == name_key(name)


@given(st.text(st.sampled_from("abcdeiou ABCDEIOU"), min_size=1, max_size=20))
def test_case_spaces_and_accents_do_not_count(name: str) -> None:
    accented = name.upper().replace("A", "Á").replace("E", "É").replace("I", "Î")
    assert name_key(f"  {accented.replace(' ', '   ')}\t") == name_key(name)


def test_the_name_key_drops_punctuation_and_decomposes() -> None:
    assert name_key("Sítì-Nur  AISYAH") == name_key("siti nur aisyah") == "siti nur aisyah"
    assert name_key("O'Neil, S.E.") == "oneil s e"
    assert name_key("Ｂｕｄｉ") == "budi"  # full-width letters from a phone keyboard


# --- the manager's list ------------------------------------------------------------------------

@pytest.mark.parametrize(("fields", "errors"), [
    ({"name": "", "phone": ""}, {"name": ErrorCode.NAME_OR_PHONE_REQUIRED}),
    ({"name": "   ", "phone": " \t"}, {"name": ErrorCode.NAME_OR_PHONE_REQUIRED}),
    ({"phone": "0812-abc"}, {"phone": ErrorCode.PHONE_INVALID_CHARACTERS}),
    ({"phone": "123"}, {"phone": ErrorCode.PHONE_TOO_SHORT}),
    ({"name": "Agus", "reason": "   "}, {"reason": ErrorCode.REASON_REQUIRED}),
    ({"name": "Agus", "reason": "x" * (REASON_MAX_LENGTH + 1)},
     {"reason": ErrorCode.TOO_LONG}),
    ({"name": "Agus", "last_day": TODAY - timedelta(days=1)},
     {"last_day": ErrorCode.END_DATE_PASSED}),
])
def test_bad_entries_are_refused_and_nothing_is_saved(ops: Operations, fields: dict[str, object],
                                                      errors: dict[str, ErrorCode]) -> None:
    with pytest.raises(ValidationError) as info:
        deny(ops, **fields)
    assert info.value.codes() == errors
    with ops.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(DenyEntry)) == 0


def test_an_entry_is_listed_synced_and_audited_without_the_persons_data(ops: Operations) -> None:
    entry_id = deny(ops, name="  Agus   Salim ", phone="0812 3456 7890", last_day=TODAY)
    [entry] = ops.deny_list.entries(MANAGER)
    assert (entry.name, entry.phone_e164, entry.last_day) == ("Agus Salim", "+6281234567890",
                                                              TODAY)
    with ops.database.reading() as session:
        activity = session.scalars(select(Activity)).one()
        outbox = session.scalars(select(OutboxEntry.entity)).all()
    assert (activity.subject_id, activity.actor, activity.kind, activity.action) == (
        entry_id, "Dewi", ActivityKind.PRIVACY, "deny_add")
    assert "Agus" not in activity.subject and "812" not in activity.subject
    assert "deny_entry" in outbox


def test_a_receptionist_may_not_see_or_change_the_list(ops: Operations) -> None:
    entry_id = deny(ops, name="Agus Salim")
    with pytest.raises(PermissionDeniedError):
        ops.deny_list.add(DenyRequest(name="Budi", reason="x"), RECEPTIONIST)
    with pytest.raises(PermissionDeniedError):
        ops.deny_list.remove(entry_id, RECEPTIONIST)
    with pytest.raises(PermissionDeniedError):
        ops.deny_list.entries(RECEPTIONIST)
    assert len(ops.deny_list.entries(MANAGER)) == 1


# --- holding check-ins ------------------------------------------------------------------------

def test_a_matching_phone_holds_the_check_in_and_makes_no_visit(ops: Operations) -> None:
    deny(ops, phone="+62 812-3456-7890")
    with pytest.raises(CheckInHeldError):
        ops.check_in(walk_in(name="Nama Lain", phone="081234567890"))
    assert visits(ops) == 0
    [held] = ops.deny_list.held_check_ins(RECEPTIONIST)
    assert (held.name, held.phone, held.reason) == ("Nama Lain", "+6281234567890",
                                                    "Mengancam petugas keamanan")
    assert held.purpose is Purpose.MEETING
    assert held.where_en == "5.02 Serpong Utara Digital Classroom"


def test_a_name_matches_whatever_its_case_spaces_and_accents(ops: Operations) -> None:
    deny(ops, name="Agus Sálim")
    with pytest.raises(CheckInHeldError):
        ops.check_in(walk_in(name="  AGUS   salim", phone="081399990000"))
    assert visits(ops) == 0


def test_a_named_group_member_holds_the_group(ops: Operations) -> None:
    deny(ops, name="Joko Widodo")
    with pytest.raises(CheckInHeldError):
        ops.check_in(walk_in(group_size=3, member_names=("Sri", "joko widodo")))
    assert visits(ops) == 0


def test_a_returning_visitor_is_held_by_their_stored_phone(ops: Operations) -> None:
    first = ops.check_in(walk_in())
    deny(ops, phone="081234567890")
    with pytest.raises(CheckInHeldError):
        ops.check_in(CheckInRequest(visitor_id=_visitor_of(ops, first.visit.visit_id),
                                    purpose=Purpose.MEETING))
    assert visits(ops) == 1


def test_trying_again_is_still_one_alert(ops: Operations) -> None:
    deny(ops, name="Agus Salim")
    for _ in range(2):
        with pytest.raises(CheckInHeldError):
            ops.check_in(walk_in())
    assert len(ops.deny_list.held_check_ins(RECEPTIONIST)) == 1


def test_an_ended_or_removed_entry_holds_nobody(ops: Operations) -> None:
    deny(ops, name="Agus Salim", last_day=TODAY)
    removed = deny(ops, phone="081234567890")
    ops.deny_list.remove(removed, MANAGER)
    ops.clock = lambda: MORNING + timedelta(days=1)  # the day after its last day
    assert ops.check_in(walk_in()).visit.visitor_name == "Agus Salim"
    assert ops.deny_list.held_check_ins(RECEPTIONIST) == []


def test_an_entry_still_holds_on_its_last_day(ops: Operations) -> None:
    deny(ops, name="Agus Salim", last_day=TODAY)
    ops.clock = lambda: MORNING + timedelta(hours=14)  # 22:30 in the building
    with pytest.raises(CheckInHeldError):
        ops.check_in(walk_in())


def test_an_invited_guest_on_the_list_is_held_and_the_invitation_kept(ops: Operations) -> None:
    code = ops.create_invitation(InvitationRequest(
        guest_name="Agus Salim", phone="081355556666", room_id=room_id("5.02"),
        expected_from=MORNING, expected_until=MORNING + timedelta(hours=3)), MANAGER).code
    deny(ops, name="agus salim")
    with pytest.raises(CheckInHeldError):
        ops.redeem_invitation(code)
    [held] = ops.deny_list.held_check_ins(RECEPTIONIST)
    assert held.invitation_code == code
    result = ops.admit_held(held.held_id, RECEPTIONIST)
    with ops.database.reading() as session:
        invitation = session.scalars(select(Invitation)).one()
        assert invitation.status is InvitationStatus.USED
        assert session.get(Visit, result.visit.visit_id).invitation_id == invitation.id


# --- reception decides ------------------------------------------------------------------------

def test_admitting_makes_exactly_the_visit_asked_for(ops: Operations) -> None:
    deny(ops, name="Agus Salim")
    with pytest.raises(CheckInHeldError) as info:
        ops.check_in(walk_in(organization="CV Maju", group_size=2, member_names=("Sri",)),
                     PassStyle.PER_PERSON)
    result = ops.admit_held(info.value.held_id, RECEPTIONIST)  # type: ignore[arg-type]
    visit = result.visit
    assert (visit.visitor_name, visit.phone_e164, visit.organization, visit.room_code) == (
        "Agus Salim", "+6281234567890", "CV Maju", "5.02")
    assert (visit.group_size, visit.member_names, result.style) == (2, ("Sri",),
                                                                    PassStyle.PER_PERSON)
    assert result.pass_pdf is not None
    with ops.database.reading() as session:
        held = session.get(HeldCheckIn, info.value.held_id)
        assert held is not None
        assert (held.status, held.visit_id, held.decided_at) == (
            HoldStatus.ADMITTED, visit.visit_id, MORNING)
        actions = session.execute(select(Activity.kind, Activity.action)).all()
    assert (ActivityKind.PRIVACY, "admit_held") in actions
    assert ops.deny_list.held_check_ins(RECEPTIONIST) == []


def test_turning_away_makes_no_visit_and_is_decided_once(ops: Operations) -> None:
    deny(ops, name="Agus Salim")
    with pytest.raises(CheckInHeldError) as info:
        ops.check_in(walk_in())
    held_id = info.value.held_id
    ops.deny_list.turn_away(held_id, RECEPTIONIST)  # type: ignore[arg-type]
    assert visits(ops) == 0
    with pytest.raises(AlreadyDecidedError):
        ops.admit_held(held_id, RECEPTIONIST)  # type: ignore[arg-type]
    with ops.database.reading() as session:
        held = session.get(HeldCheckIn, held_id)
        assert held is not None and held.status is HoldStatus.TURNED_AWAY


def _visitor_of(ops: Operations, visit_id: uuid.UUID) -> uuid.UUID:
    with ops.database.reading() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        return visit.visitor_id


# --- every desk ---------------------------------------------------------------------------

def test_the_list_holds_at_every_desk_and_its_record_travels_as_privacy(
        tmp_path: Path, central: Engine) -> None:
    """The activity kind is a plain VARCHAR on both sides (no CHECK): central stores the new
    kind as any other and every desk's Activity view reads it back."""
    office, lobby = (open_desk(tmp_path / name, name, central) for name in ("office", "lobby"))
    try:
        deny(office.ops, phone="0812 3456 7890")
        office.round()
        lobby.round()
        with pytest.raises(CheckInHeldError) as info:
            lobby.ops.check_in(walk_in())
        lobby.ops.deny_list.turn_away(info.value.held_id, RECEPTIONIST)  # type: ignore[arg-type]
        lobby.round()
        office.round()
        with central.connect() as connection:
            kinds = connection.execute(text(
                "SELECT kind, action FROM activity ORDER BY action")).all()
        assert [tuple(row) for row in kinds] == [("privacy", "deny_add"),
                                                 ("privacy", "turn_away")]
        found = office.ops.staff.activity(MANAGER, ActivityQuery(kind=ActivityKind.PRIVACY))
        assert sorted(e.action for e in found) == ["deny_add", "turn_away"]
    finally:
        office.ops.close()
        lobby.ops.close()


def test_a_check_in_that_could_not_be_made_is_refused_not_held(ops: Operations) -> None:
    """Held requests are ones reception can admit: a bad one gets the kiosk's own error."""
    ops.deny_list.add(DenyRequest(name="Agus Salim", phone="", reason="Mengancam petugas",
                                  last_day=None), staff())
    with pytest.raises(ValidationError):
        ops.check_in(CheckInRequest(name="Agus Salim", phone="0812", consent=True,
                                    purpose=Purpose.MEETING))
    with ops.database.reading() as session:
        assert session.scalars(select(HeldCheckIn)).all() == []
