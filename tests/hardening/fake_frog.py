#!/usr/bin/env python3
"""A stand-in for ``frog -S PORT``: answers like Frog, and misbehaves on cue.

A text containing HANG never gets an answer; CRASH kills the server. Each
whitespace-separated word becomes one token row (noun, no entity).
"""

import socket
import sys
import threading


def serve(conn: socket.socket) -> None:
    buf = b""
    with conn:
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                return
            buf += chunk
            while b"\r\nEOT\r\n" in buf:
                text, buf = buf.split(b"\r\nEOT\r\n", 1)
                words = text.decode("utf-8", "replace").split()
                if "HANG" in words:
                    threading.Event().wait(3600)
                if "CRASH" in words:
                    import os

                    os._exit(3)
                rows = [f"{i}\t{w}\t{w.lower()}\t\tN(soort,ev)\t1.0\tO\tB-NP\t0\tROOT"
                        for i, w in enumerate(words, 1)]
                conn.sendall(("\n".join(rows) + "\n\nREADY\n").encode("utf-8"))


def main() -> None:
    port = int(sys.argv[sys.argv.index("-S") + 1])
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(5)
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
