"""Entry script of the frozen bundle: the same command line as the installed `inbrief`."""

from inbrief.cli import console_main

if __name__ == "__main__":
    console_main()
