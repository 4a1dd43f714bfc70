export const id = 659;
export const ids = [659];
export const modules = {

/***/ 5659:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TunnelError: () => (/* binding */ TunnelError),
/* harmony export */   openTunnel: () => (/* binding */ openTunnel),
/* harmony export */   proxyFor: () => (/* binding */ proxyFor),
/* harmony export */   proxyFromEnv: () => (/* binding */ proxyFromEnv)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Probes through an HTTPS proxy, as corporate networks require: which requests go through it (`HTTPS_PROXY`,
 * `NO_PROXY`) and the CONNECT tunnel they go through. The proxy only ever carries TLS bytes it cannot read: the key
 * travels inside TLS to the target host, whose certificate is checked as without a proxy, and the host allowlist
 * is applied to the target before any request, never to the proxy. Plain-http targets (listed loopback hosts only)
 * never use the proxy.
 *
 * Variables and NO_PROXY matching as undici's EnvHttpProxyAgent reads them (nodejs/undici v6.29.1,
 * lib/dispatcher/env-http-proxy-agent.js): `https_proxy`, then `HTTPS_PROXY`, then the http proxy variables;
 * NO_PROXY entries split on commas and spaces, `*` for every host, `host[:port]` exact, `.domain` or `*.domain`
 * for the domain's hosts.
 */

/** The proxy settings from environment variables (the CLI's environment, the runner's for the action). */
function proxyFromEnv(env) {
    const httpsProxy = env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY;
    const noProxy = env.no_proxy ?? env.NO_PROXY;
    return { ...(httpsProxy && { httpsProxy }), ...(noProxy && { noProxy }) };
}
const DEFAULT_PORTS = { 'http:': 80, 'https:': 443 };
/** The proxy URL an https request to `target` goes through, or undefined to connect directly. */
function proxyFor(target, settings) {
    if (target.protocol !== 'https:' || !settings.httpsProxy)
        return undefined;
    const hostname = target.host.replace(/:\d*$/, '').toLowerCase();
    const port = Number(target.port) || DEFAULT_PORTS[target.protocol];
    const entries = (settings.noProxy ?? '').split(/[,\s]/).filter((entry) => entry !== '');
    if (entries.includes('*'))
        return undefined;
    const bypassed = entries.some((entry) => {
        const [, name = entry, entryPort] = /^(.+):(\d+)$/.exec(entry) ?? [];
        if (entryPort !== undefined && Number(entryPort) !== port)
            return false;
        const host = name.toLowerCase();
        return /^[.*]/.test(host) ? hostname.endsWith(host.replace(/^\*/, '')) : hostname === host;
    });
    if (bypassed)
        return undefined;
    try {
        return new URL(settings.httpsProxy);
    }
    catch {
        // Not a URL: say so through the failure, rather than silently going direct.
        return new URL('invalid-proxy:');
    }
}
/** Why a tunnel could not be opened: a code for the probe's detail, never the proxy's answer body. */
class TunnelError extends Error {
    code;
    constructor(code) {
        super(code);
        this.code = code;
    }
}
/**
 * Opens a CONNECT tunnel to `host:port` through `proxy` and hands over the socket, or a TunnelError (a proxy that
 * answers other than 2xx: `PROXY_<status>`; a proxy URL that is not http: `ERR_PROXY_PROTOCOL`) or the socket's
 * own error. `register` receives the CONNECT request so the caller can destroy it on timeout.
 */
function openTunnel(proxy, host, port, register, done) {
    if (proxy.protocol !== 'http:')
        return done(new TunnelError('ERR_PROXY_PROTOCOL'));
    const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const credentials = proxy.username ? `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}` : undefined;
    const request = node_http__WEBPACK_IMPORTED_MODULE_0___default().request({
        hostname: proxy.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: proxy.port || 80,
        method: 'CONNECT',
        path: authority,
        headers: { host: authority, ...(credentials && { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` }) },
        agent: false
    });
    register(request);
    request.on('connect', (response, socket) => {
        if ((response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300)
            return done(socket);
        socket.destroy();
        done(new TunnelError(`PROXY_${response.statusCode ?? 0}`));
    });
    request.on('error', done);
    request.end();
}


/***/ })

};
