"""The parallel batch engine: the same code path on a laptop and on a cluster.

`--workers N` starts a Dask LocalCluster of N single-threaded worker processes;
`--cluster ADDRESS` connects to a running Dask scheduler (SSH, Kubernetes,
SLURM via dask-jobqueue: see docs/scaling.md). The input is cut into shards of a
few hundred articles; each worker processes a shard and writes it as Parquet into
the shard directory (which every worker must see: local disk for a LocalCluster,
a shared file system for a cluster); the single writer (this process) reads the
shards back in input order and stores them. Dask reschedules the shards of a
worker that dies; a shard already written is never redone.
"""
from __future__ import annotations

import logging
import os
from collections import deque
from datetime import date
from typing import Iterator, Optional

from ..records import Article, Result
from .shards import process_shard, read_shard

SHARD_SIZE = 200


class Engine:
    def __init__(self, workers: int = 1, cluster: Optional[str] = None) -> None:
        from dask.distributed import Client, LocalCluster
        self.cluster = None
        if cluster:
            self.client = Client(cluster, timeout="15s")
        else:
            # quiet, no dashboard port: this is a batch run, not a service
            for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny"):
                logging.getLogger(name).setLevel(logging.ERROR)
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def results(self, items: list, directory: str, today: Optional[date] = None,
                shard_size: int = SHARD_SIZE) -> Iterator[Result]:
        """One Result per item (Articles run on the workers, Drops are reported here), in
        input order. A shard's file is removed once the caller has taken all its results;
        results taken but not stored yet when a run is killed are simply not in the store,
        so the next run processes those articles again: nothing is lost."""
        from ..pipeline import drop_result
        os.makedirs(directory, exist_ok=True)
        articles = [it for it in items if isinstance(it, Article)]
        shards = [articles[i:i + shard_size] for i in range(0, len(articles), shard_size)]
        day = today.isoformat() if today else None
        futures = iter([self.client.submit(process_shard, s, directory, day, pure=False, retries=3)
                        for s in shards])
        buf: deque = deque()
        current: Optional[str] = None
        for it in items:
            if not isinstance(it, Article):
                yield drop_result(it)
                continue
            if not buf:
                _remove(current)
                current = next(futures).result()
                buf.extend(read_shard(current))
            yield buf.popleft()
        _remove(current)


def _remove(path: Optional[str]) -> None:
    if path:
        try:
            os.remove(path)
        except OSError:
            pass
