"""``gic-kiosk staff``, run as a real process: at 7 a.m. on a fresh install an administrator
makes the accounts reception signs in with, then changes them. Refusals are one line and
change nothing; a password or PIN is never shown, on the screen or in the output."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from kiosk.models import Role
from kiosk.staff.accounts import SignInRefusal
from kiosk.staff.activity import ActivityQuery
from tests.test_cli import ROOT, gic, operations

SITI = "Kopi-Tubruk-42"
DEWI = "Sate Padang 7 malam"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text('data_dir = "data"\ndevice_name = "resepsionis-1"\n', encoding="utf-8")
    return path


def add(config: Path, login: str, name: str, role: str, secret: str
        ) -> subprocess.CompletedProcess[str]:
    return gic("staff", "add", login, "--name", name, "--role", role, "--secret-stdin",
               config=config, stdin=secret + "\n")


def listed(config: Path) -> list[str]:
    result = gic("staff", "list", config=config)
    assert (result.returncode, result.stderr) == (0, "")
    return result.stdout.splitlines()


def shown(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout + result.stderr


def test_the_first_morning_adds_accounts_that_then_sign_in(config: Path) -> None:
    assert listed(config) == ["no staff accounts"]
    siti = add(config, "siti", "Siti Aminah", "resepsionis", SITI)  # the Indonesian word
    assert (siti.returncode, siti.stdout, siti.stderr) == (
        0, "added: siti · Siti Aminah · receptionist\n", "")
    dewi = add(config, "Dewi", "Dewi Lestari", "administrator", DEWI)
    assert dewi.stdout == "added: dewi · Dewi Lestari · admin\n", dewi.stderr
    assert SITI not in shown(siti) and DEWI not in shown(dewi)
    assert listed(config) == ["dewi · Dewi Lestari · admin",
                              "siti · Siti Aminah · receptionist"]  # by name

    with operations(config) as ops:
        signed = ops.staff.sign_in("siti", SITI)
        assert signed.ok and signed.actor is not None
        assert (signed.actor.name, signed.actor.role) == ("Siti Aminah", Role.RECEPTIONIST)
        assert ops.staff.sign_in("DEWI", DEWI).ok
        assert ops.staff.sign_in("siti", DEWI).refusal is SignInRefusal.WRONG
        # The record says the accounts were made from the command line, and by which user.
        made = [e for e in ops.staff.activity(ops.command_line, ActivityQuery())
                if e.action == "add"]
        assert {e.subject for e in made} == {"siti", "dewi"}
        assert all(e.actor.startswith("command line (") for e in made)


def test_passwd_pin_role_disable_and_enable(config: Path) -> None:
    add(config, "siti", "Siti Aminah", "receptionist", SITI)
    new = "Es-Teh-Manis-3"
    passwd = gic("staff", "passwd", "SITI", "--secret-stdin", config=config, stdin=new + "\n")
    assert (passwd.returncode, passwd.stdout, passwd.stderr) == (
        0, "password changed: siti\n", "")
    pin = gic("staff", "pin", "siti", "--secret-stdin", config=config, stdin="246810\n")
    assert (pin.returncode, pin.stdout) == (0, "PIN set: siti\n"), pin.stderr
    role = gic("staff", "role", "siti", "manajer", config=config)
    assert role.stdout == "changed: siti · Siti Aminah · manager · PIN set\n", role.stderr
    disabled = gic("staff", "disable", "siti", config=config)
    assert disabled.stdout == "disabled: siti · Siti Aminah · manager · PIN set · DISABLED\n"
    assert new not in shown(passwd) and "246810" not in shown(pin)

    with operations(config) as ops:
        # Disabled: said only to someone with the right password.
        assert ops.staff.sign_in("siti", new).refusal is SignInRefusal.DISABLED
        assert ops.staff.sign_in("siti", SITI).refusal is SignInRefusal.WRONG
    enabled = gic("staff", "enable", "siti", config=config)
    assert enabled.stdout == "enabled: siti · Siti Aminah · manager · PIN set\n"
    with operations(config) as ops:
        signed = ops.staff.sign_in("siti", new)
        assert signed.actor is not None and signed.actor.role is Role.MANAGER
        assert ops.staff.unlock(signed.actor, "246810").ok  # the idle console, by PIN

    removed = gic("staff", "pin", "siti", "--secret-stdin", config=config, stdin="\n")
    assert (removed.returncode, removed.stdout) == (0, "PIN removed: siti\n")
    assert listed(config) == ["siti · Siti Aminah · manager"]


def test_refusals_are_one_line_exit_2_and_change_nothing(config: Path) -> None:
    add(config, "siti", "Siti Aminah", "resepsionis", SITI)
    budi = ("staff", "add", "budi", "--name", "Budi Santoso", "--role")
    refusals = [
        (("staff", "add", "budi", "--name", "Budi", "--role", "admin"), "Bakso7",
         "password is too short (at least 8 characters); the password was not changed"),
        ((*budi, "admin"), "password123",
         "password is too easy to guess (a well-known one, or the login in it); "
         "the password was not changed"),
        ((*budi, "satpam"), "Nasi-Goreng-77", "role is not receptionist, manager or admin"),
        (("staff", "add", "siti", "--name", "Siti Lain", "--role", "admin"),
         "Nasi-Goreng-77", "login is taken by someone else"),
        (("staff", "passwd", "budi"), "Nasi-Goreng-77", "nobody signs in as 'budi'"),
        (("staff", "pin", "siti"), "24a8", "pin must be 4 to 12 digits; the PIN was not changed"),
    ]
    for args, secret, why in refusals:
        result = gic(*args, "--secret-stdin", config=config, stdin=secret + "\n")
        assert (result.returncode, result.stdout, result.stderr) == (
            2, "", f"gic-kiosk: {why}\n"), args
        assert secret not in result.stderr
    assert listed(config) == ["siti · Siti Aminah · receptionist"]
    with operations(config) as ops:
        assert ops.staff.sign_in("siti", SITI).ok
        assert not ops.staff.sign_in("budi", "Nasi-Goreng-77").ok


def test_the_building_keeps_an_administrator(config: Path) -> None:
    add(config, "dewi", "Dewi Lestari", "admin", DEWI)
    last = "gic-kiosk: cannot change: the building would have no administrator left\n"
    for args in (("disable", "dewi"), ("role", "dewi", "resepsionis")):
        result = gic("staff", *args, config=config)
        assert (result.returncode, result.stdout, result.stderr) == (2, "", last), args
    assert listed(config) == ["dewi · Dewi Lestari · admin"]
    with operations(config) as ops:
        assert ops.staff.sign_in("dewi", DEWI).ok

    add(config, "agus", "Agus Salim", "admin", "Soto-Betawi-12")
    moved = gic("staff", "disable", "dewi", config=config)
    assert moved.returncode == 0, moved.stderr  # another administrator remains


def test_without_a_terminal_it_refuses_to_read_a_secret_it_would_echo(config: Path) -> None:
    result = gic("staff", "add", "siti", "--name", "Siti Aminah", "--role", "resepsionis",
                 config=config, stdin=f"{SITI}\n{SITI}\n",
                 popen={"start_new_session": True})  # no controlling terminal
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == ("gic-kiosk: no terminal to type the password on unseen (use "
                             "--secret-stdin); the password was not changed\n")
    with operations(config) as ops:
        assert not ops.staff.has_accounts()


def typed(*args: str, config: Path, answers: list[str]
          ) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run a command on a terminal of its own (a pseudo-terminal), typing each answer once
    it is asked for; the result, and everything the terminal showed."""
    screen, terminal = pty.openpty()

    def take_the_terminal() -> None:  # in the child, a new session's leader by then
        fcntl.ioctl(terminal, termios.TIOCSCTTY, 0)

    command = [sys.executable, str(ROOT / "main.py"), *args]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               env={**os.environ, "KIOSK_CONFIG": str(config)},
                               start_new_session=True, preexec_fn=take_the_terminal)
    seen = b""
    deadline = time.monotonic() + 60
    try:
        for asked, answer in enumerate(answers, 1):
            while (seen.count(b": ") < asked and process.poll() is None
                   and time.monotonic() < deadline):
                if select.select([screen], [], [], 0.5)[0]:
                    seen += os.read(screen, 1024)
            os.write(screen, answer.encode() + b"\n")
        stdout, stderr = process.communicate(timeout=60)
        while select.select([screen], [], [], 0)[0]:
            seen += os.read(screen, 1024)
    finally:
        if process.poll() is None:  # stuck waiting for a line: do not leave it behind
            process.kill()
            process.wait()
        # Closed only now: with no end of the terminal left open, reading it fails (EIO).
        os.close(terminal)
        os.close(screen)
    result = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    return result, seen.decode(errors="replace")


def test_on_a_terminal_the_password_is_typed_twice_unseen(config: Path) -> None:
    args = ("staff", "add", "siti", "--name", "Siti Aminah", "--role", "resepsionis")
    differ, screen = typed(*args, config=config, answers=[SITI, SITI.lower()])
    assert (differ.returncode, differ.stdout) == (2, "")
    assert differ.stderr == "gic-kiosk: the two differ; the password was not changed\n"
    assert "New password: " in screen and "The same password again: " in screen

    added, screen = typed(*args, config=config, answers=[SITI, SITI])
    assert (added.returncode, added.stdout) == (0, "added: siti · Siti Aminah · receptionist\n")
    assert SITI not in screen + shown(added)  # not echoed as it was typed
    with operations(config) as ops:
        assert ops.staff.sign_in("siti", SITI).ok
