"""LAC in a process of its own (``python -m liaison.lac_worker``), for long runs of ``Pipeline.pipe``.

The parent (``liaison.models.LacProcess``) writes frames to its stdin and reads frames from its stdout;
a frame is an 8-byte little-endian length and a pickle. The worker loads LAC, answers ``("ready",)``,
then for each list of texts it reads answers ``("ok", [[(word, tag), ...], ...])`` — what
``liaison.models.lac_run`` gives for them — or ``("error", message)``. It ends at end of input.
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
    from .models import lac

    inp, out = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing printed may corrupt the frames
    engine = lac()
    _write(out, ("ready",))
    while True:
        head = inp.read(8)
        if len(head) < 8:
            return 0
        (n,) = struct.unpack("<Q", head)
        texts = pickle.loads(inp.read(n))
        try:
            answer = ("ok", engine.run(list(texts)))
        except Exception as exc:  # noqa: BLE001 - the parent analyses these texts itself
            answer = ("error", f"{exc.__class__.__name__}: {exc}")
        _write(out, answer)


if __name__ == "__main__":
    sys.exit(main())
