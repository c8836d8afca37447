"""``gic-kiosk org``: the building's tenants, agencies and partners: list, add, edit, retire,
and import the list an office keeps (CSV or XLSX).

Only :mod:`argparse` is imported at module level, so the command line stays quick to parse.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.errors import FieldError
    from kiosk.organizations.directory import OrganizationFields
    from kiosk.organizations.importing import ImportReport
    from kiosk.organizations.operations import OrganizationSummary
    from kiosk.organizations.spreadsheet import SpreadsheetError

#: The options that fill an organisation's fields, named as the import's columns.
_FIELDS = ("floor", "room", "quota_hours", "contact_name", "contact_phone", "contact_email",
           "language")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    org = commands.add_parser(
        "org", help="the building's tenants, agencies and partners",
        description="Organisations are offered as destinations at the kiosk, as hosts of "
                    "invitations and as the organisation of a booking. A retired one keeps "
                    "its history.")
    org.set_defaults(handler=run)
    actions = org.add_subparsers(dest="org_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the organisations, by name")
    listing.add_argument("--search", default="", metavar="TEXT", help="part of the name")
    listing.add_argument("--all", action="store_true", help="the retired ones too")
    add = actions.add_parser("add", help="add one")
    add.add_argument("name")
    add.add_argument("--kind", required=True, help="tenant, agency or partner "
                                                    "(tenan, instansi, mitra)")
    _field_options(add)
    edit = actions.add_parser("edit", help="change one (only what is given)")
    edit.add_argument("name", help="its name now")
    edit.add_argument("--name", dest="new_name", metavar="NAME", help="a new name")
    edit.add_argument("--kind")
    _field_options(edit)
    retire = actions.add_parser("retire", help="no longer offered; its history stays")
    retire.add_argument("name")
    importing = actions.add_parser(
        "import", help="add and update from a CSV or XLSX list",
        description="Columns are found by their header (English or Indonesian): name/nama "
                    "and kind/jenis at least; floor/lantai, room/ruang, quota_hours/kuota, "
                    "contact_name/nama kontak, contact_phone/no hp, contact_email/email, "
                    "language/bahasa. A row whose organisation exists updates it. When a "
                    "row is refused nothing is imported, unless --skip-bad is given.")
    importing.add_argument("--file", required=True, type=Path, metavar="F")
    importing.add_argument("--skip-bad", action="store_true",
                           help="import the good rows even when some are refused")


def _field_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--floor", metavar="N", help="the floor it sits on ('' for none)")
    parser.add_argument("--room", metavar="CODE", help="its office, e.g. 8.03 ('' for none)")
    parser.add_argument("--quota-hours", dest="quota_hours", metavar="H",
                        help="booking hours a week instead of the building's default "
                             "('' for the default)")
    parser.add_argument("--contact-name", dest="contact_name", metavar="NAME")
    parser.add_argument("--contact-phone", dest="contact_phone", metavar="PHONE")
    parser.add_argument("--contact-email", dest="contact_email", metavar="EMAIL")
    parser.add_argument("--language", choices=("id", "en"), help="the contact's language")


def run(settings: Settings, args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    """0 when done; 1 when an import was refused (nothing imported); 2 for input that cannot
    be used (nothing is written then)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    from kiosk.errors import NotFoundError, ValidationError
    from kiosk.operations import Operations
    from kiosk.organizations.spreadsheet import SpreadsheetError

    with Operations.open(settings) as operations:
        organizations, actor = operations.organizations, operations.command_line
        try:
            if args.org_action == "list":
                found = organizations.list(args.search, include_retired=args.all)
                out.write("".join(line(o) + "\n" for o in found)
                          or "no organisations\n")
            elif args.org_action == "add":
                out.write(f"added: {line(organizations.add(_fields(args, args.name), actor))}\n")
            elif args.org_action == "edit":
                current = organizations.find(args.name)
                fields = _fields(args, args.new_name or current.name,
                                 args.kind or current.kind.value)
                given = {field for field in _FIELDS if getattr(args, field) is not None}
                changed = organizations.edit(current.id, fields, given, actor)
                out.write(f"changed: {line(changed)}\n")
            elif args.org_action == "retire":
                retired = organizations.retire(organizations.find(args.name).id, actor)
                out.write(f"retired: {line(retired)}\n")
            else:
                report = organizations.import_file(args.file, actor, skip_bad=args.skip_bad)
                out.write(describe_import(report))
                return 0 if report.applied else 1
        except SpreadsheetError as exc:
            err.write(f"gic-kiosk: {args.file}: {describe_problem(exc)}\n")
            return 2
        except NotFoundError as exc:
            err.write(f"gic-kiosk: no organisation named {exc.key!r}\n")
            return 2
        except ValidationError as exc:
            for error in exc.errors:
                err.write(f"gic-kiosk: {describe_error(error)}\n")
            return 2
    return 0


def _fields(args: argparse.Namespace, name: str, kind: str | None = None
            ) -> OrganizationFields:
    from kiosk.organizations.directory import ContactFields, OrganizationFields

    contact = None
    if args.contact_name is not None or args.contact_phone or args.contact_email:
        contact = ContactFields(args.contact_name or "", args.contact_phone or "",
                                args.contact_email or "", args.language or "id")
    return OrganizationFields(name, kind if kind is not None else args.kind, args.floor,
                              args.room, args.quota_hours, contact)


def line(organization: OrganizationSummary) -> str:
    where = (f"room {organization.room_code}" if organization.room_code
             else f"floor {organization.floor_number}" if organization.floor_number
             else "no office")
    quota = (f"quota {organization.quota_hours} h/week"
             if organization.quota_hours is not None else "default quota")
    parts = [organization.name, organization.kind.value, where, quota]
    parts += [f"contact {c.name}" for c in organization.contacts]
    if organization.retired:
        parts.append("RETIRED")
    return " · ".join(parts)


#: What a refused field means, for the person at the command line.
_MEANINGS = {
    "required": "is missing",
    "too_long": "is too long",
    "name_needs_letters": "needs letters",
    "name_invalid_characters": "has characters a name cannot have",
    "phone_invalid_characters": "is not a phone number (letters or symbols)",
    "phone_too_short": "is too short for a phone number",
    "phone_too_long": "is too long for a phone number",
    "phone_invalid": "is not a valid phone number",
    "unknown_kind": "is not tenant, agency or partner",
    "unknown_floor": "is not a floor of the building",
    "unknown_room": "is not a room of the building",
    "room_not_on_floor": "is not on the floor given",
    "not_a_number": "is not a whole number",
    "quota_range": "must be 0 to 168 hours a week",
    "email_invalid": "is not an e-mail address",
    "unknown_language": "is not id or en",
    "organization_exists": "already exists",
    "organization_retired": "exists but is retired",
    "duplicate_row": "is already on an earlier row",
}


def describe_error(error: FieldError) -> str:
    """One field's problem in words, e.g. "contact phone is not a valid phone number"."""
    field = error.field.replace("_", " ")
    return f"{field} {_MEANINGS.get(error.code.value, error.code.value)}"


def describe_import(report: ImportReport) -> str:
    from kiosk.organizations.importing import Outcome

    lines = []
    for row in report.rows:
        if row.outcome is Outcome.REFUSED:
            why = "; ".join(describe_error(e) for e in row.errors)
            lines.append(f"line {row.line}: refused: {row.name or '(no name)'}: {why}")
        elif report.applied and row.outcome is not Outcome.UNCHANGED:
            lines.append(f"line {row.line}: {row.outcome.value}: {row.name}")
    refused = report.count(Outcome.REFUSED)
    if report.applied:
        verdict = "imported (" + ", ".join(f"{report.count(o)} {o.value}" for o in Outcome) + ")"
    else:
        verdict = (f"nothing imported: {refused} row(s) refused; mend them, or use --skip-bad "
                   f"to import the other {len(report.rows) - refused}")
    return "".join(f"{text}\n" for text in lines) + verdict + "\n"


def describe_problem(error: SpreadsheetError) -> str:
    from kiosk.organizations.spreadsheet import FileProblem

    meaning = {
        FileProblem.UNREADABLE: "cannot be read",
        FileProblem.EMPTY: "is empty",
        FileProblem.NOT_A_SPREADSHEET: "is not a CSV or XLSX file",
        FileProblem.NO_HEADER: "has no header row naming the columns name and kind "
                               "(nama, jenis)",
    }[error.problem]
    return f"{meaning} ({error.detail})" if error.detail else meaning
