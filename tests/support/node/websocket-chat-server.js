#!/usr/bin/env node
// The classic broadcast chat server of the npm `websocket` package (an http.createServer
// handing upgrade requests to a WebSocketServer), for Wirescope's tests.
//
//   node websocket-chat-server.js PORT
//
// Each connection gets a number; everybody connected sees "join: peer N" when peer N arrives,
// "leave: peer N" when it goes, and every text message as "peer N: TEXT" (the sender too).
// Accepts the subprotocol "chat" when offered; any other offer is answered without one.
'use strict';
const http = require('http');
const WebSocketServer = require('websocket').server;

const port = Number(process.argv[2]);
const server = http.createServer((request, response) => {
    response.writeHead(404);
    response.end();
});
server.listen(port, '127.0.0.1', () => {
    console.log(`websocket chat server listening on ws://127.0.0.1:${port}`);
});

const wsServer = new WebSocketServer({ httpServer: server, autoAcceptConnections: false });
const peers = new Set();
let nextId = 1;

function broadcast(text) {
    for (const c of peers) c.sendUTF(text);
}

wsServer.on('request', (request) => {
    const protocol = request.requestedProtocols.includes('chat') ? 'chat' : null;
    const connection = request.accept(protocol, request.origin);
    const id = nextId++;
    peers.add(connection);
    broadcast(`join: peer ${id}`);
    connection.on('message', (message) => {
        if (message.type === 'utf8') broadcast(`peer ${id}: ${message.utf8Data}`);
        else for (const c of peers) c.sendBytes(message.binaryData);
    });
    connection.on('close', () => {
        peers.delete(connection);
        broadcast(`leave: peer ${id}`);
    });
});
