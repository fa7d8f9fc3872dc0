"""One settings object that flows down every stage.

Precedence: defaults, then a TOML file, then ``LINIMASA_*`` environment variables, then CLI flags.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CONFIG = Path("linimasa.toml")


@dataclass(frozen=True, slots=True)
class Settings:
    database: str = "linimasa.db"  # a path (SQLite) or postgresql://…
    workers: int = 0  # 0: one process, no Dask
    scheduler: str | None = None  # tcp://host:port of an existing Dask scheduler
    model_dir: str = str(PACKAGE_DIR / "resources" / "models")
    batch_size: int = 200  # articles per store transaction
    # The size policy (README, "Size limits"): what is larger is reported and skipped, never truncated.
    max_article_bytes: int = 2_000_000  # one article's text, UTF-8
    max_bytes: int = 20_000_000  # one document or record as read: a page, a feed, a CSV row, a JSON line
    max_input_bytes: int = 4_000_000_000  # one input file after decompression
    item_seconds: int = 120  # CPU seconds one article may take through clean and annotate; 0: no budget
    dct: str | None = None  # publication date given by the caller
    year: int | None = None  # the year undated days belong to when the text names none (a collection's year)
    clean: bool = True

    def updated(self, **changes: Any) -> Settings:
        known = {f.name for f in fields(self)}
        return replace(self, **{k: v for k, v in changes.items() if k in known and v is not None})


def _coerce(name: str, raw: str) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if "int" in str(kind):
        return int(raw)
    if "bool" in str(kind):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    return raw


def load(config: Path | None = None, env: dict[str, str] | None = None, **flags: Any) -> Settings:
    settings = Settings()
    path = config or DEFAULT_CONFIG
    if path.is_file():
        with path.open("rb") as fh:
            settings = settings.updated(**tomllib.load(fh).get("linimasa", {}))
    env = os.environ if env is None else env
    from_env = {f.name: _coerce(f.name, env[f"LINIMASA_{f.name.upper()}"])
                for f in fields(Settings) if f"LINIMASA_{f.name.upper()}" in env}
    return settings.updated(**from_env).updated(**flags)
