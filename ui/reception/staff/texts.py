"""Words for staff accounts and the activity record: refused fields, what was done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.data_requests.register import handled_action, received_action
from kiosk.errors import ErrorCode
from kiosk.models import ActivityKind, RequestKind
from kiosk.staff.accounts import PASSWORD_MAX, PASSWORD_MIN
from kiosk.staff.pin import PIN_MAX_LENGTH, PIN_MIN_LENGTH
from ui.reception.booking.texts import action_label


def staff_error_text(field: str, code: ErrorCode) -> str:
    """One field of a staff account, refused, in words."""
    texts = {
        ErrorCode.REQUIRED: QCoreApplication.translate("StaffTexts", "Please fill this in."),
        ErrorCode.TOO_LONG: QCoreApplication.translate("StaffTexts", "This is too long."),
        ErrorCode.NAME_NEEDS_LETTERS: QCoreApplication.translate(
            "StaffTexts", "A name needs letters."),
        ErrorCode.NAME_INVALID_CHARACTERS: QCoreApplication.translate(
            "StaffTexts", "A name cannot have these characters."),
        ErrorCode.LOGIN_INVALID: QCoreApplication.translate(
            "StaffTexts", "Use 2 to 40 of a–z, 0–9, dot, dash or underscore, e.g. siti.a"),
        ErrorCode.LOGIN_EXISTS: QCoreApplication.translate(
            "StaffTexts", "Someone already signs in with this name."),
        ErrorCode.PASSWORD_TOO_SHORT: QCoreApplication.translate(
            "StaffTexts", "At least %1 characters; a short sentence is easy to remember.")
        .replace("%1", str(PASSWORD_MIN)),
        ErrorCode.PASSWORD_TOO_LONG: QCoreApplication.translate(
            "StaffTexts", "At most %1 characters.").replace("%1", str(PASSWORD_MAX)),
        ErrorCode.PASSWORD_TOO_COMMON: QCoreApplication.translate(
            "StaffTexts", "Too easy to guess: choose one that is not well known and does "
                          "not contain the sign-in name."),
        ErrorCode.PIN_INVALID: pin_rule(),
        ErrorCode.LAST_ADMIN: QCoreApplication.translate(
            "StaffTexts", "The building would have no administrator left: make someone "
                          "else an administrator first."),
        ErrorCode.STAFF_EXISTS: QCoreApplication.translate(
            "StaffTexts", "The first administrator was already made: please sign in."),
        ErrorCode.UNKNOWN_ROLE: QCoreApplication.translate("StaffTexts", "Choose a role."),
        ErrorCode.PASSWORD_WRONG: QCoreApplication.translate(
            "StaffTexts", "This is not your current password."),
        ErrorCode.ACCOUNT_LOCKED: QCoreApplication.translate(
            "StaffTexts", "Too many wrong passwords: your account is locked for a few "
                          "minutes."),
    }
    return texts.get(code, code.value)


def pin_rule() -> str:
    return QCoreApplication.translate("StaffTexts", "%1 to %2 digits.").replace(
        "%1", str(PIN_MIN_LENGTH)).replace("%2", str(PIN_MAX_LENGTH))


def kind_label(kind: ActivityKind) -> str:
    labels = {
        ActivityKind.BOOKING: QCoreApplication.translate("StaffTexts", "Booking"),
        ActivityKind.CLOSURE: QCoreApplication.translate("StaffTexts", "Closure"),
        ActivityKind.ROOM: QCoreApplication.translate("StaffTexts", "Room"),
        ActivityKind.ORGANIZATION: QCoreApplication.translate("StaffTexts", "Organisation"),
        ActivityKind.VISIT: QCoreApplication.translate("StaffTexts", "Visit"),
        ActivityKind.INVITATION: QCoreApplication.translate("StaffTexts", "Invitation"),
        ActivityKind.EXPORT: QCoreApplication.translate("StaffTexts", "Export"),
        ActivityKind.STAFF: QCoreApplication.translate("StaffTexts", "Staff"),
        ActivityKind.PRIVACY: QCoreApplication.translate("StaffTexts", "Privacy"),
    }
    return labels[kind]


def activity_label(kind: ActivityKind, action: str) -> str:
    """What was done, in words ("Approved", "Signed in", "Card reprinted" …)."""
    if kind is ActivityKind.BOOKING:
        return action_label(action)
    labels = {
        (ActivityKind.ORGANIZATION, "add"): QCoreApplication.translate("StaffTexts", "Added"),
        (ActivityKind.ORGANIZATION, "edit"): QCoreApplication.translate("StaffTexts",
                                                                        "Changed"),
        (ActivityKind.ORGANIZATION, "retire"): QCoreApplication.translate("StaffTexts",
                                                                          "Retired"),
        (ActivityKind.ORGANIZATION, "bring_back"): QCoreApplication.translate(
            "StaffTexts", "Brought back"),
        (ActivityKind.ORGANIZATION, "import"): QCoreApplication.translate(
            "StaffTexts", "List imported"),
        (ActivityKind.CLOSURE, "add"): QCoreApplication.translate("StaffTexts", "Closed"),
        (ActivityKind.CLOSURE, "reopen"): QCoreApplication.translate("StaffTexts", "Reopened"),
        (ActivityKind.VISIT, "check_out"): QCoreApplication.translate("StaffTexts",
                                                                      "Checked out"),
        (ActivityKind.VISIT, "reprint"): QCoreApplication.translate("StaffTexts",
                                                                    "Card reprinted"),
        (ActivityKind.VISIT, "check_in"): QCoreApplication.translate("StaffTexts",
                                                                     "Checked in at the desk"),
        (ActivityKind.INVITATION, "add"): QCoreApplication.translate("StaffTexts", "Invited"),
        (ActivityKind.INVITATION, "cancel"): QCoreApplication.translate("StaffTexts",
                                                                        "Cancelled"),
        (ActivityKind.INVITATION, "print"): QCoreApplication.translate("StaffTexts",
                                                                       "Slip printed"),
        (ActivityKind.EXPORT, "ics"): QCoreApplication.translate(
            "StaffTexts", "Booking saved for a calendar"),
        (ActivityKind.EXPORT, "ics_series"): QCoreApplication.translate(
            "StaffTexts", "Series saved for a calendar"),
        (ActivityKind.ROOM, "add"): QCoreApplication.translate("StaffTexts", "Added"),
        (ActivityKind.ROOM, "edit"): QCoreApplication.translate("StaffTexts", "Changed"),
        (ActivityKind.ROOM, "retire"): QCoreApplication.translate("StaffTexts", "Retired"),
        (ActivityKind.ROOM, "bring_back"): QCoreApplication.translate("StaffTexts",
                                                                      "Brought back"),
        (ActivityKind.STAFF, "first_admin"): QCoreApplication.translate(
            "StaffTexts", "First administrator made"),
        (ActivityKind.STAFF, "add"): QCoreApplication.translate("StaffTexts",
                                                                "Account added"),
        (ActivityKind.STAFF, "password"): QCoreApplication.translate("StaffTexts",
                                                                     "Password changed"),
        (ActivityKind.STAFF, "pin"): QCoreApplication.translate("StaffTexts", "PIN changed"),
        (ActivityKind.STAFF, "role"): QCoreApplication.translate("StaffTexts",
                                                                 "Role changed"),
        (ActivityKind.STAFF, "disable"): QCoreApplication.translate("StaffTexts",
                                                                    "Account disabled"),
        (ActivityKind.STAFF, "enable"): QCoreApplication.translate("StaffTexts",
                                                                   "Account enabled"),
        (ActivityKind.STAFF, "sign_in"): QCoreApplication.translate("StaffTexts",
                                                                    "Signed in"),
        (ActivityKind.STAFF, "locked"): QCoreApplication.translate(
            "StaffTexts", "Locked after wrong passwords"),
        (ActivityKind.STAFF, "leave_kiosk"): QCoreApplication.translate(
            "StaffTexts", "Left kiosk mode"),
        (ActivityKind.EXPORT, "evacuation_list"): QCoreApplication.translate(
            "StaffTexts", "Evacuation list printed"),
        **_privacy_labels(),
    }
    return labels.get((kind, action), action)


def _privacy_labels() -> dict[tuple[ActivityKind, str], str]:
    """The deny list, the check-ins it held, and requests about personal data."""
    privacy = ActivityKind.PRIVACY
    export, erase, withdraw = RequestKind.EXPORT, RequestKind.ERASE, RequestKind.WITHDRAW
    return {
        (privacy, "deny_add"): QCoreApplication.translate("StaffTexts",
                                                          "Added to the deny list"),
        (privacy, "deny_remove"): QCoreApplication.translate("StaffTexts",
                                                             "Removed from the deny list"),
        (privacy, "admit_held"): QCoreApplication.translate("StaffTexts",
                                                            "Held check-in admitted"),
        (privacy, "turn_away"): QCoreApplication.translate("StaffTexts",
                                                           "Held check-in turned away"),
        (privacy, received_action(export)): QCoreApplication.translate(
            "StaffTexts", "Request to see data logged"),
        (privacy, received_action(erase)): QCoreApplication.translate(
            "StaffTexts", "Request to erase data logged"),
        (privacy, received_action(withdraw)): QCoreApplication.translate(
            "StaffTexts", "Consent withdrawal logged"),
        (privacy, handled_action(export)): QCoreApplication.translate(
            "StaffTexts", "Personal data exported"),
        (privacy, handled_action(erase)): QCoreApplication.translate(
            "StaffTexts", "Personal data erased"),
        (privacy, handled_action(withdraw)): QCoreApplication.translate(
            "StaffTexts", "Consent withdrawn"),
    }
