"""The parallel engine: Dask workers (a real LocalCluster) write Parquet shards that
one writer merges. Same results as one process; a killed worker or a killed run
loses nothing and doubles nothing."""
import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import psutil

from conftest import FIX, ROOT, read_jsonl, run_cli
from test_store import make_batch


def _strip(doc):
    return [{k: v for k, v in e.items() if k != "event_id"} for e in doc["events"]]


def test_workers_give_the_same_results_as_one_process(tmp_path):
    inputs = [FIX / "quality" / "input.jsonl", FIX / "dedup" / "input.jsonl"]
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run_cli("extract", *inputs, "-o", one, "-q").returncode == 0
    r = run_cli("extract", *inputs, "-o", two, "-q", "--workers", "2")
    assert r.returncode == 0, r.stderr.decode()
    a, b = read_jsonl(one), read_jsonl(two)
    assert [d["id"] for d in a] == [d["id"] for d in b]
    assert [_strip(d) for d in a] == [_strip(d) for d in b]
    # same incidents grouped the same way
    groups = lambda docs: sorted(sorted(d["id"] for d in docs if any(e["event_id"] == x for e in d["events"]))  # noqa
                                 for x in {e["event_id"] for d in docs for e in d["events"]})
    assert groups(a) == groups(b)


def _store_counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone()
    finally:
        con.close()


def test_a_killed_worker_and_a_killed_run_lose_nothing(tmp_path):
    src = tmp_path / "batch.jsonl"
    make_batch(src, 1600)
    db = tmp_path / "e.duckdb"
    cmd = [sys.executable, "-m", "eventwatch.cli", "extract", str(src), "--db", str(db), "-q", "--workers", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    parent = psutil.Process(proc.pid)
    shards = str(db) + ".shards"
    # wait until workers run, then kill one worker process outright
    deadline = time.monotonic() + 120
    killed = False
    while time.monotonic() < deadline and proc.poll() is None:
        workers = []
        for c in parent.children(recursive=True):
            try:   # the Dask worker processes, not multiprocessing's resource tracker
                cmd = " ".join(c.cmdline())
            except psutil.Error:
                continue
            if "python" in c.name().lower() and "resource_tracker" not in cmd:
                workers.append(c)
        if workers and os.path.isdir(shards) and os.listdir(shards):
            workers[-1].send_signal(signal.SIGKILL)
            killed = True
            break
        time.sleep(0.2)
    assert killed, "no worker to kill"
    # then kill the whole run while shards are still being merged
    time.sleep(3)
    if proc.poll() is None:
        for c in parent.children(recursive=True):
            c.send_signal(signal.SIGKILL)
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    # run again: what was stored is kept, finished shards are merged, the rest is redone
    r = run_cli("extract", src, "--db", db, "-q", "--workers", "2", timeout=600)
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    assert _store_counts(db) == (1600, 1600)
    con = duckdb.connect(str(db), read_only=True)
    try:
        n_mentions, n_distinct, n_ungrouped = con.execute(
            "SELECT count(*), count(DISTINCT mention_id), count(*) FILTER (WHERE event_id IS NULL) "
            "FROM mentions").fetchone()
    finally:
        con.close()
    assert n_mentions == n_distinct >= 1600 and n_ungrouped == 0
    assert not os.path.exists(shards) or os.listdir(shards) == []


def test_an_unreachable_cluster_is_a_clear_error(tmp_path):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]      # closed once the block ends: nothing listens there
    r = run_cli("extract", FIX / "dedup" / "input.jsonl", "-q", "-o", tmp_path / "o.jsonl",
                "--cluster", f"tcp://127.0.0.1:{port}", timeout=120)
    assert r.returncode == 2
    assert f"127.0.0.1:{port}".encode() in r.stderr and b"Traceback" not in r.stderr
    assert list(tmp_path.iterdir()) == []   # no output, not even a half-written one
