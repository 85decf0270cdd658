"""Serving the app with uvicorn, with time limits on slow clients.

uvicorn (0.54, h11) closes an idle keep-alive connection after
``timeout_keep_alive`` seconds, but has no limit on a client that sends its
request slowly: a connection that sends one header byte every few seconds, or
a body that never ends, is kept open for ever ("slowloris"). The protocol
class here adds three limits per connection:

- **headers**: the request line and headers must arrive within
  ``header_timeout`` seconds of the connection opening (or of the previous
  response on a keep-alive connection), else the connection closes (after a
  408 when part of a request had come);
- **body**: once the headers are in, the body must arrive within
  ``body_timeout`` seconds, else 408 (or a plain close when the app already
  answered) and the connection closes;
- **stalled reader**: a response the client stops reading (the write buffer
  stays above its high-water mark) is dropped after ``body_timeout`` seconds.

The request line and headers may take at most ``MAX_HEAD`` bytes (16 KiB;
431 beyond: h11 alone bounds only headers that are still incomplete, so a
large block arriving in one read was accepted); bodies are bounded by the app
(``limits.MAX_BODY``: 413 beyond).

Public API first: the keep-alive limit (``timeout_keep_alive``) and the bound
on incomplete headers (``h11_max_incomplete_event_size``) are uvicorn's own
options. Only the three timers above need its internal protocol class, whose
private parts are checked before use (:func:`missing_internals`: the methods
overridden and the attributes read, on a real instance). When an upgrade of
uvicorn changes them, ``liaison serve`` says so on one line and falls back to
uvicorn's public h11 protocol with the public limits (without the slow-client
timers); ``tests/test_web_faults.py`` checks the internals against the pinned
version, so an upgrade fails the tests first.
"""
from __future__ import annotations

import asyncio

HEADER_TIMEOUT = 10.0   # seconds to send the request line and headers
BODY_TIMEOUT = 30.0     # seconds to send the body; also how long a response waits for a client that stopped reading
KEEP_ALIVE = 5          # seconds an idle keep-alive connection stays open (uvicorn's timeout_keep_alive)

MAX_HEAD = 16 * 1024    # bytes of request line and headers (h11's own bound on incomplete headers)

_431 = b"request header fields too large\n"
RESPONSE_431 = (b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: text/plain; charset=utf-8\r\n"
                b"content-length: " + str(len(_431)).encode() + b"\r\nconnection: close\r\n\r\n" + _431)
_408 = b"request timeout: the request was not received in time\n"
RESPONSE_408 = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                b"content-length: " + str(len(_408)).encode() + b"\r\nconnection: close\r\n\r\n" + _408)


OVERRIDDEN = ("connection_made", "data_received", "handle_events", "connection_lost", "pause_writing",
              "resume_writing")
READ = ("conn", "transport", "loop", "cycle")  # instance attributes read; conn.their_state, conn.trailing_data


def missing_internals() -> list[str]:
    """The uvicorn/h11 internals :func:`protocol_class` relies on that the installed versions lack."""
    import asyncio as _asyncio

    try:
        import h11
        import uvicorn
        from uvicorn.protocols.http.h11_impl import H11Protocol
        from uvicorn.server import ServerState
    except ImportError as exc:
        return [f"import {exc.name}"]
    missing = [f"H11Protocol.{m}" for m in OVERRIDDEN if not callable(H11Protocol.__dict__.get(m))]
    for name in ("IDLE", "SEND_BODY"):
        if not hasattr(h11, name):
            missing.append(f"h11.{name}")
    loop = _asyncio.new_event_loop()
    try:
        config = uvicorn.Config(lambda scope, receive, send: None, http="h11", log_level="critical", lifespan="off")
        proto = H11Protocol(config, ServerState(), {}, _loop=loop)
        missing += [f"H11Protocol().{a}" for a in READ if not hasattr(proto, a)]
        conn = getattr(proto, "conn", None)
        if conn is not None:
            if not hasattr(conn, "their_state"):
                missing.append("h11.Connection.their_state")
            td = getattr(conn, "trailing_data", None)
            if not (isinstance(td, tuple) and len(td) == 2 and isinstance(td[0], (bytes, bytearray))):
                missing.append("h11.Connection.trailing_data (bytes, closed)")
    except Exception as exc:  # noqa: BLE001 - any change in the constructor is a change of internals
        missing.append(f"H11Protocol(config, ServerState(), {{}}): {exc.__class__.__name__}: {exc}")
    finally:
        loop.close()
    return missing


def protocol_class(header_timeout: float = HEADER_TIMEOUT, body_timeout: float = BODY_TIMEOUT,
                   max_head: int = MAX_HEAD) -> type:
    """uvicorn's h11 protocol with the header size, header, body and stalled-reader limits above."""
    import h11
    from uvicorn.protocols.http.h11_impl import H11Protocol

    if header_timeout <= 0 or body_timeout <= 0:
        raise ValueError("timeouts must be positive")

    class BoundedH11Protocol(H11Protocol):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._read_timer: asyncio.TimerHandle | None = None
            self._reading: str | None = None       # "headers", "body" or None (nothing expected from the client)
            self._write_timer: asyncio.TimerHandle | None = None

        # -- reading: watch h11's view of the client after every batch of events
        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._watch()

        def data_received(self, data: bytes) -> None:
            if self._reading == "headers" and self._head_too_large(data):
                self._cancel_read()
                self._reading = None
                self.transport.write(RESPONSE_431)
                self.transport.close()
                return
            super().data_received(data)

        def _head_too_large(self, data: bytes) -> bool:
            # h11 refuses headers still incomplete after 16 KiB, but takes any size that comes in one read
            head = self.conn.trailing_data[0] + data
            ends = [i for i in (head.find(b"\r\n\r\n"), head.find(b"\n\n")) if i >= 0]
            return (min(ends) if ends else len(head)) > max_head

        def handle_events(self) -> None:
            super().handle_events()
            self._watch()

        def connection_lost(self, exc) -> None:
            self._cancel_read()
            self._cancel_write()
            super().connection_lost(exc)

        def _watch(self) -> None:
            state = self.conn.their_state
            phase = "headers" if state is h11.IDLE else "body" if state is h11.SEND_BODY else None
            if phase == self._reading:
                return
            self._cancel_read()
            self._reading = phase
            if phase is not None and not self.transport.is_closing():
                delay = header_timeout if phase == "headers" else body_timeout
                self._read_timer = self.loop.call_later(delay, self._read_timed_out)

        def _cancel_read(self) -> None:
            if self._read_timer is not None:
                self._read_timer.cancel()
                self._read_timer = None

        def _read_timed_out(self) -> None:
            self._read_timer = None
            if self.transport.is_closing():
                return
            if self._reading == "headers":
                # part of a request came: say why it is cut (an idle keep-alive connection just closes)
                tell = bool(self.conn.trailing_data[0])
            else:  # the body: unless the app already answered without waiting for it
                tell = self.cycle is not None and not self.cycle.response_started
            if tell:
                self.transport.write(RESPONSE_408)
            self.transport.close()

        # -- writing: a client that stops reading cannot hold a response for ever
        def pause_writing(self) -> None:
            super().pause_writing()
            if self._write_timer is None:
                self._write_timer = self.loop.call_later(body_timeout, self._write_timed_out)

        def resume_writing(self) -> None:
            self._cancel_write()
            super().resume_writing()

        def _cancel_write(self) -> None:
            if self._write_timer is not None:
                self._write_timer.cancel()
                self._write_timer = None

        def _write_timed_out(self) -> None:
            self._write_timer = None
            self.transport.abort()  # close() would wait for the unread buffer to drain

    BoundedH11Protocol.header_timeout = header_timeout
    BoundedH11Protocol.body_timeout = body_timeout
    return BoundedH11Protocol


def config(app, *, host: str = "127.0.0.1", port: int = 8000, header_timeout: float = HEADER_TIMEOUT,
           body_timeout: float = BODY_TIMEOUT, **kwargs):
    """A ``uvicorn.Config`` for ``app`` with the limits above (and no Server header, no proxy headers).

    uvicorn's public limits always; the slow-client timers when its internals are as expected, else (one
    line on stderr) its public h11 protocol."""
    import sys

    import uvicorn

    missing = missing_internals()
    if missing:
        print("liaison: warning: uvicorn's internals changed (" + ", ".join(missing[:3]) + "); serving without "
              "the slow-client timers (pin uvicorn as in pyproject.toml to have them)", file=sys.stderr)
        http = "h11"
    else:
        http = protocol_class(header_timeout, body_timeout)
    opts = dict(host=host, port=port, log_level="warning", server_header=False, proxy_headers=False, http=http,
                timeout_keep_alive=KEEP_ALIVE, h11_max_incomplete_event_size=MAX_HEAD)
    opts.update(kwargs)
    return uvicorn.Config(app, **opts)


def run(app, *, sock=None, **kwargs) -> None:
    """Serve ``app`` until interrupted, on ``sock`` when given (see :func:`config` for the options)."""
    import uvicorn

    try:
        uvicorn.Server(config(app, **kwargs)).run(sockets=[sock] if sock is not None else None)
    except KeyboardInterrupt:  # pragma: no cover - as uvicorn.run does
        pass
