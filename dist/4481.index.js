export const id = 4481;
export const ids = [4481,5659,8281];
export const modules = {

/***/ 1286:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ settle),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   dG: () => (/* binding */ caseData)
/* harmony export */ });
/* unused harmony export fill */
/* harmony import */ var _core_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38);
/* harmony import */ var _retry_after_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8786);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2258);
/**
 * Turns a case and an observation into words: the placeholder values the case texts use, and the verdicts.
 * Pure. Every value is safe to show: the key only masked, provider text scrubbed, URLs without query or user info.
 */



/** Placeholder values for one observation; `extra` adds what only the caller knows (model, count, reason…). */
function caseData(ctx, observed, extra = {}) {
    const { target } = ctx;
    const { exchange, facts } = observed;
    const url = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlAsFetched */ .$C)(observed.url);
    const title = facts?.title ? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(facts.title, ctx.key, 80) : '';
    const answer = exchange?.kind === 'answer' ? exchange : undefined;
    const wait = answer ? (0,_retry_after_js__WEBPACK_IMPORTED_MODULE_2__/* .serverWaitMs */ .R)(answer.headers) : undefined;
    const redirected = answer !== undefined && answer.status >= 300 && answer.status < 400;
    return {
        key: ctx.keyMasked,
        host: url?.host ?? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(observed.url, ctx.key, 80),
        url: displayUrl(observed.url),
        path: url?.pathname ?? '',
        method: observed.method,
        answer: exchange ? answerLabel(exchange, facts, ctx.key) : '',
        detail: (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(facts?.message ?? '', ctx.key) || 'no message',
        model: '',
        count: facts?.modelIds ? String(facts.modelIds.length) : '',
        suggestions: '',
        location: redirected ? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(redirectTarget(answer.headers.location, observed.url), ctx.key) : '',
        title: title ? `, “${title}”` : '',
        contentType: answer ? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(answer.headers['content-type'] ?? 'no content type', ctx.key, 80) : '',
        timeout: `${ctx.timeoutMs / 1000} s`,
        retryAfter: wait === undefined ? '' : `, retry after ${Math.ceil(wait / 1000)} s`,
        keyProvider: target.keyMatch?.provider.name ?? 'unknown provider',
        hostProvider: target.hostProvider?.name ?? url?.host ?? 'this host',
        apiRoot: target.hostProvider?.apiRoot ?? "as the provider's API documentation gives it",
        reason: '',
        ...extra
    };
}
/** `{{name}}` → `data[name]`. */
function fill(template, data) {
    return template.replace(/\{\{(\w+)\}\}/g, (_, name) => data[name] ?? '');
}
/** The verdicts a case gives: one for its subject, and the same outcome for each subject it also settles. */
function settle(probeCase, data, where = {}) {
    const explanation = fill(probeCase.explanation, data);
    const nextStep = fill(probeCase.nextStep, data);
    return [probeCase.rule, ...(probeCase.alsoSettles ?? [])].map((rule) => ({
        rule,
        outcome: probeCase.outcome,
        caseId: probeCase.id,
        data,
        explanation,
        nextStep,
        ...(where.step !== undefined && { step: where.step }),
        ...(rule === 'probe-model' && where.model !== undefined && { model: where.model })
    }));
}
/** A URL as it may be shown: origin and path, no user info, no query (Azure puts nothing secret there, others might). */
function displayUrl(text) {
    const url = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlAsFetched */ .$C)(text);
    return url ? `${url.origin}${url.pathname}` : '';
}
/** `HTTP 401, invalid_api_key`, or the failure's system code. */
function answerLabel(exchange, facts, key) {
    if (exchange.kind === 'failure')
        return exchange.detail;
    const code = facts?.codes.find((c) => !/^\d+$/.test(c));
    return code ? `HTTP ${exchange.status}, ${(0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(code, key, 60)}` : `HTTP ${exchange.status}`;
}
function redirectTarget(location, base) {
    if (!location)
        return 'nowhere (no location header)';
    const url = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlAsFetched */ .$C)(location, base);
    return url ? `${url.origin}${url.pathname}` : 'an invalid location';
}


/***/ }),

/***/ 8281:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseProbeHosts: () => (/* binding */ parseProbeHosts),
/* harmony export */   x: () => (/* binding */ isProbeAllowed)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/* harmony import */ var _core_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38);
/* harmony import */ var tldts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(935);
/* harmony import */ var _providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8381);
/**
 * Which URLs may receive a key. The base URL comes from the repository, so a pull request can change it:
 * a key must only go to hosts the maintainers trust (the built-in registry's API hosts, or `probe-hosts`),
 * and never in clear text except to a loopback server they listed themselves.
 */



/**
 * The built-in registry alone, never the config file's `providers`: the config is a file of the repository, so
 * a pull request that adds a gateway with `apiHosts: [its-own.server]` would otherwise be sent the key.
 */
const registry = (0,_providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .createCatalog */ .C)();
const REASONS = {
    'invalid-url': 'it is not a valid URL',
    'credentials-in-url': 'it carries a user name or password',
    scheme: 'only https (and http to a listed loopback host) may receive a key',
    'loopback-not-listed': 'it is a loopback address not listed in probe-hosts, and code run by the job could be listening there',
    'plain-http': 'plain http would send the key unencrypted; http is only for loopback hosts listed in probe-hosts',
    'host-relays-anywhere': 'any account can make this host relay requests to a server of its own (another account\'s Cloudflare AI Gateway), so it is sent a key only when listed in probe-hosts',
    'host-shared-suffix': 'the registry knows this provider only by a suffix any of its customers can create a host under (an Azure resource, an Alibaba Model Studio workspace), so it is sent a key only when listed in probe-hosts',
    'host-not-trusted': 'the host is neither an API host of the provider registry nor listed in probe-hosts, and a pull request could point the base URL at a server of its choosing'
};
/**
 * Whether `url` may receive a key: https to an API host of the built-in registry that only its provider controls,
 * or to a `probe-hosts` entry; plain http only to a loopback host listed in `probe-hosts`. Loopback hosts always
 * need listing, whatever the scheme or the registry says (a job that runs repository code can open a server on the
 * runner). The reason explains a refusal in plain words.
 */
function isProbeAllowed(url, policy) {
    const parsed = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_2__/* .urlAsFetched */ .$C)(url);
    if (!parsed)
        return refuse('invalid-url');
    if (parsed.username || parsed.password)
        return refuse('credentials-in-url');
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return refuse('scheme');
    const host = parsed.hostname.toLowerCase();
    const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
    const listed = policy.extraHosts.some((entry) => hostMatches(entry, host, port));
    if (isLoopbackHost(host))
        return listed ? { allowed: true } : refuse('loopback-not-listed');
    if (parsed.protocol === 'http:')
        return refuse('plain-http');
    if (listed)
        return { allowed: true };
    const match = registry.byHost(host);
    if (match?.role !== 'api' || match.provider.local)
        return refuse('host-not-trusted');
    const bare = host.replace(/\.$/, '');
    if (!match.provider.apiHosts.some((h) => h.toLowerCase() === bare))
        return refuse('host-shared-suffix');
    return match.provider.relaysAnywhere ? refuse('host-relays-anywhere') : { allowed: true };
}
/**
 * Suffixes under which strangers own hosts: the registry's wildcard API hosts (`*.openai.azure.com`). With the
 * Public Suffix List's (`co.uk`, and private ones such as `github.io`), a `probe-hosts` wildcard may not span them.
 */
const SHARED_SUFFIXES = new Set(registry.providers.flatMap((p) => p.apiHosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(2).toLowerCase())));
/**
 * Whether `*.base` would trust hosts of many owners: a public suffix, numbers, or a provider's shared suffix, a domain
 * above one (`*.azure.com`) or one below it (`*.cn-beijing.maas.aliyuncs.com`, every workspace of a region: how many
 * labels a customer owns there is the provider's to decide, so none is trusted by a wildcard).
 */
function spansOwners(base) {
    if (/(^|\.)\d+$/.test(base))
        return true; // `*.10.0.0`: a range of addresses, not a domain
    for (const shared of SHARED_SUFFIXES)
        if (shared === base || shared.endsWith(`.${base}`) || base.endsWith(`.${shared}`))
            return true;
    return (0,tldts__WEBPACK_IMPORTED_MODULE_0__/* .getPublicSuffix */ .pj)(base, { allowPrivateDomains: true }) === base;
}
/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`, as the WHATWG URL parser normalises them. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    return (host === 'localhost' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
        host === '[::1]' ||
        /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host));
}
/**
 * Reads `probe-hosts`: entries separated by commas, spaces or new lines; each a host (`api.example.com`), a host and
 * port (`127.0.0.1:8080`, `[::1]:11434`), a wildcard for subdomains (`*.example.com`), or a URL whose host is taken.
 * A wildcard must keep at least two labels (`*.com` is refused) and may not span a public suffix (`*.co.uk`,
 * `*.github.io`, per the Public Suffix List with its private domains), a provider's shared suffix, a domain above or
 * below one (`*.openai.azure.com`, `*.azure.com`, `*.cn-beijing.maas.aliyuncs.com`) or a numeric range (`*.0.0.10`):
 * one entry must not trust hosts of many owners.
 */
function parseProbeHosts(text) {
    const hosts = [];
    const invalid = [];
    for (const raw of text.split(/[\s,]+/).filter(Boolean)) {
        const entry = normaliseEntry(raw);
        if (entry)
            hosts.push(entry);
        else
            invalid.push(raw);
    }
    return { hosts, invalid };
}
function normaliseEntry(raw) {
    const isUrl = raw.includes('://');
    const url = isUrl ? (0,_core_url_js__WEBPACK_IMPORTED_MODULE_2__/* .urlAsFetched */ .$C)(raw) : undefined;
    // `https://api.openai.com@evil.test/` names evil.test: a URL with user info is refused, not read.
    if (url?.username || url?.password)
        return undefined;
    const text = isUrl ? url?.host : raw.replace(/\/+$/, '');
    if (!text)
        return undefined;
    const entry = text.toLowerCase();
    if (entry.startsWith('*.'))
        return /^\*\.[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(entry) && !spansOwners(entry.slice(2)) ? entry : undefined;
    const { host, port } = splitHostPort(entry);
    const parsed = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_2__/* .urlAsFetched */ .$C)(`https://${host}/`);
    if (!parsed || parsed.pathname !== '/' || parsed.username || !/^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(parsed.hostname)) {
        return undefined;
    }
    return port === undefined ? parsed.hostname : `${parsed.hostname}:${port}`;
}
/** `entry` is `host`, `host:port` or `*.suffix`; a host without port matches every port. `port` is never empty. */
function hostMatches(entry, host, port) {
    if (entry.startsWith('*.'))
        return host.endsWith(entry.slice(1));
    const wanted = splitHostPort(entry);
    return wanted.host === host && (wanted.port === undefined || wanted.port === port);
}
function splitHostPort(entry) {
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
    if (!match)
        return { host: entry };
    return match[2] === undefined ? { host: match[1] } : { host: match[1], port: match[2] };
}
const refuse = (code) => ({ allowed: false, code, reason: REASONS[code] });


/***/ }),

/***/ 5659:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ openTunnel),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   proxyFromEnv: () => (/* binding */ proxyFromEnv)
/* harmony export */ });
/* unused harmony export TunnelError */
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


/***/ }),

/***/ 8786:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ serverWaitMs)
/* harmony export */ });
/**
 * How long a server asks a client to wait, from its answer's headers. Pure, apart from the transport (http.ts), so the
 * reports that describe a probe's answer do not load Node's HTTP and TLS modules.
 */
/** `retry-after-ms` (openai-node), then `retry-after` as seconds or as an HTTP date. */
function serverWaitMs(headers, now = Date.now()) {
    const ms = Number(headers['retry-after-ms']);
    if (headers['retry-after-ms'] !== undefined && Number.isFinite(ms) && ms >= 0)
        return ms;
    const value = headers['retry-after']?.trim();
    if (!value)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 4481:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probeStep: () => (/* binding */ probeStep),
  probeSummaries: () => (/* binding */ probeSummaries)
});

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/probes/cases.ts
var probes_cases = __webpack_require__(2290);
;// CONCATENATED MODULE: ./src/probes/findings.ts

/**
 * The reports of one probe. Rejected outcomes keep the rule's severity (the config may change it); indeterminate
 * ones are notes (a refused host: a warning), so they never fail a build unless `failOnIndeterminate` is set.
 */
function probeReports(result, target, options = {}) {
    return result.verdicts
        .filter((verdict) => verdict.outcome !== 'verified')
        .map((verdict) => {
        const severity = severityOf(verdict, options);
        return {
            ruleId: verdict.rule,
            outcome: verdict.outcome,
            messageId: verdict.caseId,
            data: verdict.data,
            file: target.anchor.file,
            span: target.anchor.span,
            ...(target.anchor.entry && { entry: target.anchor.entry }),
            ...(target.anchor.scope !== undefined && { scope: target.anchor.scope }),
            identity: ['probe', target.id, verdict.rule, verdict.caseId, verdict.model ?? ''].join('|'),
            secrets: [target.key],
            ...(severity && { severity })
        };
    });
}
function severityOf(verdict, options) {
    if (verdict.outcome !== 'indeterminate')
        return undefined;
    if (options.failOnIndeterminate)
        return 'error';
    return probes_cases/* ALL_CASES */.SF.find((c) => c.id === verdict.caseId)?.severity ?? 'note';
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: ./src/probes/proxy.ts
var probes_proxy = __webpack_require__(5659);
// EXTERNAL MODULE: ./src/probes/retry-after.ts
var retry_after = __webpack_require__(8786);
;// CONCATENATED MODULE: ./src/probes/http.ts
/**
 * The only code that talks to the network. One request at a time, with a timeout, a cap on the body size, no
 * redirects followed (a redirect could carry the key to another host), and every failure turned into a value.
 * Retries live here too, but whether an answer is worth retrying is the classifier's call.
 */







/** A {@link Transport} on node:http / node:https. No connection reuse: each probe stands alone. */
function createNodeTransport(options = {}) {
    const agents = {
        'http:': new (external_node_http_default()).Agent({ keepAlive: false }),
        'https:': new (external_node_https_default()).Agent({ keepAlive: false, ...(options.ca !== undefined && { ca: options.ca }) })
    };
    return (request, limits) => send(request, limits, agents, options);
}
function send(request, limits, agents, options) {
    const started = performance.now();
    const elapsedMs = () => Math.round(performance.now() - started);
    return new Promise((resolve) => {
        let settled = false;
        /** The request, and the proxy's CONNECT request and tunnel before it: all end with the exchange. */
        const requests = [];
        const timer = setTimeout(() => fail('timeout', `no answer within ${limits.timeoutMs} ms`), limits.timeoutMs);
        const onAbort = () => fail('budget', 'probe budget exhausted');
        limits.signal?.addEventListener('abort', onAbort, { once: true });
        function finish(exchange) {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            limits.signal?.removeEventListener('abort', onAbort);
            for (const req of requests)
                req.destroy();
            resolve(exchange);
        }
        function fail(failure, detail) {
            finish({ kind: 'failure', failure, detail, elapsedMs: elapsedMs() });
        }
        if (limits.signal?.aborted)
            return onAbort();
        let url;
        try {
            url = new URL(request.url);
        }
        catch (error) {
            return fail('network', errorCode(error));
        }
        const protocol = url.protocol === 'https:' ? 'https:' : 'http:';
        const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
        // Options rather than the URL object: a URL with user info would add an Authorization header of its own.
        const target = {
            protocol,
            hostname,
            port: url.port,
            path: url.pathname + url.search,
            method: request.method,
            headers: { ...request.headers, 'accept-encoding': 'identity' }
        };
        const proxy = (0,probes_proxy/* proxyFor */.iJ)(url, options.proxy ?? {});
        if (proxy === undefined)
            return start(() => (protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).request({ ...target, agent: agents[protocol] }));
        (0,probes_proxy/* openTunnel */.X)(proxy, hostname, Number(url.port) || 443, (connect) => requests.push(connect), (tunnel) => {
            if (tunnel instanceof Error)
                return fail('network', `proxy ${proxy.host || proxy.protocol}: ${errorCode(tunnel)}`);
            requests.push(tunnel);
            if (settled)
                return void tunnel.destroy();
            // TLS from here to the target through the tunnel: the target's certificate is checked as on a direct connection.
            const secure = () => external_node_tls_default().connect({ socket: tunnel, ...((0,external_node_net_.isIP)(hostname) === 0 && { servername: hostname }), ...(options.ca !== undefined && { ca: options.ca }) });
            start(() => external_node_https_default().request({ ...target, createConnection: secure }));
        });
        function start(open) {
            let req;
            try {
                req = open();
            }
            catch (error) {
                return fail('network', errorCode(error));
            }
            requests.push(req);
            req.on('error', (error) => fail(failureOf(error), errorCode(error)));
            req.on('response', (res) => {
                readBody(res, limits.maxBodyBytes, (body, truncated) => finish({ kind: 'answer', status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body, truncated, elapsedMs: elapsedMs() }));
                res.on('error', (error) => fail(failureOf(error), errorCode(error)));
            });
            req.end(request.body);
        }
    });
}
/** Collects at most `max` bytes; a longer body is cut there and its connection closed. */
function readBody(res, max, done) {
    const chunks = [];
    let size = 0;
    let full = false;
    const deliver = (truncated) => done(new TextDecoder().decode(Buffer.concat(chunks)), truncated);
    res.on('data', (chunk) => {
        if (full)
            return;
        const room = max - size;
        if (chunk.length <= room) {
            chunks.push(chunk);
            size += chunk.length;
            return;
        }
        chunks.push(chunk.subarray(0, room));
        full = true;
        deliver(true);
    });
    res.on('end', () => deliver(false));
}
/** Set-Cookie is dropped: nothing needs it and it may hold a session. */
function flatHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value === undefined || name === 'set-cookie')
            continue;
        out[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
const FAILURE_BY_CODE = {
    ENOTFOUND: 'dns',
    EAI_AGAIN: 'dns',
    EAI_FAIL: 'dns',
    ECONNREFUSED: 'refused',
    ECONNRESET: 'reset',
    EPIPE: 'reset',
    ECONNABORTED: 'reset',
    ETIMEDOUT: 'timeout',
    EHOSTUNREACH: 'unreachable',
    ENETUNREACH: 'unreachable',
    EHOSTDOWN: 'unreachable',
    EPROTO: 'tls'
};
/** OpenSSL verification codes (`CERT_HAS_EXPIRED`, `DEPTH_ZERO_SELF_SIGNED_CERT`…) and Node's TLS errors. */
const TLS_CODE = /^ERR_TLS_|^ERR_SSL_|CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/;
function failureOf(error) {
    const code = errorCode(error);
    return FAILURE_BY_CODE[code] ?? (TLS_CODE.test(code) ? 'tls' : 'network');
}
/** Only the code: messages of some errors quote request data. */
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : 'ERR_UNKNOWN';
}
const DEFAULT_RETRY = { retries: 1, maxWaitMs: 20_000, backoffMs: 500 };
/** A {@link Deadline} `budgetMs` from now. */
function startDeadline(budgetMs) {
    const end = Date.now() + budgetMs;
    const signal = AbortSignal.timeout(budgetMs);
    // One listener per request in flight, each removed when its request settles: not a leak, however many run at once.
    (0,external_node_events_.setMaxListeners)(0, signal);
    return { signal, remainingMs: () => end - Date.now() };
}
/**
 * Sends `request`, and again after a pause while the answer is transient, retries remain, and the pause
 * (the server's `retry-after-ms` / `retry-after`, else exponential backoff) fits both the cap and the budget.
 */
async function sendWithRetries(request, options) {
    const limits = { timeoutMs: options.timeoutMs, maxBodyBytes: options.maxBodyBytes, signal: options.deadline.signal };
    for (let attempt = 1;; attempt++) {
        const exchange = await options.transport(request, limits);
        if (exchange.kind === 'failure' || attempt > options.retry.retries || !options.isTransient(exchange)) {
            return { exchange, attempts: attempt };
        }
        const wait = retryWaitMs(exchange.headers, attempt, options.retry);
        if (wait === undefined || wait >= options.deadline.remainingMs())
            return { exchange, attempts: attempt };
        await sleep(wait, options.deadline.signal);
    }
}
/**
 * The pause before retry number `attempt`: the server's `retry-after-ms` or `retry-after` (seconds or an HTTP
 * date) when given, else `backoffMs · 2^(attempt-1)`. Undefined when the server asks for more than `maxWaitMs`.
 */
function retryWaitMs(headers, attempt, policy, now = Date.now()) {
    const asked = (0,retry_after/* serverWaitMs */.R)(headers, now);
    const wait = asked ?? policy.backoffMs * 2 ** (attempt - 1);
    if (asked !== undefined && asked > policy.maxWaitMs)
        return undefined;
    return Math.min(wait, policy.maxWaitMs);
}
/** Resolves after `ms`, or at once when `signal` aborts (the next attempt then fails as `budget`). */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
    });
}

// EXTERNAL MODULE: ./src/probes/limits.ts
var limits = __webpack_require__(6747);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/probes/policy.ts
var policy = __webpack_require__(8281);
;// CONCATENATED MODULE: ./src/probes/body.ts
/** Reads the facts a classifier needs out of an answer. */
function readAnswer(answer) {
    const contentType = answer.headers['content-type'] ?? '';
    const text = answer.body.trimStart();
    const html = /html/i.test(contentType) || /^<(!doctype html|html|head|body)\b/i.test(text);
    if (html)
        return { html, title: pageTitle(text), codes: [], hasError: false, chatReply: false };
    const json = parseJson(text, contentType);
    if (json === undefined)
        return { html, message: text.slice(0, 2000) || undefined, codes: [], hasError: false, chatReply: false };
    const root = (Array.isArray(json) ? json[0] : json);
    const message = errorMessage(root);
    return {
        json,
        html,
        message,
        codes: errorCodes(root),
        hasError: isObject(root) && (isObject(root.error) || typeof root.error === 'string'),
        modelIds: modelIds(root),
        chatReply: isObject(root) && (Array.isArray(root.choices) || (root.type === 'message' && Array.isArray(root.content))),
        bodyRequestId: bodyRequestId(root, message)
    };
}
function parseJson(text, contentType) {
    if (!/json/i.test(contentType) && !/^[[{]/.test(text))
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function errorMessage(root) {
    if (!isObject(root))
        return undefined;
    const error = root.error;
    const candidates = [
        isObject(error) ? error.message : error,
        root.message,
        root.msg,
        root.detail,
        Array.isArray(root.errors) && isObject(root.errors[0]) ? root.errors[0].message : undefined
    ];
    return candidates.find((c) => typeof c === 'string' && c.length > 0);
}
function errorCodes(root) {
    if (!isObject(root))
        return [];
    const error = isObject(root.error) ? root.error : {};
    const details = Array.isArray(error.details) ? error.details.filter(isObject).map((d) => d.reason) : [];
    const values = [error.code, error.type, error.status, ...details, root.code, root.type];
    return values.filter((v) => (typeof v === 'string' && v !== '') || typeof v === 'number').map(String);
}
function modelIds(root) {
    if (!isObject(root))
        return undefined;
    const list = Array.isArray(root.data) ? root.data : Array.isArray(root.models) ? root.models : undefined;
    if (!list)
        return undefined;
    return list
        .filter(isObject)
        .map((m) => (typeof m.id === 'string' ? m.id : typeof m.name === 'string' ? m.name.replace(/^models\//, '') : ''))
        .filter(Boolean);
}
function bodyRequestId(root, message) {
    if (isObject(root) && typeof root.request_id === 'string')
        return root.request_id;
    return message && /\brequest id:\s*([\w.:-]+)/i.exec(message)?.[1];
}
function pageTitle(html) {
    const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(html)?.[1]?.trim();
    return title || undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/probes/classify.ts

/** The first matching case; the table ends with a catch-all, so there always is one. */
function classify(observation, cases = probes_cases/* HTTP_CASES */.Fx) {
    const found = cases.find((c) => c.when.some((signature) => matches(signature, observation)));
    if (!found)
        throw new Error('the classification table has no catch-all case');
    return found;
}
/** one-api / new-api: their request-id header, their error types, or the `(request id: …)` suffix. */
function isOneApiAnswer(headers, facts) {
    if (headers['x-oneapi-request-id'] !== undefined)
        return true;
    if (facts?.codes.some((c) => c === 'one_api_error' || c === 'new_api_error'))
        return true;
    return /\(request id: [^)]+\)\s*$/.test(facts?.message ?? '');
}
function matches(sig, obs) {
    const { exchange, facts } = obs;
    if (sig.step && !sig.step.includes(obs.step))
        return false;
    if (exchange.kind === 'failure')
        return sig.failure ? sig.failure.includes(exchange.failure) : isEmpty(sig);
    if (sig.failure)
        return false;
    return ((!sig.status || sig.status.some((pattern) => statusMatches(pattern, exchange.status))) &&
        (!sig.codes || sig.codes.some((code) => facts?.codes.some((c) => c.toLowerCase() === code.toLowerCase()))) &&
        (!sig.message || sig.message.test(facts?.message ?? '')) &&
        (sig.html === undefined || sig.html === (facts?.html ?? false)) &&
        (sig.json === undefined || sig.json === (facts?.json !== undefined)) &&
        (!sig.header || sig.header.value.test(exchange.headers[sig.header.name] ?? '')) &&
        (!sig.hostProvider || (obs.hostProviderId !== undefined && sig.hostProvider.includes(obs.hostProviderId))) &&
        (sig.keyMismatch === undefined || sig.keyMismatch === obs.keyMismatch) &&
        (sig.oneApi === undefined || sig.oneApi === isOneApiAnswer(exchange.headers, facts)) &&
        (sig.doubleVersion === undefined || sig.doubleVersion === hasDoubleVersion(obs.url)) &&
        (sig.crossHost === undefined || sig.crossHost === redirectsElsewhere(obs.url, exchange.headers.location)) &&
        (sig.modelsList === undefined || sig.modelsList === (facts?.modelIds !== undefined)) &&
        (sig.chatReply === undefined || sig.chatReply === (facts?.chatReply ?? false)) &&
        (sig.bodyError === undefined || sig.bodyError === (facts?.hasError ?? false)));
}
/** A signature with no conditions is the catch-all; it matches failures too. */
const isEmpty = (sig) => Object.keys(sig).length === 0;
function statusMatches(pattern, status) {
    if (pattern === '2xx')
        return status >= 200 && status < 300;
    if (pattern === '3xx')
        return status >= 300 && status < 400;
    return pattern === status;
}
function hasDoubleVersion(url) {
    return /\/v1\/v1(\/|$)/.test(new URL(url).pathname);
}
/** Another origin counts: an https → http hop or another port would carry the key just as far. */
function redirectsElsewhere(url, location) {
    if (!location)
        return false;
    try {
        return new URL(location, url).origin !== new URL(url).origin;
    }
    catch {
        return true;
    }
}

// EXTERNAL MODULE: ./src/providers/key-match.ts
var key_match = __webpack_require__(8841);
// EXTERNAL MODULE: ./src/probes/describe.ts
var describe = __webpack_require__(1286);
;// CONCATENATED MODULE: ./src/probes/models.ts
/** The configured model names, and the closest ids a models list offers when one is missing. */
/**
 * The model ids a route must serve, most important first, without duplicates. NextChat syntax
 * (`app/utils/model.ts`): comma-separated `+name`, `name`, `name=Display`, `-name` (hidden), `-all`/`+all`, and
 * `name@provider` split on the last `@`. Entries for another provider (`claude@anthropic`, `x@Azure=deploy`) go to
 * another route and are left out; `provider` is the route's lower-case provider id.
 */
function configuredModels(settings, provider = 'openai') {
    const names = [settings.model, settings.defaultModel, ...(settings.customModels ?? '').split(',')]
        .map((entry) => entry?.trim() ?? '')
        .filter((entry) => entry !== '' && !entry.startsWith('-') && entry.replace(/^\+/, '') !== 'all')
        .map((entry) => forRoute(entry.replace(/^\+/, '').split('=')[0], provider))
        .filter((name) => name !== undefined && name !== '');
    return [...new Set(names)];
}
/** `name@provider` → `name` when the provider is the route's (or none is given); another provider → undefined. */
function forRoute(entry, provider) {
    const at = entry.lastIndexOf('@');
    if (at < 0)
        return entry;
    return entry.slice(at + 1).toLowerCase() === provider ? entry.slice(0, at) : undefined;
}
/** How far apart two ids may be, relative to the longer one, and still be suggested. */
const MAX_RELATIVE_DISTANCE = 0.4;
/**
 * Up to `limit` ids of `available` closest to `wanted`, closest first: the same id in another case, then small
 * edits and ids that contain it (or it them). Vendor prefixes (`openai/gpt-4o` on OpenRouter) are ignored.
 */
function closestModelIds(wanted, available, limit = 3) {
    const target = wanted.toLowerCase();
    return available
        .map((id) => ({ id, score: closeness(target, id.toLowerCase()) }))
        .filter((c) => c.score <= MAX_RELATIVE_DISTANCE)
        .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
        .slice(0, limit)
        .map((c) => c.id);
}
/**
 * 0 for the same id ignoring case; else the edit distance relative to the longer id, or, when one contains the
 * other, half their relative length difference if that is smaller (`gpt-4o-min` is close to `gpt-4o-mini`).
 */
function closeness(wanted, id) {
    const bare = id.slice(id.lastIndexOf('/') + 1);
    if (wanted === id || wanted === bare)
        return 0;
    const longer = Math.max(wanted.length, bare.length);
    const edits = Math.min(editDistance(wanted, id), editDistance(wanted, bare)) / longer;
    const contained = Math.min(bare.length, wanted.length) >= 3 && (bare.includes(wanted) || wanted.includes(bare));
    return contained ? Math.min(edits, Math.abs(bare.length - wanted.length) / longer / 2) : edits;
}
/** Levenshtein distance, two rows. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: ./src/probes/support.ts
var probes_support = __webpack_require__(2156);
;// CONCATENATED MODULE: ./src/probes/probes.ts









/** Header values cannot hold spaces or control characters; such a key is reported, never sent. */
const SENDABLE_KEY = /^[\x21-\x7e]+$/;
/** Probes one target. Never throws for anything the network or the provider does. */
async function probeTarget(target, ctx) {
    const key = target.key.trim();
    const keyMasked = (0,redact/* maskSecret */.$l)(key);
    const described = { target, key, keyMasked, timeoutMs: ctx.timeoutMs };
    const nothingSent = (verdicts) => ({ target: target.id, keyMasked, steps: [], verdicts });
    if (!SENDABLE_KEY.test(key))
        return nothingSent((0,describe/* settle */.G9)(probes_cases/* KEY_MALFORMED */.yX, (0,describe/* caseData */.dG)(described, { method: 'GET', url: target.chatUrl })));
    const modelsUrl = target.modelsUrl !== undefined ? target.modelsUrl : target.hostProvider?.modelsPath === null ? null : modelsUrlFor(target.chatUrl);
    for (const url of modelsUrl ? [modelsUrl, target.chatUrl] : [target.chatUrl]) {
        const permission = (0,policy/* isProbeAllowed */.x)(url, ctx.policy);
        if (!permission.allowed) {
            return nothingSent((0,describe/* settle */.G9)(probes_cases/* HOST_NOT_ALLOWED */.WR, (0,describe/* caseData */.dG)(described, { method: 'GET', url }, { reason: permission.reason })));
        }
    }
    const session = new Session(target, key, described, ctx);
    let listed;
    if (modelsUrl) {
        const models = await session.step('models', request('GET', modelsUrl, authOf(target, modelsUrl), key));
        if (!models.proceed)
            return session.result(keyMasked);
        listed = models.facts?.modelIds;
        if (listed)
            session.checkModels(listed, models.data);
    }
    const realModel = ctx.chat ? target.models.find((m) => !listed || listed.includes(m)) : undefined;
    if (realModel)
        await session.chat('chat-real', realModel);
    else
        await session.chat('chat-free', probes_cases/* MADE_UP_MODEL */.yT);
    return session.result(keyMasked, listed);
}
/** The steps of one probe and what they concluded; later verdicts on a subject replace earlier ones. */
class Session {
    target;
    key;
    described;
    ctx;
    steps = [];
    verdicts = [];
    keyMismatch;
    constructor(target, key, described, ctx) {
        this.target = target;
        this.key = key;
        this.described = described;
        this.ctx = ctx;
        this.keyMismatch = (0,key_match/* isKeyProviderMismatch */.B)(target.keyMatch, target.hostProvider);
    }
    /** Sends one request, records it, and settles what its answer says. */
    async step(kind, req, model) {
        const at = this.ctx.clock().toISOString();
        const judge = (exchange, facts) => classify({ step: kind, url: req.url, exchange, facts, hostProviderId: this.target.hostProvider?.id, keyMismatch: this.keyMismatch });
        const { exchange, attempts } = await this.ctx.send(req, (answer) => judge(answer, readAnswer(answer)).retry === true);
        const facts = exchange.kind === 'answer' ? readAnswer(exchange) : undefined;
        const probeCase = judge(exchange, facts);
        const data = (0,describe/* caseData */.dG)(this.described, { method: req.method, url: req.url, exchange, facts }, { model: model ?? '' });
        const index = this.steps.push(this.record({ kind, req, model, at, attempts, exchange, facts, probeCase, data })) - 1;
        this.verdicts.push(...(0,describe/* settle */.G9)(probeCase, data, { step: index, ...(model !== undefined && kind === 'chat-real' && { model }) }));
        return { case: probeCase, facts, data, proceed: probeCase.outcome === 'verified' || probeCase.proceed === true };
    }
    /** A chat request; a model that refuses `max_tokens` gets one more try with `max_completion_tokens`. */
    async chat(kind, model) {
        const { chatUrl } = this.target;
        const auth = authOf(this.target, chatUrl);
        const first = await this.step(kind, request('POST', chatUrl, auth, this.key, chatBody(chatUrl, model, 'max_tokens')), model);
        if (first.case.id === 'tokenLimitRefused' && !isMessagesRoute(chatUrl)) {
            await this.step(kind, request('POST', chatUrl, auth, this.key, chatBody(chatUrl, model, 'max_completion_tokens')), model);
        }
    }
    /** Each configured model is in the list, or missing with the closest ids as suggestions. */
    checkModels(listed, data) {
        const step = this.steps.length - 1;
        for (const model of this.target.models) {
            if (listed.includes(model)) {
                this.verdicts.push(...(0,describe/* settle */.G9)(probes_cases/* MODEL_LISTED */.wc, { ...data, model }, { step, model }));
                continue;
            }
            const closest = closestModelIds(model, listed).map((id) => (0,redact/* cleanDetail */.n4)(id, this.key, 80));
            const suggestions = closest.length ? `; closest: ${closest.join(', ')}` : '';
            this.verdicts.push(...(0,describe/* settle */.G9)(probes_cases/* MODEL_MISSING */.p0, { ...data, model, suggestions }, { step, model }));
        }
    }
    result(keyMasked, listed) {
        const modelIds = listed?.map((id) => (0,redact/* cleanDetail */.n4)(id, this.key, 200));
        return { target: this.target.id, keyMasked, steps: this.steps, verdicts: latestPerSubject(this.verdicts), ...(modelIds && { modelIds }) };
    }
    record(step) {
        const { exchange, facts, req } = step;
        const answered = exchange.kind === 'answer';
        const code = answered ? facts?.codes.find((c) => !/^\d+$/.test(c)) : exchange.detail;
        return {
            kind: step.kind,
            method: req.method,
            url: (0,describe/* displayUrl */.Qy)(req.url),
            at: step.at,
            attempts: step.attempts,
            elapsedMs: exchange.elapsedMs,
            ...(step.model !== undefined && { model: step.model }),
            ...(answered ? { status: exchange.status } : { failure: exchange.failure }),
            ...(code !== undefined && { errorCode: (0,redact/* cleanDetail */.n4)(code, this.key, 60) }),
            ...(facts?.message !== undefined && { message: step.data.detail }),
            requestIds: answered ? (0,probes_support/* requestIdsOf */.vV)(exchange.headers, facts, this.target.hostProvider, this.key) : [],
            caseId: step.probeCase.id,
            ...(answered && exchange.truncated && { truncated: true })
        };
    }
}
/** The last verdict per subject (and per model for model verdicts), in first-seen order. */
function latestPerSubject(verdicts) {
    const latest = new Map();
    for (const verdict of verdicts)
        latest.set(`${verdict.rule}\u0000${verdict.model ?? ''}`, verdict);
    return [...latest.values()];
}
/**
 * Whether the probe can call `chatUrl`: an OpenAI-compatible `…/chat/completions` or Anthropic `…/messages` route with
 * no placeholder left in it (NextChat's Azure `{deployment}` until CUSTOM_MODELS names one, Gemini's native `{model}`).
 */
function isProbeableChatUrl(chatUrl) {
    if (/[{}]/.test(chatUrl))
        return false;
    try {
        return /\/(chat\/completions|messages)\/?$/.test(new URL(chatUrl).pathname);
    }
    catch {
        return false;
    }
}
/**
 * The models list next to a chat route: `…/chat/completions` or `…/messages` → `…/models` (query kept: Azure's
 * `api-version`). Azure deployment routes have no such sibling: null.
 */
function modelsUrlFor(chatUrl) {
    const url = new URL(chatUrl);
    const route = /\/(chat\/completions|messages)\/?$/.exec(url.pathname);
    if (!route || url.pathname.includes('/deployments/'))
        return null;
    return `${url.origin}${url.pathname.slice(0, route.index)}/models${url.search}`;
}
/**
 * The auth header a client sends along its chat route `chatUrl` (and to `url` on the same API, the models list by
 * default): Azure `api-key`; Anthropic's native route (`…/messages`) `x-api-key`, and its `/models` too; nothing for
 * providers that take no key; Bearer everywhere else (OpenAI-compatible routes).
 */
function authFor(chatUrl, provider, url = chatUrl) {
    if (provider?.auth === 'api-key' || provider?.auth === 'none')
        return provider.auth;
    if (isMessagesRoute(chatUrl) || (provider?.id === 'anthropic' && /\/models\/?$/.test(new URL(url).pathname)))
        return 'x-api-key';
    return 'bearer';
}
const authOf = (target, url) => target.auth ?? authFor(target.chatUrl, target.hostProvider, url);
const isMessagesRoute = (url) => /\/messages\/?$/.test(new URL(url).pathname);
function request(method, url, auth, key, body) {
    return {
        method,
        url,
        headers: {
            accept: 'application/json',
            // new-api localises its errors; English ones are the ones the table knows best.
            'accept-language': 'en',
            'user-agent': 'llm-env-lint-probe',
            ...(body !== undefined && { 'content-type': 'application/json' }),
            ...authHeaders(auth, key)
        },
        ...(body !== undefined && { body })
    };
}
function authHeaders(auth, key) {
    switch (auth) {
        case 'bearer':
            return { authorization: `Bearer ${key}` };
        case 'x-api-key':
            return { 'x-api-key': key, 'anthropic-version': '2023-06-01' };
        case 'api-key':
            return { 'api-key': key };
        case 'x-goog-api-key':
            return { 'x-goog-api-key': key };
        case 'none':
            return {};
    }
}
/** A one-word prompt and a one-token limit; Anthropic's Messages API wants `max_tokens`, always. */
function chatBody(url, model, limit) {
    const messages = [{ role: 'user', content: 'ping' }];
    if (isMessagesRoute(url))
        return JSON.stringify({ model, max_tokens: 1, messages });
    return JSON.stringify({ model, messages, [limit]: 1, stream: false });
}

;// CONCATENATED MODULE: ./src/probes/run.ts
/**
 * Probes many targets at once: a concurrency cap, one overall budget, and each distinct request sent once per run
 * (deployments sharing a key and base URL share the answer instead of counting twice against a rate limit).
 */





/** Probes every target; results come back in the order of `targets`. Never rejects for network or provider trouble. */
async function runProbes(targets, options) {
    const timeoutMs = options.timeoutMs ?? limits/* PROBE_DEFAULTS */.ic.timeoutMs;
    const deadline = startDeadline(options.budgetMs ?? limits/* PROBE_DEFAULTS */.ic.budgetMs);
    const ctx = {
        policy: options.policy,
        send: createSender({ ...options, transport: capped(options.transport, options.maxRequests ?? limits/* PROBE_DEFAULTS */.ic.maxRequests), timeoutMs, deadline }),
        timeoutMs,
        chat: options.chat ?? false,
        clock: options.clock ?? (() => new Date())
    };
    return mapConcurrently(targets, options.concurrency ?? limits/* PROBE_DEFAULTS */.ic.concurrency, (target) => probeTarget(target, ctx));
}
/**
 * A {@link Sender} that sends each distinct request once (concurrent askers share the promise) and refuses, as a
 * last line of defence, any URL the policy does not allow: such a request is a bug, never a probe outcome.
 */
function createSender(options) {
    const sent = new Map();
    return (request, isTransient) => {
        const permission = (0,policy/* isProbeAllowed */.x)(request.url, options.policy);
        if (!permission.allowed)
            throw new Error(`refusing to send a key to a URL the probe policy does not allow: ${permission.reason}`);
        const id = requestIdentity(request);
        let answer = sent.get(id);
        if (!answer) {
            answer = sendWithRetries(request, {
                transport: options.transport,
                timeoutMs: options.timeoutMs,
                maxBodyBytes: options.maxBodyBytes ?? limits/* PROBE_DEFAULTS */.ic.maxBodyBytes,
                deadline: options.deadline,
                retry: options.retry ?? DEFAULT_RETRY,
                isTransient
            });
            sent.set(id, answer);
        }
        return answer;
    };
}
/**
 * A transport that sends at most `max` requests: every request carries a key, and a repository with a thousand
 * deployments (or a pull request that adds them) must not make one run send it a thousand times.
 */
function capped(transport, max) {
    let sent = 0;
    return (request, limits) => sent++ < max ? transport(request, limits) : Promise.resolve({ kind: 'failure', failure: 'budget', detail: `probe-max-requests (${max}) reached`, elapsedMs: 0 });
}
/** A digest, so the map holds no key in clear. */
function requestIdentity(request) {
    const headers = Object.entries(request.headers).sort(([a], [b]) => a.localeCompare(b));
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([request.method, request.url, headers, request.body ?? ''])).digest('hex');
}
/** `work` over `items` with at most `limit` running at once; results in input order. */
async function mapConcurrently(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/clients/effective-url.ts
var effective_url = __webpack_require__(9149);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/core/url.ts
var url = __webpack_require__(38);
// EXTERNAL MODULE: ./src/rules/entries.ts
var entries = __webpack_require__(4023);
// EXTERNAL MODULE: ./src/sources/entry.ts
var sources_entry = __webpack_require__(8518);
;// CONCATENATED MODULE: ./src/probes/targets.ts
/**
 * What to probe: one target per key the repository's deployments reference and the route their client builds from
 * the paired base URL. Keys never come from the repository (a committed key is `leaked-key`'s business): they come
 * from the run (the action's `api-key` and `secrets` inputs, the CLI's environment). Pure.
 */







/** The id of the target built from the `api-key` and `base-url` inputs alone. */
const INPUT_TARGET_ID = 'inputs';
/** References whose value the run may hold: workflow secrets and shell variables (`${X}` in .env and compose). */
const KEY_CONTEXTS = new Set(['secrets', 'shell']);
/**
 * The targets for a repository. With `apiKey` and `baseUrl`, one target from the inputs; otherwise one per key
 * reference of each deployment scope (each item of a key list), with `apiKey` standing in for every reference.
 */
function planProbes(model, source, catalog) {
    const plan = new PlanBuilder(source, catalog);
    if (source.baseUrl !== undefined)
        plan.addInputTarget(model);
    else
        for (const scope of model.scopes)
            for (const pair of scope.pairs)
                plan.addPair(scope, pair);
    if (plan.isEmpty())
        plan.skip(`nothing to probe: no setting of the repository references a key${source.apiKey ? '; give a base URL too to probe the key alone' : ''}`);
    return plan.build();
}
/** Collects targets and notices, each once (a `.env` file is read on its own and as a compose `env_file`). */
class PlanBuilder {
    source;
    catalog;
    targets = new Map();
    skipped = new Set();
    constructor(source, catalog) {
        this.source = source;
        this.catalog = catalog;
    }
    /** The `api-key` / `base-url` / `model` inputs alone, anchored at the setting holding the same base URL if any. */
    addInputTarget(model) {
        const base = this.source.baseUrl;
        if (!this.source.apiKey)
            return this.skip(`${base}: not probed, no key was given for it`);
        const site = settingWithBase(model, base);
        const variable = site?.pair.baseUrlVar ?? model.client.profile.baseUrlVars.find((v) => isProbeableChatUrl((0,effective_url/* effectiveUrl */.ZT)(base, v).url));
        if (!variable)
            return this.skip(`${base}: not probed, ${model.client.profile.name} builds no chat route from a base URL`);
        const anchor = site
            ? { file: site.entry.file, span: (0,entries/* valueSpan */.MK)(site.entry), entry: site.entry, scope: site.scope.id }
            : { file: this.source.inputsFile ?? '', span: (0,core_text/* lineSpan */.ZX)(1) };
        this.add({ id: INPUT_TARGET_ID, key: this.source.apiKey, base, variable, models: site ? modelsOf(site.scope, site.pair, this.source) : inputModels(this.source), anchor }, 'the base-url input');
    }
    /** Every key of one pairing whose value the run holds. */
    addPair(scope, pair) {
        const key = pair.key;
        if (!key?.ref || key.form !== 'reference' || !KEY_CONTEXTS.has(key.ref.context))
            return;
        const where = `${key.key} in ${scope.id}`;
        const value = this.source.apiKey ?? this.source.valueFor(key.ref);
        if (!value?.trim())
            return this.skip(`${where}: not probed, ${key.ref.name} is empty or missing in ${this.source.origin}`);
        const base = baseOf(pair, this.source);
        if (!pair.baseUrlVar || base === undefined)
            return this.skip(`${where}: not probed, the base URL it is sent to is not known`);
        const keys = this.source.apiKey ? [value] : itemsOf(value, pair.keyVar);
        const anchor = { file: key.file, span: (0,entries/* valueSpan */.MK)(key), entry: key, scope: scope.id };
        keys.forEach((item, index) => {
            const id = `${scope.id}|${key.key}${keys.length > 1 ? `#${index + 1}` : ''}`;
            this.add({ id, key: item, base, variable: pair.baseUrlVar, models: modelsOf(scope, pair, this.source), anchor }, where);
        });
    }
    skip(notice) {
        this.skipped.add(notice);
    }
    isEmpty() {
        return this.targets.size === 0 && this.skipped.size === 0;
    }
    build() {
        return { targets: [...this.targets.values()], skipped: [...this.skipped] };
    }
    add(spec, where) {
        const chatUrl = (0,effective_url/* effectiveUrl */.ZT)(spec.base, spec.variable).url;
        if (!isProbeableChatUrl(chatUrl))
            return this.skip(`${where}: not probed, the client's route for ${spec.variable.name} is not an OpenAI-compatible or Anthropic chat route`);
        const { anchor } = spec;
        const identity = [anchor.file, anchor.span.start.line, anchor.span.start.column, chatUrl, spec.key].join('\u0000');
        if (this.targets.has(identity))
            return;
        const hostProvider = this.catalog.byHost(new URL(chatUrl).hostname)?.provider;
        const keyMatch = this.catalog.identifyKey(spec.key);
        this.targets.set(identity, {
            id: spec.id,
            key: spec.key,
            baseUrl: spec.base,
            chatUrl,
            ...(hostProvider && { hostProvider }),
            ...(keyMatch && { keyMatch }),
            models: spec.models,
            anchor
        });
    }
}
/** The base URL a pairing sends its key to: the setting's value (or the run's, for a reference), else the client's default. */
function baseOf(pair, source) {
    const entry = pair.baseUrl;
    if (!entry)
        return pair.baseUrlVar?.defaultUrl;
    const value = (0,sources_entry/* effectiveValue */.FB)(entry) ?? (entry.ref && KEY_CONTEXTS.has(entry.ref.context) ? source.valueFor(entry.ref) : undefined);
    return value?.trim() || undefined;
}
/** A key list (NextChat `OPENAI_API_KEY=k1,k2`) as the client splits it. */
function itemsOf(value, keyVar) {
    const items = keyVar?.listSeparator ? value.split(keyVar.listSeparator) : [value];
    return items.map((item) => item.trim()).filter((item) => item !== '');
}
/** The models the `model` input names. */
const inputModels = (source) => configuredModels({ ...(source.model !== undefined && { model: source.model }) });
/**
 * The models a pairing's route must serve: the `model` input, then the scope's `DEFAULT_MODEL` (or the pairing's
 * own model setting) and `CUSTOM_MODELS`, keeping only entries for the route's provider (`claude@anthropic` goes
 * to NextChat's Anthropic route, not to `BASE_URL`).
 */
function modelsOf(scope, pair, source) {
    const named = (name) => {
        const entry = scope.entries.find((e) => e.key === name);
        return entry && (0,sources_entry/* effectiveValue */.FB)(entry);
    };
    const own = pair.model && pair.model.key !== 'CUSTOM_MODELS' ? (0,sources_entry/* effectiveValue */.FB)(pair.model) : undefined;
    const defaultModel = named('DEFAULT_MODEL') ?? own;
    const customModels = named('CUSTOM_MODELS');
    return configuredModels({
        ...(source.model !== undefined && { model: source.model }),
        ...(defaultModel !== undefined && { defaultModel }),
        ...(customModels !== undefined && { customModels })
    }, pair.baseUrlVar?.provider ?? 'openai');
}
/** The setting (in its own variable's pairing) whose base URL is `base`, ignoring one trailing slash. */
function settingWithBase(model, base) {
    const wanted = (0,url/* withoutTrailingSlashes */.A$)(base);
    for (const scope of model.scopes) {
        for (const pair of scope.pairs) {
            const entry = pair.baseUrl;
            const value = entry && (0,sources_entry/* effectiveValue */.FB)(entry);
            if (entry && pair.baseUrlVar?.name === entry.key && value !== undefined && (0,url/* withoutTrailingSlashes */.A$)(value.trim()) === wanted)
                return { scope, pair, entry };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/probes/step.ts
/**
 * The probe step of the pipeline, between the scan and the report: plan the targets from the scanned model, probe
 * them, and hand back their reports (for the engine to finalise like the rules') and their summaries (for the
 * reports' probe section). The network is reached only through the transport.
 */







/**
 * A probe is at most three requests (models, chat, the chat again with `max_completion_tokens`), each tried twice:
 * the overall budget lets every one of them time out before it cuts the run short.
 */
const REQUESTS_PER_PROBE = 6;
/** Probes the keys behind the repository's settings. Never rejects for network or provider trouble. */
async function probeStep(model, catalog, options) {
    const plan = planProbes(model, options.keys, catalog);
    const results = await runProbes(plan.targets, {
        transport: options.transport ?? createNodeTransport({ ...(options.proxy && { proxy: options.proxy }) }),
        policy: { extraHosts: options.hosts },
        chat: options.chat,
        timeoutMs: options.timeoutMs,
        budgetMs: Math.max(limits/* PROBE_DEFAULTS */.ic.budgetMs, REQUESTS_PER_PROBE * options.timeoutMs),
        ...(options.maxRequests !== undefined && { maxRequests: options.maxRequests })
    });
    const scopeLabels = new Map(model.scopes.map((scope) => [scope.id, scope.label]));
    return {
        reports: results.flatMap((r, i) => probeReports(r, plan.targets[i], { failOnIndeterminate: options.failOnIndeterminate })),
        probes: probeSummaries(results, plan.targets, scopeLabels),
        notices: plan.skipped
    };
}
/** The probes as the reports show them, in target order. `scopeLabels` names scopes by id. */
function probeSummaries(results, targets, scopeLabels) {
    return results.map((result, i) => {
        const target = targets[i];
        // The engine only hands out masked keys; masking again costs nothing and keeps a slip from leaking.
        const safe = (text) => (0,redact/* scrubSecrets */.Zg)(text, [target.key]);
        const checks = result.verdicts.map((verdict) => {
            const support = verdict.outcome === 'verified' ? undefined : (0,probes_support/* supportInfo */.Ev)(result, verdict, target);
            return {
                rule: verdict.rule,
                outcome: verdict.outcome,
                explanation: safe(verdict.explanation),
                nextStep: safe(verdict.nextStep),
                ...(verdict.model !== undefined && { model: safe(verdict.model) }),
                ...(support && { support })
            };
        });
        const scope = target.anchor.scope === undefined ? undefined : scopeLabels.get(target.anchor.scope);
        return {
            name: target.id === INPUT_TARGET_ID ? 'api-key input' : (target.anchor.entry?.key ?? target.id),
            file: target.anchor.file,
            ...(scope !== undefined && { scope }),
            key: result.keyMasked,
            baseUrl: (0,probes_support/* shownBaseUrl */.sd)(target),
            outcome: overallOutcome(checks.map((c) => c.outcome)),
            checks
        };
    });
}
/** Rejected beats indeterminate beats verified. */
function overallOutcome(outcomes) {
    if (outcomes.includes('rejected'))
        return 'rejected';
    return outcomes.includes('indeterminate') ? 'indeterminate' : 'verified';
}


/***/ }),

/***/ 2156:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ supportInfo),
/* harmony export */   O3: () => (/* binding */ formatSupportBlock),
/* harmony export */   sd: () => (/* binding */ shownBaseUrl),
/* harmony export */   vV: () => (/* binding */ requestIdsOf)
/* harmony export */ });
/* unused harmony export REQUEST_ID_HEADERS */
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1286);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2258);


/**
 * Response headers that identify a request (providers.md §6): OpenAI, Groq, vLLM `x-request-id`; Anthropic
 * `request-id`; one-api/new-api `x-oneapi-request-id` and `x-upstream-request-id`; Azure `apim-request-id`; LiteLLM
 * `x-litellm-call-id`; Cloudflare `cf-ray` and AI Gateway `cf-aig-log-id`; Vercel `x-vercel-id`; Volcengine `x-tt-logid`.
 */
const REQUEST_ID_HEADERS = [
    'x-request-id',
    'request-id',
    'x-oneapi-request-id',
    'x-upstream-request-id',
    'apim-request-id',
    'x-litellm-call-id',
    'cf-aig-log-id',
    'cf-ray',
    'x-vercel-id',
    'x-tt-logid'
];
/** The request ids an answer carries, from its headers (the list above plus the provider's own) and its body. */
function requestIdsOf(headers, facts, provider, key) {
    const names = [...new Set([...REQUEST_ID_HEADERS, ...(provider?.requestIdHeaders ?? []).map((h) => h.toLowerCase())])];
    const ids = names.filter((name) => headers[name]).map((name) => ({ name, value: (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanDetail */ .n4)(headers[name], key, 120) }));
    if (facts?.bodyRequestId && !ids.some((id) => id.value === facts.bodyRequestId)) {
        ids.push({ name: 'body', value: (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanDetail */ .n4)(facts.bodyRequestId, key, 120) });
    }
    return ids;
}
/** The support facts behind a verdict, or undefined when no request was sent (host not allowed, malformed key). */
function supportInfo(result, verdict, target) {
    const step = verdict.step === undefined ? undefined : result.steps[verdict.step];
    if (!step)
        return undefined;
    return {
        time: step.at,
        request: `${step.method} ${step.url}`,
        baseUrl: shownBaseUrl(target),
        ...(step.model !== undefined && { model: step.model }),
        ...(step.status !== undefined && { status: step.status }),
        ...(step.errorCode !== undefined && { errorCode: step.errorCode }),
        ...(step.failure !== undefined && { failure: step.failure }),
        requestIds: step.requestIds,
        key: result.keyMasked,
        ...(target.keyMatch && { keyProvider: target.keyMatch.provider.name })
    };
}
/**
 * A target's base URL as it may be shown: origin and path as configured (no `/` added to a bare host), scrubbed of
 * any fragment of the key.
 */
function shownBaseUrl(target) {
    const shown = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Qy)(target.baseUrl);
    const asWritten = target.baseUrl.endsWith('/') ? shown : shown.replace(/\/$/, '');
    return (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanDetail */ .n4)(asWritten || target.baseUrl, target.key, 300);
}
/** Plain-text lines, one fact per line, ready for a code block in a comment or summary. */
function formatSupportBlock(info) {
    const lines = [
        ['Time (UTC)', info.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z')],
        ['Request', info.request],
        ['Base URL', info.baseUrl],
        ['Model', info.model],
        ['HTTP status', info.status === undefined ? `no answer (${info.failure ?? 'unknown'})` : String(info.status)],
        ['Error code', info.errorCode],
        ['Request id', info.requestIds.length ? info.requestIds.map((id) => `${id.name}: ${id.value}`).join('; ') : 'none in the answer'],
        ['API key', info.keyProvider ? `${info.key} (${info.keyProvider})` : info.key]
    ];
    const width = Math.max(...lines.map(([label]) => label.length)) + 2;
    return lines
        .filter((line) => line[1] !== undefined)
        .map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`)
        .join('\n');
}


/***/ })

};

//# sourceMappingURL=4481.index.js.map