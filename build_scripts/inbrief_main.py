"""Entry script of the frozen bundle: the same command line as the installed `inbrief`."""

import multiprocessing

from inbrief.cli import console_main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `--jobs` worker processes of a frozen program (Windows)
    console_main()
