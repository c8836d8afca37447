"""The organisations' words: kinds, offices, quotas and what is wrong with a field or a file.
Strings are spelled out in full ``QCoreApplication.translate`` calls for ``pyside6-lupdate``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.errors import ErrorCode
from kiosk.models import OrganizationKind
from kiosk.organizations.directory import QUOTA_LIMIT
from kiosk.organizations.spreadsheet import FileProblem
from ui.texts import error_text


def kind_label(kind: OrganizationKind) -> str:
    labels = {
        OrganizationKind.TENANT: QCoreApplication.translate("Organizations", "Tenant"),
        OrganizationKind.AGENCY: QCoreApplication.translate("Organizations", "City agency"),
        OrganizationKind.PARTNER: QCoreApplication.translate("Organizations", "Partner"),
        OrganizationKind.VISITOR: QCoreApplication.translate("Organizations",
                                                             "Visitor's business"),
    }
    return labels[kind]


def organization_error_text(field: str, code: ErrorCode) -> str:
    """One sentence for the receptionist about one field of an organisation (or a row)."""
    texts = {
        ErrorCode.UNKNOWN_KIND: QCoreApplication.translate(
            "Organizations", "Choose tenant, city agency or partner."),
        ErrorCode.UNKNOWN_FLOOR: QCoreApplication.translate(
            "Organizations", "The building has no such floor."),
        ErrorCode.UNKNOWN_ROOM: QCoreApplication.translate(
            "Organizations", "The building has no such room."),
        ErrorCode.ROOM_NOT_ON_FLOOR: QCoreApplication.translate(
            "Organizations", "This room is on another floor."),
        ErrorCode.NOT_A_NUMBER: QCoreApplication.translate(
            "Organizations", "Write a whole number."),
        ErrorCode.QUOTA_RANGE: QCoreApplication.translate(
            "Organizations", "A weekly quota is from 0 to %1 hours.").replace(
                "%1", str(QUOTA_LIMIT)),
        ErrorCode.EMAIL_INVALID: QCoreApplication.translate(
            "Organizations", "This is not an e-mail address, for example nama@usaha.id."),
        ErrorCode.UNKNOWN_LANGUAGE: QCoreApplication.translate(
            "Organizations", "The language is id (Indonesian) or en (English)."),
        ErrorCode.ORGANIZATION_EXISTS: QCoreApplication.translate(
            "Organizations", "An organisation of this name already exists."),
        ErrorCode.ORGANIZATION_RETIRED: QCoreApplication.translate(
            "Organizations", "An organisation of this name exists but is retired: show the "
            "retired ones and bring it back."),
        ErrorCode.DUPLICATE_ROW: QCoreApplication.translate(
            "Organizations", "The same organisation is on an earlier row."),
    }
    if code in texts:
        return texts[code]
    if field == "name" and code is ErrorCode.REQUIRED:
        return QCoreApplication.translate("Organizations", "Please enter the name.")
    return error_text(field, code)


def field_label(field: str) -> str:
    """A field's name, for the import's row messages."""
    labels = {
        "name": QCoreApplication.translate("Organizations", "Name"),
        "kind": QCoreApplication.translate("Organizations", "Kind"),
        "floor": QCoreApplication.translate("Organizations", "Floor"),
        "room": QCoreApplication.translate("Organizations", "Room"),
        "quota_hours": QCoreApplication.translate("Organizations", "Weekly quota"),
        "contact_name": QCoreApplication.translate("Organizations", "Contact"),
        "contact_phone": QCoreApplication.translate("Organizations", "Phone"),
        "contact_email": QCoreApplication.translate("Organizations", "E-mail"),
        "language": QCoreApplication.translate("Organizations", "Language"),
    }
    return labels.get(field, field)


def file_problem_text(problem: FileProblem) -> str:
    texts = {
        FileProblem.UNREADABLE: QCoreApplication.translate(
            "Organizations", "The file cannot be opened."),
        FileProblem.EMPTY: QCoreApplication.translate("Organizations", "The file is empty."),
        FileProblem.NOT_A_SPREADSHEET: QCoreApplication.translate(
            "Organizations", "This is not a CSV or Excel (XLSX) file."),
        FileProblem.NO_HEADER: QCoreApplication.translate(
            "Organizations", "No row of the file names the columns: it needs at least "
            "\"nama\" (name) and \"jenis\" (kind)."),
    }
    return texts[problem]
