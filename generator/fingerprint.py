"""A fingerprint of the generator's own code and data, so a changed generator regenerates every seed."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from . import __version__

PACKAGE = Path(__file__).resolve().parent


@cache
def code_fingerprint() -> str:
    """sha256 over the version and every module and data file of the package.

    The version alone is not enough: it changes at releases, while the output changes with
    every edit to the analysis, and a skipped seed must be exactly what a full run would write.
    """
    return fingerprint_of(PACKAGE)


def fingerprint_of(package: Path) -> str:
    """sha256 over the version and the modules (sub-packages too: the readers) and data files in ``package``."""
    digest = hashlib.sha256(__version__.encode())
    files = sorted(p for pattern in ("**/*.py", "data/**/*") for p in package.glob(pattern) if p.is_file())
    for path in files:
        digest.update(b"\0" + path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()
