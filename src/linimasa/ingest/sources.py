"""What the user pointed at, as a flat ordered list of sources: files, directories, globs, ``-`` for stdin."""
from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from os import PathLike
from pathlib import Path

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def expand(paths: Iterable[str | PathLike[str]]) -> Iterator[str]:
    """Sources in the order given; a directory or glob expands to its files in sorted order.
    Paths that do not exist are passed on so that reading them reports the failure."""
    for path in map(str, paths):  # pathlib paths are welcome too
        if path == STDIN:
            yield path
        elif Path(path).is_dir():
            yield from (str(p) for p in sorted(Path(path).rglob("*")) if p.is_file() and not _hidden(p, Path(path)))
        elif _GLOB_CHARS & set(path) and not Path(path).exists():
            yield from sorted(p for p in glob.glob(path, recursive=True) if Path(p).is_file()) or [path]
        else:
            yield path


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
