"""Translated words for the domain's codes: error codes, purposes. Strings are spelled out in
full ``QCoreApplication.translate`` calls so that ``pyside6-lupdate`` finds them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from kiosk.errors import CodeRefusedError, ErrorCode
from kiosk.models import Purpose, Role
from kiosk.paper.dates import format_day_en, format_day_id, zone_label
from kiosk.paper.printing import PrintProblem
from kiosk.staff.roles import Permission, PermissionDeniedError


def purpose_label(purpose: Purpose) -> str:
    labels = {
        Purpose.TRAINING: QCoreApplication.translate("Purpose", "Training"),
        Purpose.MEETING: QCoreApplication.translate("Purpose", "Meeting"),
        Purpose.CONSULTATION: QCoreApplication.translate("Purpose", "Consultation"),
        Purpose.SHOWROOM: QCoreApplication.translate("Purpose", "Showroom visit"),
        Purpose.EVENT: QCoreApplication.translate("Purpose", "Event"),
        Purpose.DELIVERY: QCoreApplication.translate("Purpose", "Delivery"),
        Purpose.OTHER: QCoreApplication.translate("Purpose", "Other"),
    }
    return labels[purpose]


def error_text(field: str, code: ErrorCode) -> str:
    """One clear sentence for the visitor about one field."""
    specific = {
        ("name", ErrorCode.REQUIRED): QCoreApplication.translate(
            "Errors", "Please enter your name."),
        ("phone", ErrorCode.REQUIRED): QCoreApplication.translate(
            "Errors", "Please enter your mobile number."),
        ("name", ErrorCode.TOO_LONG): QCoreApplication.translate(
            "Errors", "This name is too long. Please shorten it to 120 letters."),
        ("organization", ErrorCode.TOO_LONG): QCoreApplication.translate(
            "Errors", "This name is too long. Please shorten it to 120 letters."),
    }
    if (field, code) in specific:
        return specific[field, code]
    general = {
        ErrorCode.REQUIRED: QCoreApplication.translate("Errors", "Please fill this in."),
        ErrorCode.TOO_LONG: QCoreApplication.translate("Errors", "This is too long."),
        ErrorCode.NAME_NEEDS_LETTERS: QCoreApplication.translate(
            "Errors", "A name needs at least one letter."),
        ErrorCode.NAME_INVALID_CHARACTERS: QCoreApplication.translate(
            "Errors", "Please use letters only: numbers, emoji and symbols cannot be printed "
            "on your pass."),
        ErrorCode.PHONE_INVALID_CHARACTERS: QCoreApplication.translate(
            "Errors", "A mobile number has digits only, for example 081234567890."),
        ErrorCode.PHONE_TOO_SHORT: QCoreApplication.translate(
            "Errors", "This mobile number is too short. Please check it."),
        ErrorCode.PHONE_TOO_LONG: QCoreApplication.translate(
            "Errors", "This mobile number is too long. Please check it."),
        ErrorCode.PHONE_INVALID: QCoreApplication.translate(
            "Errors", "This is not a mobile number we can reach. Please check it."),
        ErrorCode.GROUP_SIZE_RANGE: QCoreApplication.translate(
            "Errors", "A group has from 1 to 500 people."),
        ErrorCode.UNKNOWN_DESTINATION: QCoreApplication.translate(
            "Errors", "This place is no longer available. Please choose again."),
        ErrorCode.UNKNOWN_PURPOSE: QCoreApplication.translate(
            "Errors", "Please choose the purpose of your visit."),
        ErrorCode.CONSENT_REQUIRED: QCoreApplication.translate(
            "Errors", "Without your agreement we cannot register you. Please see the "
            "receptionist."),
        ErrorCode.UNKNOWN_VISITOR: QCoreApplication.translate(
            "Errors", "This visitor is no longer known here. Register them as a new visitor."),
        ErrorCode.GROUP_NAMES_TOO_MANY: QCoreApplication.translate(
            "Errors", "More names than people in the group. Please check the names."),
    }
    # A code without words of its own still gets a sentence, never an exception in a slot.
    return general.get(code) or something_went_wrong()


def moment_text(at: datetime, zone: ZoneInfo) -> str:
    """A moment in the building's zone, in the interface's language: "Senin, 7 Desember 2026
    pukul 17.00 WIB" / "Monday, 7 December 2026 at 17:00 WIB"."""
    local = at.astimezone(zone)
    indonesian = QLocale().language() == QLocale.Language.Indonesian
    day = format_day_id(local.date()) if indonesian else format_day_en(local.date())
    return (QCoreApplication.translate("Errors", "%1 at %2 %3", "a day, a time, a time zone")
            .replace("%1", day).replace("%2", f"{local:%H.%M}" if indonesian else f"{local:%H:%M}")
            .replace("%3", zone_label(zone)))


def refusal_text(refusal: ErrorCode | CodeRefusedError, zone: ZoneInfo | None = None) -> str:
    """Why a scanned or typed code did nothing, and what to do next (the screen adds where
    reception is). An expired pass says when it expired, given the building's zone."""
    code = refusal.code if isinstance(refusal, CodeRefusedError) else refusal
    expired_at = refusal.expired_at if isinstance(refusal, CodeRefusedError) else None
    if code is ErrorCode.PASS_EXPIRED and expired_at is not None and zone is not None:
        return QCoreApplication.translate(
            "Errors", "This visitor card expired on %1. Please hand it in at reception.").replace(
            "%1", moment_text(expired_at, zone))
    texts = {
        ErrorCode.CODE_GARBLED: QCoreApplication.translate(
            "Errors", "This code could not be read. Please hold it under the scanner again, "
            "or type the code printed under it."),
        ErrorCode.PASS_UNKNOWN: QCoreApplication.translate(
            "Errors", "This visitor card is not recognised here. Please show it at "
            "reception."),
        ErrorCode.PASS_ALREADY_OUT: QCoreApplication.translate(
            "Errors", "You have already checked out with this card. Thank you!"),
        ErrorCode.PASS_EXPIRED: QCoreApplication.translate(
            "Errors", "This visitor card is no longer valid. Please hand it in at reception."),
        ErrorCode.PASS_FORGED: QCoreApplication.translate(
            "Errors", "This card is not a visitor card of this building. Please show it at "
            "reception."),
        ErrorCode.PASS_OTHER_SITE: QCoreApplication.translate(
            "Errors", "This visitor card is from another building. Please show it at "
            "reception."),
        ErrorCode.INVITATION_UNKNOWN: QCoreApplication.translate(
            "Errors", "This invitation code is not recognised. Check the code, or register "
            "as a visitor without an invitation."),
        ErrorCode.INVITATION_USED: QCoreApplication.translate(
            "Errors", "This invitation has already been used. If you are here again, please "
            "register as a visitor without an invitation."),
        ErrorCode.INVITATION_CANCELLED: QCoreApplication.translate(
            "Errors", "This invitation was cancelled by the person who invited you. You can "
            "register as a visitor without an invitation."),
        ErrorCode.INVITATION_EXPIRED: QCoreApplication.translate(
            "Errors", "This invitation is no longer valid: its date has passed. You can "
            "register as a visitor without an invitation."),
        ErrorCode.INVITATION_TOO_EARLY: QCoreApplication.translate(
            "Errors", "This invitation is for a later time. Please come back then, or ask at "
            "reception."),
    }
    return texts.get(code, something_went_wrong())


#: Refusals after which registering as a walk-in visitor makes sense (the invitation is
#: unusable, but the visit may still be welcome).
WALK_IN_AFTER = frozenset({ErrorCode.INVITATION_UNKNOWN, ErrorCode.INVITATION_USED,
                           ErrorCode.INVITATION_CANCELLED, ErrorCode.INVITATION_EXPIRED})


def print_problem_text(problem: PrintProblem | None) -> str:
    """What is wrong with the card printer, in a visitor's words."""
    texts = {
        PrintProblem.PRINTER_STOPPED: QCoreApplication.translate(
            "Errors", "The card printer has stopped (it may be out of labels)."),
        PrintProblem.PRINTER_MISSING: QCoreApplication.translate(
            "Errors", "The card printer is not connected."),
        PrintProblem.CUPS_UNAVAILABLE: QCoreApplication.translate(
            "Errors", "The printing service is not running."),
        PrintProblem.JOB_FAILED: QCoreApplication.translate(
            "Errors", "Your card could not be printed."),
        PrintProblem.TIMED_OUT: QCoreApplication.translate(
            "Errors", "The card printer is not answering."),
    }
    return texts[problem] if problem in texts else texts[PrintProblem.JOB_FAILED]


def something_went_wrong(error: BaseException | None = None) -> str:
    """The words for an operation that failed: what the person's role does not allow, or
    an apology."""
    if isinstance(error, PermissionDeniedError):
        return permission_text(error)
    return QCoreApplication.translate(
        "Errors", "Sorry, something went wrong. Please ask the receptionist for help.")


def role_label(role: Role) -> str:
    labels = {
        Role.RECEPTIONIST: QCoreApplication.translate("Roles", "Receptionist"),
        Role.MANAGER: QCoreApplication.translate("Roles", "Manager"),
        Role.ADMIN: QCoreApplication.translate("Roles", "Administrator"),
    }
    return labels[role]


def permission_text(error: PermissionDeniedError) -> str:
    """A refusal, said to the staff member: what their role may not do, and who may."""
    deeds = {
        Permission.VISITORS: QCoreApplication.translate("Roles", "serve visitors"),
        Permission.INVITATIONS: QCoreApplication.translate("Roles", "invite guests"),
        Permission.BOOK: QCoreApplication.translate("Roles", "make or change bookings"),
        Permission.PRINT: QCoreApplication.translate("Roles", "print"),
        Permission.APPROVE: QCoreApplication.translate("Roles", "approve or reject bookings"),
        Permission.CLOSURES: QCoreApplication.translate("Roles", "close rooms or floors"),
        Permission.ROOMS: QCoreApplication.translate("Roles", "change rooms"),
        Permission.ORGANIZATIONS: QCoreApplication.translate("Roles",
                                                             "change organisations"),
        Permission.REPORTS: QCoreApplication.translate("Roles", "see reports"),
        Permission.PRIVACY: QCoreApplication.translate("Roles", "handle privacy requests"),
        Permission.ACTIVITY: QCoreApplication.translate("Roles", "see the activity record"),
        Permission.STAFF: QCoreApplication.translate("Roles", "manage staff accounts"),
        Permission.DEVICES: QCoreApplication.translate("Roles", "manage devices"),
        Permission.KEYS: QCoreApplication.translate("Roles", "manage keys"),
        Permission.LEAVE_KIOSK: QCoreApplication.translate("Roles", "leave kiosk mode"),
    }
    who = (QCoreApplication.translate("Roles", "an administrator")
           if error.permission in (Permission.STAFF, Permission.DEVICES, Permission.KEYS)
           else QCoreApplication.translate("Roles", "a manager"))
    return (QCoreApplication.translate("Roles", "Your role (%1) may not %2. Please ask %3.")
            .replace("%1", role_label(error.role)).replace("%2", deeds[error.permission])
            .replace("%3", who))


def privacy_summary(retention_days: int) -> str:
    """The privacy notice in three short lines, shown before the phone number is asked."""
    return QCoreApplication.translate(
        "Privacy",
        "We keep your name, mobile number and this visit.\n"
        "For %1 days after your last visit, for everyone's safety; then it is erased.\n"
        "Only reception and the building management see it. Ask reception to see or erase "
        "it.").replace(
            "%1", str(retention_days))


def reception_hint() -> str:
    """Where a visitor finds people to help: said by every refusal and "see reception"."""
    return QCoreApplication.translate(
        "Errors", "The reception desk is here in the lobby, on the ground floor.")


def privacy_notice(retention_days: int) -> str:
    """What is kept about a visitor, why, for how long and who sees it (UU PDP 27/2022): on
    the kiosk's consent screen, and read out by reception at a desk check-in."""
    return QCoreApplication.translate(
        "Privacy",
        "We keep your name, mobile number, organisation, the purpose and place of your "
        "visit, when you came and left, and the names of your group if you give them.\n\n"
        "Why: the safety of everyone in the building (in an emergency, reception prints "
        "who is inside), and to reach you if needed.\n\n"
        "For how long: %1 days after your last visit. Then your name and number are erased "
        "on every computer of the building; only a count of visits without names is kept "
        "for the city's statistics.\n\n"
        "Who sees it: the receptionists, the building management and, in an emergency, "
        "the safety officers. It is never sold or shared.\n\n"
        "Your rights: ask at the reception desk for a copy of your data (on paper or as a "
        "file), to erase it now, or to withdraw your agreement; we answer within 3 × 24 "
        "hours. After a withdrawal the kiosk no longer recognises your number "
        "(Law No. 27 of 2022 on Personal Data Protection).").replace("%1", str(retention_days))
