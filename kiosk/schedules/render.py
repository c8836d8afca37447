"""The day's room schedules on paper, one entry point for every kind: the lobby list
(:mod:`.lobby`), a floor's grid (:mod:`.floor`) and a room's door sheet (:mod:`.door`), drawn
from the day :func:`schedule_day` reads (:mod:`.day`).

Receptionists print them every morning (``gic-kiosk schedule``). The renderers draw with
reportlab's canvas directly (no platypus), so that the whole building's grid and list render in
well under half a second. Fixed texts are bilingual, Indonesian first; times are the building's
wall time.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Final

from kiosk.schedules.day import ScheduleDay
from kiosk.schedules.door import render_room_door, render_room_doors
from kiosk.schedules.floor import render_floor
from kiosk.schedules.lobby import render_lobby


class ScheduleKind(enum.StrEnum):
    LOBBY = "lobby"  # the day's list, for the lobby board
    FLOOR = "floor"  # a floor's grid of rooms by hours
    ROOM = "room"  # a door sheet per room


def render_schedule(kind: ScheduleKind, day_data: ScheduleDay, *, language: str = "id",
                    floor: int | None = None, room_code: str | None = None,
                    paper: str = "A4") -> bytes:
    """The schedule of ``kind`` as PDF bytes. ``floor`` narrows the grid and the door sheets
    (``day_data`` itself may already be one floor's); ``room_code`` picks one door sheet,
    without it every room gets its own."""
    if kind is ScheduleKind.LOBBY:
        return render_lobby(day_data, language, paper)
    if kind is ScheduleKind.FLOOR:
        return render_floor(day_data, floor, language, paper)
    if room_code is not None:
        return render_room_door(day_data, room_code, language, paper)
    return render_room_doors(day_data, language, paper, floor=floor)


def file_name(kind: ScheduleKind, day: date, floor: int | None = None,
              room_code: str | None = None, paper: str = "A4") -> str:
    """What the schedule is saved as: ``jadwal-2026-11-30-lantai-3-a3.pdf``,
    ``jadwal-2026-11-30-lobi.pdf``, ``jadwal-2026-11-30-pintu-3.02.pdf``."""
    parts = ["jadwal", day.isoformat(), _FILE_WORDS[kind]]
    if floor is not None and not (kind is ScheduleKind.ROOM and room_code is not None):
        parts.append(f"{'' if kind is ScheduleKind.FLOOR else 'lantai-'}{floor}")
    if room_code is not None:
        parts.append(room_code)
    if paper.upper() != "A4":
        parts.append(paper.lower())
    return "-".join(parts) + ".pdf"


_FILE_WORDS: Final = {ScheduleKind.LOBBY: "lobi", ScheduleKind.FLOOR: "lantai",
                      ScheduleKind.ROOM: "pintu"}
