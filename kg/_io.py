"""Atomic file writing: a crash never leaves half a file where the previous one stood."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file whose content replaces ``path`` only when the block ends without error.

    The data goes to a temporary file in the same folder, is flushed to disk, and is then renamed
    over ``path`` (an atomic step on POSIX and Windows); on any error the temporary file is removed
    and ``path`` keeps its previous content.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        # mkstemp makes the file owner-only; give it the mode open() would (0666 less the umask).
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with a binary file that atomically replaces ``path`` once it returns."""
    with atomic_output(path) as handle:
        write(handle)


def write_output(data: bytes, path: Path | None) -> None:
    """``data`` to standard output (``path`` None) or atomically to ``path``."""
    if path is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(path, lambda handle: handle.write(data))
