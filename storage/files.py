"""Files with personal data written to disk (backups, the restore's safety copy, exports,
the report): readable by their owner only (0600), whatever the umask, from the moment they
exist (created so, not narrowed afterwards)."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE = 0o600


def create_private(path: Path) -> None:
    """An empty file at `path`, readable and writable by its owner only (an existing one is
    emptied and narrowed)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    os.close(fd)
    os.chmod(path, PRIVATE)


def write_private(path: Path, content: bytes) -> None:
    """`content` in a file that only its owner can read."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    try:
        os.fchmod(fd, PRIVATE)  # an existing file keeps its mode through O_CREAT: narrow it
        with os.fdopen(fd, "wb", closefd=False) as out:
            out.write(content)
    finally:
        os.close(fd)
