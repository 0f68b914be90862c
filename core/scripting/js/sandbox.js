// The Postman-compatible sandbox: pm, postman, tests, console and the legacy globals.
// Evaluated once per ScriptEngine as a function (host, chai, chaiPostman); it returns
// {run, end, invoke, names, lazyNames}. `host` is the C++ ScriptHost: variables, test results, console,
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
        // Ajv, loaded when a script first validates a schema.
        function LazyAjv(options) { var Ajv = library('ajv'); return new Ajv(options); }));
    // chai-postman's status(code) first asserts, with three more chai chains, that its target
    // is a Postman response with a numeric code. Wirescope's own Response always is one, so for
    // it only the final check runs (the same message and negation); anything else, and a
    // status reason given as a string, go to chai-postman's own status().
    chai.Assertion.overwriteMethod('status', function (original) {
        return function (code) {
            var obj = chai.util.flag(this, 'object');
            if (typeof code === 'number' && obj instanceof Response && typeof obj.code === 'number') {
                this.assert(obj.code === code, 'expected response to have status code #{exp} but got #{act}',
                            'expected response to not have status code #{act}', code, obj.code);
                return undefined;
            }
            return original.apply(this, arguments);
        };
    });

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

    // A Postman Response. Its headers and body are read from @p json on first use; there
    // they may be functions (pm.response's come from the host only when a script reads them).
    function Response(json) {
        Res.call(this);
        json = json || {};
        this.code = json.code;
        this.status = json.status || REASONS[json.code] || '';
        this.responseTime = json.responseTime;
        this.responseSize = json.responseSize;
        Object.defineProperty(this, '_source', { value: json, writable: true });
    }
    Response.prototype = Object.create(Res.prototype);
    function ownValue(object, name, value) {
        Object.defineProperty(object, name, { value: value, writable: true, enumerable: true, configurable: true });
        return value;
    }
    function fromSource(source, name) {
        var v = source[name];
        return typeof v === 'function' ? v() : v;
    }
    Object.defineProperty(Response.prototype, 'headers', {
        configurable: true,
        get: function () { return ownValue(this, 'headers', new PropertyList(fromSource(this._source, 'header'), true)); },
        set: function (v) { ownValue(this, 'headers', v); }
    });
    Object.defineProperty(Response.prototype, '_body', {
        configurable: true,
        get: function () { return ownValue(this, '_body', text(fromSource(this._source, 'body'))); },
        set: function (v) { ownValue(this, '_body', v); }
    });
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

    // The script in progress: its pm, event and lazily built request and response. Scripts
    // of one engine run one after another, and a script's callbacks (timers, pm.sendRequest,
    // async tests) are cancelled before the next one starts, so one slot is enough and the
    // functions below can be shared by every script instead of being made for each.
    var current = null;

    function recordTest(name, passed, error, skipped) {
        host.recordTest(name, passed, error ? text(error && error.message !== undefined ? error.message : error) : '',
                        !!skipped);
    }
    function pmTest(name, fn) {
        var pm = current.pm;
        name = text(name);
        if (typeof fn !== 'function') { recordTest(name, true, null, false); return pm; }
        if (fn.length) {
            var finished = false;
            host.asyncBegin();
            var done = function (err) {
                if (finished) return;
                finished = true;
                recordTest(name, !err, err, false);
                host.asyncEnd();
            };
            try { fn(done); } catch (e) { if (!finished) { finished = true; recordTest(name, false, e); host.asyncEnd(); } }
            return pm;
        }
        try { fn(); recordTest(name, true, null); } catch (e) { recordTest(name, false, e); }
        return pm;
    }
    pmTest.skip = function (name) { recordTest(text(name), true, null, true); return current.pm; };

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

    // --- what every script shares ------------------------------------------------------
    var sharedConsole = {};
    ['log', 'info', 'warn', 'error', 'debug'].forEach(function (level, i) {
        sharedConsole[level] = function () { host.log(level === 'debug' ? 0 : Math.min(i, 3), format(arguments)); };
    });
    // The bundled libraries, each evaluated the first time a script of this engine asks for it
    // and shared by the scripts after it, as Postman's sandbox shares them within a run.
    var libraries = {};
    // @p internal: a library only a legacy global reaches (lodash 3 for `_`); kept apart so
    // that require() cannot reach it either.
    function library(name, internal) {
        var key = internal ? ' ' + name : name;
        if (Object.prototype.hasOwnProperty.call(libraries, key))
            return libraries[key];
        var factory = host.loadLibrary(name, !!internal);
        if (typeof factory === 'string')
            throw new Error(factory);
        var module = factory(sharedConsole);
        libraries[key] = module;
        return module;
    }
    function requireModule(name) {
        name = text(name);
        if (name === 'atob') return atobFn;
        if (name === 'btoa') return btoaFn;
        return library(name);
    }
    function pmRequire(name) {
        throw new Error("pm.require('" + text(name) + "') is not available: Wirescope does not load packages from "
                        + 'a Postman package library');
    }
    function setTimeoutFn(fn, ms) {
        var args = Array.prototype.slice.call(arguments, 2);
        return host.setTimeout(function () { fn.apply(null, args); }, Number(ms) || 0);
    }
    function clearTimeoutFn(id) { host.clearTimeout(Number(id)); }
    function atobFn(s) { return host.atob(text(s)); }
    function btoaFn(s) { return host.btoa(text(s)); }
    function setNextRequest(name) { host.setNextRequest(name === undefined ? null : name); }
    function skipRequest() { host.skipRequest(); }
    function sendRequest(req, callback) {
        var pm = current.pm;
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
    }

    function currentRequest() {
        return current.request || (current.request = new Request(host.requestData()));
    }
    function currentResponse() {
        if (!current.hasResponse) return undefined;
        if (!current.response) {
            var data = host.responseData();
            data.header = function () { return host.responseHeaders(); };
            data.body = function () { return host.responseBody(); };
            current.response = new Response(data);
        }
        return current.response;
    }
    // pm.request and pm.response: built on first read; assigning one replaces it, as for a
    // plain property. The descriptors are shared; the getter replaces itself on its object.
    function lazyDescriptor(name, build) {
        return {
            enumerable: true, configurable: true,
            get: function () { return ownValue(this, name, build()); },
            set: function (value) { ownValue(this, name, value); }
        };
    }
    var REQUEST_PROPERTY = lazyDescriptor('request', currentRequest);
    var RESPONSE_PROPERTY = lazyDescriptor('response', currentResponse);

    // The variable scopes hold no state of their own (the host does), so one frozen set serves
    // every script.
    var SCOPES = {
        globals: Object.freeze(new VariableScope(SCOPE.globals)),
        collectionVariables: Object.freeze(new VariableScope(SCOPE.collectionVariables)),
        environment: Object.freeze(new VariableScope(SCOPE.environment)),
        iterationData: Object.freeze(new VariableScope(SCOPE.iterationData)),
        variables: Object.freeze(new ResolvedScope())
    };

    function makePostman(pm) {
        return {
            setEnvironmentVariable: function (k, v) { pm.environment.set(k, v); },
            getEnvironmentVariable: function (k) { return pm.environment.get(k); },
            clearEnvironmentVariable: function (k) { pm.environment.unset(k); },
            clearEnvironmentVariables: function () { pm.environment.clear(); },
            setGlobalVariable: function (k, v) { pm.globals.set(k, v); },
            getGlobalVariable: function (k) { return pm.globals.get(k); },
            clearGlobalVariable: function (k) { pm.globals.unset(k); },
            clearGlobalVariables: function () { pm.globals.clear(); },
            setNextRequest: function (name) { pm.execution.setNextRequest(name); },
            getResponseHeader: function (name) { var r = currentResponse(); return r ? r.headers.get(name) : undefined; }
        };
    }

    function legacyRequestOf(request, info) {
        return { url: request.url.toString(), method: request.method, headers: request.headers.toObject(),
                 data: request.body && request.body.mode === 'raw' ? request.body.raw
                     : (request.body && request.body.mode === 'urlencoded' ? request.body.urlencoded.toObject() : {}),
                 name: info.requestName, id: info.requestId };
    }

    // --- one script ------------------------------------------------------------------------
    // The names a script sees as its wrapper's parameters, per event, in this order. Those in
    // LAZY cost something to build (a host call, a copy of the body), so the engine tells run()
    // which of them the script's text mentions; the others stay undefined.
    // The library globals are parameters too, as in Postman's sandbox (so `var _ = ...` works
    // and `const _ = ...` is a SyntaxError there as here); one is loaded only for a script that
    // names it.
    var NAMES = {
        prerequest: ['pm', 'postman', 'tests', 'console', 'request', 'environment', 'globals', 'data', 'iteration',
                     'require', 'setTimeout', 'clearTimeout', 'atob', 'btoa', '_', 'CryptoJS', 'tv4']
    };
    NAMES.test = NAMES.prerequest.concat(['responseBody', 'responseCode', 'responseTime', 'responseHeaders']);
    var LAZY = ['postman', 'request', 'environment', 'globals', 'data', 'responseBody', 'responseCode', 'responseTime',
                'responseHeaders', '_', 'CryptoJS', 'tv4'];

    // Runs the compiled wrapper @p fn of one script. @p needs has one flag per LAZY name.
    // Returns null, or what the script threw (see invoke()).
    function run(fn, event, iteration, iterationCount, requestName, requestId, hasResponse, needs) {
        var pm = {};
        var info = { eventName: event, iteration: iteration, iterationCount: iterationCount,
                     requestName: requestName, requestId: requestId };
        var tests = {};
        current = { pm: pm, event: event, tests: tests, hasResponse: hasResponse,
                    request: undefined, response: undefined };
        pm.info = info;
        pm.globals = SCOPES.globals;
        pm.collectionVariables = SCOPES.collectionVariables;
        pm.environment = SCOPES.environment;
        pm.iterationData = SCOPES.iterationData;
        pm.variables = SCOPES.variables;
        Object.defineProperty(pm, 'request', REQUEST_PROPERTY);
        if (hasResponse) Object.defineProperty(pm, 'response', RESPONSE_PROPERTY);
        pm.expect = chai.expect;
        pm.test = pmTest;
        pm.sendRequest = sendRequest;
        var location = [];
        location.current = requestName;
        pm.execution = event === 'prerequest'
            ? { setNextRequest: setNextRequest, location: location, skipRequest: skipRequest }
            : { setNextRequest: setNextRequest, location: location };
        pm.require = pmRequire;

        var values = [pm, needs[0] ? makePostman(pm) : undefined, tests, sharedConsole,
                      needs[1] ? legacyRequestOf(currentRequest(), info) : undefined,
                      needs[2] ? pm.environment.toObject() : undefined,
                      needs[3] ? pm.globals.toObject() : undefined,
                      needs[4] ? pm.iterationData.toObject() : undefined,
                      iteration, requireModule, setTimeoutFn, clearTimeoutFn, atobFn, btoaFn,
                      needs[9] ? library('lodash3', true) : undefined,
                      needs[10] ? library('crypto-js') : undefined,
                      needs[11] ? library('tv4') : undefined];
        if (event === 'test') {
            var r = hasResponse && (needs[5] || needs[6] || needs[7] || needs[8]) ? currentResponse() : undefined;
            values.push(r && needs[5] ? r.text() : undefined,
                        r && needs[6] ? { code: r.code, name: r.status, detail: r.status } : undefined,
                        r && needs[7] ? r.responseTime : undefined,
                        r && needs[8] ? r.headers.toObject() : undefined);
        }
        return invoke(fn, values);
    }

    // Ends the script run() started: records the legacy tests[] (also after the script failed,
    // as in Postman), puts the global object back as it was and returns a pre-request script's
    // request when the script looked at it (null otherwise).
    function end() {
        if (!current) return null;
        var state = current;
        current = null;
        resetGlobals();
        var names = Object.keys(state.tests);
        for (var i = 0; i < names.length; ++i) {
            var value = state.tests[names[i]];
            host.recordTest(String(names[i]), Boolean(value), value ? '' : 'expected ' + String(value) + ' to be truthy',
                            false);
        }
        return state.event === 'prerequest' && state.request ? state.request.toJSON() : null;
    }

    var baselineNames = Object.getOwnPropertyNames(global);
    var baselineValues = baselineNames.map(function (n) { return global[n]; });
    var baseline = {};
    baselineNames.forEach(function (n, i) { baseline[n] = baselineValues[i]; });
    function restoreGlobals() {
        Object.getOwnPropertyNames(global).forEach(function (n) {
            if (!Object.prototype.hasOwnProperty.call(baseline, n)) {
                try { delete global[n]; } catch (e) { /* non-configurable: leave it */ }
            }
        });
        baselineNames.forEach(function (n, i) {
            if (!Object.is(global[n], baselineValues[i])) {
                try { global[n] = baselineValues[i]; } catch (e) { /* read-only */ }
            }
        });
    }
    // Scripts share one engine; what one leaves on the global object is removed before the next.
    // The usual case, nothing changed, is checked cheaply: the same number of names (an added
    // one shows there, or as a removed baseline name below) and the same value under each.
    function resetGlobals() {
        var changed = Object.getOwnPropertyNames(global).length !== baselineNames.length;
        for (var i = 0; !changed && i < baselineNames.length; ++i) {
            var v = global[baselineNames[i]];
            changed = v !== baselineValues[i] && !Object.is(v, baselineValues[i]);
        }
        if (changed) restoreGlobals();
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

    return { run: run, end: end, invoke: invoke, names: NAMES, lazyNames: LAZY };
})
