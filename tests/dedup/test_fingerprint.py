"""Fingerprints: MinHash estimates against exact set measures, fixed size, same in every process."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys

import numpy as np

from copydesk.dedup import fingerprint
from copydesk.dedup.minhash import SIGNATURE_BYTES, estimates, signature, unpack
from copydesk.dedup.shingles import _folded_codes, shingle_hashes, word_hashes
from copydesk.model import Article

#: Two standard errors of a 256-bin Jaccard estimate at J = 0.5 are about 0.06.
ESTIMATE_TOLERANCE = 0.12
#: What one fingerprint may cost, pickled, beyond its two key strings (the stated bound:
#: 1,044 bytes of hashes plus the rank and pickle framing).
FINGERPRINT_BYTES = 1200


def exact(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    shared = np.intersect1d(a, b).size
    return shared / np.union1d(a, b).size, shared / min(a.size, b.size)


def test_bodies_fold_as_str_casefold_does(stories):
    """Folding by table gives what `str.casefold` gives: on real stories, on cased scripts, and on
    bodies taking the general path (a folding of several characters, a code point past the table)."""
    samples = [*stories[:20], "ΣΊΣΥΦΟΣ ÉTÉ Ёлка ԱՐԱՐԱՏ 𝐀", "STRASSE Straße", "İstanbul ﬁne", "𠀀 CJK 𐐀"]
    for text in samples:
        assert _folded_codes(text).tolist() == [ord(c) for c in text.casefold()]
    assert word_hashes("Straße").tolist() == word_hashes("STRASSE").tolist()


def test_estimates_follow_exact_jaccard_and_containment(stories):
    sets = [shingle_hashes(word_hashes(text)) for text in stories[:10]]
    halves = [shingle_hashes(word_hashes(text[: len(text) // 2])) for text in stories[:10]]
    mixed = [shingle_hashes(word_hashes(a + " " + b[: len(b) // 3])) for a, b in zip(stories, stories[1:11])]
    pairs = [*zip(sets, halves), *zip(sets, mixed), *zip(sets, sets[1:])]
    sizes, minima = unpack([signature(s) for pair in pairs for s in pair])
    left = np.arange(0, 2 * len(pairs), 2)
    jaccard, containment, _ = estimates(sizes, minima, left, left + 1)
    truth = np.array([exact(a, b) for a, b in pairs])
    assert np.abs(jaccard - truth[:, 0]).max() < ESTIMATE_TOLERANCE
    assert np.abs(containment - truth[:, 1]).max() < 2 * ESTIMATE_TOLERANCE
    assert containment[: len(halves)].min() > 0.8  # a truncated copy lies inside the whole


def test_fingerprint_size_is_bounded_whatever_the_body(stories, article):
    long_body = article("\n".join(stories * 3))
    short = fingerprint("k", article(stories[0]))
    big = fingerprint("k", long_body)
    assert len(short.signature) == len(big.signature) == SIGNATURE_BYTES
    for fp in (short, big):
        assert len(pickle.dumps(fp)) - len(fp.key) - len(fp.url_key or "") < FINGERPRINT_BYTES


def test_empty_body_has_no_hash_or_signature():
    fp = fingerprint("k", Article())
    assert fp.body_hash is None and fp.signature == b""


def test_fingerprints_are_the_same_in_another_process_with_another_hash_seed(stories, article):
    mine = fingerprint("k", article(stories[0], url="https://example.org/a?utm_source=x"))
    code = (
        "import pickle, sys\n"
        "from copydesk.dedup import fingerprint\n"
        "from copydesk.model import Article, Block\n"
        "text = sys.stdin.read()\n"
        "blocks = tuple(Block(text=l.strip()) for l in text.splitlines() if l.strip())\n"
        "fp = fingerprint('k', Article(blocks=blocks, url='https://example.org/a?utm_source=x'))\n"
        "sys.stdout.buffer.write(pickle.dumps(fp))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], input=stories[0].encode(), capture_output=True, env=env,
                         check=True, timeout=60)
    assert pickle.loads(out.stdout) == mine
