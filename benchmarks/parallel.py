"""Whole-pipeline throughput from files to DuckDB, one process vs N Dask workers.

Writes the throughput benchmark's generated corpus (about 460-word reports in
three languages) to a JSONL file, then times `eventwatch extract corpus.jsonl
--db store.duckdb` as a user runs it: with one process, then with `--workers N`
(a local Dask cluster whose workers write Parquet shards that the main process
merges). It samples the memory of every process of the run to report the peak
per worker. Start-up (imports, gazetteer, cluster) is inside the wall time.

    python benchmarks/parallel.py --articles 6000 --workers 2
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time

import psutil

sys.path.insert(0, os.path.dirname(__file__))
from throughput import corpus  # noqa: E402


def run(cmd: list[str]) -> tuple[float, float, float]:
    """(wall seconds, peak RSS MB of the main process, peak RSS MB of any one worker)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_main = peak_worker = 0.0
    stop = threading.Event()

    def sample():
        nonlocal peak_main, peak_worker
        p = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                peak_main = max(peak_main, p.memory_info().rss / 2**20)
                for c in p.children(recursive=True):
                    try:
                        peak_worker = max(peak_worker, c.memory_info().rss / 2**20)
                    except psutil.Error:
                        pass
            except psutil.Error:
                return
            time.sleep(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    stop.set()
    th.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(err.decode()[-2000:])
    return time.perf_counter() - t, peak_main, peak_worker


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=6000)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "corpus.jsonl")
        with open(src, "w", encoding="utf-8") as fh:
            for d in corpus(a.articles):
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        base = [sys.executable, "-m", "eventwatch.cli", "extract", src, "-q"]
        one = run(base + ["--db", os.path.join(tmp, "one.duckdb")])
        many = run(base + ["--db", os.path.join(tmp, "many.duckdb"), "--workers", str(a.workers)])
    print(json.dumps({
        "machine": f"{platform.machine()} {platform.python_version()} {os.cpu_count()} cores",
        "articles": a.articles, "workers": a.workers,
        "one_process_s": round(one[0], 1), "one_process_articles_per_s": round(a.articles / one[0], 1),
        "workers_s": round(many[0], 1), "workers_articles_per_s": round(a.articles / many[0], 1),
        "speedup": round(one[0] / many[0], 2),
        "peak_rss_one_process_mb": round(one[1]), "peak_rss_main_with_workers_mb": round(many[1]),
        "peak_rss_per_worker_mb": round(many[2])}))


if __name__ == "__main__":
    main()
