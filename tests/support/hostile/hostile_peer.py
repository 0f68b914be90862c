#!/usr/bin/python3
"""A hostile HTTP / SSE / WebSocket peer for the terminal-safety tests (issue 27).

Every string the server controls carries an escape sequence (ESC, BEL, a C1 CSI) or a bidi
override, so that a client which prints it raw would paint, retitle or reorder the terminal.
Listens on 127.0.0.1 (port 0 unless --port), prints "PORT <n>" on stdout, serves until killed.
With --cert/--key it speaks TLS (the test makes a certificate with a hostile subject).

  /reason   200 with a hostile reason phrase and header value
  /fail     500 with a hostile reason phrase (for --fail's error line)
  /sse      an event stream: hostile event type, id and data, then the end
  /ws       a WebSocket handshake, then a close frame 4000 with a hostile reason
  /ws/CODE  the same with the close code CODE (999, 1005, 5000: codes a server must not send)
  /gzip/bomb     a gzip compression bomb (64 MiB of zeros in about 64 KB)
  /gzip/garbage  "Content-Encoding: gzip" on bytes that are not gzip
  (any other path answers as /reason; a request's body is read first)
"""
import argparse
import base64
import gzip
import hashlib
import socket
import socketserver
import ssl
import struct
import sys

ESC = b"\x1b"
RLO = "\u202e".encode()  # RIGHT-TO-LEFT OVERRIDE
CSI_C1 = "\u009b".encode()  # the one-character CSI of C1
HOSTILE = ESC + b"[31mRED" + RLO + b"txt" + ESC + b"]0;pwned\x07" + CSI_C1 + b"2J"
WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def read_head(stream):
    lines = []
    while True:
        line = stream.readline(65536)
        if not line or line in (b"\r\n", b"\n"):
            return lines
        lines.append(line.rstrip(b"\r\n"))


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        head = read_head(self.rfile)
        if not head:
            return
        path = head[0].split(b" ")[1] if len(head[0].split(b" ")) > 1 else b"/"
        headers = {}
        for line in head[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get(b"content-length", b"0") or 0)
        if length > 0:  # read what was sent, so that closing does not reset the connection
            self.rfile.read(length)
        if path.startswith(b"/ws"):  # /ws, or /ws/CODE for another close code
            code = path[4:]
            self.websocket(headers, int(code) if code.isdigit() else 4000)
        elif path.startswith(b"/sse"):
            self.sse()
        elif path.startswith(b"/gzip/"):
            self.gzip(path[6:])
        elif path.startswith(b"/fail"):
            self.plain(b"500 Oops" + HOSTILE)
        else:
            self.plain(b"200 OK" + HOSTILE)

    def plain(self, status):
        body = b"ok\n"
        self.wfile.write(b"HTTP/1.1 " + status + b"\r\n"
                         + b"X-Evil: v" + HOSTILE + b"\r\n"
                         + b"Content-Type: text/plain\r\n"
                         + b"Content-Length: " + str(len(body)).encode() + b"\r\n"
                         + b"Connection: close\r\n\r\n" + body)

    def gzip(self, kind):
        if kind == b"bomb":  # 64 MiB of zeros in about 64 KB: a ratio of about 1000:1
            body = gzip.compress(bytes(64 * 1024 * 1024), compresslevel=9)
        else:  # bytes that are not gzip at all
            body = b"this is not gzip data " * 100
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                             b"Content-Encoding: gzip\r\n"
                             b"Content-Length: " + str(len(body)).encode() + b"\r\n"
                             b"Connection: close\r\n\r\n" + body)
        except OSError:
            pass  # the client stopped reading: that is the point of a bomb

    def sse(self):
        self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                         b"Cache-Control: no-cache\r\nConnection: close\r\n\r\n")
        self.wfile.write(b"event: tick" + HOSTILE + b"\nid: id" + HOSTILE + b"\n"
                         b"data: data" + HOSTILE + b"\n\n")
        self.wfile.flush()

    def websocket(self, headers, code):
        key = headers.get(b"sec-websocket-key", b"")
        accept = base64.b64encode(hashlib.sha1(key + WS_GUID).digest())
        self.wfile.write(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                         b"Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n\r\n")
        text = b"hello" + HOSTILE
        self.wfile.write(bytes([0x81, len(text)]) + text)
        reason = struct.pack("!H", code) + b"bye" + HOSTILE
        self.wfile.write(bytes([0x88, len(reason)]) + reason)
        self.wfile.flush()
        try:  # wait for the client's close frame, then end the TCP connection
            self.request.settimeout(5)
            self.request.recv(1024)
        except (OSError, socket.timeout):
            pass


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, context):
        super().__init__(address, Handler)
        self.context = context

    def get_request(self):
        sock, address = super().get_request()
        if self.context:
            sock = self.context.wrap_socket(sock, server_side=True)
        return sock, address


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()
    context = None
    if args.cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
    server = Server(("127.0.0.1", args.port), context)
    sys.stdout.write("PORT %d\n" % server.server_address[1])
    sys.stdout.flush()
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
