// The Postman-compatible sandbox: pm, postman, tests, console and the legacy globals.
// Evaluated once per ScriptEngine as a function (host, chai, chaiPostman); it returns
// {makeScope, resetGlobals}. `host` is the C++ ScriptHost: variables, test results, console,
// timers and pm.sendRequest go through it; nothing else reaches files or the network.
(function (host, chai, chaiPostmanModule) {
    var global = (function () { return this; })();
    var SCOPE = { globals: 0, collectionVariables: 1, environment: 2, iterationData: 3, variables: 4 };
    // One native call can allocate far more than the watchdog's memory budget before the
    // watchdog gets a chance to interrupt it; cap the obvious ones.
    var MAX_CHARS = 1 << 25;

    function capped(proto, name, size) {
        var original = proto[name];
        Object.defineProperty(proto, name, {
            configurable: true, writable: true,
            value: function () {
                var n = size.apply(this, arguments);
                if (n > MAX_CHARS)
                    throw new RangeError(name + ' would create ' + n + ' elements, more than the sandbox allows ('
                                         + MAX_CHARS + ')');
                return original.apply(this, arguments);
            }
        });
    }
    capped(String.prototype, 'repeat', function (count) { return String(this).length * Number(count); });
    capped(String.prototype, 'padStart', function (length) { return Number(length); });
    capped(String.prototype, 'padEnd', function (length) { return Number(length); });
    capped(Array.prototype, 'join', function (sep) {
        return this.length * (sep === undefined ? 1 : String(sep).length + 1);
    });
    capped(Array.prototype, 'fill', function () { return this.length; });

    // --- chai and the Postman response assertions -------------------------------------
    function Req() {}
    function Res() {}
    var lodash = {
        forOwn: function (o, fn) { Object.keys(o).forEach(function (k) { fn(o[k], k); }); },
        isNumber: function (v) { return typeof v === 'number'; },
        isString: function (v) { return typeof v === 'string'; },
        isPlainObject: function (v) {
            return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
        },
        isEqual: function (a, b) { return chai.util.eql(a, b); },
        has: function (o, path) { return pathLookup(o, path).found; },
        get: function (o, path, fallback) {
            var r = pathLookup(o, path);
            return r.found ? r.value : fallback;
        }
    };
    function pathLookup(o, path) {
        var parts = Array.isArray(path) ? path
            : String(path).replace(/\[(\w+)\]/g, '.$1').split('.').filter(function (p) { return p !== ''; });
        var cur = o;
        for (var i = 0; i < parts.length; ++i) {
            if (cur === null || cur === undefined || !Object.prototype.hasOwnProperty.call(Object(cur), parts[i]))
                return { found: false };
            cur = cur[parts[i]];
        }
        return { found: true, value: cur };
    }
    var chaiPostmanExports = { exports: {} };
    chaiPostmanModule(null, chaiPostmanExports, chaiPostmanExports.exports);
    chai.use(chaiPostmanExports.exports(
        { Request: { isRequest: function (o) { return o instanceof Req; } },
          Response: { isResponse: function (o) { return o instanceof Res; } } },
        lodash,
        function () { throw new Error('jsonSchema (ajv) is not available in Wirescope scripts'); }));

    // --- small helpers -------------------------------------------------------------------
    var REASONS = { 100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 202: 'Accepted',
        203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content', 206: 'Partial Content',
        301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect',
        308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required',
        403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 408: 'Request Timeout',
        409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
        415: 'Unsupported Media Type', 418: "I'm a teapot", 422: 'Unprocessable Entity', 429: 'Too Many Requests',
        500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
        504: 'Gateway Timeout' };

    function format(args) {
        var out = [];
        for (var i = 0; i < args.length; ++i) {
            var a = args[i];
            out.push(typeof a === 'string' ? a : chai.util.inspect(a, false, 4));
        }
        return out.join(' ');
    }

    function text(v) {
        return v === undefined || v === null ? '' : String(v);
    }

    // A Postman PropertyList of {key, value, disabled} (headers, query, urlencoded).
    function PropertyList(items, caseInsensitive) {
        this._items = (items || []).map(function (i) {
            return { key: text(i.key), value: i.value === null ? null : text(i.value), disabled: !!i.disabled };
        });
        this._ci = !!caseInsensitive;
    }
    PropertyList.prototype._match = function (key) {
        var k = this._ci ? text(key).toLowerCase() : text(key);
        var ci = this._ci;
        return function (item) { return (ci ? item.key.toLowerCase() : item.key) === k; };
    };
    PropertyList.prototype._find = function (key) {
        var m = this._match(key);
        var found;
        this._items.forEach(function (i) { if (!i.disabled && m(i)) found = i; });
        return found;
    };
    PropertyList.prototype.get = function (key) { var i = this._find(key); return i ? i.value : undefined; };
    PropertyList.prototype.one = function (key) { return this._find(key); };
    PropertyList.prototype.has = function (key, value) {
        var i = this._find(key);
        return !!i && (arguments.length < 2 || i.value === value);
    };
    PropertyList.prototype.all = function () { return this._items.slice(); };
    PropertyList.prototype.count = function () { return this._items.length; };
    PropertyList.prototype.idx = function (n) { return this._items[n]; };
    PropertyList.prototype.each = function (fn, ctx) { this._items.forEach(fn, ctx); };
    PropertyList.prototype.filter = function (fn, ctx) { return this._items.filter(fn, ctx); };
    PropertyList.prototype.map = function (fn, ctx) { return this._items.map(fn, ctx); };
    PropertyList.prototype.find = function (fn, ctx) { return this._items.find(fn, ctx); };
    PropertyList.prototype.toObject = function () {
        var o = {};
        this._items.forEach(function (i) { if (!i.disabled) o[i.key] = i.value; });
        return o;
    };
    PropertyList.prototype.toJSON = function () {
        return this._items.map(function (i) {
            var o = { key: i.key, value: i.value };
            if (i.disabled) o.disabled = true;
            return o;
        });
    };
    PropertyList.prototype._parse = function (item, value) {
        if (typeof item === 'string') {
            if (arguments.length > 1) return { key: item, value: text(value) };
            var colon = item.indexOf(':');
            return colon < 0 ? { key: item.trim(), value: '' }
                             : { key: item.slice(0, colon).trim(), value: item.slice(colon + 1).trim() };
        }
        return { key: text(item.key || item.name), value: item.value === null ? null : text(item.value),
                 disabled: !!item.disabled };
    };
    PropertyList.prototype.add = function (item, value) {
        this._items.push(this._parse.apply(this, arguments));
    };
    PropertyList.prototype.append = PropertyList.prototype.add;
    PropertyList.prototype.upsert = function (item, value) {
        var parsed = this._parse.apply(this, arguments);
        var m = this._match(parsed.key);
        for (var i = 0; i < this._items.length; ++i) {
            if (m(this._items[i])) { this._items[i].value = parsed.value; this._items[i].disabled = false; return; }
        }
        this._items.push(parsed);
    };
    PropertyList.prototype.remove = function (pred) {
        var test = typeof pred === 'function' ? pred : this._match(typeof pred === 'object' ? pred.key : pred);
        this._items = this._items.filter(function (i) { return !test(i); });
    };
    PropertyList.prototype.clear = function () { this._items = []; };
    PropertyList.prototype.toString = function () {
        return this._items.filter(function (i) { return !i.disabled; })
            .map(function (i) { return i.key + ': ' + i.value; }).join('\n');
    };

    // A Postman Url, parsed from and printed back to the text the user typed ({{vars}} kept).
    function Url(raw) { this.update(raw); }
    Url.prototype.update = function (raw) {
        raw = text(raw);
        var m = /^(?:([A-Za-z][A-Za-z0-9+.-]*|\{\{[^}]*\}\}):\/\/)?([^\/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(raw) || [];
        this.protocol = m[1];
        var hostPart = m[2] || '';
        var at = hostPart.lastIndexOf('@');
        this.auth = at >= 0 ? hostPart.slice(0, at) : undefined;
        hostPart = at >= 0 ? hostPart.slice(at + 1) : hostPart;
        var port = /:(\d+|\{\{[^}]*\}\})$/.exec(hostPart);
        this.port = port ? port[1] : undefined;
        if (port) hostPart = hostPart.slice(0, port.index);
        this.host = hostPart ? hostPart.split('.') : [];
        this.path = m[3] ? m[3].replace(/^\//, '').split('/') : [];
        this.query = new PropertyList((m[4] !== undefined && m[4] !== '' ? m[4].split('&') : []).map(function (p) {
            var eq = p.indexOf('=');
            return eq < 0 ? { key: p, value: null } : { key: p.slice(0, eq), value: p.slice(eq + 1) };
        }));
        this.hash = m[5];
    };
    Url.prototype.getHost = function () { return this.host.join('.'); };
    Url.prototype.getPath = function () { return '/' + this.path.join('/'); };
    Url.prototype.getQueryString = function () {
        return this.query.all().filter(function (q) { return !q.disabled; })
            .map(function (q) { return q.value === null ? q.key : q.key + '=' + q.value; }).join('&');
    };
    Url.prototype.getPathWithQuery = function () {
        var q = this.getQueryString();
        return this.getPath() + (q ? '?' + q : '');
    };
    Url.prototype.getRemote = function () { return this.getHost() + (this.port ? ':' + this.port : ''); };
    Url.prototype.toString = function () {
        var out = this.protocol ? this.protocol + '://' : '';
        if (this.auth !== undefined) out += this.auth + '@';
        out += this.getRemote();
        if (this.path.length) out += '/' + this.path.join('/');
        var q = this.getQueryString();
        if (q) out += '?' + q;
        if (this.hash !== undefined) out += '#' + this.hash;
        return out;
    };
    Url.prototype.toJSON = function () { return this.toString(); };

    function Body(json) {
        json = json || {};
        this.mode = json.mode;
        this.raw = json.raw;
        this.urlencoded = new PropertyList(json.urlencoded);
        this.formdata = new PropertyList(json.formdata);
        this.options = json.options;
        this._file = json.file;
    }
    Body.prototype.update = function (value) {
        if (typeof value === 'string') { this.mode = 'raw'; this.raw = value; return; }
        value = value || {};
        this.mode = value.mode;
        if (value.raw !== undefined) this.raw = typeof value.raw === 'string' ? value.raw : JSON.stringify(value.raw);
        if (value.urlencoded) this.urlencoded = new PropertyList(value.urlencoded);
        if (value.options) this.options = value.options;
    };
    Body.prototype.isEmpty = function () { return !this.mode || (this.mode === 'raw' && !this.raw); };
    Body.prototype.toString = function () { return this.mode === 'raw' ? text(this.raw) : ''; };
    Body.prototype.toJSON = function () {
        if (!this.mode) return null;
        var o = { mode: this.mode };
        if (this.mode === 'raw') { o.raw = text(this.raw); if (this.options) o.options = this.options; }
        if (this.mode === 'urlencoded') o.urlencoded = this.urlencoded.toJSON();
        if (this.mode === 'formdata') o.formdata = this.formdata.toJSON();
        if (this.mode === 'file') o.file = this._file;
        return o;
    };

    function Request(json) {
        Req.call(this);
        json = json || {};
        this.id = json.id;
        this.name = json.name;
        this.method = text(json.method || 'GET').toUpperCase();
        var url = new Url(typeof json.url === 'object' && json.url ? json.url.raw : json.url);
        Object.defineProperty(this, 'url', {
            enumerable: true,
            get: function () { return url; },
            set: function (v) { url = v instanceof Url ? v : new Url(typeof v === 'object' && v ? v.raw : v); }
        });
        this.headers = new PropertyList(json.header, true);
        this.body = new Body(json.body || {});
    }
    Request.prototype = Object.create(Req.prototype);
    Request.prototype.addHeader = function (h) { this.headers.add(h); };
    Request.prototype.upsertHeader = function (h) { this.headers.upsert(h); };
    Request.prototype.removeHeader = function (key) { this.headers.remove(key); };
    Request.prototype.getHeaders = function () { return this.headers.toObject(); };
    Request.prototype.toJSON = function () {
        var o = { method: this.method, url: this.url.toString(), header: this.headers.toJSON() };
        o.body = this.body.toJSON();
        return o;
    };
    Object.defineProperty(Request.prototype, 'to', { get: function () { return chai.expect(this).to; } });

    function Response(json) {
        Res.call(this);
        json = json || {};
        this.code = json.code;
        this.status = json.status || REASONS[json.code] || '';
        this.headers = new PropertyList(json.header, true);
        this.responseTime = json.responseTime;
        this.responseSize = json.responseSize;
        this._body = text(json.body);
    }
    Response.prototype = Object.create(Res.prototype);
    Response.prototype.text = function () { return this._body; };
    Response.prototype.json = function (reviver) {
        return JSON.parse(this._body.replace(/^\uFEFF/, ''), reviver);
    };
    Response.prototype.reason = function () { return this.status; };
    Response.prototype.details = function () {
        return { code: this.code, name: this.status, detail: this.status };
    };
    Response.prototype.size = function () {
        var header = 0;
        this.headers.each(function (h) { header += h.key.length + text(h.value).length + 4; });
        return { body: this.responseSize, header: header, total: this.responseSize + header };
    };
    Response.prototype.toJSON = function () {
        return { code: this.code, status: this.status, header: this.headers.toJSON(), body: this._body,
                 responseTime: this.responseTime };
    };
    Object.defineProperty(Response.prototype, 'to', { get: function () { return chai.expect(this).to; } });

    function VariableScope(scope, name) {
        this._scope = scope;
        if (name !== undefined) this.name = name;
    }
    VariableScope.prototype.get = function (key) { return host.varGet(this._scope, text(key)); };
    VariableScope.prototype.set = function (key, value) {
        host.varSet(this._scope, text(key), value);
    };
    VariableScope.prototype.unset = function (key) { host.varUnset(this._scope, text(key)); };
    VariableScope.prototype.has = function (key) { return host.varHas(this._scope, text(key)); };
    VariableScope.prototype.clear = function () { host.varClear(this._scope); };
    VariableScope.prototype.toObject = function () { return host.varObject(this._scope); };
    VariableScope.prototype.toJSON = function () {
        var o = this.toObject();
        return { values: Object.keys(o).map(function (k) { return { key: k, value: o[k] }; }) };
    };
    VariableScope.prototype.replaceIn = function (template) { return host.replaceIn(text(template)); };

    function ResolvedScope() {}
    ResolvedScope.prototype = Object.create(VariableScope.prototype);
    ResolvedScope.prototype._scope = SCOPE.variables;
    ResolvedScope.prototype.get = function (key) { return host.resolve(text(key)); };
    ResolvedScope.prototype.has = function (key) { return host.resolve(text(key)) !== undefined; };
    ResolvedScope.prototype.toObject = function () { return host.resolvedObject(); };

    function makeTest(event, pm) {
        function record(name, passed, error, skipped) {
            host.recordTest(name, passed, error ? text(error && error.message !== undefined ? error.message : error) : '',
                            !!skipped);
        }
        var test = function (name, fn) {
            name = text(name);
            if (typeof fn !== 'function') { record(name, true, null, false); return pm; }
            if (fn.length) {
                var finished = false;
                host.asyncBegin();
                var done = function (err) {
                    if (finished) return;
                    finished = true;
                    record(name, !err, err, false);
                    host.asyncEnd();
                };
                try { fn(done); } catch (e) { if (!finished) { finished = true; record(name, false, e); host.asyncEnd(); } }
                return pm;
            }
            try { fn(); record(name, true, null); } catch (e) { record(name, false, e); }
            return pm;
        };
        test.skip = function (name) { record(text(name), true, null, true); return pm; };
        return test;
    }

    function requestJson(req) {
        if (typeof req === 'string') return { url: req, method: 'GET' };
        if (req instanceof Request) return req.toJSON();
        var o = {};
        for (var k in req) o[k] = req[k];
        if (o.url && typeof o.url === 'object') o.url = o.url.raw !== undefined ? o.url.raw : String(o.url);
        if (o.headers && !o.header) o.header = o.headers;
        if (o.header instanceof PropertyList) o.header = o.header.toJSON();
        if (o.body instanceof Body) o.body = o.body.toJSON();
        return o;
    }

    // --- one scope per script ----------------------------------------------------------
    function makeScope(ctx) {
        var event = ctx.event;
        var request = new Request(ctx.request);
        var response = ctx.response ? new Response(ctx.response) : undefined;
        var pm = {};
        var console = {};
        ['log', 'info', 'warn', 'error', 'debug'].forEach(function (level, i) {
            console[level] = function () { host.log(level === 'debug' ? 0 : Math.min(i, 3), format(arguments)); };
        });
        pm.info = { eventName: event, iteration: ctx.info.iteration, iterationCount: ctx.info.iterationCount,
                    requestName: ctx.info.requestName, requestId: ctx.info.requestId };
        pm.globals = new VariableScope(SCOPE.globals);
        pm.collectionVariables = new VariableScope(SCOPE.collectionVariables);
        pm.environment = new VariableScope(SCOPE.environment, ctx.environmentName);
        pm.iterationData = new VariableScope(SCOPE.iterationData);
        pm.variables = new ResolvedScope();
        pm.request = request;
        if (response) pm.response = response;
        pm.expect = chai.expect;
        pm.test = makeTest(event, pm);
        pm.sendRequest = function (req, callback) {
            if (!req) {
                if (typeof callback === 'function') callback.call(pm, new Error('sendrequest: nothing to request'));
                return pm;
            }
            host.sendRequest(requestJson(req), function (error, json) {
                if (typeof callback !== 'function') return;
                if (error) callback.call(pm, new Error(error), undefined);
                else callback.call(pm, null, new Response(json));
            });
            return pm;
        };
        pm.execution = {
            setNextRequest: function (name) { host.setNextRequest(name === undefined ? null : name); },
            location: ctx.info.location || []
        };
        pm.execution.location.current = ctx.info.requestName;
        if (event === 'prerequest') pm.execution.skipRequest = function () { host.skipRequest(); };
        pm.require = function (name) {
            throw new Error("require('" + name + "') is not available: Wirescope scripts cannot load modules");
        };

        var tests = {};
        var responseHeaders = response ? response.headers.toObject() : undefined;
        var legacyRequest = { url: request.url.toString(), method: request.method, headers: request.headers.toObject(),
                              data: request.body && request.body.mode === 'raw' ? request.body.raw
                                  : (request.body && request.body.mode === 'urlencoded' ? request.body.urlencoded.toObject() : {}),
                              name: ctx.info.requestName, id: ctx.info.requestId };
        var postman = {
            setEnvironmentVariable: function (k, v) { pm.environment.set(k, v); },
            getEnvironmentVariable: function (k) { return pm.environment.get(k); },
            clearEnvironmentVariable: function (k) { pm.environment.unset(k); },
            clearEnvironmentVariables: function () { pm.environment.clear(); },
            setGlobalVariable: function (k, v) { pm.globals.set(k, v); },
            getGlobalVariable: function (k) { return pm.globals.get(k); },
            clearGlobalVariable: function (k) { pm.globals.unset(k); },
            clearGlobalVariables: function () { pm.globals.clear(); },
            setNextRequest: function (name) { pm.execution.setNextRequest(name); },
            getResponseHeader: function (name) { return response ? response.headers.get(name) : undefined; }
        };
        var env = {
            pm: pm, postman: postman, tests: tests, console: console,
            request: legacyRequest,
            environment: pm.environment.toObject(),
            globals: pm.globals.toObject(),
            data: pm.iterationData.toObject(),
            iteration: ctx.info.iteration,
            require: pm.require,
            setTimeout: function (fn, ms) {
                var args = Array.prototype.slice.call(arguments, 2);
                return host.setTimeout(function () { fn.apply(null, args); }, Number(ms) || 0);
            },
            clearTimeout: function (id) { host.clearTimeout(Number(id)); },
            atob: function (s) { return host.atob(text(s)); },
            btoa: function (s) { return host.btoa(text(s)); }
        };
        if (response) {
            env.responseBody = response.text();
            env.responseCode = { code: response.code, name: response.status, detail: response.status };
            env.responseTime = response.responseTime;
            env.responseHeaders = responseHeaders;
        }
        var names = Object.keys(env);
        return {
            names: names,
            values: names.map(function (n) { return env[n]; }),
            finish: function () {
                Object.keys(tests).forEach(function (name) {
                    var value = tests[name];
                    host.recordTest(String(name), Boolean(value), value ? '' : 'expected ' + String(value) + ' to be truthy',
                                    false);
                });
                return request.toJSON();
            }
        };
    }

    var baseline = {};
    Object.getOwnPropertyNames(global).forEach(function (n) { baseline[n] = global[n]; });
    // Scripts share one engine; what one leaves on the global object is removed before the next.
    function resetGlobals() {
        Object.getOwnPropertyNames(global).forEach(function (n) {
            if (!Object.prototype.hasOwnProperty.call(baseline, n)) {
                try { delete global[n]; } catch (e) { /* non-configurable: leave it */ }
            }
        });
        Object.keys(baseline).forEach(function (n) {
            if (global[n] !== baseline[n]) {
                try { global[n] = baseline[n]; } catch (e) { /* read-only */ }
            }
        });
    }

    // Calls a script function; what it throws comes back as a value (a thrown string is still
    // an error), with the line of the script frame that threw when the stack tells it.
    function invoke(fn, args) {
        try {
            fn.apply(undefined, args || []);
            return null;
        } catch (e) {
            var message = e instanceof Error ? String(e) : (typeof e === 'string' ? e : chai.util.inspect(e));
            var stack = e && e.stack !== undefined ? String(e.stack) : '';
            return { message: message, stack: stack };
        }
    }

    return { makeScope: makeScope, resetGlobals: resetGlobals, invoke: invoke };
})
