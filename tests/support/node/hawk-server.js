#!/usr/bin/env node
// Hawk verifier peer for Wirescope's tests, on npm's `@hapi/hawk` (the reference
// implementation): Hawk.server.authenticate checks the MAC of each request it receives, the
// payload hash when the request carries one, and the timestamp (60 seconds of skew).
//
//   node hawk-server.js PORT
//
// Any path and method. The id "wirescope-id" has the key "wirescope-hawk-key" with sha256;
// "wirescope-sha1" has the same key with sha1. Answers carry a Server-Authorization header
// (Hawk.server.header) over the response body.
//
// 200 {"valid":true, id, ext, app, dlg, hash, nonce, ts};
// 401 {"valid":false, "error": hawk's message ("Bad mac", "Bad payload hash", "Stale timestamp",
// "Unknown credentials", ...)}.
'use strict';
const http = require('http');
const Hawk = require('@hapi/hawk');

const port = Number(process.argv[2]);
const CREDENTIALS = {
    'wirescope-id': { key: 'wirescope-hawk-key', algorithm: 'sha256' },
    'wirescope-sha1': { key: 'wirescope-hawk-key', algorithm: 'sha1' },
};

function answer(res, status, body, header) {
    const text = JSON.stringify(body);
    const headers = { 'Content-Type': 'application/json' };
    if (header)
        headers['Server-Authorization'] = header(text);
    res.writeHead(status, headers);
    res.end(text);
}

async function verify(req, res, body) {
    try {
        const { credentials, artifacts } = await Hawk.server.authenticate(
            req, async (id) => CREDENTIALS[id] && { id, ...CREDENTIALS[id] });
        if (artifacts.hash)
            Hawk.server.authenticatePayload(body.toString('utf8'), credentials, artifacts,
                                            req.headers['content-type']);
        answer(res, 200, { valid: true, id: artifacts.id, ext: artifacts.ext || null,
                           app: artifacts.app || null, dlg: artifacts.dlg || null,
                           hash: artifacts.hash || null, nonce: artifacts.nonce, ts: artifacts.ts },
               (text) => Hawk.server.header(credentials, artifacts,
                                            { payload: text, contentType: 'application/json' }));
    } catch (error) {
        answer(res, 401, { valid: false, error: error.message });
    }
}

http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => verify(req, res, Buffer.concat(chunks)));
}).listen(port, '127.0.0.1');
