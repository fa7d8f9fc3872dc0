"""Helpers the commands share: failure lines, exit status, JSON output."""
from __future__ import annotations

import json
import sys
from typing import Any

import click

from ..model import Failure
from . import EXIT_FAILED, EXIT_PARTIAL


def report_failure(failure: Failure) -> None:
    click.echo(f"{failure.source}: {failure.reason}", err=True)


def exit_status(done: int, failed: int) -> int:
    if not failed:
        return 0
    return EXIT_PARTIAL if done else EXIT_FAILED


def print_json(data: Any, *, indent: int | None = None) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")
