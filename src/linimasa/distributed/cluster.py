"""A Dask client for the settings: a local cluster of ``workers`` processes, or an existing scheduler."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..settings import Settings


@contextmanager
def connect(settings: Settings) -> Iterator[Any]:
    """``--scheduler tcp://…`` joins that cluster; otherwise ``--workers N`` starts one for this run."""
    from dask.distributed import Client, LocalCluster

    if settings.scheduler:
        with Client(settings.scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    # one thread per process: the NLP stages are pure Python and would only fight over the GIL
    cluster = LocalCluster(n_workers=max(settings.workers, 1), threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                           dashboard_address=":0", silence_logs=logging.ERROR)
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client


def slots(client: Any) -> int:
    """How many partitions the cluster can work on at once."""
    threads: dict[str, int] = client.nthreads()
    return max(sum(threads.values()), 1)
