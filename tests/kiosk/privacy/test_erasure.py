"""Erasing a person in place: the name and phone go from every row that held them (visitor,
group members, invitations, held check-ins, the outbox waiting to be pushed), what statistics
need stays, and the anonymisation travels to central like any change."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from kiosk.models import (
    DenyEntry,
    HeldCheckIn,
    Invitation,
    Organization,
    OrganizationKind,
    OutboxEntry,
    Visit,
    Visitor,
)
from kiosk.operations import Operations
from kiosk.privacy.erasure import Erased, anonymise_deny_entries, anonymise_visitors
from kiosk.privacy.personal import PERSONAL
from kiosk.privacy.wipe import delete_pdfs
from kiosk.visits.invitations import InvitationRequest
from tests.conftest import MORNING, staff
from tests.kiosk.privacy.conftest import Clock, days_ago, visit

PHONE = "+6281299887766"


def tenant(ops: Operations, name: str) -> uuid.UUID:
    with ops.database.unit_of_work() as session:
        organization = Organization(name=name, name_key=name.casefold(),
                                    kind=OrganizationKind.TENANT)
        session.add(organization)
        session.flush()
        return organization.id


def visitor_ids(ops: Operations, name: str) -> list[uuid.UUID]:
    with ops.database.reading() as session:
        return list(session.scalars(select(Visitor.id).where(Visitor.full_name == name)))


def erase(ops: Operations, name: str) -> Erased:
    ids = visitor_ids(ops, name)
    with ops.database.unit_of_work() as session:
        return anonymise_visitors(session, ids, at=MORNING)


def test_the_person_goes_and_the_visits_stay_countable(device: Operations, clock: Clock
                                                       ) -> None:
    kopi = tenant(device, "Kopi Nusantara")
    own = visit(device, clock, days_ago(3), "Sukarni", PHONE, organization="Toko Lestari",
                members=("Ratih", "Wulan"))
    staff_of_tenant = visit(device, clock, days_ago(2), "Sukarni", PHONE,
                            organization="Kopi Nusantara")
    visit(device, clock, days_ago(1), "Budi Hartono", "081355500001", members=("Agus",))
    with device.database.reading() as session:
        before = {v.id: v for v in session.scalars(select(Visit))}

    erased = erase(device, "Sukarni")

    assert (erased.visitors, erased.visits) == (1, 2)
    assert set(erased.pass_numbers) == {own.visit.pass_number, staff_of_tenant.visit.pass_number}
    with device.database.reading() as session:
        person = session.scalars(select(Visitor).where(Visitor.anonymized_at.is_not(None))).one()
        # Their tenant employer stays linked, as on central (only their own business goes).
        assert {c: getattr(person, c) for c in PERSONAL["visitor"]} == {
            **PERSONAL["visitor"], "organization_id": kopi}
        assert person.anonymized_at == MORNING
        after = {v.id: v for v in session.scalars(select(Visit))}
        budi = session.scalars(select(Visitor).where(Visitor.anonymized_at.is_(None))).one()
    mine = [after[own.visit.visit_id], after[staff_of_tenant.visit.visit_id]]
    assert [v.member_names for v in mine] == [[], []]
    # The visitor's own business is personal; the tenant they work for is not.
    assert [v.organization_id for v in mine] == [None, kopi]
    assert all(v.anonymized_at == MORNING for v in mine)
    for visit_id, old in before.items():  # what statistics count is untouched
        new = after[visit_id]
        assert (new.checked_in_at, new.checked_out_at, new.purpose, new.group_size,
                new.room_id, new.floor_id, new.host_organization_id, new.booking_id) == (
            old.checked_in_at, old.checked_out_at, old.purpose, old.group_size,
            old.room_id, old.floor_id, old.host_organization_id, old.booking_id)
    assert (budi.full_name, budi.phone_e164) == ("Budi Hartono", "+6281355500001")


def test_pending_outbox_entries_forget_the_person_and_the_change_is_pushed(
        device: Operations, clock: Clock) -> None:
    visit(device, clock, days_ago(3), "Sukarni Wijayakusuma", PHONE, members=("Ratih Dewi",))
    visit(device, clock, days_ago(1), "Budi Hartono", "081355500001")
    with device.database.reading() as session:
        last_seq = session.scalar(select(func.max(OutboxEntry.seq))) or 0

    erase(device, "Sukarni Wijayakusuma")

    with device.database.reading() as session:
        entries = list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))
    text = "\n".join(json.dumps(e.payload) for e in entries)
    for gone in ("Sukarni", "sukarni", "81299887766", "Ratih Dewi"):
        assert gone not in text
    assert "Budi Hartono" in text  # only the person's entries were rewritten
    # The anonymisation itself is queued for central, one entry per row changed.
    new = [e for e in entries if e.seq > last_seq]
    assert sorted(e.entity for e in new) == ["visit", "visitor"]
    assert next(e for e in new if e.entity == "visitor").payload["anonymized_at"]


def test_erasing_twice_changes_nothing_the_second_time(device: Operations, clock: Clock
                                                       ) -> None:
    visit(device, clock, days_ago(3), "Sukarni", PHONE)
    assert erase(device, "Sukarni").visitors == 1
    with device.database.reading() as session:
        queued = len(list(session.scalars(select(OutboxEntry.seq))))
    with device.database.unit_of_work() as session:
        again = anonymise_visitors(session, visitor_ids(device, ""),
                                   at=MORNING + timedelta(days=1))
    assert again.total == 0
    with device.database.reading() as session:
        assert len(list(session.scalars(select(OutboxEntry.seq)))) == queued
        assert session.scalars(select(Visitor.anonymized_at)).one() == MORNING


def test_invitations_and_held_check_ins_under_the_phone_go_too(device: Operations,
                                                               clock: Clock) -> None:
    window = (MORNING + timedelta(days=1), MORNING + timedelta(days=1, hours=2))
    for name, phone in (("Sukarni", PHONE), ("Budi Hartono", "081355500001")):
        device.create_invitation(InvitationRequest(name, *window, phone=phone,
                                                   organization="Toko Lestari"), staff())
    visit(device, clock, days_ago(3), "Sukarni", PHONE)
    with device.database.unit_of_work() as session:
        entry = DenyEntry(name="Sukarni", name_key="sukarni", phone_e164=PHONE, reason="x",
                          ends_at=days_ago(1))
        session.add(entry)
        session.flush()
        for phone in (PHONE, "+6281355500001"):
            session.add(HeldCheckIn(deny_entry_id=entry.id,
                                    request={"name": "Sukarni", "phone": phone}))
        entry_id = entry.id

    erased = erase(device, "Sukarni")
    with device.database.unit_of_work() as session:
        denied = anonymise_deny_entries(session, [entry_id], MORNING)

    assert (erased.invitations, erased.held, denied.deny_entries) == (1, 1, 1)
    with device.database.reading() as session:
        invitations = {i.phone_e164: i for i in session.scalars(select(Invitation))}
        held = {h.anonymized_at is None: h.request for h in session.scalars(select(HeldCheckIn))}
        deny = session.get(DenyEntry, entry_id)
    assert set(invitations) == {"", "+6281355500001"}
    assert (invitations[""].guest_name, invitations[""].organization) == ("", "")
    assert held == {False: {}, True: {"name": "Sukarni", "phone": "+6281355500001"}}
    assert deny is not None
    assert (deny.name, deny.phone_e164, deny.reason) == ("", "", "")


def test_the_persons_pass_pdfs_are_deleted_and_others_kept(device: Operations, clock: Clock
                                                           ) -> None:
    mine = [visit(device, clock, days_ago(d), "Sukarni", PHONE).pass_pdf for d in (3, 2)]
    other = visit(device, clock, days_ago(1), "Budi Hartono", "081355500001").pass_pdf
    assert all(mine) and other

    deleted = delete_pdfs(device.settings.pdf_path, erase(device, "Sukarni"))

    assert deleted == 2
    assert [Path(p).exists() for p in (*mine, other)] == [False, False, True]  # type: ignore[arg-type]


def test_a_shared_phone_keeps_the_other_persons_invitation_and_held_check_in(
        device: Operations, clock: Clock) -> None:
    """A family or an office shares one phone: erasing Sukarni leaves her husband's
    invitation for next week and his held check-in alone."""
    window = (MORNING + timedelta(days=7), MORNING + timedelta(days=7, hours=2))
    for name in ("Sukarni", "Budi Hartono"):
        device.create_invitation(InvitationRequest(name, *window, phone=PHONE), staff())
    visit(device, clock, days_ago(3), "Sukarni", PHONE)
    with device.database.unit_of_work() as session:
        entry = DenyEntry(name="Budi", name_key="budi", phone_e164=PHONE, reason="x")
        session.add(entry)
        session.flush()
        for name in ("Sukarni", "Budi Hartono"):
            session.add(HeldCheckIn(deny_entry_id=entry.id,
                                    request={"name": name, "phone": PHONE}))

    erased = erase(device, "Sukarni")

    assert (erased.invitations, erased.held) == (1, 1)
    with device.database.reading() as session:
        guests = sorted(i.guest_name for i in session.scalars(select(Invitation)))
        held = sorted(str(h.request.get("name", "")) for h in session.scalars(select(HeldCheckIn)))
    assert guests == ["", "Budi Hartono"]
    assert held == ["", "Budi Hartono"]
