#!/usr/bin/python3
"""Starts and stops the real peers that Wirescope's network tests talk to.

    testservers.py start DIR   # certificates, configs, servers; writes DIR/servers.env
    testservers.py stop DIR    # kills everything a previous start in DIR launched

CTest runs `start` and `stop` as FIXTURES_SETUP/FIXTURES_CLEANUP tests, i.e. as separate
processes from the tests themselves, so every server runs in its own session and outlives
`start`; their pids are recorded in DIR/run/pids.json for `stop`. Every server listens on
loopback only. Run with Debian's /usr/bin/python3: python3-httpbin lives there.
"""

import fcntl
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time

READY_TIMEOUT_S = 20
STOP_TIMEOUT_S = 5
LOOPBACK = "127.0.0.1"

SOCKS_AUTH_USER = "wsuser"
SOCKS_AUTH_PASSWORD = "wspass"
CLIENT_P12_PASSWORD = "test"

# nginx's TLS servers; the value is the certificate basename in DIR/certs.
NGINX_TLS_SERVERS = {
    "tls": "localhost",
    "wronghost": "wronghost",
    "expired": "expired",
    "selfsigned": "selfsigned",
    "clientcert": "localhost",
}


# Node peers (tests/support/node): name -> (script, certificate basename for wss or None,
# whether the TLS handshake requires a client certificate signed by the test CA, and the
# certificate files passed after the port, for peers that check signatures with them).
NODE_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "node")
NODE_PEERS = {
    "ws_echo": ("ws-echo-server.js", None, False, ()),
    "wss_echo_selfsigned": ("ws-echo-server.js", "selfsigned", False, ()),
    "wss_echo_clientcert": ("ws-echo-server.js", "localhost", True, ()),
    "ws_chat": ("websocket-chat-server.js", None, False, ()),
    "sse": ("sse-server.js", None, False, ()),
    "graphql": ("graphql-server.js", None, False, ()),
    "oauth2": ("oauth2-server.js", None, False, ()),  # oauth2-mock-server: OAuth 2.0 / OIDC
    "jwt": ("jwt-server.js", None, False, ("client.pem",)),  # jsonwebtoken: verifies JWTs
    "aws": ("aws-server.js", None, False, ()),  # aws4: verifies AWS Signature v4
    "oauth1": ("oauth1-server.js", None, False, ("client.pem",)),  # oauth-1.0a: verifies OAuth 1.0a
    "hawk": ("hawk-server.js", None, False, ()),  # @hapi/hawk: verifies Hawk
    "socketio": ("socketio-server.js", None, False, ()),  # socket.io: protocol v5 server
}


def log(msg):
    print(f"testservers: {msg}", flush=True)


# ---------------------------------------------------------------- processes


def proc_group(pid):
    """Process group of a live pid, or None if it is gone or a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        return None
    # comm (field 2) may contain spaces and parentheses: split after the last ')'.
    fields = stat[stat.rfind(")") + 2:].split()
    if fields[0] in ("Z", "X"):
        return None
    return int(fields[2])


def our_processes(base, groups):
    """Live processes that belong to one of the recorded process groups AND run in DIR.

    Every server is started in its own session with DIR as its working directory, and its
    children (nginx workers) inherit both. Requiring both means a stale pid file can't make us
    signal an unrelated process that reused a pid, and a worker whose master died is still found."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pid = int(entry)
        if proc_group(pid) not in groups:
            continue
        try:
            if os.readlink(f"/proc/{pid}/cwd") == base:
                found.append(pid)
        except OSError:
            continue
    return found


def signal_pids(pids, sig):
    for pid in pids:
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass
        except PermissionError:
            log(f"no permission to signal pid {pid}")


def stop_servers(base):
    pidfile = os.path.join(base, "run", "pids.json")
    try:
        with open(pidfile) as f:
            entries = json.load(f)
    except FileNotFoundError:
        return
    except (OSError, ValueError) as e:
        log(f"ignoring unreadable {pidfile}: {e}")
        os.unlink(pidfile)
        return

    groups = {e["pid"] for e in entries}
    names = {e["pid"]: e["name"] for e in entries}
    victims = our_processes(base, groups)
    signal_pids(victims, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while victims and time.monotonic() < deadline:
        time.sleep(0.05)
        victims = our_processes(base, groups)
    for pid in victims:
        log(f"pid {pid} ({names.get(pid, 'child')}) ignored SIGTERM, killing it")
    signal_pids(victims, signal.SIGKILL)
    os.unlink(pidfile)


class Launcher:
    """Spawns servers detached from us and records them as they start, so that even a
    half-finished `start` can be cleaned up by `stop`."""

    def __init__(self, base):
        self.base = base
        self.rundir = os.path.join(base, "run")
        self.logdir = os.path.join(base, "logs")
        self.entries = []
        self.procs = {}

    def spawn(self, name, argv, env=None):
        logpath = self.logpath(name)
        with open(logpath, "w") as logf:
            # stdin/stdout/stderr must not be CTest's pipes: CTest waits for them to close.
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=logf,
                                    stderr=subprocess.STDOUT, cwd=self.base,
                                    start_new_session=True, env=env)
        self.procs[name] = proc
        # The pid is also the process group of the server and its children.
        self.entries.append({"name": name, "pid": proc.pid, "argv": argv})
        tmp = os.path.join(self.rundir, "pids.json.tmp")
        with open(tmp, "w") as f:
            json.dump(self.entries, f, indent=1)
        os.replace(tmp, os.path.join(self.rundir, "pids.json"))

    def logpath(self, name):
        return os.path.join(self.logdir, f"{name}.log")


# ---------------------------------------------------------------- ports


def ipv6_loopback_usable():
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


def pick_ports(names, also_ipv6):
    """Free loopback ports, one per name, all distinct.

    All probe sockets stay bound until every port is chosen so the kernel can't hand out a
    port twice. Names in also_ipv6 must also be free on ::1 (nginx listens there too so that
    "localhost" works whichever address a client tries first)."""
    held, ports = [], {}
    try:
        for name in names:
            while True:
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                s.bind((LOOPBACK, 0))
                held.append(s)
                port = s.getsockname()[1]
                if name in also_ipv6:
                    try:
                        s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
                        s6.bind(("::1", port))
                        held.append(s6)
                    except OSError:
                        s6.close()
                        continue  # keep s held so we don't get the same port back
                ports[name] = port
                break
    finally:
        for s in held:
            s.close()
    return ports


def port_accepts(port):
    try:
        with socket.create_connection((LOOPBACK, port), timeout=0.5):
            return True
    except OSError:
        return False


# ---------------------------------------------------------------- certificates

OPENSSL_CNF = """\
# Generated by testservers.py for the Wirescope test CA. Throwaway test material only.
[req]
distinguished_name = req_dn
prompt = no
[req_dn]
CN = unused

[v3_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[v3_localhost]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

[v3_wronghost]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:wrong.example
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

# Self-signed leaf: no keyUsage, because OpenSSL only treats a certificate as self-issued
# (usable as its own trust anchor) when keyUsage is absent or allows keyCertSign.
[v3_selfsigned]
basicConstraints = critical, CA:FALSE
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1, IP:::1
subjectKeyIdentifier = hash

[v3_client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid

# `openssl ca` is only used for the expired leaf: unlike `openssl x509 -req` in OpenSSL 3.0
# it accepts explicit validity dates (-startdate/-enddate) in the past.
[ca]
default_ca = test_ca
[test_ca]
dir = {cadir}
database = $dir/index.txt
new_certs_dir = $dir/newcerts
serial = $dir/serial
certificate = {certs}/ca.pem
private_key = {certs}/ca.key
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
[policy_any]
commonName = supplied
"""


def openssl(*args):
    r = subprocess.run(["openssl", *args], stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"openssl {' '.join(args)} failed:\n{r.stdout}")


def make_certs(base):
    """Generates the test PKI once per DIR; regenerates when a previous run was interrupted."""
    certs = os.path.join(base, "certs")
    done = os.path.join(certs, ".complete")
    if os.path.exists(done):
        return certs
    shutil.rmtree(certs, ignore_errors=True)
    cadir = os.path.join(certs, "ca-db")
    os.makedirs(os.path.join(cadir, "newcerts"))
    open(os.path.join(cadir, "index.txt"), "w").close()
    with open(os.path.join(cadir, "serial"), "w") as f:
        f.write(secrets.token_hex(8) + "\n")
    cnf = os.path.join(certs, "openssl.cnf")
    with open(cnf, "w") as f:
        f.write(OPENSSL_CNF.replace("{cadir}", cadir).replace("{certs}", certs))
    p = lambda name: os.path.join(certs, name)  # noqa: E731

    def new_key_and_csr(name, cn):
        openssl("req", "-new", "-config", cnf, "-newkey", "rsa:2048", "-nodes",
                "-keyout", p(f"{name}.key"), "-out", p(f"{name}.csr"), "-subj", f"/CN={cn}")

    def sign(name, ext, days="825"):
        openssl("x509", "-req", "-in", p(f"{name}.csr"), "-CA", p("ca.pem"), "-CAkey", p("ca.key"),
                "-set_serial", "0x" + secrets.token_hex(8), "-days", days, "-sha256",
                "-extfile", cnf, "-extensions", ext, "-out", p(f"{name}.pem"))

    openssl("req", "-x509", "-config", cnf, "-newkey", "rsa:2048", "-nodes", "-keyout", p("ca.key"),
            "-out", p("ca.pem"), "-days", "3650", "-sha256", "-subj", "/CN=Wirescope Test CA",
            "-extensions", "v3_ca")

    new_key_and_csr("localhost", "localhost")
    sign("localhost", "v3_localhost")

    new_key_and_csr("wronghost", "wrong.example")
    sign("wronghost", "v3_wronghost")

    new_key_and_csr("expired", "localhost")
    openssl("ca", "-batch", "-config", cnf, "-name", "test_ca", "-in", p("expired.csr"),
            "-out", p("expired.pem"), "-notext", "-extensions", "v3_localhost", "-extfile", cnf,
            "-startdate", "200101000000Z", "-enddate", "200201000000Z")

    openssl("req", "-x509", "-config", cnf, "-newkey", "rsa:2048", "-nodes",
            "-keyout", p("selfsigned.key"), "-out", p("selfsigned.pem"), "-days", "825",
            "-sha256", "-subj", "/CN=localhost", "-extensions", "v3_selfsigned")

    new_key_and_csr("client", "wirescope-test-client")
    sign("client", "v3_client")
    openssl("pkcs12", "-export", "-inkey", p("client.key"), "-in", p("client.pem"),
            "-certfile", p("ca.pem"), "-name", "wirescope test client",
            "-passout", f"pass:{CLIENT_P12_PASSWORD}", "-out", p("client.p12"))

    open(done, "w").close()
    return certs


# ---------------------------------------------------------------- docroot


def make_docroot(base):
    docroot = os.path.join(base, "docroot")
    os.makedirs(os.path.join(docroot, "json"), exist_ok=True)
    with open(os.path.join(docroot, "small.txt"), "wb") as f:
        f.write(b"hello, world\n")
    # 4 MiB of deterministic, incompressible bytes: a SHA-256 counter stream.
    big = bytearray()
    counter = 0
    while len(big) < 4 * 1024 * 1024:
        big += hashlib.sha256(counter.to_bytes(8, "little")).digest()
        counter += 1
    with open(os.path.join(docroot, "big.bin"), "wb") as f:
        f.write(big)
    items = [{"id": i, "name": f"item {i}", "active": i % 3 == 0, "score": i * 1.5,
              "tags": ["alpha", "beta"] if i % 2 else []} for i in range(110)]
    with open(os.path.join(docroot, "json", "10k.json"), "w") as f:
        json.dump({"items": items, "count": len(items)}, f, indent=2)
        f.write("\n")
    return docroot


# ---------------------------------------------------------------- configs


def nginx_conf(base, certs, docroot, ports, ipv6):
    logs = os.path.join(base, "logs")
    tmp = os.path.join(base, "nginx-tmp")
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        os.makedirs(os.path.join(tmp, sub), exist_ok=True)

    def listen(port, extra=""):
        lines = [f"        listen {LOOPBACK}:{port}{extra};"]
        if ipv6:
            lines.append(f"        listen [::1]:{port}{extra};")
        return "\n".join(lines)

    common = """
        location = /echo-headers {
            default_type text/plain;
            return 200 "$http_user_agent|$http_accept|$http_accept_encoding\\n";
        }"""

    def tls_server(name, extra_listen, extra=""):
        cert = NGINX_TLS_SERVERS[name]
        return f"""
    server {{  # {name}
{listen(ports['nginx_' + name], ' ssl' + extra_listen)}
        ssl_certificate {certs}/{cert}.pem;
        ssl_certificate_key {certs}/{cert}.key;{extra}{common}
    }}"""

    clientcert_extra = f"""
        ssl_client_certificate {certs}/ca.pem;
        ssl_verify_client on;
        ssl_verify_depth 2;
        location = /client-dn {{
            default_type text/plain;
            return 200 "$ssl_client_s_dn\\n";
        }}"""

    # A root master would otherwise switch its workers to 'nobody', who can't write the
    # temp paths in DIR (or maybe read the docroot); unprivileged runs ignore `user`.
    user = "user root root;\n" if os.geteuid() == 0 else ""
    return f"""# Generated by testservers.py; rewritten on every start.
{user}worker_processes 1;
daemon off;
pid {base}/run/nginx.pid;
error_log {logs}/nginx-error.log info;
events {{ worker_connections 1024; }}
http {{
    types {{
        text/plain txt;
        text/html html;
        application/json json;
        application/octet-stream bin;
    }}
    default_type application/octet-stream;
    access_log {logs}/nginx-access.log;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    sendfile on;
    keepalive_requests 100000;
    keepalive_timeout 65s;
    root {docroot};
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:wirescope_ssl:1m;

    server {{  # plain HTTP/1.1
{listen(ports['nginx_http'])}{common}
    }}

    server {{  # h2c with prior knowledge (no TLS, no Upgrade)
{listen(ports['nginx_h2c'], ' http2')}{common}
    }}
{tls_server('tls', ' http2')}
{tls_server('wronghost', '')}
{tls_server('expired', '')}
{tls_server('selfsigned', '')}
{tls_server('clientcert', '', clientcert_extra)}
}}
"""


def tinyproxy_conf(base, ports, connect_ports):
    connect = "\n".join(f"ConnectPort {p}" for p in sorted(connect_ports))
    # No User/Group: as root, tinyproxy would switch to that user before opening its
    # LogFile in DIR and fail; it runs as the invoking user instead.
    return f"""# Generated by testservers.py; rewritten on every start.
Port {ports['tinyproxy']}
Listen {LOOPBACK}
Timeout 600
MaxClients 100
Allow {LOOPBACK}
Syslog Off
LogFile "{base}/logs/tinyproxy-file.log"
LogLevel Info
PidFile "{base}/run/tinyproxy.pid"
ViaProxyName "tinyproxy"
# CONNECT is only allowed to the test servers' ports.
{connect}
"""


# httpbin is served by waitress, not werkzeug's run_simple: werkzeug 2.2's dev server sends
# "Connection: close" on every response whatever protocol_version says, and the tests need
# keep-alive. send_bytes=1 flushes each chunk at once so /drip and /stream stay incremental.
HTTPBIN_MAIN = """\
import sys
from waitress import serve
from httpbin.core import app
serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=8, send_bytes=1)
"""


# ---------------------------------------------------------------- start / stop


def launch(base, certs, docroot):
    """Writes the configs, starts every server and waits until all accept connections.

    Returns (ports, False) on success; otherwise prints what failed, stops the rest and
    returns (None, retry): retry when a server exited early, as it does when it lost a port."""
    ipv6 = ipv6_loopback_usable()
    nginx_ports = ["nginx_http", "nginx_h2c"] + ["nginx_" + n for n in NGINX_TLS_SERVERS]
    ports = pick_ports(nginx_ports + ["httpbin", "tinyproxy", "socks", "socks_auth"]
                       + list(NODE_PEERS), set(nginx_ports) if ipv6 else set())

    conf = os.path.join(base, "nginx.conf")
    with open(conf, "w") as f:
        f.write(nginx_conf(base, certs, docroot, ports, ipv6))
    tp_conf = os.path.join(base, "tinyproxy.conf")
    with open(tp_conf, "w") as f:
        # CONNECT reaches nginx, httpbin and the WebSocket echo peers (WebSockets through a proxy).
        f.write(tinyproxy_conf(base, ports, [ports[n] for n in nginx_ports]
                               + [ports["httpbin"], ports["ws_echo"], ports["wss_echo_selfsigned"]]))

    launcher = Launcher(base)
    # name -> ports that must accept connections before the server counts as ready
    servers = {
        "nginx": [ports[n] for n in nginx_ports],
        "httpbin": [ports["httpbin"]],
        "tinyproxy": [ports["tinyproxy"]],
        "microsocks": [ports["socks"]],
        "microsocks-auth": [ports["socks_auth"]],
    }
    servers.update({name: [ports[name]] for name in NODE_PEERS})
    try:
        # -e: nginx logs there before it has read error_log from the config.
        launcher.spawn("nginx", ["nginx", "-p", base, "-c", conf,
                                 "-e", os.path.join(base, "logs", "nginx-error.log")])
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
        launcher.spawn("httpbin", ["/usr/bin/python3", "-c", HTTPBIN_MAIN,
                                   str(ports["httpbin"])], env=env)
        launcher.spawn("tinyproxy", ["tinyproxy", "-d", "-c", tp_conf])
        launcher.spawn("microsocks", ["microsocks", "-i", LOOPBACK, "-p", str(ports["socks"])])
        launcher.spawn("microsocks-auth", ["microsocks", "-i", LOOPBACK,
                                           "-p", str(ports["socks_auth"]),
                                           "-u", SOCKS_AUTH_USER, "-P", SOCKS_AUTH_PASSWORD])
        for name, (script, tls, client_cert, files) in NODE_PEERS.items():
            argv = ["node", os.path.join(NODE_DIR, script), str(ports[name])]
            argv += [os.path.join(certs, f) for f in files]
            if tls:
                argv += [os.path.join(certs, f"{tls}.pem"), os.path.join(certs, f"{tls}.key")]
            if client_cert:
                argv.append(os.path.join(certs, "ca.pem"))
            launcher.spawn(name, argv)
    except OSError as e:
        log(f"could not launch a server: {e}")
        stop_servers(base)
        return None, False

    pending = dict(servers)
    deadline = time.monotonic() + READY_TIMEOUT_S
    failed = {}
    while pending and time.monotonic() < deadline:
        for name in list(pending):
            code = launcher.procs[name].poll()
            if code is not None:
                failed[name] = f"exited with status {code}"
                del pending[name]
                continue
            pending[name] = [p for p in pending[name] if not port_accepts(p)]
            if not pending[name]:
                del pending[name]
        if failed:
            break
        if pending:
            time.sleep(0.1)
    exited_early = bool(failed)
    if not exited_early:  # after an early exit, the others were merely not ready yet
        for name, left in pending.items():
            failed[name] = f"not accepting connections on port(s) {left} after {READY_TIMEOUT_S} s"
    if failed:
        for name, why in failed.items():
            log(f"{name} failed: {why}")
            for logname in (name, "nginx-error") if name == "nginx" else (name,):
                print(f"----- {launcher.logpath(logname)} (last 40 lines)", flush=True)
                try:
                    with open(launcher.logpath(logname), errors="replace") as f:
                        print("".join(f.readlines()[-40:]), end="")
                except OSError as e:
                    print(f"(unreadable: {e})")
        stop_servers(base)
        return None, exited_early
    return ports, False


def start(base):
    stop_servers(base)
    # Fresh logs per run: nginx appends to its error log, which would mix runs up.
    shutil.rmtree(os.path.join(base, "logs"), ignore_errors=True)
    for sub in ("run", "logs"):
        os.makedirs(os.path.join(base, sub), exist_ok=True)
    envfile = os.path.join(base, "servers.env")
    if os.path.exists(envfile):
        os.unlink(envfile)

    certs = make_certs(base)
    docroot = make_docroot(base)
    if not os.path.isdir(os.path.join(NODE_DIR, "node_modules", "ws")):
        log(f"{NODE_DIR}/node_modules is missing: run tools/setup-deps.sh --test (npm ci)")
        return 1

    # Ports are picked before the servers bind them, so another process can take one in
    # between (outgoing connections draw from the same range): then try again with new ports.
    for attempt in range(1, 4):
        ports, retry = launch(base, certs, docroot)
        if ports is not None:
            break
        if not retry or attempt == 3:
            return 1
        log(f"attempt {attempt} failed; trying again with other ports")

    def url(scheme, host, key):
        return f"{scheme}://{host}:{ports[key]}"

    values = {
        "HTTPBIN_URL": url("http", LOOPBACK, "httpbin"),
        "NGINX_HTTP_URL": url("http", LOOPBACK, "nginx_http"),
        "NGINX_TLS_URL": url("https", "localhost", "nginx_tls"),
        "NGINX_H2C_URL": url("http", LOOPBACK, "nginx_h2c"),
        "NGINX_WRONGHOST_URL": url("https", "localhost", "nginx_wronghost"),
        "NGINX_EXPIRED_URL": url("https", "localhost", "nginx_expired"),
        "NGINX_SELFSIGNED_URL": url("https", "localhost", "nginx_selfsigned"),
        "NGINX_CLIENTCERT_URL": url("https", "localhost", "nginx_clientcert"),
        "CA_FILE": os.path.join(certs, "ca.pem"),
        "SERVER_CERT_FILE": os.path.join(certs, "localhost.pem"),
        "SERVER_KEY_FILE": os.path.join(certs, "localhost.key"),
        "CLIENT_CERT_FILE": os.path.join(certs, "client.pem"),
        "CLIENT_KEY_FILE": os.path.join(certs, "client.key"),
        "CLIENT_P12_FILE": os.path.join(certs, "client.p12"),
        "CLIENT_P12_PASSWORD": CLIENT_P12_PASSWORD,
        "SELFSIGNED_CERT_FILE": os.path.join(certs, "selfsigned.pem"),
        "HTTP_PROXY_HOST": LOOPBACK,
        "HTTP_PROXY_PORT": str(ports["tinyproxy"]),
        "SOCKS_PROXY_HOST": LOOPBACK,
        "SOCKS_PROXY_PORT": str(ports["socks"]),
        "SOCKS_AUTH_PORT": str(ports["socks_auth"]),
        "SOCKS_AUTH_USER": SOCKS_AUTH_USER,
        "SOCKS_AUTH_PASSWORD": SOCKS_AUTH_PASSWORD,
        "WS_ECHO_URL": url("ws", LOOPBACK, "ws_echo"),
        "WSS_SELFSIGNED_ECHO_URL": url("wss", LOOPBACK, "wss_echo_selfsigned"),
        "WSS_CLIENTCERT_ECHO_URL": url("wss", "localhost", "wss_echo_clientcert"),
        "WS_CHAT_URL": url("ws", LOOPBACK, "ws_chat"),
        "SSE_URL": url("http", LOOPBACK, "sse"),
        "GRAPHQL_URL": url("http", LOOPBACK, "graphql") + "/graphql",
        "OAUTH2_URL": url("http", LOOPBACK, "oauth2"),
        "JWT_URL": url("http", LOOPBACK, "jwt"),
        "AWS_URL": url("http", LOOPBACK, "aws"),
        "OAUTH1_URL": url("http", LOOPBACK, "oauth1"),
        "HAWK_URL": url("http", LOOPBACK, "hawk"),
        "SOCKETIO_URL": url("http", LOOPBACK, "socketio"),
        "DOCROOT": docroot,
        "LOG_DIR": os.path.join(base, "logs"),
    }
    tmp = envfile + ".tmp"
    with open(tmp, "w") as f:
        f.write("# Written by tests/support/servers/testservers.py start; removed by stop.\n")
        for key, value in values.items():
            f.write(f"{key}={value}\n")
    os.replace(tmp, envfile)
    log(f"all servers ready; wrote {envfile}")
    return 0


def main(argv):
    if len(argv) != 3 or argv[1] not in ("start", "stop"):
        print(f"usage: {argv[0]} start|stop DIR", file=sys.stderr)
        return 2
    # Physical path: stop compares it with /proc/PID/cwd.
    base = os.path.realpath(argv[2])
    os.makedirs(os.path.join(base, "run"), exist_ok=True)
    # Serialise start/stop on the same DIR (e.g. two ctest runs on one build tree).
    with open(os.path.join(base, "run", "lock"), "w") as lockf:
        fcntl.flock(lockf, fcntl.LOCK_EX)
        if argv[1] == "start":
            try:
                return start(base)
            except Exception:
                stop_servers(base)
                raise
        stop_servers(base)
        envfile = os.path.join(base, "servers.env")
        if os.path.exists(envfile):
            os.unlink(envfile)
        log(f"stopped servers in {base}")
        return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
