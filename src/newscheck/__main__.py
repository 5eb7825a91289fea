"""`python -m newscheck` runs the CLI."""

from newscheck.cli import main

main()
