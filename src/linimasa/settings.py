"""One settings object that flows down every stage.

Precedence: defaults, then a TOML file, then ``LINIMASA_*`` environment variables, then CLI flags. The TOML file's
``[linimasa]`` table holds the scalar settings; ``[linimasa.dedup]`` and ``[linimasa.stories]`` the copy and story
thresholds (``dedup.config``). A name or a value of the wrong kind is refused with the reason, never ignored.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .dedup.config import DedupConfig, StoryConfig

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CONFIG = Path("linimasa.toml")
_KINDS: dict[str, tuple[type, ...]] = {"int": (int,), "float": (int, float), "bool": (bool,), "str": (str,),
                                       "None": (type(None),)}
T = TypeVar("T", bound="DataclassInstance")


@dataclass(frozen=True, slots=True)
class Settings:
    database: str = "linimasa.db"  # a path (SQLite) or postgresql://…
    workers: int = 0  # 0: one process, no Dask
    scheduler: str | None = None  # tcp://host:port of an existing Dask scheduler
    batch_size: int = 200  # articles per store transaction
    lock_seconds: int = 600  # SQLite: how long a writer waits for another process's write transaction
    # The size policy (README, "Size limits"): what is larger is reported and skipped, never truncated.
    max_article_bytes: int = 2_000_000  # one article's text, UTF-8
    max_bytes: int = 20_000_000  # one document or record as read: a page, a feed, a CSV row, a JSON line
    max_input_bytes: int = 4_000_000_000  # one input file after decompression
    item_seconds: int = 120  # CPU seconds one article may take through clean and annotate; 0: no budget
    dct: str | None = None  # publication date given by the caller
    year: int | None = None  # the year undated days belong to when the text names none (a collection's year)
    clean: bool = True
    # the web server (``linimasa serve``)
    base_url: str = ""  # absolute links in pages and exports; "": http://127.0.0.1:8000 (serve: its own address)
    allowed_hosts: str = ""  # Host names served, comma-separated; "": the bind address, localhost and loopback
    max_request_bytes: int = 4_000_000  # request bodies of the write API; larger ones get 413 unread
    dedup: DedupConfig = field(default_factory=DedupConfig)  # copy thresholds: [linimasa.dedup]
    stories: StoryConfig = field(default_factory=StoryConfig)  # story thresholds: [linimasa.stories]

    def updated(self, **changes: Any) -> Settings:
        known = {f.name for f in fields(self)}
        return replace(self, **{k: v for k, v in changes.items() if k in known and v is not None})


def _kinds(annotation: object) -> tuple[type, ...]:
    """The types a scalar field takes (``"str | None"``); empty for a table."""
    return tuple(t for part in str(annotation).split("|") for t in _KINDS.get(part.strip(), ()))


def _checked(table: str, defaults: T, values: object) -> T:
    """``defaults`` with the values of the TOML ``table``; an unknown name or a value of another kind is an error."""
    if not isinstance(values, Mapping):
        raise ValueError(f"[{table}] must be a table")
    kinds = {f.name: _kinds(f.type) for f in fields(defaults)}
    if unknown := sorted(set(values) - set(kinds)):
        raise ValueError(f"unknown settings in [{table}]: {', '.join(unknown)}")
    return replace(defaults, **{name: _value(table, name, getattr(defaults, name), kinds[name], value)
                                for name, value in values.items()})


def _value(table: str, name: str, default: Any, kinds: tuple[type, ...], value: Any) -> Any:
    if not kinds:
        return _checked(f"{table}.{name}", default, value)
    if isinstance(value, kinds) and (bool in kinds or not isinstance(value, bool)):
        return float(value) if float in kinds and isinstance(value, int | float) else value
    raise ValueError(f"[{table}] {name} = {value!r}: expected {' or '.join(t.__name__ for t in kinds)}")


def _coerce(name: str, raw: str) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if "int" in str(kind):
        return int(raw)
    if "bool" in str(kind):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    return raw


def load(config: Path | None = None, env: Mapping[str, str] | None = None, **flags: Any) -> Settings:
    settings = Settings()
    path = config or DEFAULT_CONFIG
    if path.is_file():
        with path.open("rb") as fh:
            settings = _checked("linimasa", settings, tomllib.load(fh).get("linimasa", {}))
    environ = os.environ if env is None else env
    from_env = {f.name: _coerce(f.name, environ[f"LINIMASA_{f.name.upper()}"])
                for f in fields(Settings) if _kinds(f.type) and f"LINIMASA_{f.name.upper()}" in environ}
    return settings.updated(**from_env).updated(**flags)
