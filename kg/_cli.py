"""What the command modules share: how an error ends a command, and progress on standard error."""

from __future__ import annotations

import sys

import typer

from .errors import KgError


def fail(exc: KgError) -> typer.Exit:
    """Print ``exc`` as kg's one-line error and give the exit to raise (status 1)."""
    typer.echo(f"kg: error: {exc}", err=True)
    return typer.Exit(1)


class Progress:
    """Progress on standard error: a live counter on a terminal, a line every tenth otherwise."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()

    def __call__(self, done: int, total: int, name: str) -> None:
        if self.quiet or total < 2:
            return
        if self.tty:
            end = "\n" if done == total else ""
            sys.stderr.write(f"\r\033[K[{done}/{total}] {name[:60]}{end}")
            sys.stderr.flush()
        elif total >= 20 and (done == total or done % max(1, total // 10) == 0):
            sys.stderr.write(f"[{done}/{total}] read\n")
