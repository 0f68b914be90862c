#!/usr/bin/env node
// Echo peer for Wirescope's WebSocket tests, built on the npm `ws` package.
//
//   node ws-echo-server.js PORT [CERT.pem KEY.pem [CLIENT-CA.pem]]
//   (with a certificate: wss://; with CLIENT-CA.pem the TLS handshake requires a client
//   certificate signed by that CA)
//
// Every text or binary message is echoed back unchanged (binary stays binary), except these
// text commands:
//   close:CODE[:REASON]   the server closes with CODE and REASON
//   drop                  the server destroys the TCP connection (no close frame: 1006)
//   flood:N[:SIZE]        the server sends N text messages "flood i" padded to SIZE bytes
//   big:N                 the server sends one binary message of N bytes (0..255 repeating)
//   headers               the server answers with a JSON object of the handshake request
//                         headers (lower-case names) and the negotiated subprotocol
//   ping:PAYLOAD          the server pings the client (the client answers with a pong)
// The path /reject refuses the upgrade with 403 and a text body.
// Subprotocols: the first one the client offers among "chat.v2", "chat.v1", "echo" is chosen.
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2]);
const [certFile, keyFile, clientCaFile] = process.argv.slice(3);
const SUPPORTED = ['chat.v2', 'chat.v1', 'echo'];

const tlsOptions = () => {
    const options = { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) };
    if (clientCaFile) {
        options.requestCert = true;
        options.rejectUnauthorized = true;
        options.ca = fs.readFileSync(clientCaFile);
    }
    return options;
};
const server = certFile ? https.createServer(tlsOptions()) : http.createServer();
server.on('request', (req, res) => {
    res.writeHead(426, { 'Content-Type': 'text/plain' });
    res.end('this is a WebSocket echo server\n');
});
const wss = new WebSocketServer({
    noServer: true,
    maxPayload: 64 * 1024 * 1024,
    handleProtocols: (protocols) => {
        for (const p of protocols) {
            if (SUPPORTED.includes(p)) return p;
        }
        return false;
    },
});
server.on('upgrade', (req, socket, head) => {
    if (req.url.startsWith('/reject')) {
        const body = 'upgrade refused by the test server\n';
        socket.end('HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n'
            + `Content-Length: ${body.length}\r\nX-Refusal: test\r\nConnection: close\r\n\r\n${body}`);
        return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});

wss.on('connection', (ws, req) => {
    ws.on('error', () => {});
    ws.on('message', (data, isBinary) => {
        if (isBinary) {
            ws.send(data, { binary: true });
            return;
        }
        const text = data.toString('utf8');
        let m;
        if ((m = /^close:(\d+)(?::(.*))?$/s.exec(text))) {
            ws.close(Number(m[1]), m[2] || '');
        } else if (text === 'drop') {
            ws._socket.destroy();
        } else if ((m = /^flood:(\d+)(?::(\d+))?$/.exec(text))) {
            const n = Number(m[1]);
            const size = Number(m[2] || 0);
            for (let i = 0; i < n; ++i) {
                let s = `flood ${i}`;
                if (s.length < size) s += '.'.repeat(size - s.length);
                ws.send(s);
            }
        } else if ((m = /^big:(\d+)$/.exec(text))) {
            const buf = Buffer.alloc(Number(m[1]));
            for (let i = 0; i < buf.length; ++i) buf[i] = i & 0xff;
            ws.send(buf, { binary: true });
        } else if (text === 'headers') {
            ws.send(JSON.stringify({ headers: req.headers, protocol: ws.protocol, url: req.url }));
        } else if ((m = /^ping:(.*)$/s.exec(text))) {
            ws.ping(m[1]);
        } else {
            ws.send(text);
        }
    });
});

server.listen(port, '127.0.0.1', () => {
    console.log(`ws echo server listening on ${certFile ? 'wss' : 'ws'}://127.0.0.1:${port}`);
});
