"""One staff sign-in's password check (goal: <= 100 ms on a desk PC), p50 and p95: the
Argon2id check alone, for the right password, a wrong one and an unknown login (the three
should cost the same, so that the time does not tell which it was), then the whole
``ops.staff.sign_in`` (the check, the lock counter a wrong password writes, the activity
record a right one writes); for comparison, argon2-cffi's default ``PasswordHasher``.

    .venv/bin/python bench/password_check.py [--runs N] [--smoke]

Real SQLite file (WAL, synchronous=FULL), opened and migrated by ``Operations.open``; the
account is made by ``ops.staff.add`` and its parameters are read back from the stored hash.
A right sign-in follows every wrong one, so the account never reaches the lock (a locked
account is refused before any hashing, which would flatter the figures).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import VerifyMismatchError
from sqlalchemy import select

from bench._smoke import add_smoke_flag
from kiosk.config import load_settings
from kiosk.models import StaffAccount, StaffSecret
from kiosk.operations import Operations
from kiosk.staff import hashing
from kiosk.staff.accounts import SignInRefusal
from kiosk.staff.lockout import MAX_ATTEMPTS

RUNS = 40
#: Checks before the timed ones: imports, the first allocation of the Argon2 memory.
WARM_UP = 3
GOAL_MS = 100
LOGIN, PASSWORD, WRONG = "siti", "Kopi-Tubruk-42", "Kopi-Tubruk-24"


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def timed(runs: int, warm_up: int, actions: dict[str, Callable[[], object]], *,
          fixed_order: bool = False) -> dict[str, tuple[float, float]]:
    """p50 and p95 (ms) of each action, the actions taken in turn (one of each per round),
    so that a busy moment of the machine falls on all of them alike; each round in a new
    order (the same in every run of the script), so that none always follows the same one
    (the default hasher's 64 MiB, say). ``fixed_order`` keeps the order given instead."""
    order = random.Random(42)
    for _ in range(warm_up):
        for action in actions.values():
            action()
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        names = list(actions)
        if not fixed_order:
            order.shuffle(names)
        for name in names:
            start = time.perf_counter()
            actions[name]()
            samples[name].append(time.perf_counter() - start)
    return {name: percentiles(values) for name, values in samples.items()}


def show(label: str, figures: tuple[float, float], runs: int, extra: str = "") -> None:
    p50, p95 = figures
    print(f"{label:44} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms   (n={runs}){extra}")


def expect(ok: bool, what: str) -> None:
    if not ok:
        raise SystemExit(f"bench/password_check.py: unexpected result: {what}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=RUNS)
    add_smoke_flag(parser)
    args = parser.parse_args()
    runs, warm_up = (1, 1) if args.smoke else (args.runs, WARM_UP)
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text('data_dir = "data"\n', encoding="utf-8")
        ops = Operations.open(load_settings(config, environ={}))
        try:
            ops.staff.add(ops.command_line, LOGIN, "Siti Aminah", "resepsionis", PASSWORD)
            with ops.staff.database.reading() as session:
                stored = session.scalars(
                    select(StaffSecret.password_hash)
                    .join(StaffAccount, StaffAccount.id == StaffSecret.id)
                    .where(StaffAccount.login == LOGIN)).one()
            ours = extract_parameters(stored)
            default = PasswordHasher()
            default_hash = default.hash(PASSWORD)

            def check(secret: str, hashed: str = stored) -> None:
                ok, _ = hashing.check_secret(hashed, secret)
                expect(ok is (secret == PASSWORD and bool(hashed)), f"check {secret!r}")

            def default_check(secret: str) -> None:
                try:
                    default.verify(default_hash, secret)
                except VerifyMismatchError:
                    expect(secret != PASSWORD, "default check of the right password")
                else:
                    expect(secret == PASSWORD, "default check of a wrong password")

            def sign_in(login: str, secret: str, refusal: SignInRefusal | None,
                        left: int = MAX_ATTEMPTS) -> Callable[[], None]:
                def attempt() -> None:
                    result = ops.staff.sign_in(login, secret)
                    expect((result.refusal, result.attempts_left) == (refusal, left),
                           f"sign-in {login!r}: {result}")
                return attempt

            checks = timed(runs, warm_up, {
                "right": lambda: check(PASSWORD), "wrong": lambda: check(WRONG),
                "unknown": lambda: check(PASSWORD, ""),
                "default right": lambda: default_check(PASSWORD),
                "default wrong": lambda: default_check(WRONG)})
            # In this order the wrong password's count (1) is cleared by the right one next.
            whole = timed(runs, warm_up, {
                "wrong": sign_in(LOGIN, WRONG, SignInRefusal.WRONG, MAX_ATTEMPTS - 1),
                "right": sign_in(LOGIN, PASSWORD, None),
                "unknown": sign_in("budi", PASSWORD, SignInRefusal.WRONG)}, fixed_order=True)
        finally:
            ops.close()

    print(f"Argon2{ours.type.name.lower()} as stored (kiosk.staff.hashing): time_cost "
          f"{ours.time_cost}, memory "
          f"{ours.memory_cost} KiB ({ours.memory_cost / 1024:g} MiB), parallelism "
          f"{ours.parallelism}, {ours.hash_len}-byte hash, {ours.salt_len}-byte salt")
    expect((ours.type.name, ours.time_cost, ours.memory_cost, ours.parallelism)
           == ("ID", hashing.TIME_COST, hashing.MEMORY_KIB, hashing.PARALLELISM),
           "the stored hash's parameters are not kiosk.staff.hashing's")
    print(f"argon2-cffi default PasswordHasher(): Argon2{default.type.name.lower()}, time_cost "
          f"{default.time_cost}, memory {default.memory_cost} KiB "
          f"({default.memory_cost / 1024:g} MiB), parallelism {default.parallelism}")
    print(f"{os.cpu_count()} CPU(s); p50 and p95 of {runs} check(s) each, taken in turn")
    print("the password check alone (hashing.check_secret)")
    goal = "" if args.smoke else (
        f"   goal <= {GOAL_MS} ms (p95): {'met' if checks['right'][1] <= GOAL_MS else 'NOT met'}")
    show("  right password", checks["right"], runs, goal)
    show("  wrong password", checks["wrong"], runs)
    show("  unknown login (checked against the decoy)", checks["unknown"], runs)
    show("  argon2-cffi default, right password", checks["default right"], runs)
    show("  argon2-cffi default, wrong password", checks["default wrong"], runs)
    print(f"  ratio ours / default (p50, right password)  "
          f"{checks['right'][0] / checks['default right'][0]:.2f}")
    print("the whole ops.staff.sign_in (check, lock counter, activity record, commit)")
    show("  right password (activity record)", whole["right"], runs)
    show("  wrong password (writes the lock counter)", whole["wrong"], runs)
    show("  unknown login (writes nothing)", whole["unknown"], runs)
    spread = [whole[name][0] for name in ("right", "wrong", "unknown")]
    print(f"  largest p50 difference between the three   {max(spread) - min(spread):.2f} ms")


if __name__ == "__main__":
    main()
