"""Entry script of the frozen bundle: the same command line as the installed `inbrief`."""

import sys

from inbrief.cli import main

if __name__ == "__main__":
    sys.exit(main())
