"""The `copydesk` command as a user meets it, run in subprocesses: exit codes, one clear
line (never a traceback) for each user mistake, limits, traceable outputs, small things."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from copydesk.pipeline.warc import WarcPage, write_warc

PAGES = 6  # real pages: a run of a few shards in a second
TIMEOUT_S = 60


def copydesk(*args: str | Path, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "copydesk", *map(str, args)], capture_output=True, cwd=cwd,
                            input=stdin, timeout=TIMEOUT_S)
    assert b"Traceback" not in result.stderr, result.stderr.decode()
    return result


def said(result: subprocess.CompletedProcess) -> list[str]:
    return result.stderr.decode().strip().splitlines()


@pytest.fixture(scope="module")
def pages(wcxb_rows: list[dict], wcxb_html: Callable[[dict], bytes]) -> list[WarcPage]:
    articles = [row for row in wcxb_rows if row["page_type"] == "article"][:PAGES]
    return [WarcPage(row["url"], wcxb_html(row)) for row in articles]


@pytest.fixture(scope="module")
def warc(tmp_path_factory, pages) -> Path:
    path = tmp_path_factory.mktemp("cli") / "crawl.warc.gz"
    write_warc(path, pages)
    return path


def test_a_run_that_reads_nothing_fails_with_one_line(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "bad.jsonl").write_bytes(b'{"title": "no html"}\n{not json\n')
    cases = {
        "missing.warc.gz": "missing.warc.gz: no such file or folder",
        "empty": "empty: no input files in this folder",
        "pages/*.html": "pages/*.html: no file matches",
    }
    for given, message in cases.items():
        result = copydesk("run", given, "--output", "out", cwd=tmp_path)
        assert (result.returncode, said(result)) == (3, [f"copydesk run: {message}"])
        assert not (tmp_path / "out").exists()
    result = copydesk("run", "bad.jsonl", "--output", "bad", "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert said(result)[-1] == "copydesk run: every row (2) is an error; see the reason column in bad/articles.jsonl"
    rows = (tmp_path / "bad" / "articles.jsonl").read_bytes().splitlines()
    assert [orjson.loads(row)["status"] for row in rows] == ["error", "error"]


def test_user_mistakes_are_one_line_and_a_documented_code(tmp_path, warc):
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "t.txt").write_text("Some scraped text of a story.\n")
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "summary.json").write_text("{}")
    cases = [
        (("run", warc, "--output", "a-file"), 4, "copydesk run: a-file: exists and is not a folder"),
        (("run", warc, "--output", "a-file/out"), 4, "copydesk run: a-file/out: cannot write here: Not a directory"),
        (("profile", "learn", "t.txt", "-o", "/no/such/dir/p.json"), 4,
         "copydesk profile: cannot write: /no/such/dir/p.json: No such file or directory"),
        (("profile", "learn", "t.txt", "-o", "/dev/full"), 4,  # a full disk
         "copydesk profile: cannot write: No space left on device"),
        (("dedup", warc, "--output", "d"), 3,
         f"copydesk dedup: {warc}: not a copydesk run output (expected articles.parquet or articles.jsonl)"),
        (("serve", "--port", "99999"), 2,
         "copydesk serve: error: argument --port: a TCP port is 1 to 65535, not 99999"),
        (("run", warc, "--output", "o", "--workers", "0"), 2,
         "copydesk run: error: argument --workers: must be at least 1, not 0"),
        (("crawl", "--url", "http://127.0.0.1:9/", "--warc", "c.warc.gz", "--output", "used"), 4,
         "copydesk crawl: used: holds another job's outputs (summary.json); "
         "choose an empty folder or pass --overwrite"),
    ]
    for args, code, line in cases:
        result = copydesk(*args, cwd=tmp_path)
        assert result.returncode == code, result.stderr
        assert said(result)[-1] == line
    assert not (tmp_path / "c.warc.gz").exists()  # the crawl was refused before fetching


def test_an_unreachable_cluster_is_one_line(tmp_path, warc, monkeypatch, capsys):
    from copydesk.cli import main
    from copydesk.executors import dask

    monkeypatch.setattr(dask, "CONNECT_TIMEOUT_S", 1)
    code = main(["run", str(warc), "--output", str(tmp_path / "o"), "--executor", "dask", "--address",
                 "tcp://127.0.0.1:9"])
    assert code == 2
    said = capsys.readouterr().err
    assert said.startswith("copydesk run: no Dask scheduler answered at tcp://127.0.0.1:9 within 1 s")


def test_one_set_of_limits_honoured_and_named_in_refusals(tmp_path, pages):
    page = pages[0].body
    big = page.replace(b"</body>", b"<!-- " + b"x" * (17 << 20) + b" --></body>", 1)
    (tmp_path / "big.html").write_bytes(big)
    refused = copydesk("extract", "big.html", cwd=tmp_path)
    assert refused.returncode == 1
    assert said(refused) == [f"copydesk extract: too_large: {len(big)} bytes over the limit of {16 << 20}; "
                             "--max-bytes raises the limit"]
    assert copydesk("extract", "big.html", "--max-bytes", "40000000", cwd=tmp_path).returncode == 0
    (tmp_path / "story.txt").write_bytes(b"A line of a scraped story.\n" * 20)
    small = copydesk("clean", "story.txt", "--max-bytes", "100", cwd=tmp_path)
    assert small.returncode == 1 and said(small)[-1].endswith("; --max-bytes raises the limit")
    run = copydesk("run", "big.html", "--output", "o", "--format", "jsonl", "--max-bytes", "1000", cwd=tmp_path)
    assert run.returncode == 0
    assert "rows refused by a limit: 1 too_large (--max-bytes and --time-limit raise the limits)" in said(run)
    for command in ("extract", "clean", "run", "crawl", "serve"):
        text = " ".join(copydesk(command, "--help").stdout.decode().split())
        assert f"--max-bytes N largest page or text accepted, and largest body fetched (default: {16 << 20} = " \
               "16 MiB)" in text
        assert "--time-limit S seconds one page's extraction may take (default: 5.0)" in text


def test_text_output_is_traceable_and_foreign_outputs_are_refused(tmp_path, warc):
    first = copydesk("run", warc, "--output", "out", "--format", "parquet", cwd=tmp_path)
    assert first.returncode == 0
    other = copydesk("run", warc, "--output", "out", "--format", "text", cwd=tmp_path)
    assert other.returncode == 4
    assert said(other) == ["copydesk run: out: holds another job's outputs (articles.parquet, summary.json); "
                           "choose an empty folder or pass --overwrite"]
    again = copydesk("run", warc, "--output", "out", "--format", "parquet", cwd=tmp_path)
    assert again.returncode == 0  # the same job may write its own outputs again
    replaced = copydesk("run", warc, "--output", "out", "--format", "text", "--overwrite", cwd=tmp_path)
    assert replaced.returncode == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["articles", "summary.json"]  # no stale parquet
    index = [orjson.loads(line) for line in (tmp_path / "out" / "articles" / "index.jsonl").read_bytes().splitlines()]
    files = sorted(p.name for p in (tmp_path / "out" / "articles").glob("*.txt"))
    assert [entry["file"] for entry in index] == files and files
    for entry in index:
        assert set(entry) == {"file", "source", "url", "id", "cluster"}
        assert entry["source"].startswith(f"{warc}@") and entry["url"].startswith("http") and entry["cluster"]
        text = (tmp_path / "out" / "articles" / entry["file"]).read_text(encoding="utf-8")
        assert entry["url"] in text


def test_small_things_users_expect(tmp_path, pages, warc):
    assert copydesk("--version").stdout.decode() == "copydesk 0.1.0\n"
    stray = copydesk("extract", "a.html", "b.html")
    assert stray.returncode == 2
    assert said(stray)[0].startswith("usage: copydesk extract ")
    assert said(stray)[-1] == "copydesk extract: error: unrecognized arguments: b.html"

    texts = []
    for n in range(2):
        texts.append(tmp_path / f"{n}.txt")
        texts[-1].write_text(f"Story {n} of the site.\nSubscribe to our newsletter\n", encoding="utf-8")
    few = copydesk("profile", "learn", *texts, "-o", tmp_path / "p.json")
    assert few.returncode == 0 and said(few)[0].startswith("copydesk profile: warning: 2 texts only; a profile needs 3")

    (tmp_path / "page.html").write_bytes(pages[0].body)
    html = copydesk("clean", "page.html", cwd=tmp_path)
    assert said(html)[0] == "copydesk clean: page.html looks like HTML; `copydesk extract` reads pages"

    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "story.html").write_bytes(pages[1].body)
    for name in ("logo.png", "icon.png", "style.css", "README"):
        (folder / name).write_bytes(b"x")
    scan = copydesk("run", folder, "--output", tmp_path / "scan", "--format", "jsonl")
    assert scan.returncode == 0
    assert "skipped in folders: 4 files: 2 .png, 1 (none), 1 .css" in said(scan)

    (tmp_path / "articles.jsonl").write_bytes(b'{"html": "<p>not a run output</p>"}\n')
    foreign = copydesk("dedup", tmp_path / "articles.jsonl", "--output", tmp_path / "d")
    assert foreign.returncode == 3 and said(foreign)[-1].startswith("copydesk dedup: ")
    assert said(foreign)[-1].endswith("not a copydesk output: row 1 has no status, source, canonical")


def test_every_help_shows_defaults_and_exit_codes():
    top = copydesk("--help").stdout.decode()
    assert "Exit codes" in top and "130" in top
    for command, option, default in [("extract", "--format", "text"), ("run", "--format", "parquet"),
                                     ("run", "--workers", "1"), ("run", "--executor", "local"),
                                     ("dedup", "--format", "parquet"), ("serve", "--host", "127.0.0.1"),
                                     ("serve", "--port", "8000"), ("crawl", "--workers", "1")]:
        text = " ".join(copydesk(command, "--help").stdout.decode().split())
        assert re.search(rf"{option} \S+ [^-]*\(default:? {re.escape(default)}\)", text), (command, option)
        assert "Exit 0" in text


def test_commands_import_only_what_they_use(tmp_path, pages):
    """`copydesk --help` loads no extraction, HTTP or Parquet code; `extract FILE` no HTTP or Parquet."""
    heavy = ("httpx", "feedparser", "protego", "pyarrow", "numpy", "selectolax", "fastwarc", "tqdm")
    probe = ("import sys, contextlib, io\nfrom copydesk.cli import main\n"
             "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
             "    main(sys.argv[1:])\n"
             f"print(sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)")
    (tmp_path / "page.html").write_bytes(pages[0].body)
    help_run = subprocess.run([sys.executable, "-c", probe, "--help"], capture_output=True, timeout=TIMEOUT_S)
    assert help_run.stderr.decode().strip() == "[]"
    extract_run = subprocess.run([sys.executable, "-c", probe, "extract", str(tmp_path / "page.html")],
                                 capture_output=True, timeout=TIMEOUT_S)
    loaded = set(orjson.loads(extract_run.stderr.decode().strip().replace("'", '"')))
    assert "selectolax" in loaded and not loaded & {"httpx", "feedparser", "protego", "pyarrow", "fastwarc", "tqdm"}


def test_one_page_commands_pause_the_collector_and_blas_threads(tmp_path, pages, monkeypatch):
    """`extract` runs with no cyclic collection and one OpenBLAS thread (start-up CPU), then restores both."""
    import gc
    import os

    import copydesk.cli.extract
    from copydesk.cli import main

    seen = []
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.setattr(copydesk.cli.extract, "run",
                        lambda args: seen.append((gc.isenabled(), os.environ.get("OPENBLAS_NUM_THREADS"))) or 0)
    (tmp_path / "page.html").write_bytes(pages[0].body)
    assert main(["extract", str(tmp_path / "page.html")]) == 0
    assert seen == [(False, "1")]
    assert gc.isenabled() and "OPENBLAS_NUM_THREADS" not in os.environ
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "3")  # the user's choice stands
    assert main(["extract", str(tmp_path / "page.html")]) == 0
    assert seen[-1] == (False, "3") and os.environ["OPENBLAS_NUM_THREADS"] == "3"


def test_serve_takes_the_same_limits(monkeypatch):
    import copydesk.service
    from copydesk.cli import main

    made = []
    monkeypatch.setattr(copydesk.service, "serve", lambda config, **kwargs: made.append(config))
    assert main(["serve", "--port", "8123", "--max-bytes", "4096", "--time-limit", "0.5"]) == 0
    [config] = made
    assert config.max_body_bytes == config.options.max_bytes == 4096 and config.options.time_budget == 0.5
