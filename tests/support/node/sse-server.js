#!/usr/bin/env node
// Server-Sent Events peer for Wirescope's tests, built on the npm `better-sse` package.
//
//   node sse-server.js PORT
//
// Paths (query parameters in brackets):
//   /events[?count=N&interval=MS&event=NAME]   N events (default 3) with data "tick I" and id
//                                             I (1..N), every MS ms (default 10), then the
//                                             server ends the response
//   /multiline                                a comment, then one event whose data has three
//                                             lines (better-sse writes one data: field per
//                                             line), a named event with JSON data, then end
//   /resume                                   two events with ids following the request's
//                                             Last-Event-ID (0 when none), then end
//   /forever                                  an event every 50 ms until the client hangs up
//   /not-a-stream                             404 with a text/plain body
// better-sse sends `retry: 2000` when a stream opens (its default) unless noted.
'use strict';
const http = require('http');
const { createSession } = require('better-sse');

const port = Number(process.argv[2]);
// Plain text data (better-sse's default serializer would JSON-encode strings, and it writes
// a value with line breaks as one data field): each line becomes its own data: field.
const text = {
    serializer: (data) => String(data).replace(/\r\n|\r|\n/g, '\ndata:'),
    keepAlive: null,
};

const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/not-a-stream') {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('no events here\n');
        return;
    }
    if (url.pathname === '/events') {
        const count = Number(url.searchParams.get('count') || 3);
        const interval = Number(url.searchParams.get('interval') || 10);
        const name = url.searchParams.get('event') || undefined;
        const session = await createSession(req, res, text);
        let i = 0;
        const timer = setInterval(() => {
            if (!session.isConnected) {
                clearInterval(timer);
                return;
            }
            ++i;
            session.push(`tick ${i}`, name, String(i));
            if (i >= count) {
                clearInterval(timer);
                res.end();
            }
        }, interval);
        return;
    }
    if (url.pathname === '/multiline') {
        const session = await createSession(req, res, { ...text, retry: 1500 });
        await session.batch((buffer) => buffer.comment('multiline test'));
        session.push('line one\nline two\r\nline three', undefined, 'm1');
        session.push(JSON.stringify({ n: 1, ok: true }), 'json', 'm2');
        setTimeout(() => res.end(), 20);
        return;
    }
    if (url.pathname === '/resume') {
        const session = await createSession(req, res, { ...text, retry: 100 });
        const last = Number(session.lastId || 0);
        session.push(`after ${last}`, undefined, String(last + 1));
        session.push(`after ${last + 1}`, undefined, String(last + 2));
        setTimeout(() => res.end(), 20);
        return;
    }
    if (url.pathname === '/forever') {
        const session = await createSession(req, res, text);
        let i = 0;
        const timer = setInterval(() => session.push(`beat ${++i}`, 'beat', String(i)), 50);
        session.on('disconnected', () => clearInterval(timer));
        return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('unknown path\n');
});

server.listen(port, '127.0.0.1', () => {
    console.log(`sse server listening on http://127.0.0.1:${port}`);
});
