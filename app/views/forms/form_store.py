"""How the form reaches the workspace: reads on the DB worker, writes on the window's one road for changes.

In the window the form is attached to the controller: a save is `controller.run(op, origin=form)`, so the
tree, the summary and the form learn of it from the same Changes as of any other write. Alone (tests,
benchmarks) the form calls a DbWorker, or the workspace directly.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Runner(Protocol):
    """The DB worker: `submit(fn(ws), on_done, on_error)`, callbacks on the GUI thread."""

    def submit(self, fn: Callable[[Any], Any], on_done: Done | None = None,
               on_error: Failed | None = None) -> Any: ...


class Writer(Protocol):
    """The controller: runs a write returning Changes and applies them everywhere."""

    worker: Any

    def run(self, op: Callable[[Any], Any], on_done: Done | None = None, on_error: Failed | None = None,
            origin: Any = None) -> None: ...


class FormStore:
    def __init__(self, workspace: Any = None, runner: Runner | None = None) -> None:
        self.workspace = workspace
        self.runner = runner
        self.writer: Writer | None = None

    def attach(self, writer: Writer) -> None:
        """Write through the controller (and read on its worker)."""
        self.writer = writer
        self.runner = writer.worker

    def use_runner(self, runner: Runner) -> None:
        if self.writer is not None and runner is not self.writer.worker:
            self.writer = None  # another workspace's worker: the controller is not the road any more
        self.runner = runner

    def read(self, fn: Callable[[Any], Any], on_done: Done, on_error: Failed) -> None:
        if self.runner is not None:
            self.runner.submit(fn, on_done, on_error)
            return
        try:
            result = fn(self.workspace)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the form stays usable
            on_error(exc)
        else:
            on_done(result)

    def write(self, op: Callable[[Any], Any], on_done: Done, on_error: Failed, origin: Any = None) -> None:
        if self.writer is not None:
            self.writer.run(op, on_done, on_error, origin=origin)
        else:
            self.read(op, on_done, on_error)
