"""The command line: a thin layer over the library. Only this module touches the terminal.

Exit codes: 0 ok, 1 error-level findings, 2 bad usage or unreadable input.
"""
from __future__ import annotations

import click

from checker import __version__
from checker.rules import RuleError


class InputError(click.ClickException):
    """Bad input or usage that click itself cannot see: exit 2, never a traceback."""

    exit_code = 2


DB_OPTION = click.option(
    "--db", "db_path", default="checker.db", show_default=True, type=click.Path(dir_okay=False),
    envvar="CHECKER_DB", help="SQLite database (env CHECKER_DB).")
FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="text for people, json (JSON Lines) for machines.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checker")
def cli() -> None:
    """Find dated facts in news articles and flag where sources disagree.

    \b
    Example:
        checker ingest seeds/
        checker documents
    """


def main() -> None:
    try:
        cli(standalone_mode=True)
    except RuleError as e:  # a broken rule file is the user's input too
        raise SystemExit(f"Error: {e}") from None
