"""Given names, to tell a person's name from a brand's ("Erin Spain" from "Quiet Light").

13,018 first names, lower-cased, one a line in `copydesk/data/given_names.txt`: the frequently
occurring first names of the 1990 US Census (public domain; as the MIT-licensed `names` package
ships them) and the first-name lists of the Faker package for 21 European locales (MIT licence,
Copyright (c) 2012 Daniele Faraglia). Entries that are English words or name particles before a name
("In", "My", "Von", "Van") are left out. Used to recognise a site named after the person who writes
it and a bare name printed beside the date; a name missing here leaves that author missing, never
wrong.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

GIVEN_NAMES_FILE = "given_names.txt"


@cache
def given_names() -> frozenset[str]:
    """The shipped list (read once per process; it never changes, so output does not depend on history)."""
    text = resources.files("copydesk").joinpath("data", GIVEN_NAMES_FILE).read_text(encoding="utf-8")
    return frozenset(text.split())
