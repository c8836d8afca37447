"""Which columns of which tables hold personal data, and what they hold once anonymised.

One home for the fact: the anonymisation (:mod:`kiosk.privacy.erasure`), the triggers that
keep an anonymised row anonymous on the device and on central (migrations ``0008`` and
``c0006``, which copy this list as it was then) and the tests all read it from here."""

from __future__ import annotations

from typing import Any

#: table → {column: value once anonymised}. Every such table has ``anonymized_at``.
PERSONAL: dict[str, dict[str, Any]] = {
    "visitor": {"full_name": "", "name_key": "", "phone_e164": "", "organization_id": None},
    # organization_id: only a link to a visitor-kind organisation (the visitor's own
    # business) is personal; a link to a tenant or agency stays.
    "visit": {"member_names": [], "organization_id": None},
    "invitation": {"guest_name": "", "phone_e164": "", "organization": ""},
    "deny_entry": {"name": "", "name_key": "", "phone_e164": "", "reason": ""},
    "held_check_in": {"request": {}},
}
