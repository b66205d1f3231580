"""`python -m inbrief` is the `inbrief` command."""

import sys

from inbrief.cli import main

if __name__ == "__main__":
    sys.exit(main())
