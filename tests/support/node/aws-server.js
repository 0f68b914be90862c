#!/usr/bin/env node
// AWS Signature Version 4 verifier peer for Wirescope's tests, on the npm `aws4` package (the
// signer the AWS SDK-less Node.js world uses): it recomputes the signature of each request it
// receives with aws4 and compares it with the one the request carries, as an AWS service does.
//
//   node aws-server.js PORT
//
// Any path and method. The access key "AKIDWIRESCOPE" has the secret "wirescope-aws-secret";
// other keys are unknown. Header signing (Authorization: AWS4-HMAC-SHA256 Credential=...) and
// presigned URLs (X-Amz-Signature in the query) are both checked; X-Amz-Content-Sha256, when
// present and not UNSIGNED-PAYLOAD, must be the SHA-256 of the body received; X-Amz-Date must
// be within 15 minutes of now.
//
// 200 {"valid":true, service, region, signedHeaders, sessionToken, query, bodyLength};
// 403 {"valid":false, "error":"SignatureDoesNotMatch" | ..., "canonical": aws4's canonical
// request} otherwise (400 for a payload hash mismatch, 401 without any signature).
'use strict';
const crypto = require('crypto');
const http = require('http');
const aws4 = require('aws4');

const port = Number(process.argv[2]);
const SECRETS = { AKIDWIRESCOPE: 'wirescope-aws-secret' };
const AUTH = /^AWS4-HMAC-SHA256 Credential=([^,]+), ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]+)$/;

function answer(res, status, body) {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
}

function sha256(bytes) {
    return crypto.createHash('sha256').update(bytes).digest('hex');
}

// What the request claims: from the query (presigned) or the Authorization header.
function claimOf(req, url) {
    const q = url.searchParams;
    if (q.has('X-Amz-Signature'))
        return { query: true, credential: q.get('X-Amz-Credential'), signed: q.get('X-Amz-SignedHeaders'),
                 signature: q.get('X-Amz-Signature'), date: q.get('X-Amz-Date'),
                 token: q.get('X-Amz-Security-Token') };
    const m = AUTH.exec(req.headers.authorization || '');
    if (!m)
        return null;
    return { query: false, credential: m[1], signed: m[2], signature: m[3],
             date: req.headers['x-amz-date'], token: req.headers['x-amz-security-token'] };
}

function verify(req, res, body) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const claim = claimOf(req, url);
    if (!claim)
        return answer(res, 401, { valid: false, error: 'MissingAuthenticationToken' });
    const [accessKeyId, , region, service] = (claim.credential || '').split('/');
    const secret = SECRETS[accessKeyId];
    if (!secret)
        return answer(res, 403, { valid: false, error: 'InvalidClientTokenId' });
    const declared = req.headers['x-amz-content-sha256'];
    if (declared && declared !== 'UNSIGNED-PAYLOAD' && declared !== sha256(body))
        return answer(res, 400, { valid: false, error: 'XAmzContentSHA256Mismatch' });
    const when = Date.parse((claim.date || '').replace(
        /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (!(Math.abs(Date.now() - when) <= 15 * 60 * 1000))
        return answer(res, 403, { valid: false, error: 'RequestTimeTooSkewed', date: claim.date });

    const headers = {};
    for (const name of claim.signed.split(';'))
        headers[name] = req.headers[name] === undefined ? '' : req.headers[name];
    let path = req.url;
    if (claim.query) { // the raw query as received, less the signature itself
        const [pathname, raw] = req.url.split('?');
        path = pathname + '?' + raw.split('&').filter((p) => !p.startsWith('X-Amz-Signature=')).join('&');
    }
    const signer = new aws4.RequestSigner(
        { method: req.method, host: req.headers.host, path, headers, body, service, region,
          signQuery: claim.query, doNotModifyHeaders: true },
        { accessKeyId, secretAccessKey: secret, sessionToken: claim.token || undefined });
    signer.datetime = claim.date;
    signer.sign();
    const expected = claim.query ? signer.parsedPath.query['X-Amz-Signature']
                                 : AUTH.exec(signer.request.headers.Authorization)[3];
    if (expected !== claim.signature)
        return answer(res, 403, { valid: false, error: 'SignatureDoesNotMatch',
                                  canonical: signer.canonicalString() });
    answer(res, 200, { valid: true, service, region, signedHeaders: claim.signed,
                       sessionToken: claim.token || null, query: claim.query,
                       bodyLength: body.length });
}

http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => verify(req, res, Buffer.concat(chunks)));
}).listen(port, '127.0.0.1');
