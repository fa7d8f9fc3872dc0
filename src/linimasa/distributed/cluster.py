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
        with Client(settings.scheduler) as client:
            yield client
        return
    # one thread per process: the NLP stages are pure Python and would only fight over the GIL
    with LocalCluster(n_workers=max(settings.workers, 1), threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def slots(client: Any) -> int:
    """How many partitions the cluster can work on at once."""
    return max(sum(client.nthreads().values()), 1)
