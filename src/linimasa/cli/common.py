"""Helpers the commands share: failure lines, exit status, JSON output."""
from __future__ import annotations

import json
import re
import sys
from typing import Any

import click

from ..model import Failure
from . import EXIT_FAILED, EXIT_PARTIAL

# Control characters (newline, carriage return, escape sequences), line and paragraph separators, and the
# backslash that starts an escape: a file name holding them could otherwise forge or hide "path: reason" lines.
_UNPRINTABLE = re.compile(r"[\\\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


def report_failure(failure: Failure) -> None:
    click.echo(f"{printable(failure.source)}: {printable(failure.reason)}", err=True)


def exit_status(done: int, failed: int) -> int:
    if not failed:
        return 0
    return EXIT_PARTIAL if done else EXIT_FAILED


def print_json(data: Any, *, indent: int | None = None) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")
