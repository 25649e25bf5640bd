"""Large analyses in a process of their own: low priority, a time limit, memory given back.

The pipeline is CPU-bound Python: in a thread of the service it holds the GIL, and two 5 MB
submissions analysed in threads held a small request for more than 90 s (issue 9). So a
submission over ``WebConfig.small_bytes`` is analysed in a new process that

- runs at a lower priority (``NICENESS``), so the service's own process, which answers pages,
  health checks and small reports from threads with its loaded models, gets the CPU first;
- is killed when it passes ``WebConfig.analysis_seconds``, and the request gets a clear 503;
- gives its memory back to the system when it ends.

A new process per large analysis costs its start (imports and models, about 3 s on 2 cores),
small beside the analysis of a large submission; a pool of warm processes would hold their
models' memory all the time and could not stop one analysis without losing the others.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from bylines.errors import BylinesError
from bylines.options import ReportOptions
from bylines.types import ReadResult

# Unix niceness of a large analysis (0 is the service's own; 19 the lowest priority).
NICENESS = 10


@dataclass(frozen=True, slots=True)
class Job:
    """What a worker process needs: everything already fetched, nothing that holds a socket."""

    pasted: ReadResult
    uploads: tuple[tuple[str, bytes], ...]
    fetched: ReadResult
    options: ReportOptions
    max_articles: int


def run_in_process(job: Job, seconds: float) -> Any:
    """The job's ``service.Analysed``, from a new low-priority process stopped after
    ``seconds``; raises ``service.Refused`` (503) on time-out or when the process dies."""
    from bylines.web.service import Refused

    context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_work, args=(job, send), name="bylines-analysis")
    process.start()
    send.close()
    try:
        if not receive.poll(seconds):
            message = (
                f"the analysis took longer than {seconds:.0f} s and was stopped; "
                "send fewer or shorter articles"
            )
            raise Refused(503, "timeout", message)
        outcome = receive.recv()
    except EOFError:
        message = "the analysis stopped without a result (out of memory?); try less input"
        raise Refused(503, "analysis_failed", message) from None
    finally:
        process.kill()
        process.join()
        receive.close()
    if outcome[0] == "refused":
        raise Refused(*outcome[1:])
    if outcome[0] == "failed":
        raise RuntimeError(f"the analysis process failed: {outcome[1]}")
    return outcome[1]


def _work(job: Job, send: Connection) -> None:
    """The worker process: load the models, analyse, send back one outcome tuple."""
    from bylines.models import load_models
    from bylines.web.service import Refused, analysed

    with contextlib.suppress(OSError):  # not allowed here: run at the same priority instead
        os.nice(NICENESS)
    try:
        models = load_models(job.options)
        outcome: tuple[Any, ...] = (
            "done",
            analysed(job, models),
        )
    except Refused as exc:
        outcome = ("refused", exc.status, exc.code, exc.message, exc.details)
    except BylinesError as exc:
        outcome = ("refused", 422, "cannot_analyse", str(exc), [])
    except Exception as exc:  # sent back and logged by the service, not lost in a dead process
        outcome = ("failed", repr(exc))
    send.send(outcome)
    send.close()
