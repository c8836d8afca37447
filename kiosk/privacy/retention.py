"""Retention, on by default: the daily purge of personal data older than ``retention_days``.

Who is past retention: a visitor not yet anonymised whose last visit checked in before the
cutoff (now − ``retention_days``), or who has no visit and was created before it; a deny-list
entry that ended (or was removed) before the cutoff; an invitation expected before it; a held
check-in made before it. They are anonymised in place (:mod:`kiosk.privacy.erasure`), a few at a
time: each batch is one short unit of work, so a kiosk check-in never waits long for the writer
lock. Then the pending outbox is scrubbed in slices, pass and invitation PDFs, rotated log files
and migration backups older than the cutoff are deleted, and what is left is made
unrecoverable from the device's files (:mod:`kiosk.privacy.wipe`).

:class:`Purge` runs step by step (the application runs one step per worker job, so its event
loop never waits); :func:`purge` runs every step (the ``gic-kiosk purge`` command).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, bindparam, func, or_, select, text
from sqlalchemy.orm import Session

from kiosk.config import Settings
from kiosk.db.outbox import OutboxEntry
from kiosk.db.types import UTCDateTime
from kiosk.db.unit_of_work import Database
from kiosk.models import DenyEntry, HeldCheckIn, Invitation, PrivacyRequest
from kiosk.privacy import erasure, wipe

log = logging.getLogger(__name__)

#: Visitors anonymised in one unit of work, with their visits: about 40 ms (p95 85 ms) for 20
#: visitors with 70 visits (bench/purge.py), about as long as a check-in then waits for the
#: writer lock.
BATCH_SIZE = 20
#: Outbox entries scrubbed in one unit of work (about 10 µs each).
OUTBOX_SLICE = 2000
#: Visitor rows (by rowid) one step looks through for people past retention: a day's purge
#: over 300,000 visitors then holds the writer lock for milliseconds at a time, not 0.5 s.
SCAN_WINDOW = 5000


@dataclass(frozen=True)
class PurgeReport:
    """What a purge anonymised and deleted (or, for a dry run, would): counts, never names."""

    dry_run: bool = False
    visitors: int = 0
    visits: int = 0
    invitations: int = 0
    held: int = 0
    deny_entries: int = 0
    #: Pending outbox entries whose payloads were scrubbed of the people anonymised.
    outbox_entries: int = 0
    pdfs: int = 0
    logs: int = 0
    backups: int = 0
    #: Units of work the purge took.
    batches: int = 0

    def line(self) -> str:
        """One line for a command's output or the log."""
        verb = "would anonymise" if self.dry_run else "anonymised"
        gone = "would delete" if self.dry_run else "deleted"
        return (f"{verb} {_n(self.visitors, 'visitor')} ({_n(self.visits, 'visit')}), "
                f"{_n(self.invitations, 'invitation')}, {_n(self.held, 'held check-in')}, "
                f"{_n(self.deny_entries, 'deny-list entry', 'deny-list entries')}; {gone} "
                f"{_n(self.pdfs, 'PDF')}, {_n(self.logs, 'log file')}, "
                f"{_n(self.backups, 'backup')}")


def _n(count: int, one: str, many: str = "") -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def cutoff_of(settings: Settings, now: datetime) -> datetime:
    """The first moment still inside the retention period."""
    return now - timedelta(days=settings.retention_days)


def purge(database: Database, settings: Settings, *, now: datetime, dry_run: bool = False,
          batch_size: int = BATCH_SIZE) -> PurgeReport:
    """Purge everything past retention, batch after batch; or, with ``dry_run``, count what
    would go and change nothing."""
    if dry_run:
        return would_purge(database, settings, now=now)
    run = Purge(database, settings, now=now, batch_size=batch_size)
    while run.step():
        pass
    run.wipe_backups()
    return run.finish()


class Purge:
    """One purge, in three parts: :meth:`step`, one short unit of work (or the old files'
    deletion) at a time, until it says nothing is left; then :meth:`wipe_backups`, which works
    on the backup files only (seconds for a large one, so the application runs it away from
    its database worker); then :meth:`finish`. Call them from one thread at a time."""

    def __init__(self, database: Database, settings: Settings, *, now: datetime,
                 batch_size: int = BATCH_SIZE) -> None:
        self.database = database
        self.settings = settings
        self.now = now
        self.cutoff = cutoff_of(settings, now)
        self.batch_size = batch_size
        self.report = PurgeReport()
        self._steps = self._run()

    def step(self) -> bool:
        """Do the next step; False once the purge is complete."""
        if next(self._steps, None) is None:
            return False
        self.report = replace(self.report, batches=self.report.batches + 1)
        return True

    def _add(self, erased: erasure.Erased) -> None:
        r = self.report
        self.report = replace(r, visitors=r.visitors + erased.visitors,
                              visits=r.visits + erased.visits,
                              invitations=r.invitations + erased.invitations,
                              held=r.held + erased.held,
                              deny_entries=r.deny_entries + erased.deny_entries)

    def _run(self) -> Iterator[bool]:
        # Entries written from here on carry anonymised values already: only older ones can
        # still name someone.
        with self.database.reading() as session:
            first, last = session.execute(
                select(func.min(OutboxEntry.seq), func.max(OutboxEntry.seq))).one()
        yield from self._visitors()
        yield from self._rows(Invitation, Invitation.expected_until < self.cutoff)
        yield from self._rows(HeldCheckIn, HeldCheckIn.created_at < self.cutoff)
        yield from self._rows(DenyEntry, or_(DenyEntry.ends_at < self.cutoff,
                                             DenyEntry.deleted_at < self.cutoff))
        yield from self._requests()
        yield from self._outbox(first, last)
        files = delete_old_files(self.settings, self.database_path, self.cutoff)
        self.report = replace(self.report, pdfs=files.pdfs, logs=files.logs,
                              backups=files.backups)
        yield True

    def wipe_backups(self) -> int:
        """After the steps: anonymise in each migration backup what the purge anonymised
        (:func:`kiosk.privacy.wipe.wipe_backup`). Touches no table of the live database but
        reads it. Returns how many backups changed."""
        return wipe.wipe_backups(self.database_path)

    def finish(self) -> PurgeReport:
        """Last: empty the WAL of what the purge overwrote, and log the counts."""
        wipe.checkpoint(self.database)  # says so in the log when a reader held the WAL
        log.info("retention purge: %s", self.report.line())
        return self.report

    @property
    def database_path(self) -> Path:
        return Path(str(self.database.engine.url.database))

    def _visitors(self) -> Iterator[bool]:
        with self.database.reading() as session:
            last = session.scalar(text("SELECT max(rowid) FROM visitor")) or 0
        after = 0
        while after < last:
            before = after + SCAN_WINDOW
            with self.database.unit_of_work() as session:
                found = past_retention(session, self.cutoff, after=after, before=before,
                                       limit=self.batch_size)
                if found:
                    self._add(erasure.anonymise_visitors(
                        session, [i for _, i in found], at=self.now, scrub=False,
                        older_than=self.cutoff))
            # A full batch may have left some of the window: go on from its last row.
            after = found[-1][0] if len(found) == self.batch_size else before
            yield True

    def _rows(self, model: type[Invitation] | type[HeldCheckIn] | type[DenyEntry],
              condition: ColumnElement[bool]) -> Iterator[bool]:
        while True:
            with self.database.unit_of_work() as session:
                ids = list(session.scalars(select(model.id).where(
                    model.anonymized_at.is_(None), condition).limit(self.batch_size * 10)))
                if ids:
                    if model is DenyEntry:
                        erased = erasure.anonymise_deny_entries(session, ids, self.now,
                                                                scrub=False)
                    else:
                        erased = erasure.anonymise_rows(session, model,  # type: ignore[arg-type]
                                                        ids, self.now, scrub=False)
                    self._add(erased)
            if not ids:
                return
            yield True

    def _requests(self) -> Iterator[bool]:
        """A data-subject request left open past the retention period forgets who asked (a
        closed one already has): the register keeps no name or phone longer than anything."""
        with self.database.unit_of_work() as session:
            for request in session.scalars(select(PrivacyRequest).where(
                    PrivacyRequest.subject != "", PrivacyRequest.received_at < self.cutoff)):
                request.subject = ""
        yield True

    def _outbox(self, first: int | None, last: int | None) -> Iterator[bool]:
        if first is None or last is None:
            return
        for start in range(first, last + 1, OUTBOX_SLICE):
            with self.database.unit_of_work() as session:
                scrubbed = erasure.scrub_outbox_range(session, start, start + OUTBOX_SLICE - 1)
            self.report = replace(self.report,
                                  outbox_entries=self.report.outbox_entries + scrubbed)
            yield True


_PAST_RETENTION = """
    FROM visitor v
    WHERE v.anonymized_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM visit x WHERE x.visitor_id = v.id
                      AND x.checked_in_at >= :cutoff)
      AND (v.created_at < :cutoff OR EXISTS (SELECT 1 FROM visit x WHERE x.visitor_id = v.id))
"""


def past_retention(session: Session, cutoff: datetime, *, after: int = 0,
                   before: int | None = None, limit: int = BATCH_SIZE
                   ) -> list[tuple[int, uuid.UUID]]:
    """Up to ``limit`` visitors past retention, as (rowid, id), in rowid order, with
    ``after < rowid <= before``: walking the table in its own order through the index of
    those not yet anonymised, a whole purge reads each of them once."""
    statement = text(f"SELECT v.rowid, v.id {_PAST_RETENTION} AND v.rowid > :after "
                     "AND v.rowid <= :before ORDER BY v.rowid LIMIT :limit").bindparams(
        bindparam("cutoff", type_=UTCDateTime()))
    rows = session.execute(statement, {"cutoff": cutoff, "after": after, "limit": limit,
                                       "before": (1 << 62) if before is None else before})
    return [(int(rowid), uuid.UUID(hex=str(ident))) for rowid, ident in rows]


def would_purge(database: Database, settings: Settings, *, now: datetime) -> PurgeReport:
    """What a purge now would anonymise and delete: counts only, nothing changes."""
    cutoff = cutoff_of(settings, now)
    params = {"cutoff": cutoff}
    typed = bindparam("cutoff", type_=UTCDateTime())
    candidates = f"SELECT v.id {_PAST_RETENTION}"
    with database.reading() as session:
        visitors = session.scalar(text(f"SELECT count(*) {_PAST_RETENTION}").bindparams(typed),
                                  params) or 0
        visits = session.scalar(text(
            f"SELECT count(*) FROM visit WHERE anonymized_at IS NULL "
            f"AND visitor_id IN ({candidates})").bindparams(typed), params) or 0
        invitations = session.scalar(text(
            f"SELECT count(*) FROM invitation WHERE anonymized_at IS NULL AND "
            f"(expected_until < :cutoff OR id IN "
            f"(SELECT invitation_id FROM visit WHERE visitor_id IN ({candidates})))"
        ).bindparams(typed), params) or 0
        held = session.scalar(select(func.count()).select_from(HeldCheckIn).where(
            HeldCheckIn.anonymized_at.is_(None), HeldCheckIn.created_at < cutoff)) or 0
        deny = session.scalar(select(func.count()).select_from(DenyEntry).where(
            DenyEntry.anonymized_at.is_(None),
            or_(DenyEntry.ends_at < cutoff, DenyEntry.deleted_at < cutoff))) or 0
    path = Path(str(database.engine.url.database))
    files = delete_old_files(settings, path, cutoff, dry_run=True)
    return PurgeReport(dry_run=True, visitors=visitors, visits=visits, invitations=invitations,
                       held=held, deny_entries=deny, pdfs=files.pdfs, logs=files.logs,
                       backups=files.backups)


@dataclass(frozen=True)
class OldFiles:
    pdfs: int = 0
    logs: int = 0
    backups: int = 0


def delete_old_files(settings: Settings, database_path: Path, cutoff: datetime, *,
                     dry_run: bool = False) -> OldFiles:
    """Delete what the device wrote before ``cutoff`` (by modification time): pass, invitation
    and other PDFs under the PDF folder, rotated log files (``kiosk.log.1`` …; the one being
    written stays) and automatic migration backups. Returns how many of each went."""
    limit = cutoff.timestamp()
    groups = {
        "pdfs": [*settings.pdf_path.rglob("*.pdf"), *settings.pdf_path.rglob("*.pdf.part")],
        "logs": list((settings.data_path / "logs").glob("kiosk.log.*")),
        "backups": list(wipe.backup_files(database_path)),
    }
    counts = dict.fromkeys(groups, 0)
    for group, paths in groups.items():
        for path in paths:
            try:
                if not path.is_file() or path.stat().st_mtime >= limit:
                    continue
                if not dry_run:
                    path.unlink()
            except FileNotFoundError:
                continue
            counts[group] += 1
    if not dry_run and settings.pdf_path.is_dir():
        for folder in sorted(settings.pdf_path.iterdir(), reverse=True):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()  # a day's folder whose passes all went
    return OldFiles(**counts)
