"""The `ror-referent` command: sub-commands for scripting and support; no sub-command starts the app."""
from __future__ import annotations

import argparse
import importlib
import sys

from app.cli.common import UserError

# One module per sub-command, each with register(subparsers) and run(args) -> int.
SUBCOMMANDS = [
    "app.cli.demo",
    "app.cli.import_finess",
    "app.cli.stats",
    "app.cli.check",
    "app.cli.diff",
    "app.cli.check_id",
    "app.cli.nomenclatures",
    "app.cli.form_check",
    "app.cli.fhir_check",
    "app.cli.sync",
    "app.cli.capacities",
    "app.cli.screenshot",
    "app.cli.self_test",
    "app.cli.support_bundle",
    "app.cli.support_open",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ror-referent",
                                     description="ROR Référent: describe your offer of care in the ROR.")
    parser.add_argument("--workspace", dest="gui_workspace", help="workspace file to open in the app")
    parser.add_argument("--lang", dest="gui_lang", choices=["fr", "en"], help="language of the app")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation offscreen (as `ror-referent self-test`) and exit")
    sub = parser.add_subparsers(dest="command")
    for name in SUBCOMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from app.cli.self_test import self_test

        return self_test()
    if args.command is None:
        from app.views.launch import launch  # Qt only when the GUI is asked for

        return launch(workspace=args.gui_workspace, lang=args.gui_lang)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"ror-referent: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ror-referent: interrompu", file=sys.stderr)
        return 130
