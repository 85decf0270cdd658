"""Running the pipeline over many articles in one process: what a worker of ``liaison ingest`` and a
Spark partition (``liaison.spark``) both do.

- one pipeline per process, built once (``build_pipeline``; ``LIAISON_PIPELINE=light`` keeps only
  the stages up to ``sentences``: records without people or events, for tests and benchmarks of the
  store machinery itself);
- a warm-up article, so lazily loaded models load before the first real article's clock starts;
- a time limit per article (``LIAISON_ARTICLE_TIMEOUT``, SIGALRM), so a stage stuck in a loop costs
  one article, not the run;
- the models called once per batch of articles (``extract_many``), one bad article never stopping
  the others: every article comes back as ``(article, record JSON, None)`` or
  ``(article, None, error message)``.

Articles are plain dicts (``id``, ``text``, ``url``, ``published``, ``title`` and whatever the
caller carries along), so that they cross process boundaries cheaply. This module sits between the
pipeline and its two users (``liaison.store.ingest``, ``liaison.spark``), which never import each
other (``tests/test_layers.py``).
"""
from __future__ import annotations

import json
import os
from contextlib import contextmanager

from .doc import Doc
from .pipeline import Pipeline

DEFAULT_TIMEOUT = 120.0
LIGHT_LAST_STAGE = "sentences"  # LIAISON_PIPELINE=light: the stages up to and including this one
BUILD_FAILED = "pipeline could not be built"

_PIPELINE: Pipeline | None = None
_BUILD_ERROR: str | None = None


def build_pipeline() -> Pipeline:
    """The default pipeline, or its stages up to ``sentences`` when ``LIAISON_PIPELINE=light``."""
    if os.environ.get("LIAISON_PIPELINE", "").lower() == "light":
        stages = Pipeline.default().stages
        names = [s.name for s in stages]
        return Pipeline(stages[:names.index(LIGHT_LAST_STAGE) + 1])
    return Pipeline.default()


def single_thread_runtimes() -> None:
    """One thread per worker process: N workers on N cores must not each start N BLAS threads.

    (LAC's onnxruntime session is single-threaded by ``liaison.models.lac`` itself.)
    """
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = "1"


def init_worker() -> None:
    """A worker process's start: ignore Ctrl-C (the parent handles it), build the pipeline, warm up.

    A pipeline that cannot be built is remembered and reported for every article by the parent
    (a raising initializer would make ``multiprocessing.Pool`` respawn workers for ever).
    """
    global _PIPELINE, _BUILD_ERROR
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    single_thread_runtimes()
    try:
        _PIPELINE = build_pipeline()
    except Exception as exc:  # noqa: BLE001 - reported by the parent
        _BUILD_ERROR = f"{BUILD_FAILED} ({exc.__class__.__name__}: {exc})"
        return
    warm_up(_PIPELINE)


WARM_UP_TEXT = ("吉林省党政代表团来津考察，双方举行座谈会并签署合作协议。\n"
                "A delegation from Jilin Province led by Governor Li Ming visited Tianjin on Monday. "
                "The two sides signed a framework agreement on agriculture and toured a port company.")


def warm_up(pipeline) -> None:
    """Run one tiny article so lazily loaded models load now, not inside the first article's time limit."""
    try:
        if len(getattr(pipeline, "stages", [])) > 3:  # the full pipeline: load both models up front
            from .models import preload

            preload()
        pipeline(make_doc({"id": "warm-up", "text": WARM_UP_TEXT}))
    except Exception:  # noqa: BLE001 - a real article will report the problem
        pass


class ArticleTimeout(BaseException):  # not Exception: stages catching Exception must not swallow it
    pass


def article_timeout() -> float:
    """Seconds one article may take (``LIAISON_ARTICLE_TIMEOUT``, default 120; 0 disables)."""
    try:
        return float(os.environ.get("LIAISON_ARTICLE_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


def _alarm(signum, frame):
    raise ArticleTimeout()


@contextmanager
def time_limit(seconds: float):
    """Raise ``ArticleTimeout`` in the block after ``seconds`` (SIGALRM; a no-op for 0, off the main
    thread, or where the platform has no SIGALRM)."""
    import signal
    import threading

    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def make_doc(art: dict) -> Doc:
    """The ``Doc`` of an article dict (``liaison.make_doc``: same meta keys)."""
    if not isinstance(art.get("text"), str):
        raise TypeError("text must be a str")
    return Doc(raw=art["text"], meta={"id": art["id"], "url": art.get("url"), "published": art.get("published"),
                                      "title": art.get("title")})


def _failed(exc: BaseException) -> str:
    return f"extraction failed ({exc.__class__.__name__}: {exc}); please report this article"


def _pipeline(pipeline):
    """``pipeline``, or this process's own (built on first use)."""
    global _PIPELINE
    if pipeline is not None:
        return pipeline
    if _PIPELINE is None:
        _PIPELINE = build_pipeline()
    return _PIPELINE


def extract_one(art: dict, pipeline=None) -> tuple[dict, str | None, str | None]:
    """(article, record JSON, None) or (article, None, error message), within ``article_timeout()``.

    A stage stuck in a loop is interrupted (SIGALRM, main thread of the process only; code holding
    the GIL in C cannot be interrupted) and the article recorded as failed.
    """
    limit = article_timeout()
    try:
        with time_limit(limit):
            return _extract_one(art, pipeline)
    except ArticleTimeout:
        return art, None, (f"extraction took longer than {limit:g} s and was stopped (LIAISON_ARTICLE_TIMEOUT); "
                           "please report this article")


def extract_many(arts: list[dict], pipeline=None) -> list[tuple[dict, str | None, str | None]]:
    """``[extract_one(a) for a in arts]``, with each model called once for all of ``arts``.

    ``Pipeline.pipe_results`` runs the stages per article but batches the model calls (no
    background thread here: a worker process has its core). Should the batch take longer than
    the per-article limit, every article of it is redone on its own, under its own limit, so
    the slow one is found and the others still get their records.
    """
    if _BUILD_ERROR is not None and pipeline is None:
        return [(a, None, _BUILD_ERROR) for a in arts]
    pipeline = _pipeline(pipeline)
    if len(arts) > 1 and hasattr(pipeline, "pipe_results"):
        try:
            with time_limit(article_timeout()):
                return _extract_batch(arts, pipeline)
        except ArticleTimeout:
            pass
    return [extract_one(a, pipeline) for a in arts]


def _extract_one(art: dict, pipeline=None) -> tuple[dict, str | None, str | None]:
    from .record import to_record

    if _BUILD_ERROR is not None and pipeline is None:
        return art, None, _BUILD_ERROR
    pipeline = _pipeline(pipeline)
    try:
        rec = to_record(pipeline(make_doc(art)))
        return art, json.dumps(rec, ensure_ascii=False), None
    except ArticleTimeout:
        raise
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
        return art, None, _failed(exc)


def _extract_batch(arts: list[dict], pipeline) -> list[tuple[dict, str | None, str | None]]:
    from .record import to_record

    out: dict[int, tuple] = {}
    pairs = []
    for i, art in enumerate(arts):
        try:
            pairs.append((make_doc(art), i))
        except Exception as exc:  # noqa: BLE001
            out[i] = (art, None, _failed(exc))
    for doc, i, exc in pipeline.pipe_results(pairs, batch_size=len(arts), as_tuples=True, threads=0):
        try:
            if exc is not None:
                raise exc
            out[i] = (arts[i], json.dumps(to_record(doc), ensure_ascii=False), None)
        except Exception as e:  # noqa: BLE001 - one bad article never stops the batch
            out[i] = (arts[i], None, _failed(e))
    return [out[i] for i in range(len(arts))]


def extract_chunk(chunk: list[dict]) -> tuple[int, list[tuple[dict, str | None, str | None]]]:
    """What a pool worker runs: (its process id, ``extract_many`` with this process's pipeline)."""
    return os.getpid(), extract_many(chunk)
