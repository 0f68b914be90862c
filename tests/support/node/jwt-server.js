#!/usr/bin/env node
// JSON Web Token verifier peer for Wirescope's tests, on the npm `jsonwebtoken` package (the
// verifier most Node.js APIs use): it checks the token Wirescope's JWT bearer auth signs.
//
//   node jwt-server.js PORT CERT_PEM
//
//   GET /hmac      Authorization: Bearer <jwt> signed with HS256/384/512 and the secret
//                  "wirescope-jwt-secret"
//   GET /rsa       the same signed with RS256/384/512 by the private key of CERT_PEM
//   GET /query     the token in ?token= (HMAC secret as above)
//
// 200 {"valid":true,"header":{...},"claims":{...}} when jsonwebtoken.verify accepts it;
// 401 {"valid":false,"error":"..."} in its words otherwise.
'use strict';
const fs = require('fs');
const http = require('http');
const jwt = require('jsonwebtoken');

const port = Number(process.argv[2]);
const certificate = fs.readFileSync(process.argv[3]);
const SECRET = 'wirescope-jwt-secret';

function answer(res, status, body) {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
}

http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const auth = req.headers.authorization || '';
    const token = url.pathname === '/query' ? url.searchParams.get('token') || ''
                                            : auth.replace(/^Bearer /, '');
    const rsa = url.pathname === '/rsa';
    const options = { algorithms: rsa ? ['RS256', 'RS384', 'RS512'] : ['HS256', 'HS384', 'HS512'],
                      complete: true };
    jwt.verify(token, rsa ? certificate : SECRET, options, (error, decoded) => {
        if (error)
            return answer(res, 401, { valid: false, error: error.message, authorization: auth });
        answer(res, 200, { valid: true, header: decoded.header, claims: decoded.payload });
    });
}).listen(port, '127.0.0.1');
