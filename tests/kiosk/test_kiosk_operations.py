"""The operations behind the kiosk's flows: invitations, scans, groups, events, closing time."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from kiosk.building.catalogue import room_id
from kiosk.errors import CodeRefusedError, ErrorCode, ValidationError
from kiosk.models import Booking, BookingStatus, CheckoutKind, Invitation, Purpose, Visit
from kiosk.operations import CheckedOut, InvitationFound, Operations
from kiosk.passes import tokens
from kiosk.passes.layout import PassStyle
from kiosk.visits.check_in import CheckInRequest, Destination, DestinationKind
from kiosk.visits.invitations import InvitationRequest
from tests.conftest import MORNING, staff
from tests.pdf_tools import decode_qr, page_sizes_mm, render, scanned_token, text_of

JAKARTA = ZoneInfo("Asia/Jakarta")


def at(ops: Operations, moment: datetime) -> Operations:
    ops.clock = lambda: moment
    return ops


def booking(ops: Operations, title: str = "Pelatihan Digital Marketing",
            hours: tuple[int, int] = (9, 12),
            status: BookingStatus = BookingStatus.CONFIRMED) -> uuid.UUID:
    day = MORNING.astimezone(JAKARTA).date()
    with ops.database.unit_of_work() as session:
        row = Booking(id=uuid.uuid4(), room_id=room_id("4.02"), title=title,
                      starts_at=datetime.combine(day, datetime.min.time(), JAKARTA)
                      + timedelta(hours=hours[0]),
                      ends_at=datetime.combine(day, datetime.min.time(), JAKARTA)
                      + timedelta(hours=hours[1]), attendees=30, status=status)
        session.add(row)
    return row.id


def invite(ops: Operations, **changes: object) -> str:
    values: dict[str, object] = {
        "guest_name": "Ratna Sari", "phone": "081355556666", "organization": "CV Batik Ciputat",
        "room_id": room_id("5.02"), "expected_from": MORNING + timedelta(hours=1),
        "expected_until": MORNING + timedelta(hours=3),
    }
    values.update(changes)
    return ops.create_invitation(InvitationRequest(**values), staff()).code  # type: ignore[arg-type]


def test_an_invited_guest_scans_and_confirms(ops: Operations) -> None:
    code = invite(ops)
    found = ops.handle_scan(ops.find_invitation(code).qr_payload)  # the signed QR code
    assert isinstance(found, InvitationFound)
    assert (found.invitation.guest_name, found.invitation.room_code) == ("Ratna Sari", "5.02")
    result = ops.redeem_invitation(code)
    assert result.visit.visitor_name == "Ratna Sari"
    assert (result.visit.floor_number, result.visit.room_code) == (5, "5.02")
    with pytest.raises(CodeRefusedError) as used:
        ops.handle_scan(code)
    assert used.value.code is ErrorCode.INVITATION_USED
    with ops.database.reading() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.invitation_id is not None


@pytest.mark.parametrize(
    ("clock", "code"),
    [(MORNING + timedelta(hours=4), ErrorCode.INVITATION_EXPIRED),
     (MORNING - timedelta(hours=2), ErrorCode.INVITATION_TOO_EARLY)],
)
def test_invitations_outside_their_window_are_refused(ops: Operations, clock: datetime,
                                                      code: ErrorCode) -> None:
    invitation = invite(ops)
    with pytest.raises(CodeRefusedError) as info:
        at(ops, clock).handle_scan(invitation)
    assert info.value.code is code


def test_an_unknown_invitation_is_refused(ops: Operations) -> None:
    with pytest.raises(CodeRefusedError) as info:
        ops.handle_scan("GIC:I:ZZZZZZ")
    assert info.value.code is ErrorCode.INVITATION_UNKNOWN


def test_an_invitation_without_phone_makes_a_new_visitor_each_time(ops: Operations) -> None:
    first = ops.redeem_invitation(invite(ops, phone=""))
    second = ops.redeem_invitation(invite(ops, phone=""))
    assert first.visit.phone_e164 == second.visit.phone_e164 == ""
    assert first.visit.visit_id != second.visit.visit_id


def test_invitation_needs_a_name_and_a_sensible_window(ops: Operations) -> None:
    with pytest.raises(ValidationError) as info:
        invite(ops, guest_name="", expected_until=MORNING)
    assert set(info.value.codes()) == {"guest_name", "expected_until"}


def test_scanning_a_pass_checks_the_visit_out_once(ops: Operations) -> None:
    result = ops.check_in(CheckInRequest(name="Budi", phone="081234567890",
                                         purpose=Purpose.MEETING, consent=True))
    card = scanned_token(result.pass_pdf)
    outcome = ops.handle_scan(card)
    assert isinstance(outcome, CheckedOut)
    assert outcome.visit.checked_out_at == MORNING
    with pytest.raises(CodeRefusedError) as again:
        ops.handle_scan(card)
    assert again.value.code is ErrorCode.PASS_ALREADY_OUT
    genuine_but_unknown = tokens.sign(ops.keyring, tokens.TokenKind.VISIT_PASS, uuid.uuid4(),
                                      MORNING + timedelta(hours=1))
    with pytest.raises(CodeRefusedError) as unknown:
        ops.handle_scan(genuine_but_unknown)
    assert unknown.value.code is ErrorCode.PASS_UNKNOWN
    typed = ops.check_in(CheckInRequest(name="Sari", phone="081298765432",
                                        purpose=Purpose.MEETING, consent=True)).visit
    assert isinstance(ops.handle_scan(typed.pass_number.lower()), CheckedOut)


def test_a_group_gets_one_pass_or_a_pass_per_person(ops: Operations) -> None:
    request = CheckInRequest(name="Pak Joko", phone="081234567890", purpose=Purpose.TRAINING,
                             group_size=4, member_names=("Ani", "", "Wati"), consent=True,
                             destination=Destination(DestinationKind.ROOM, room_id("4.02")))
    per_person = ops.check_in(request, PassStyle.PER_PERSON)
    assert per_person.visit.member_names == ("Ani", "Wati")
    assert per_person.pass_pdf is not None
    pdf = Path(per_person.pass_pdf).read_bytes()
    assert page_sizes_mm(pdf) == [(62.0, 100.0)] * 4
    text = text_of(pdf)
    for expected in ("Pak Joko", "Ani", "Wati", "ROMBONGAN 1/4", "ROMBONGAN 4/4", "Anggota"):
        assert expected in text
    for page in render(pdf):
        [token] = decode_qr(page)
        assert ops.verify_token(token).subject_id == per_person.visit.visit_id
    group = ops.check_in(request)
    assert page_sizes_mm(Path(group.pass_pdf or "").read_bytes()) == [(62.0, 100.0)]
    with pytest.raises(ValidationError) as info:
        ops.check_in(CheckInRequest(name="Pak Joko", phone="081234567890",
                                    purpose=Purpose.TRAINING, group_size=2,
                                    member_names=("Ani", "Wati"), consent=True))
    assert info.value.codes() == {"member_names": ErrorCode.GROUP_NAMES_TOO_MANY}


def test_todays_events_and_going_to_one(ops: Operations) -> None:
    training = booking(ops)
    booking(ops, "Rapat yang dibatalkan", (13, 14), BookingStatus.CANCELLED)
    events = ops.todays_events()
    assert [e.title for e in events] == ["Pelatihan Digital Marketing"]
    assert (events[0].floor_number, events[0].room_code) == (4, "4.02")
    assert ops.destinations().events == tuple(events)
    result = ops.check_in(CheckInRequest(name="Budi", phone="081234567890",
                                         purpose=Purpose.TRAINING, consent=True,
                                         destination=Destination(DestinationKind.BOOKING,
                                                                 training)))
    assert (result.visit.floor_number, result.visit.room_code) == (4, "4.02")


def test_visits_open_at_closing_time_are_closed_automatically(ops: Operations) -> None:
    visit = ops.check_in(CheckInRequest(name="Budi", phone="081234567890",
                                        purpose=Purpose.MEETING, consent=True)).visit
    assert at(ops, MORNING + timedelta(hours=5)).close_open_visits() == 0  # still open hours
    closing = datetime(2026, 11, 23, 21, 0, tzinfo=JAKARTA)
    assert at(ops, closing + timedelta(minutes=1)).close_open_visits() == 1
    with ops.database.reading() as session:
        closed = session.get_one(Visit, visit.visit_id)
        assert closed.checkout_kind is CheckoutKind.AUTOMATIC
        assert closed.checked_out_at == closing.astimezone(UTC)
    assert ops.visitors_in_building() == []


def test_yesterdays_open_visits_close_at_yesterdays_closing_time(ops: Operations) -> None:
    ops.check_in(CheckInRequest(name="Budi", phone="081234567890", purpose=Purpose.MEETING,
                                consent=True))
    next_morning = MORNING + timedelta(days=1)
    assert at(ops, next_morning).close_open_visits() == 1
    with ops.database.reading() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.checked_out_at == datetime(2026, 11, 23, 21, 0, tzinfo=JAKARTA)


def test_invitation_rows_travel_through_the_outbox(ops: Operations) -> None:
    from kiosk.models import OutboxEntry

    invite(ops)
    with ops.database.reading() as session:
        entities = set(session.scalars(select(OutboxEntry.entity)))
        assert "invitation" in entities
        assert session.scalars(select(Invitation)).one().status.value == "pending"


@pytest.mark.parametrize(
    ("scanned_at", "forge", "code"),
    [(MORNING + timedelta(days=1), False, ErrorCode.PASS_EXPIRED),
     (MORNING, True, ErrorCode.PASS_FORGED)],
)
def test_expired_and_forged_cards_are_refused(ops: Operations, scanned_at: datetime,
                                              forge: bool, code: ErrorCode) -> None:
    result = ops.check_in(CheckInRequest(name="Budi", phone="081234567890",
                                         purpose=Purpose.MEETING, consent=True))
    card = scanned_token(result.pass_pdf)
    if forge:
        thief = tokens.Keyring(ops.keyring.site_id, (tokens.SiteKey(1, b"x" * 32, MORNING),))
        card = tokens.sign(thief, tokens.TokenKind.VISIT_PASS, result.visit.visit_id,
                           MORNING + timedelta(hours=12))
    with pytest.raises(CodeRefusedError) as info:
        at(ops, scanned_at).handle_scan(card)
    assert info.value.code is code
    assert ops.visitors_in_building()  # still in: nothing changed


def test_a_reprint_after_closing_time_is_void(ops: Operations) -> None:
    result = ops.check_in(CheckInRequest(name="Budi", phone="081234567890",
                                         purpose=Purpose.MEETING, consent=True))
    assert "VOID" not in text_of(ops.pass_pdf(result.visit.visit_id))
    late = at(ops, MORNING + timedelta(hours=14)).pass_pdf(result.visit.visit_id)
    assert "VOID" in text_of(late)


def test_a_running_kiosk_picks_up_a_rotated_key(ops: Operations) -> None:
    from kiosk.passes.keys import rotate_key

    old = ops.keyring.signing_key.key_id
    rotate_key(ops.settings, MORNING)  # another device, or the administrator's command
    assert ops.keyring.signing_key.key_id == old + 1
    result = ops.check_in(CheckInRequest(name="Budi", phone="081234567890",
                                         purpose=Purpose.MEETING, consent=True))
    assert ops.verify_token(scanned_token(result.pass_pdf)).key_id == old + 1


def test_a_card_tried_under_the_scanner_right_after_check_in_is_ignored(
    ops: Operations,
) -> None:
    from kiosk.operations import JustCheckedIn

    result = ops.check_in(CheckInRequest(name="Budi", phone="081234567890",
                                         purpose=Purpose.MEETING, consent=True))
    card = scanned_token(result.pass_pdf)
    outcome = ops.handle_scan(card, just_printed=result.visit.visit_id)
    assert isinstance(outcome, JustCheckedIn)
    assert ops.visitors_in_building()  # still in
    assert isinstance(ops.handle_scan(card), CheckedOut)  # later, on the way out


def test_no_new_card_for_a_visitor_who_has_left_and_a_late_one_is_void(ops: Operations) -> None:
    from kiosk.errors import AlreadyCheckedOutError

    result = ops.check_in(CheckInRequest(name="Budi", phone="081234567890", purpose=Purpose.MEETING,
                                         consent=True, group_size=3))
    late = at(ops, MORNING + timedelta(hours=14)).reprint(result.visit.visit_id,
                                                           PassStyle.PER_PERSON)
    pdf = Path(late.pass_pdf or "").read_bytes()
    assert "VOID" in text_of(pdf) and len(page_sizes_mm(pdf)) == 3
    ops.check_out(visit_id=result.visit.visit_id)
    with pytest.raises(AlreadyCheckedOutError):
        ops.reprint(result.visit.visit_id)


def test_a_delegation_is_invited_with_one_code_and_checks_in_as_one_group(
        ops: Operations) -> None:
    code = invite(ops, guest_name="Delegasi Dinas Koperasi Kab. Lebak", group_size=12)
    assert ops.find_invitation(code).group_size == 12
    visit = ops.redeem_invitation(code).visit
    assert visit.group_size == 12
    with pytest.raises(ValidationError) as too_many:
        invite(ops, group_size=0)
    assert too_many.value.codes() == {"group_size": ErrorCode.GROUP_SIZE_RANGE}


def test_reception_lists_cancels_and_prints_the_invitations(ops: Operations,
                                                            tmp_path: Path) -> None:
    today = MORNING.astimezone(JAKARTA).date()
    first = invite(ops, expected_from=MORNING)
    second = invite(ops, guest_name="Andi",
                    expected_from=MORNING + timedelta(days=3),
                    expected_until=MORNING + timedelta(days=3, hours=2))
    later = invite(ops, guest_name="Nanti Saja", expected_from=MORNING + timedelta(days=20),
                   expected_until=MORNING + timedelta(days=20, hours=1))
    listed = ops.invitations_between(staff(), today, today + timedelta(days=14))
    assert [i.code for i in listed] == [first, second]  # soonest first; day 20 is outside
    ops.redeem_invitation(first)
    assert ops.invitations_between(staff(), today, today)[0].status.value == "used"
    with pytest.raises(CodeRefusedError) as used:
        ops.cancel_invitation(listed[0].invitation_id, staff())
    assert used.value.code is ErrorCode.INVITATION_USED
    cancelled = ops.cancel_invitation(listed[1].invitation_id, staff())
    assert cancelled.status.value == "cancelled"
    with pytest.raises(CodeRefusedError) as refused:
        ops.find_invitation(second)
    assert refused.value.code is ErrorCode.INVITATION_CANCELLED
    # The slip of the one still waiting: no A4 printer here, so it is saved; its QR code reads
    # back as the invitation's signed token.
    waiting = ops.invitations_between(staff(), today, today + timedelta(days=30))[-1]
    assert waiting.code == later
    outcome = ops.send_slip(ops.invitation_slip(waiting.invitation_id, staff()))
    assert not outcome.printed and outcome.saved_to is not None
    pdf = outcome.saved_to.read_bytes()
    assert later in text_of(pdf)
    (payload,) = decode_qr(render(pdf)[0])
    token = tokens.verify(ops.keyring, payload, now=MORNING)
    assert token.subject_id == waiting.invitation_id
