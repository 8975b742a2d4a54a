import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIX = Path(__file__).resolve().parent / "fixtures"


def run_cli(*args, stdin: bytes | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """The real command line, in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "eventwatch.cli", *map(str, args)], input=stdin,
                          capture_output=True, timeout=timeout, cwd=ROOT)


def read_jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory):
    """A store built by the real CLI from the project's own multi-report fixtures."""
    db = tmp_path_factory.mktemp("store") / "events.duckdb"
    r = run_cli("extract", FIX / "dedup" / "input.jsonl", FIX / "quality" / "input.jsonl",
                ROOT / "examples" / "batch.jsonl", "--db", db, "-q")
    assert r.returncode == 0, r.stderr.decode()
    return db


@pytest.fixture(scope="session")
def server(fixture_store):
    """`eventwatch serve` in a subprocess on a free loopback port; yields its base URL."""
    import socket
    import time
    import urllib.request
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "eventwatch.cli", "serve", "--db", str(fixture_store),
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("server did not start: " + proc.stderr.read().decode()[-2000:])
            time.sleep(0.3)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
