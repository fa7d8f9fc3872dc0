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
    max_bytes: int = 20_000_000  # larger inputs are refused, not truncated
    dct: str | None = None  # publication date given by the caller
    clean: bool = True
    # the web server (``linimasa serve``)
    base_url: str = ""  # absolute links in pages and exports; "": http://127.0.0.1:8000 (serve: its own address)
    allowed_hosts: str = ""  # Host names served, comma-separated; "": the bind address, localhost and loopback
    max_request_bytes: int = 4_000_000  # request bodies of the write API; larger ones get 413 unread

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
