"""Documents drawn in the background for the console: a PDF takes seconds (WeasyPrint), so
the page that asks for one answers at once with its progress, and the file is downloaded
from it when ready. In memory, per process (the console's), for the person who asked."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

KEPT = 3600.0  # seconds a finished document stays downloadable


@dataclass
class Job:
    id: str
    user_id: int
    filename: str
    content_type: str
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    content: bytes | None = None
    failed: bool = False

    @property
    def seconds(self) -> int:
        return int((self.finished or time.monotonic()) - self.started)


class Jobs:
    """One worker thread: documents are drawn one after the other, never two PDFs at once
    on a two-core machine that also serves the chat."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="documents")

    def start(
        self, user_id: int, filename: str, content_type: str, draw: Callable[[], bytes]
    ) -> Job:
        job = Job(secrets.token_urlsafe(12), user_id, filename, content_type)
        with self._lock:
            now = time.monotonic()
            for key in [k for k, j in self._jobs.items() if j.finished and now - j.finished > KEPT]:
                del self._jobs[key]
            self._jobs[job.id] = job

        def run() -> None:
            try:
                job.content = draw()
            except Exception:
                job.failed = True
                raise
            finally:
                job.finished = time.monotonic()

        self._pool.submit(run)
        return job

    def get(self, job_id: str, user_id: int) -> Job | None:
        """The job, only for the person who started it."""
        with self._lock:
            job = self._jobs.get(job_id)
        return job if job is not None and job.user_id == user_id else None
