"""What a benchmark ran on: date, cores, CPU, Python, and which reconcile it measured."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from pathlib import Path

import reconcile


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def which_reconcile() -> str:
    """Where reconcile was imported from, with its git commit when that is a work tree."""
    package = Path(reconcile.__file__).resolve().parent
    where = f"reconcile {reconcile.__version__} from {package}"
    try:
        commit = subprocess.run(
            ["git", "-C", str(package), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(package), "status", "--porcelain", "--", "."],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return where + " (not a git work tree)"
    return where + f" at {commit}" + (" with uncommitted changes" if dirty else "")


def describe() -> str:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · {cores} cores (nproc) · {cpu_model()} · "
        f"Python {platform.python_version()} · {which_reconcile()}"
    )
