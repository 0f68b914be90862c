#!/usr/bin/env node
// OAuth 2.0 / OpenID Connect peer for Wirescope's tests, built on the npm
// `oauth2-mock-server` package (7.2): /.well-known/openid-configuration, /authorize, /token,
// /jwks, /userinfo, /revoke, /introspect.
//
//   node oauth2-server.js PORT
//
// What the package does and does not do (7.2.1, read from its source): /token issues a signed
// RS256 JWT for the client_credentials, password, authorization_code and refresh_token grants;
// it checks PKCE (S256 or plain) when the request carries both `code` and `code_verifier`, and
// a code's challenge is usable once. It does NOT check client ids or secrets, user names or
// passwords, refresh tokens, or codes sent without a verifier; client_credentials answers carry
// no refresh token (the others do, plus an id_token).
//
// Two answers the package can't be told to give are added through its own beforeResponse hook:
//   client_id "wrong-client"         -> 401 {"error":"invalid_client", ...}
//   scope containing "short-lived"   -> expires_in 1 (the JWT's exp stays an hour ahead)
'use strict';
const { OAuth2Server } = require('oauth2-mock-server');

const port = Number(process.argv[2]);

function clientIdOf(req) {
    const header = req.headers.authorization || '';
    if (header.startsWith('Basic ')) {
        const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
        return decodeURIComponent(decoded.split(':')[0]);
    }
    return req.body && req.body.client_id;
}

(async () => {
    const server = new OAuth2Server();
    await server.issuer.keys.generate('RS256');
    server.service.on('beforeResponse', (response, req) => {
        if (clientIdOf(req) === 'wrong-client') {
            response.statusCode = 401;
            response.body = { error: 'invalid_client', error_description: 'unknown client wrong-client' };
            return;
        }
        const scope = (req.body && req.body.scope) || '';
        if (scope.split(' ').includes('short-lived'))
            response.body.expires_in = 1;
    });
    // Tests talk to 127.0.0.1 only; the package would name the issuer "localhost".
    server.issuer.url = `http://127.0.0.1:${port}`;
    await server.start(port, '127.0.0.1');
    console.log(`oauth2-mock-server listening at ${server.issuer.url}`);
})().catch((e) => {
    console.error(e);
    process.exit(1);
});
