"""The service as documented: /openapi.json is a valid OpenAPI document that says what the
routes take and answer, and the README's service examples run as written."""

from __future__ import annotations

import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import orjson
import pytest
from openapi_spec_validator import validate

from benchmarks.probe_service import MISTAKES, SMALL_BODY_LIMIT
from copydesk.service import ServiceConfig
from copydesk.service.app import FORMATS, HTML_TYPES, JSON_TYPES, TEXT_TYPES

from .conftest import STORY, Service

README = Path(__file__).parents[2] / "README.md"
START_TIMEOUT_S = 20.0


@pytest.fixture(scope="module")
def api() -> Iterator[httpx.Client]:
    with Service(ServiceConfig(max_body_bytes=SMALL_BODY_LIMIT)) as client:
        yield client


def test_openapi_document_is_valid_and_describes_both_routes(api: httpx.Client) -> None:
    answer = api.get("/openapi.json")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    document = answer.json()
    validate(document)
    assert {path: set(ops) for path, ops in document["paths"].items()} == {"/v1/extract": {"post"},
                                                                           "/v1/clean": {"post"}}
    extract, clean = document["paths"]["/v1/extract"]["post"], document["paths"]["/v1/clean"]["post"]
    assert set(extract["requestBody"]["content"]) == {*HTML_TYPES, *JSON_TYPES}
    assert set(clean["requestBody"]["content"]) == {*TEXT_TYPES, *JSON_TYPES}
    assert clean["requestBody"]["content"]["application/json"]["schema"]["properties"]["format"]["enum"] == \
        list(FORMATS)


def test_every_status_a_route_answers_is_documented(api: httpx.Client) -> None:
    documented = {path: {int(code) for code in ops["post"]["responses"]}
                  for path, ops in api.get("/openapi.json").json()["paths"].items()}
    for method, path, options in MISTAKES:
        route = path.split("?", 1)[0]
        if method == "POST" and route in documented:
            assert api.request(method, path, **options).status_code in documented[route], (path, options)


def _free_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def _readme_service_block() -> list[str]:
    """The commands of the README's service example, continuation lines joined."""
    section = README.read_text(encoding="utf-8").split("## The HTTP service", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, re.S)
    assert block is not None, "the README's service section has no bash example"
    return [line for line in block.group(1).replace("\\\n", " ").splitlines() if line.strip()]


@pytest.mark.skipif(shutil.which("curl") is None, reason="the README's examples use curl")
def test_readme_service_examples_run_as_written(tmp_path: Path, seed_scrape: str) -> None:
    """Each command of the README's service example, run in a shell (the port swapped for a
    free one; page.html and scraped.txt a real page and a real scrape) gives its answer."""
    serve, *calls = _readme_service_block()
    port = str(_free_port())
    argv = shlex.split(serve.split("#", 1)[0].replace("8000", port))
    assert argv[0].endswith("copydesk") and argv[1] == "serve"
    (tmp_path / "page.html").write_bytes(STORY)
    (tmp_path / "scraped.txt").write_text(seed_scrape, encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "copydesk", *argv[1:]], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("copydesk serve did not start") from None
                time.sleep(0.1)
        outputs = [subprocess.run(["bash", "-c", call.replace("8000", port)], cwd=tmp_path, capture_output=True,
                                  timeout=30, check=True).stdout for call in calls]
    finally:
        server.terminate()
        server.wait(10)
    assert len(outputs) == 3
    extracted = orjson.loads(outputs[0])
    assert extracted["status"] == "ok" and extracted["url"] == "https://example.com/story"
    assert extracted["title"] == "Harbour ferry returns after storm repairs"
    assert outputs[1].startswith(b"Russia is preparing to deploy 10,000 North Korean soldiers")  # markdown
    assert b"Remind me later" not in outputs[1]
    validate(orjson.loads(outputs[2]))
