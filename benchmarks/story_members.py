"""Would more averaged networks help the story model? Today's decisions on the cached out-of-fold logits of each
seed triple, and on their mean (the triples' networks averaged, as `Dense.averaged` ships three).

    python -m benchmarks.story_members            # ~2 min on the cache `story_decode --compute` wrote

The mean's margins and calibration are the first triple's fold models' (every triple's are the recipe's same
constants). RESULTS, "Merged main after the small hours' helpers".
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from benchmarks import story_decode

MEAN = "mean"  # the logits key of the triples' mean


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.story_members", description=__doc__.splitlines()[0])
    parser.add_argument("--triples", default=",".join(story_decode.TRIPLES))
    parser.add_argument("--cache", type=Path, default=story_decode.CACHE)
    args = parser.parse_args(argv)
    triples = args.triples.split(",")
    items = story_decode.load(args.cache)
    for item in items:
        if item.refused is None:
            item.logits[MEAN] = np.mean([item.logits[t] for t in triples], axis=0)
    results = {("a", t): story_decode.score(items, "a", t) for t in triples}
    results[("a", MEAN)] = story_decode.scored(story_decode.records_of(items, story_decode.today, triples[0], MEAN))
    print(story_decode.table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
