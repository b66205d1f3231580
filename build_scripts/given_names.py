"""Write resources/names/given-names.txt: given names for typing people in languages without
a tagger (core/entities/given_names.py), taken from Faker's person providers.

Run: pip install "faker>=30" && python build_scripts/given_names.py

Faker (MIT licence, https://github.com/joke2k/faker) keeps lists of common first names for
each of its locales. The names of its Latin-script locales (not its base English list, which
holds words too) are written one per line, sorted, with the names that are also countries or
large cities in core/entities/lexicon.py left out ("Paris", "Florence", "Victoria": a place as
often as a person); Faker's licence is copied beside them. InBrief does not depend on Faker at
run time: the file is committed and bundled (pip install -e ".[names]" to remake it).
"""

from __future__ import annotations

import importlib
import importlib.metadata
import pkgutil
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
OUT = ROOT / "resources" / "names"
# Faker's locales written in the Latin alphabet (language part of the locale's name).
LATIN = frozenset(("en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "ro",
                   "hu", "sv", "no", "da", "fi", "et", "lt", "lv", "tr", "id", "ga", "is", "az",
                   "sw", "fil", "tl"))
# Faker's base English list holds every name ever given in the US, words among them ("King",
# "Justice", "Royal", "Major", "Media"); its country lists (en_US, en_GB, ...) are curated.
SKIPPED = {"en"}
_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+$")  # one capitalised word, no initials
LICENCE_NAMES = ("LICENSE.txt", "LICENSE", "LICENCE")


def given_names() -> set[str]:
    """Return the first names of Faker's Latin-script locales (one word each)."""
    import faker.providers.person as person

    from inbrief.core.entities.lexicon import PLACES

    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name.split("_")[0] not in LATIN or module.name in SKIPPED:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female",
                          "first_names_nonbinary"):
            names = getattr(provider, attribute, None)
            if isinstance(names, dict):
                names = list(names)
            if isinstance(names, (list, tuple)):
                found.update(name for name in names if _NAME.match(name))
    return found - PLACES


def faker_licence() -> str:
    """Return the text of Faker's licence file from its installed distribution."""
    distribution = importlib.metadata.distribution("faker")
    for file in distribution.files or []:
        if file.name in LICENCE_NAMES:
            return Path(str(distribution.locate_file(file))).read_text(encoding="utf-8")
    raise SystemExit("Faker's licence file not found in its distribution")


def main() -> int:
    try:
        version = importlib.metadata.version("faker")
    except importlib.metadata.PackageNotFoundError:
        print('Faker is not installed: pip install "faker>=30"', file=sys.stderr)
        return 1
    names = sorted(given_names())
    OUT.mkdir(parents=True, exist_ok=True)
    header = (f"# Given names from Faker {version}'s person providers (MIT licence, see "
              "LICENSE-faker.txt), Latin-script locales; made by build_scripts/given_names.py\n")
    (OUT / "given-names.txt").write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    (OUT / "LICENSE-faker.txt").write_text(faker_licence(), encoding="utf-8")
    print(f"{len(names)} given names from Faker {version} -> {OUT / 'given-names.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
