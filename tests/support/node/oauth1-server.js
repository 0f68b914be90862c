#!/usr/bin/env node
// OAuth 1.0a verifier peer for Wirescope's tests, on the npm `oauth-1.0a` package: it rebuilds
// the signature base string of each request it receives with that package and checks the
// signature, as an OAuth 1.0a provider does.
//
//   node oauth1-server.js PORT CERT_PEM
//
// Any path and method. The consumer "wirescope-consumer" has the secret
// "wirescope-consumer-secret"; the token "wirescope-token" has "wirescope-token-secret".
// The oauth_* parameters are read from the Authorization header, else the query, else a
// form-urlencoded body. HMAC-SHA1/256/512 and PLAINTEXT are recomputed; RSA-SHA1/256/512 are
// verified with CERT_PEM's public key. An oauth_body_hash must be the base64 hash of the body
// received (SHA-1, or the signature method's SHA-2).
//
// 200 {"valid":true, where, params: {oauth_*}, realm, baseString};
// 401 {"valid":false, "error":"signature_invalid" | "consumer_key_unknown" | ..., baseString}.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const querystring = require('querystring');
const OAuth = require('oauth-1.0a');

const port = Number(process.argv[2]);
const certificate = fs.readFileSync(process.argv[3]);
const CONSUMERS = { 'wirescope-consumer': 'wirescope-consumer-secret' };
const TOKENS = { 'wirescope-token': 'wirescope-token-secret' };
const HASHES = { SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512' };

function answer(res, status, body) {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
}

function oauthOnly(params) {
    const out = {};
    for (const [k, v] of Object.entries(params))
        if (k.startsWith('oauth_'))
            out[k] = v;
    return out;
}

// RFC 5849 3.5: the header first, then the query, then a form body.
function claimOf(req, url, form) {
    const header = req.headers.authorization || '';
    if (header.startsWith('OAuth ')) {
        const params = {};
        let realm;
        for (const m of header.slice(6).matchAll(/([\w-]+)="([^"]*)"/g)) {
            if (m[1] === 'realm')
                realm = m[2];
            else
                params[decodeURIComponent(m[1])] = decodeURIComponent(m[2]);
        }
        return { where: 'header', params, realm };
    }
    const query = oauthOnly(Object.fromEntries(url.searchParams));
    if (query.oauth_signature)
        return { where: 'query', params: query };
    return { where: 'body', params: oauthOnly(form) };
}

function without(text, name) {
    return text.split('&').filter((p) => !p.startsWith(name + '=')).join('&');
}

function verify(req, res, body) {
    const url = new URL(req.url, 'http://127.0.0.1');
    const isForm = (req.headers['content-type'] || '').startsWith('application/x-www-form-urlencoded');
    const form = isForm ? querystring.parse(body.toString('utf8')) : {};
    const claim = claimOf(req, url, form);
    const p = claim.params;
    if (!p.oauth_signature)
        return answer(res, 401, { valid: false, error: 'parameter_absent', where: claim.where });
    const consumerSecret = CONSUMERS[p.oauth_consumer_key];
    if (consumerSecret === undefined)
        return answer(res, 401, { valid: false, error: 'consumer_key_unknown' });
    const tokenSecret = p.oauth_token === undefined ? '' : TOKENS[p.oauth_token];
    if (tokenSecret === undefined)
        return answer(res, 401, { valid: false, error: 'token_rejected' });
    const method = p.oauth_signature_method || '';
    const hash = HASHES[method.split('-')[1]] || 'sha1';
    const oauth = OAuth({
        consumer: { key: p.oauth_consumer_key, secret: consumerSecret },
        signature_method: method,
        hash_function: (base, key) => method === 'PLAINTEXT'
            ? key : crypto.createHmac(hash, key).update(base).digest('base64'),
        body_hash_function: (text) => crypto.createHash(hash).update(text).digest('base64'),
    });
    if (p.oauth_body_hash !== undefined && p.oauth_body_hash !== oauth.body_hash_function(body))
        return answer(res, 401, { valid: false, error: 'body_hash_invalid' });

    const data = oauthOnly(p);
    delete data.oauth_signature;
    const [path, rawQuery] = req.url.split('?');
    const query = rawQuery === undefined ? '' : without(rawQuery, 'oauth_signature');
    const request = {
        url: 'http://' + req.headers.host + path + (query ? '?' + query : ''),
        method: req.method,
        data: isForm ? querystring.parse(without(body.toString('utf8'), 'oauth_signature')) : {},
    };
    const baseString = oauth.getBaseString(request, data);
    let valid;
    if (method.startsWith('RSA-'))
        valid = crypto.verify(hash, Buffer.from(baseString), certificate,
                              Buffer.from(p.oauth_signature, 'base64'));
    else
        valid = oauth.getSignature(request, tokenSecret, data) === p.oauth_signature;
    if (!valid)
        return answer(res, 401, { valid: false, error: 'signature_invalid', baseString });
    answer(res, 200, { valid: true, where: claim.where, params: p, realm: claim.realm || null,
                       baseString });
}

http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => verify(req, res, Buffer.concat(chunks)));
}).listen(port, '127.0.0.1');
