"""Stages in a declared order, checked before anything runs.

A stage is an object with ``name``, ``requires`` and ``assigns`` (names of
``Doc`` attributes or span layers) and a ``__call__(doc) -> doc``. The
pipeline verifies, when it is built, that every stage's requirements are
assigned by an earlier stage, and names what is present and what is missing
when they are not.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import Iterable, Iterator

from .doc import Doc
from .errors import PipelineError
from .stages.base import Stage, stage  # noqa: F401 - stage is re-exported for extensions


@dataclass(frozen=True)
class StageInfo:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str


BASE_ASSIGNED = ("raw", "meta")
DEFAULT_BATCH = 64  # docs per batched model call in ``Pipeline.pipe``


class Pipeline:
    """An ordered list of stages; ``pipe`` streams docs through them."""

    def __init__(self, stages: Iterable[Stage]):
        self.stages: list[Stage] = list(stages)
        self.check()

    @classmethod
    def default(cls) -> "Pipeline":
        from .stages import default_stages

        return cls(default_stages())

    def check(self) -> None:
        present = set(BASE_ASSIGNED)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in present]
            if missing:
                raise PipelineError(
                    f"stage '{stage.name}' requires {', '.join(missing)}, which no earlier stage assigns; "
                    f"present: {', '.join(sorted(present))}. Put a stage assigning it before '{stage.name}'."
                )
            present.update(stage.assigns)

    def table(self) -> list[StageInfo]:
        return [StageInfo(s.name, tuple(s.requires), tuple(s.assigns), _summary(s.doc)) for s in self.stages]

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            doc = stage(doc)
            doc.stages_run.append(stage.name)
            doc.assigned.update(stage.assigns)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = DEFAULT_BATCH) -> Iterator[Doc]:
        """Analyse ``docs`` in order, a batch at a time (see ``pipe_results``); the first failure is raised."""
        for doc, _, exc in self.pipe_results(docs, batch_size=batch_size):
            if exc is not None:
                raise exc
            yield doc

    def pipe_results(self, items: Iterable, batch_size: int = DEFAULT_BATCH, as_tuples: bool = False,
                     threads: int | None = None) -> Iterator[tuple[Doc, object, Exception | None]]:
        """``(doc, context, error)`` for each of ``items``, in order; one failing doc never stops the others.

        ``items`` are docs, or ``(doc, context)`` pairs with ``as_tuples`` (the context comes back
        unchanged, e.g. where the article was read from). The same stages run as with
        ``pipeline(doc)`` and give the same results; what differs is how the models are called.
        A stage with a ``predict(docs, submit)`` method (the people stage) gets a whole batch of
        docs first and runs its models over all of them at once, leaving each doc's share in
        ``doc.cache``. With ``threads`` >= 1 (default: 1 on a machine with more than one core,
        ``LIAISON_MODEL_THREADS`` overrides) the slow model (LAC: onnxruntime releases the GIL)
        runs in a background thread while this thread goes on with spaCy and with the later
        stages of the previous batch. An exception in one doc's stage becomes that doc's
        ``error`` and its later stages are skipped; a failing batched model call only sends its
        docs back to being analysed one by one. ``BaseException``s (KeyboardInterrupt, a
        timeout) propagate.
        """
        k = next((i for i, st in enumerate(self.stages) if callable(getattr(st, "predict", None))), None)
        if k is None:
            for doc, ctx in _pairs(items, as_tuples):
                doc, exc = self._run(doc, self.stages)
                yield doc, ctx, exc
            return
        pre, model_stage, post = self.stages[:k], self.stages[k], self.stages[k:]
        if threads is None:
            threads = model_threads()
        executor = None
        if threads > 0:
            from concurrent.futures import ThreadPoolExecutor

            executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="liaison-model")
        submit = executor.submit if executor is not None else None
        pending = None
        model_proc = None  # the models' own process, started at the second batch (a run of one batch never starts it)

        def submit_for(n: int):
            nonlocal model_proc
            if executor is None or not model_process_enabled():
                return submit
            if n >= 1 and model_proc is None:
                try:
                    from .models import ModelProcess

                    model_proc = ModelProcess()
                except Exception:  # noqa: BLE001 - no process here: the thread does it
                    model_proc = False
            if not model_proc or not model_proc.ready or model_proc.broken:
                return submit  # (until the child has loaded the models, and after it died: the thread)
            routed = functools.partial(executor.submit)  # the thread's submit, telling the stages of the process
            routed.model_pool = model_proc
            return routed

        # later stages with their own batched model calls (the frames stage's parses): the stages
        # between them run doc by doc, then the next model stage runs once for the whole batch. A later
        # model stage whose ``predict_requires`` the first stages already assign (the parses need only
        # the sentences) is called with the first one, so its model runs in the background thread too.
        cuts = [i for i in range(1, len(post)) if callable(getattr(post[i], "predict", None))]
        segments = [post[a:b] for a, b in zip([0] + cuts, cuts + [len(post)])]
        ready = set(BASE_ASSIGNED).union(*(st.assigns for st in pre))
        early = [post[i] for i in cuts
                 if getattr(post[i], "predict_requires", None) is not None and set(post[i].predict_requires) <= ready]

        def predict_all(live, n):
            dones = []
            sub = submit_for(n)
            for st in [model_stage] + early:
                try:
                    dones.append(st.predict(live, sub))
                except Exception:  # noqa: BLE001 - the docs are analysed one by one instead
                    dones.append(_failed(live))
            return dones

        def finish(batch, dones):
            for done in dones:
                if done is not None:
                    try:
                        done()
                    except Exception:  # noqa: BLE001 - the docs are analysed one by one instead
                        for doc, _, _ in batch:
                            doc.cache.clear()
            results = [[doc, ctx, exc] for doc, ctx, exc in batch]
            for n, segment in enumerate(segments):
                if n and segment[0] not in early:
                    _predict_now(segment[0], [r[0] for r in results if r[2] is None])
                for r in results:
                    if r[2] is None:
                        r[0], r[2] = self._run(r[0], segment)
            for doc, ctx, exc in results:
                doc.cache.clear()
                yield doc, ctx, exc

        try:
            for n, chunk in enumerate(chunked(_pairs(items, as_tuples), max(1, batch_size))):
                batch = [(*self._run(doc, pre), ctx) for doc, ctx in chunk]
                batch = [(doc, ctx, exc) for doc, exc, ctx in batch]
                live = [doc for doc, _, exc in batch if exc is None]
                dones = predict_all(live, n) if live else []
                if pending is not None:
                    yield from finish(*pending)
                pending = (batch, dones)
            if pending is not None:
                yield from finish(*pending)
        finally:
            if executor is not None:
                executor.shutdown(wait=True)
            if model_proc:
                model_proc.close()

    def _run(self, doc: Doc, stages: list[Stage]) -> tuple[Doc, Exception | None]:
        """Run ``stages`` on ``doc``: (the doc, the exception that stopped it or None)."""
        try:
            for stage in stages:
                doc = stage(doc)
                doc.stages_run.append(stage.name)
                doc.assigned.update(stage.assigns)
        except Exception as exc:  # noqa: BLE001 - reported per doc by pipe_results
            return doc, exc
        return doc, None



def _summary(doc: str | None) -> str:
    """The first paragraph of a stage's docstring, on one line."""
    para = (doc or "").strip().split("\n\n")[0]
    return " ".join(line.strip() for line in para.splitlines())


def _failed(docs: list[Doc]):
    """After a failed batched call: nothing to wait for, each doc's stage computes its own share."""
    for doc in docs:
        doc.cache.clear()
    return None


def _predict_now(stage, docs: list[Doc]) -> None:
    """A later model stage's batched call, in this thread; a failure leaves the docs to run it one by one."""
    if not docs:
        return
    try:
        done = stage.predict(docs, None)
        if done is not None:
            done()
    except Exception:  # noqa: BLE001 - each doc's stage then computes its own share
        pass


def model_process_enabled() -> bool:
    """LAC and the parses run in a child process of their own in long ``Pipeline.pipe`` runs with a model thread, unless
    ``LIAISON_MODEL_PROCESS=0``."""
    return os.environ.get("LIAISON_MODEL_PROCESS", "1").strip() != "0"


def model_threads() -> int:
    """Background threads for model calls in ``Pipeline.pipe``: ``LIAISON_MODEL_THREADS``, else 1 with >1 core."""
    env = os.environ.get("LIAISON_MODEL_THREADS", "").strip()
    if env:
        try:
            return max(0, int(env))
        except ValueError:
            pass
    return 1 if (os.cpu_count() or 1) > 1 else 0


def _pairs(items: Iterable, as_tuples: bool) -> Iterator[tuple[Doc, object]]:
    for item in items:
        yield (item[0], item[1]) if as_tuples else (item, None)


def chunked(it: Iterable, n: int) -> Iterator[list]:
    """Lists of ``n`` items of ``it`` (the last may be shorter), read lazily."""
    chunk: list = []
    for x in it:
        chunk.append(x)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
