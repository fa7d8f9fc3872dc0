"""What the user pointed at, as a flat ordered list of sources: files, directories, globs, ``-`` for stdin."""
from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from os import PathLike
from pathlib import Path

from ..model import Failure

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def expand(paths: Iterable[str | PathLike[str]]) -> Iterator[str | Failure]:
    """Sources in the order given; a directory or glob expands to its files in sorted order. Paths that do not
    exist, and entries that are no regular files (a FIFO, a socket), are passed on so that reading them reports
    the failure; a directory that cannot be listed is a Failure, never silently empty."""
    for path in map(str, paths):  # pathlib paths are welcome too
        if path == STDIN:
            yield path
        elif Path(path).is_dir():
            yield from _walk(Path(path))
        elif _GLOB_CHARS & set(path) and not Path(path).exists():
            yield from sorted(p for p in glob.glob(path, recursive=True) if not Path(p).is_dir()) or [path]
        else:
            yield path


def _walk(root: Path) -> Iterator[str | Failure]:
    """Files under ``root`` in sorted order, hidden ones left out; symbolic links to directories are not followed."""
    found: list[tuple[Path, str | Failure]] = []

    def unreadable(error: OSError) -> None:
        where = error.filename or str(root)
        found.append((Path(where), Failure(where, f"cannot read this directory ({error.strerror or error})")))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found += [(path, str(path)) for name in files if not name.startswith(".") for path in [Path(folder, name)]]
    yield from (item for _, item in sorted(found, key=lambda pair: pair[0]))
