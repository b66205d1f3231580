"""`python -m inbrief` is the `inbrief` command."""

from inbrief.cli import console_main

if __name__ == "__main__":
    console_main()
