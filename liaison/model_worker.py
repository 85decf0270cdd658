"""The models in a process of their own (``python -m liaison.model_worker``), for long runs of
``Pipeline.pipe``: LAC over Chinese texts and spaCy's parse over the English sentences the event frames read.

The parent (``liaison.models.ModelProcess``) writes frames to its stdin and reads frames from its stdout;
a frame is an 8-byte little-endian length and a pickle. The worker loads LAC and spaCy, answers
``("ready",)``, then answers each request in order: ``("lac", texts)`` with ``("ok", [[(word, tag), ...],
...])`` — what ``liaison.models.lac_run`` gives — and ``("parse", texts)`` with ``("ok", bytes)``, a spaCy
``DocBin`` of what ``liaison.models.spacy_parse`` gives; ``("error", message)`` when a call fails. It ends
at end of input.
"""
from __future__ import annotations

import pickle
import struct
import sys


def _write(out, value) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(struct.pack("<Q", len(data)) + data)
    out.flush()


def main() -> int:
    import signal

    from spacy.tokens import DocBin

    from .models import lac, spacy_en, spacy_parse

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it closes our input
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing printed may corrupt the frames
    engine = lac()
    spacy_en()
    _write(out, ("ready",))
    while True:
        head = inp.read(8)
        if len(head) < 8:
            return 0
        (n,) = struct.unpack("<Q", head)
        kind, texts = pickle.loads(inp.read(n))
        try:
            if kind == "lac":
                answer = ("ok", engine.run(list(texts)))
            else:
                answer = ("ok", DocBin(docs=spacy_parse(list(texts))).to_bytes())
        except Exception as exc:  # noqa: BLE001 - the parent analyses these texts itself
            answer = ("error", f"{exc.__class__.__name__}: {exc}")
        _write(out, answer)


if __name__ == "__main__":
    sys.exit(main())
