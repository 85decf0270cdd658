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
(``app.MAX_BODY``: 413 beyond).
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
    """A ``uvicorn.Config`` for ``app`` with the limits above (and no Server header, no proxy headers)."""
    import uvicorn

    opts = dict(host=host, port=port, log_level="warning", server_header=False, proxy_headers=False,
                http=protocol_class(header_timeout, body_timeout), timeout_keep_alive=KEEP_ALIVE)
    opts.update(kwargs)
    return uvicorn.Config(app, **opts)


def run(app, **kwargs) -> None:
    """Serve ``app`` until interrupted (see :func:`config` for the options)."""
    import uvicorn

    try:
        uvicorn.Server(config(app, **kwargs)).run()
    except KeyboardInterrupt:  # pragma: no cover - as uvicorn.run does
        pass
