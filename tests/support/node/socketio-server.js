#!/usr/bin/env node
// Socket.IO peer for Wirescope's tests, built on the npm `socket.io` server (protocol v5 over
// Engine.IO v4).
//
//   node socketio-server.js PORT
//
// Path /socket.io/ (pingInterval 300 ms, so a test sees pings soon):
//   on connect            emits "welcome" {sid, auth} (the handshake's auth object)
//   "echo" ...args        emits "echo" with the same arguments back to the sender
//   "echo-ack" ...args    acknowledges with the same arguments
//   "chat" text           emits "chat" {from, text} to every socket of the namespace
//   "bye"                 the server disconnects the socket (a DISCONNECT packet)
//   any other event       no answer and no acknowledgement
// Namespace /admin: a middleware refuses the connection with Error("not authorized") (and
// data {reason: "bad token"}) unless auth.token is "s3cret"; then "welcome" and "echo-ack" as
// above. Any other namespace is refused by socket.io itself ("Invalid namespace").
// Path /legacy/ accepts Engine.IO v3 clients (allowEIO3), which socket.io answers with
// protocol v4 behaviour (a CONNECT without a socket id): for the version-mismatch error.
// Any other upgrade path is left unanswered and the socket ended after 1 s, as a socket.io
// server alone does (engine.io's destroyUpgrade).
'use strict';
const http = require('http');
const { Server } = require('socket.io');

const port = Number(process.argv[2]);
const server = http.createServer((req, res) => {
    res.writeHead(404);
    res.end();
});

const options = { pingInterval: 300, pingTimeout: 2000, destroyUpgrade: false };
const io = new Server(server, { ...options, path: '/socket.io/' });
const legacy = new Server(server, { ...options, path: '/legacy/', allowEIO3: true });

server.on('upgrade', (req, socket) => {
    if (req.url.startsWith('/socket.io/') || req.url.startsWith('/legacy/')) return;
    setTimeout(() => {
        if (socket.writable && socket.bytesWritten <= 0) socket.end();
    }, 1000);
});

function serve(nsp) {
    nsp.on('connection', (socket) => {
        socket.emit('welcome', { sid: socket.id, auth: socket.handshake.auth });
        socket.on('echo', (...args) => socket.emit('echo', ...args));
        socket.on('echo-ack', (...args) => {
            const ack = args.pop();
            if (typeof ack === 'function') ack(...args);
        });
        socket.on('chat', (text) => nsp.emit('chat', { from: socket.id, text }));
        socket.on('bye', () => socket.disconnect(true));
    });
}

serve(io.of('/'));
serve(legacy.of('/'));
const admin = io.of('/admin');
admin.use((socket, next) => {
    if (socket.handshake.auth && socket.handshake.auth.token === 's3cret') return next();
    const err = new Error('not authorized');
    err.data = { reason: 'bad token' };
    next(err);
});
serve(admin);

server.listen(port, '127.0.0.1', () => {
    console.log(`socket.io server listening on http://127.0.0.1:${port}`);
});
