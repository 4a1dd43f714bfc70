export const id = 9444;
export const ids = [9444];
export const modules = {

/***/ 1075:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ extractFingerprints),
/* harmony export */   UI: () => (/* binding */ fingerprintedPaths),
/* harmony export */   ck: () => (/* binding */ dockerImageFingerprint),
/* harmony export */   mH: () => (/* binding */ mayFingerprint)
/* harmony export */ });
/* unused harmony export codeDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_path_patterns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7530);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3745);
/**
 * Repository evidence of which client is deployed. Only a handful of paths are read; every other file
 * returns no fingerprints after one look at its name.
 *
 * Fingerprint values:
 * - `package-name`: the `name` of a package.json, lower-cased;
 * - `package-dependency`: a dependency some profile looks for (`openai`, `@anthropic-ai/sdk`,
 *   `github.com/openai/openai-go`), from package.json, requirements*.txt, pyproject.toml or go.mod, lower-cased;
 * - `path-constant`: `NAME=value` from NextChat's `app/constant.ts` (`OpenaiPath.ChatPath=v1/chat/completions`,
 *   `OPENAI_BASE_URL=https://api.openai.com`);
 * - `docker-image`: an image from a Dockerfile `FROM`, lower-cased, without registry `docker.io/`, tag or
 *   digest (`yidadaa/chatgpt-next-web`, `ghcr.io/open-webui/open-webui`); the images of compose services,
 *   Kubernetes containers and Helm values come from their parsers, which know the scope each belongs to
 *   ({@link dockerImageFingerprint});
 * - `file-present`: the path of a file that identifies a client (`librechat.yaml`, `.continue/config.yaml`),
 *   for generic paths only when a marker inside confirms it (`app/config/server.ts` with `getServerSideConfig`).
 *
 * A NextChat fork's own server code tells how that fork reads its settings (`adaptNextChatFork` in detect.ts); these
 * name no client and only adapt the profile of one already chosen:
 * - `source-file`: a server file of NextChat's that was read (`app/config/server.ts`, `app/api/common.ts`), as the app
 *   path (the part from `app/` on);
 * - `env-read`: a variable such a file reads (`process.env.OPENAI_BASE_URL`);
 * - `flag-read`: a flag the server config reads with upstream's own expression (`!!process.env.HIDE_USER_API_KEY`);
 * - `code-digest`: `app/api/auth.ts=<digest>`, the fingerprint of a file that gates the server's keys.
 */




/** Dependencies worth reporting: those some profile fingerprints on. */
const dependencyPatterns = Object.values(_profiles_index_js__WEBPACK_IMPORTED_MODULE_1__/* .clientProfiles */ .k)
    .flatMap((profile) => profile.fingerprints)
    .filter((fp) => fp.type === 'package-dependency')
    .map((fp) => new RegExp(fp.pattern));
const isKnownDependency = (name) => dependencyPatterns.some((re) => re.test(name));
const fingerprint = (type, value, file) => ({ type, value, file: file.path });
/** Files identified by their path alone. */
const PRESENCE = /(?:^|\/)(?:librechat\.ya?ml|\.continue\/.+|\.claude\/settings(?:\.local)?\.json)$/;
/** NextChat's one route for every provider, which sends each request through its handler's `auth()`. */
const NEXTCHAT_PROVIDER_ROUTE = 'app/api/[provider]/[...path]/route.ts';
/** A path that is `suffix` or ends with `/suffix` (monorepos keep apps in subfolders). */
const endingIn = (suffix) => new RegExp(`(?:^|/)${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeRegExp */ .Nt)(suffix)}$`);
/**
 * The files that tell something, by a pattern of the base name or of the whole path, and how each is read: the first
 * that matches chooses. Every other file tells nothing.
 */
const extractors = [
    { name: /^package\.json$/, extract: fromPackageJson },
    { name: /^requirements[\w.-]*\.txt$/, extract: fromRequirements },
    { name: /^pyproject\.toml$/, extract: fromPyproject },
    { name: /^go\.mod$/, extract: fromGoMod },
    { name: /^(?:Dockerfile(?:\..+)?|.+\.[Dd]ockerfile)$/, extract: fromDockerfile },
    { path: endingIn('app/constant.ts'), extract: fromNextChatConstants },
    { path: endingIn('app/utils/cloudflare.ts'), extract: fromNextChatCloudflare },
    { path: endingIn('app/config/server.ts'), extract: fromNextChatServerConfig },
    { path: endingIn(NEXTCHAT_PROVIDER_ROUTE), extract: fromNextChatServerFile },
    { path: /(?:^|\/)app\/api\/[^/]+\.ts$/, extract: fromNextChatServerFile },
    { path: endingIn('service/src/chatgpt/index.ts'), extract: presentIf(/\bOPENAI_API_BASE_URL\b/) },
    { path: PRESENCE, extract: (file) => [fingerprint('file-present', file.path, file)] }
];
/** Every extractor's patterns joined: exactly the paths some extractor takes ({@link mayFingerprint}). */
const fingerprintedPaths = {
    names: (0,_core_path_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .anyOf */ .EB)(extractors.flatMap((extractor) => extractor.name ?? [])),
    paths: (0,_core_path_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .anyOf */ .EB)(extractors.flatMap((extractor) => extractor.path ?? []))
};
/** Whether a file may hold fingerprints, judged by its path alone. */
const mayFingerprint = (path) => (0,_core_path_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesPath */ .$h)(fingerprintedPaths, path);
/** The extractor for a file, chosen by path; undefined for the files that tell nothing (two regex tests). */
function extractorFor(path) {
    if (!mayFingerprint(path))
        return undefined;
    const name = path.slice(path.lastIndexOf('/') + 1);
    return extractors.find((extractor) => extractor.name?.test(name) || extractor.path?.test(path))?.extract;
}
/** Fingerprints of one file. Cheap: only a few known paths are read at all. */
function extractFingerprints(file) {
    return extractorFor(file.path)?.(file) ?? [];
}
function fromPackageJson(file) {
    let pkg;
    try {
        pkg = JSON.parse(file.text);
    }
    catch {
        return []; // the parsers report broken JSON; detection just learns nothing here
    }
    if (typeof pkg !== 'object' || pkg === null)
        return [];
    const record = pkg;
    const found = [];
    if (typeof record['name'] === 'string')
        found.push(fingerprint('package-name', record['name'].toLowerCase(), file));
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
        const deps = record[field];
        if (typeof deps !== 'object' || deps === null)
            continue;
        for (const dep of Object.keys(deps)) {
            const name = dep.toLowerCase();
            if (isKnownDependency(name))
                found.push(fingerprint('package-dependency', name, file));
        }
    }
    return found;
}
/** `openai>=1.0`, `anthropic[bedrock]==0.40` → `openai`, `anthropic`. */
function fromRequirements(file) {
    const found = [];
    for (const m of file.text.matchAll(/^[ \t]*([A-Za-z0-9][A-Za-z0-9_.-]*)([^\n#]*)/gm)) {
        const name = m[1].toLowerCase();
        // openai-python 0.x read OPENAI_API_BASE, not OPENAI_BASE_URL (openai-python#745): not the SDK profile's app.
        if (name === 'openai' && PINNED_BELOW_1.test(m[2]))
            continue;
        if (isKnownDependency(name))
            found.push(fingerprint('package-dependency', name, file));
    }
    return found;
}
/** `==0.28.0`, `<1`, `~=0.27`, `<=0.28.1`: a pin that keeps an SDK on its 0.x line. */
const PINNED_BELOW_1 = /^\s*(?:\[[^\]]*\])?\s*(?:==\s*0\.|~=\s*0\.|<\s*1(?:\.0)*\b|<=\s*0\.)/;
/**
 * Dependencies in a pyproject.toml, PEP 621 (`dependencies = ["openai>=1"]`) or Poetry (`openai = "^1.40"`):
 * quoted requirement strings and `name =` keys under dependency tables. A light scan: the names are what
 * matters, and a name outside a dependency list (`name = "openai-bot"`) is not a known dependency anyway.
 */
function fromPyproject(file) {
    const found = new Set();
    for (const m of file.text.matchAll(/["']([A-Za-z0-9][A-Za-z0-9_.-]*)(?:\[[^\]]*\])?\s*(?:[<>=!~;,]|["'])/g))
        found.add(m[1].toLowerCase());
    for (const m of file.text.matchAll(/^[ \t]*([A-Za-z0-9][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(?:["'{])/gm))
        found.add(m[1].toLowerCase());
    return [...found].filter(isKnownDependency).map((name) => fingerprint('package-dependency', name, file));
}
/** `require github.com/openai/openai-go/v3 v3.0.0` → `github.com/openai/openai-go` (the major suffix dropped). */
function fromGoMod(file) {
    const found = [];
    for (const m of file.text.matchAll(/^[ \t]*(?:require[ \t]+)?(github\.com\/[\w.-]+\/[\w.-]+)(?:\/v\d+)?[ \t]+v\d/gm)) {
        const name = m[1].toLowerCase();
        if (isKnownDependency(name))
            found.push(fingerprint('package-dependency', name, file));
    }
    return found;
}
function fromDockerfile(file) {
    return images(file, /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*([^\s#]+)/gim);
}
/**
 * A `docker-image` fingerprint for an image a parser read in a scope (a compose service, a Kubernetes
 * container); undefined for no image or one chosen at deploy time (`${IMAGE}`). `built`: the scope builds the
 * image from the repository and only names it so (compose `build:` beside `image:`).
 */
function dockerImageFingerprint(reference, file, scope, built = false) {
    const image = reference === undefined ? undefined : normalizeImage(reference.trim());
    return image ? { type: 'docker-image', value: image, file, scope, ...(built ? { built: true } : {}) } : undefined;
}
function images(file, pattern) {
    const found = [];
    for (const m of file.text.matchAll(pattern)) {
        const image = normalizeImage(m[1]);
        if (image !== undefined)
            found.push(fingerprint('docker-image', image, file));
    }
    return found;
}
/** `docker.io/Yidadaa/ChatGPT-Next-Web:v2@sha256:…` → `yidadaa/chatgpt-next-web`; `${IMAGE}` → undefined. */
function normalizeImage(reference) {
    let image = reference.toLowerCase().replace(/@.*$/, '');
    const lastSlash = image.lastIndexOf('/');
    const colon = image.indexOf(':', lastSlash + 1);
    if (colon !== -1)
        image = image.slice(0, colon);
    // Only the tag may be chosen at deploy time (`ghcr.io/open-webui/open-webui:${WEBUI_DOCKER_TAG-main}`, as Open
    // WebUI's own compose file writes it): the name before it is the image all the same. A name chosen so is not known.
    if (image === '' || image.includes('$') || image.includes('{{'))
        return undefined;
    return image.replace(/^(?:index\.)?docker\.io\//, '').replace(/^library\//, '');
}
/** NextChat's `app/constant.ts`: the OpenAI chat path a fork uses, and the default OpenAI base URL. */
function fromNextChatConstants(file) {
    const found = [];
    const chatPath = /\bOpenaiPath\s*=\s*\{[^}]*?\bChatPath\s*:\s*["'`]([^"'`]*)["'`]/.exec(file.text)?.[1];
    if (chatPath !== undefined)
        found.push(fingerprint('path-constant', `OpenaiPath.ChatPath=${chatPath}`, file));
    const baseUrl = /\bOPENAI_BASE_URL\s*=\s*["'`]([^"'`]*)["'`]/.exec(file.text)?.[1];
    if (baseUrl !== undefined)
        found.push(fingerprint('path-constant', `OPENAI_BASE_URL=${baseUrl}`, file));
    return found;
}
/**
 * NextChat's `app/utils/cloudflare.ts`, as the fingerprint of its code (comments and blanks removed, sha256, 16 hex
 * digits): a fork that rewrote it joins gateway URLs its own way (`adaptNextChatFork` in detect.ts).
 */
function fromNextChatCloudflare(file) {
    if (!/\bcloudflareAIGatewayUrl\b/.test(file.text))
        return [];
    return [fingerprint('path-constant', `cloudflareAIGatewayUrl=${codeDigest(file.text)}`, file)];
}
/** The fingerprint of a file's code: comments and blanks removed, sha256, the first 16 hex digits. */
function codeDigest(text) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').replace(/\s+/g, '');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(code).digest('hex').slice(0, 16);
}
/** The server files whose code gates the server's keys (their digests are compared with upstream's versions). */
const NEXTCHAT_GATES = new Set(['app/api/auth.ts', NEXTCHAT_PROVIDER_ROUTE]);
/** `process.env.NAME` and `process.env["NAME"]`. */
const ENV_READ = /\bprocess\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*["'`]([A-Za-z_][A-Za-z0-9_]*)["'`]\s*\])/g;
/**
 * A server file of NextChat's (`app/api/*.ts`, the provider route): the file, the variables it reads, and for the files
 * that gate the server's keys, their code's fingerprint.
 */
function fromNextChatServerFile(file) {
    const app = file.path.slice(file.path.lastIndexOf('app/'));
    const found = [fingerprint('source-file', app, file)];
    const names = new Set();
    for (const m of file.text.matchAll(ENV_READ))
        names.add((m[1] ?? m[2]));
    for (const name of names)
        found.push(fingerprint('env-read', name, file));
    if (NEXTCHAT_GATES.has(app))
        found.push(fingerprint('code-digest', `${app}=${codeDigest(file.text)}`, file));
    return found;
}
/** NextChat's flags that its server config reads with an expression of upstream's (`!!process.env.X`). */
const flagExpressions = (_profiles_index_js__WEBPACK_IMPORTED_MODULE_1__/* .clientProfiles */ .k.nextchat.flags ?? []).flatMap((f) => (f.expression === undefined ? [] : [{ name: f.name, expression: squeezed(f.expression) }]));
/** Code without blanks and with one kind of quote, for comparing expressions as written. */
function squeezed(code) {
    return code.replace(/\s+/g, '').replace(/['`]/g, '"');
}
/**
 * NextChat's `app/config/server.ts`: `file-present` when `getServerSideConfig` confirms what the generic path is, and,
 * as any of its server files, the variables it reads, plus each flag read with upstream's expression.
 */
function fromNextChatServerConfig(file) {
    const found = [...presentIf(/\bgetServerSideConfig\b/)(file), ...fromNextChatServerFile(file)];
    const code = squeezed(file.text);
    for (const { name, expression } of flagExpressions) {
        // `!!process.env.X` must not be found inside `!!process.env.X_OTHER`.
        let at = code.indexOf(expression);
        while (at !== -1 && /[A-Za-z0-9_]/.test(code[at + expression.length] ?? ''))
            at = code.indexOf(expression, at + 1);
        if (at !== -1)
            found.push(fingerprint('flag-read', name, file));
    }
    return found;
}
/** A `file-present` fingerprint when a marker inside confirms what a generic path is. */
function presentIf(marker) {
    return (file) => (marker.test(file.text) ? [fingerprint('file-present', file.path, file)] : []);
}


/***/ }),

/***/ 3745:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ clientProfiles)
});

;// CONCATENATED MODULE: ./src/clients/profiles/chatgpt-web.ts
const AT = 'Chanzhaoyu/chatgpt-web@7474b2c1';
const SERVICE_PACKAGE = { type: 'package-name', pattern: '^chatgpt-web-service$' };
const SERVICE_SOURCE = { type: 'file-present', pattern: '(?:^|/)service/src/chatgpt/index\\.ts$' };
const chatgptWeb = {
    id: 'chatgpt-web',
    name: 'chatgpt-web (Chanzhaoyu)',
    baseUrlVars: [
        // service/src/chatgpt/index.ts:77-83: `includes('/v1') ? value : value + '/v1'` since c520580 (2024-03-06);
        // before that it always appended /v1. No scheme added, no slash stripped.
        {
            name: 'OPENAI_API_BASE_URL',
            convention: 'host-root',
            family: 'openai',
            chatPath: '/chat/completions',
            provider: 'openai',
            defaultUrl: 'https://api.openai.com/v1',
            normalize: 'adds-v1-if-missing'
        },
        // The access-token (web) mode's conversation URL, used as given (index.ts:93).
        { name: 'API_REVERSE_PROXY', convention: 'verbatim', family: 'openai', chatPath: '', defaultUrl: 'https://ai.fakeopen.com/api/conversation', normalize: 'none' }
    ],
    keyVars: [
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_API_BASE_URL' },
        { name: 'OPENAI_ACCESS_TOKEN', baseUrlVar: 'API_REVERSE_PROXY' }
    ],
    modelVars: ['OPENAI_API_MODEL'],
    otherVars: [
        'AUTH_SECRET_KEY',
        'MAX_REQUEST_PER_HOUR',
        'TIMEOUT_MS',
        'SOCKS_PROXY_HOST',
        'SOCKS_PROXY_PORT',
        'SOCKS_PROXY_USERNAME',
        'SOCKS_PROXY_PASSWORD',
        'HTTPS_PROXY',
        'ALL_PROXY'
    ],
    flags: [
        { name: 'OPENAI_API_DISABLE_DEBUG', reads: 'equals', value: 'true', whenOn: 'stops logging every prompt', source: `${AT} service/src/chatgpt/index.ts:27` }
    ],
    // index.ts:40: the API mode is chosen whenever OPENAI_API_KEY is non-empty.
    shadowed: [
        { name: 'OPENAI_ACCESS_TOKEN', shadowedBy: 'OPENAI_API_KEY', source: `${AT} service/src/chatgpt/index.ts:40` },
        { name: 'API_REVERSE_PROXY', shadowedBy: 'OPENAI_API_KEY', source: `${AT} service/src/chatgpt/index.ts:40` }
    ],
    unusedVars: [
        { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'chatgpt-web reads OPENAI_API_BASE_URL' },
        { name: 'BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'BASE_URL is NextChat\'s name; chatgpt-web reads OPENAI_API_BASE_URL' }
    ],
    fingerprints: [
        // package.json:2 names the Vue front end `chatgpt-web`; the variables are read by service/ (service/package.json:2
        // `chatgpt-web-service`). The root name counts only beside that service: a rewrite that keeps the name and reads
        // the variables elsewhere (cnkang/chatgpt-web@aacd468d: apps/api with @ai-sdk/openai, no service/) is not this code.
        { type: 'package-name', pattern: '^chatgpt-web$', confirmedBy: [SERVICE_PACKAGE, SERVICE_SOURCE] },
        SERVICE_PACKAGE,
        SERVICE_SOURCE,
        { type: 'docker-image', pattern: '(?:^|/)chenzhaoyu94/chatgpt-web$' }
    ],
    // Every `process.env.X` under service/src is in this profile (`git grep process.env` at the commit: 15 names, none
    // computed); upstream's compose runs chenzhaoyu94/chatgpt-web.
    upstream: { images: ['chenzhaoyu94/chatgpt-web'], source: `${AT} docker-compose/docker-compose.yml:6 (build_docker.yml:39-41 pushes <DOCKERHUB_USERNAME>/chatgpt-web)` },
    sources: [`${AT} service/src/chatgpt/index.ts:26-93 (the /v1 rule changed in c520580, 2024-03-06)`, 'docs/clients/chatgpt-web.md']
};

;// CONCATENATED MODULE: ./src/clients/profiles/sdk.ts
/** openai-node (and openai-python v1+): `baseURL + path`, one duplicate `/` removed (src/client.ts buildURL). */
const openaiSdk = {
    id: 'openai-sdk',
    name: 'OpenAI SDK app',
    baseUrlVars: [
        { name: 'OPENAI_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
        // Names apps read themselves and pass as `baseURL` / `base_url` (below): judged as the SDK joins them, as a guess.
        { name: 'OPENAI_API_BASE', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', generic: true },
        { name: 'OPENAI_API_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', generic: true }
    ],
    keyVars: [
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' },
        { name: 'OPENAI_ADMIN_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' }
    ],
    modelVars: ['OPENAI_MODEL'], // an app convention, not read by the SDK
    otherVars: ['OPENAI_ORG_ID', 'OPENAI_PROJECT_ID', 'OPENAI_WEBHOOK_SECRET', 'OPENAI_LOG', 'OPENAI_CUSTOM_HEADERS', 'AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_API_KEY', 'OPENAI_API_VERSION'],
    // Apps read both names in their own code and hand them to the SDK (`OpenAI(base_url=os.getenv("OPENAI_API_BASE"))`,
    // common in public code); LangChain's ChatOpenAI reads OPENAI_API_BASE itself (langchain-ai/langchain
    // libs/partners/openai/langchain_openai/chat_models/base.py@00539b50: `default_factory=from_env("OPENAI_API_BASE")`).
    unusedVars: [
        { name: 'OPENAI_API_BASE', replacement: 'OPENAI_BASE_URL', reason: 'the SDK reads OPENAI_BASE_URL (OPENAI_API_BASE in openai-python v0.x only, openai-python#745)', readByApps: true },
        { name: 'OPENAI_API_BASE_URL', replacement: 'OPENAI_BASE_URL', reason: 'the OpenAI SDKs read OPENAI_BASE_URL', readByApps: true }
    ],
    fingerprints: [{ type: 'package-dependency', pattern: '^(?:openai|github\\.com/openai/openai-go)$' }],
    inApp: true,
    sources: ['openai/openai-node@7b7d6ca7 src/client.ts:489-510, 740-756']
};
/** The Anthropic SDK and Claude Code read ANTHROPIC_BASE_URL as a host root and append /v1/messages. */
const anthropicBaseUrl = {
    name: 'ANTHROPIC_BASE_URL',
    convention: 'host-root',
    family: 'anthropic',
    chatPath: '/v1/messages',
    provider: 'anthropic',
    defaultUrl: 'https://api.anthropic.com'
};
const anthropicKeyVars = [
    { name: 'ANTHROPIC_API_KEY', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_BASE_URL' }, // X-Api-Key
    { name: 'ANTHROPIC_AUTH_TOKEN', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_BASE_URL' } // Authorization: Bearer
];
const anthropicUnused = [
    { name: 'ANTHROPIC_URL', replacement: 'ANTHROPIC_BASE_URL', reason: 'ANTHROPIC_URL is NextChat\'s name; the Anthropic SDK reads ANTHROPIC_BASE_URL' }
];
const anthropicSdk = {
    id: 'anthropic-sdk',
    name: 'Anthropic SDK app',
    baseUrlVars: [anthropicBaseUrl],
    keyVars: anthropicKeyVars,
    modelVars: ['ANTHROPIC_MODEL'], // an app convention, not read by the SDK
    otherVars: ['ANTHROPIC_LOG', 'ANTHROPIC_CUSTOM_HEADERS', 'ANTHROPIC_WEBHOOK_SIGNING_KEY'],
    // An app's own code may read the name and pass it to the SDK; Claude Code, which shares the list, has no such code.
    unusedVars: anthropicUnused.map((unused) => ({ ...unused, readByApps: true })),
    fingerprints: [{ type: 'package-dependency', pattern: '^(?:@anthropic-ai/sdk|anthropic|github\\.com/anthropics/anthropic-sdk-go)$' }],
    inApp: true,
    sources: ['anthropics/anthropic-sdk-typescript@bfa9197f src/client.ts:605-627, 931-947; src/resources/messages/messages.ts:97']
};

;// CONCATENATED MODULE: ./src/clients/profiles/claude-code.ts

const claudeCode = {
    id: 'claude-code',
    name: 'Claude Code',
    baseUrlVars: [anthropicBaseUrl],
    keyVars: anthropicKeyVars,
    modelVars: ['ANTHROPIC_MODEL', 'ANTHROPIC_DEFAULT_MODEL', 'ANTHROPIC_SMALL_FAST_MODEL', 'ANTHROPIC_DEFAULT_OPUS_MODEL', 'ANTHROPIC_DEFAULT_SONNET_MODEL', 'ANTHROPIC_DEFAULT_HAIKU_MODEL'],
    otherVars: [
        'apiKeyHelper',
        'ANTHROPIC_CUSTOM_HEADERS',
        'ANTHROPIC_BEDROCK_BASE_URL',
        'ANTHROPIC_VERTEX_BASE_URL',
        'CLAUDE_CODE_USE_BEDROCK',
        'CLAUDE_CODE_USE_VERTEX',
        'CLAUDE_CODE_USE_FOUNDRY',
        'CLAUDE_CODE_USE_MANTLE',
        'ENABLE_TOOL_SEARCH',
        'API_TIMEOUT_MS',
        'CLAUDE_CODE_OAUTH_TOKEN',
        'AWS_BEARER_TOKEN_BEDROCK'
    ],
    unusedVars: anthropicUnused,
    // Users report that Claude Code loads the `.env` files of the folder it starts in (anthropics/claude-code#13489,
    // docs/clients/claude-code.md §6): its settings file says who reads that folder's `.env`, unlike Codex's config.
    fingerprints: [
        { type: 'file-present', pattern: '(?:^|/)\\.claude/settings(?:\\.local)?\\.json$' },
        { type: 'package-dependency', pattern: '^@anthropic-ai/claude-code$' }
    ],
    sources: ['code.claude.com/docs/en/env-vars; code.claude.com/docs/en/llm-gateway', 'docs/clients/claude-code.md']
};

;// CONCATENATED MODULE: ./src/clients/profiles/codex.ts
/**
 * Codex CLI. Checked at openai/codex: codex-rs/model-provider-info/src/lib.rs@05673f5e, codex-rs/config/src/
 * config_toml.rs@00e9f068, codex-rs/codex-api/src/provider.rs@001cb8e2 (`url_for_path`: trailing `/` trimmed,
 * then `/responses`); docs/clients/codex.md. `wire_api = "chat"` is no longer accepted: every provider speaks
 * the Responses API. The `OPENAI_BASE_URL` variable is no longer read either (openai/codex#16720, merged 2026-04-03:
 * "This PR removes support for `OPENAI_BASE_URL` entirely"; core/src/config/model_provider_resolution.rs@477ab797
 * takes the built-in provider's base from `openai_base_url` in config.toml only).
 */
const codex = {
    id: 'codex',
    name: 'Codex CLI',
    baseUrlVars: [
        { name: 'base_url', convention: 'includes-version', family: 'openai', chatPath: '/responses' },
        // The top-level key that moves the built-in `openai` provider (config_toml.rs).
        { name: 'openai_base_url', convention: 'includes-version', family: 'openai', chatPath: '/responses', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
        { name: 'CODEX_OSS_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/responses', provider: 'ollama', defaultUrl: 'http://localhost:11434/v1' }
    ],
    keyVars: [
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'openai_base_url' },
        // A literal token in config.toml: a committed one is a leak.
        { name: 'experimental_bearer_token', baseUrlVar: 'base_url' }
    ],
    modelVars: ['model'],
    otherVars: ['model_provider', 'env_key', 'wire_api', 'query_params', 'http_headers', 'env_http_headers', 'OPENAI_ORGANIZATION', 'OPENAI_PROJECT', 'CODEX_OSS_PORT'],
    // No replacement to rename to: the setting Codex reads is a key of config.toml, not a variable.
    unusedVars: [
        { name: 'OPENAI_BASE_URL', reason: 'Codex stopped reading it in April 2026 (openai/codex#16720) and takes the base URL from openai_base_url in .codex/config.toml', droppedOn: '2026-04-03' },
        { name: 'OPENAI_API_BASE', reason: 'Codex takes its base URL from openai_base_url in .codex/config.toml' }
    ],
    // Codex reads config.toml and the environment of the shell it runs in, and loads an env file only from its
    // home folder (`load_dotenv`: `codex_home.join(".env")`, openai/codex codex-rs/arg0/src/lib.rs@0489ee4f); it stopped
    // loading the working folder's `.env` in September 2025 (openai/codex#3184). A repository's `.env` or compose file is
    // not its settings, so nothing in a repository makes Codex the client of another file; its own config.toml is
    // Codex's by file kind.
    fingerprints: [],
    sources: [
        'openai/codex codex-rs/model-provider-info/src/lib.rs@05673f5e; codex-rs/config/src/config_toml.rs@00e9f068; codex-rs/codex-api/src/provider.rs@001cb8e2',
        'openai/codex codex-rs/core/src/config/model_provider_resolution.rs@477ab797; pull request #16720 (OPENAI_BASE_URL removed); codex-rs/arg0/src/lib.rs@0489ee4f (env file)',
        'docs/clients/codex.md'
    ]
};

;// CONCATENATED MODULE: ./src/clients/profiles/continue.ts
const continue_AT = 'continuedev/continue@d0a3c0b6';
const byProvider = (names, variant) => ({
    sibling: { name: 'provider', equals: names },
    ...variant
});
const continueDev = {
    id: 'continue',
    name: 'Continue',
    baseUrlVars: [
        {
            name: 'apiBase',
            convention: 'includes-version',
            family: 'openai',
            chatPath: '/chat/completions',
            variants: [
                // core/llm/llms/Anthropic.ts:36-44, 446: `new URL("messages", apiBase)`, default https://api.anthropic.com/v1/.
                byProvider(['anthropic'], { family: 'anthropic', convention: 'includes-version', chatPath: '/messages', defaultUrl: 'https://api.anthropic.com/v1/' }),
                // core/llm/llms/Ollama.ts:152-158, 408-415: native /api/chat on the host root.
                byProvider(['ollama'], { family: 'ollama', convention: 'host-root', chatPath: '/api/chat', provider: 'ollama', defaultUrl: 'http://localhost:11434/' }),
                // core/llm/llms/Azure.ts:6-23 with OpenAI.ts:407-418: the resource root, then openai/deployments/….
                byProvider(['azure'], { family: 'azure', convention: 'host-root', chatPath: '/openai/deployments/{deployment}/chat/completions', provider: 'azure-openai' }),
                // core/llm/llms/Deepseek.ts:8-13: the host root is DeepSeek's own default.
                byProvider(['deepseek'], { family: 'openai', convention: 'includes-version', chatPath: '/chat/completions', provider: 'deepseek', defaultUrl: 'https://api.deepseek.com/' })
            ],
            defaultUrl: 'https://api.openai.com/v1/'
        }
    ],
    keyVars: [{ name: 'apiKey', baseUrlVar: 'apiBase' }],
    modelVars: ['model'],
    otherVars: ['provider', 'name', 'roles', 'apiVersion', 'apiType', 'deployment', 'env', 'useResponsesApi', 'useLegacyCompletionsEndpoint', 'requestOptions', 'capabilities'],
    unusedVars: [],
    fingerprints: [
        { type: 'file-present', pattern: '(?:^|/)(?:\\.continue/|\\.continuerc\\.json$)' },
        { type: 'package-dependency', pattern: '^@continuedev/(?:cli|config-yaml)$' }
    ],
    sources: [
        `${continue_AT} core/llm/index.ts:275-277, core/llm/llms/{OpenAI,Anthropic,Ollama,Azure,Deepseek}.ts, packages/config-yaml/src/schemas/models.ts`,
        'docs/clients/continue.md'
    ]
};

;// CONCATENATED MODULE: ./src/clients/profiles/librechat.ts
/** LibreChat: OpenAI SDK underneath; custom endpoints in librechat.yaml (`endpoints.custom[].baseURL`). */
const librechat = {
    id: 'librechat',
    name: 'LibreChat',
    baseUrlVars: [
        {
            name: 'baseURL',
            convention: 'includes-version',
            family: 'openai',
            chatPath: '/chat/completions',
            // extractBaseURL cuts a pasted `…/v1/chat/completions` back to `…/v1` (api/utils/extractBaseURL.js@8f47ab10;
            // LibreChat's own Ollama guide writes the full endpoint). Later versions may pass baseURL on unchanged
            // (docs/clients/librechat.md), so base-url-endpoint reports such a value as a note.
            strips: [{ tail: '/v1/chat/completions/', keep: '/v1' }, { tail: '/v1/chat/completions', keep: '/v1' }],
            // `CohereConstants.API_URL`: a baseURL starting with it goes through Cohere's own SDK, not /chat/completions
            // (api/app/clients/ChatGPTClient.js `cohereChatCompletion`), and extractBaseURL returns null for it
            // (packages/api/src/utils/url.ts).
            sentinels: ['https://api.cohere.ai/v1'],
            variants: [
                // `provider: anthropic` makes the endpoint an Anthropic SDK client: the host root, then /v1/messages
                // (custom/initialize.ts `buildAnthropicCustomConfig`, `reverseProxyUrl: baseURL`, danny-avila/LibreChat#13748;
                // librechat.example.yaml@00450b59). It wins over `directEndpoint`, which that branch ignores.
                // `customParams.defaultParamsEndpoint` is no such switch: it shapes parameters only (openai/config.ts@5baa6a83).
                { sibling: { name: 'provider', equals: ['anthropic'] }, family: 'anthropic', convention: 'host-root', chatPath: '/v1/messages' },
                // `directEndpoint: true` posts to baseURL as given (custom/initialize.ts@023696c5).
                { sibling: { name: 'directEndpoint', equals: ['true'] }, family: 'openai', convention: 'verbatim', chatPath: '', fullEndpoint: true }
            ]
        },
        { name: 'OPENAI_REVERSE_PROXY', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' },
        { name: 'ANTHROPIC_REVERSE_PROXY', convention: 'host-root', family: 'anthropic', chatPath: '/v1/messages', provider: 'anthropic' },
        { name: 'ASSISTANTS_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' },
        { name: 'RAG_OPENAI_BASEURL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' }
    ],
    keyVars: [
        // `apiKey: '${ENV_VAR}'` or `user_provided` (each user enters their own) in librechat.yaml.
        { name: 'apiKey', baseUrlVar: 'baseURL' },
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_REVERSE_PROXY' },
        { name: 'ANTHROPIC_API_KEY', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_REVERSE_PROXY' },
        { name: 'GOOGLE_KEY', provider: 'gemini' },
        { name: 'ASSISTANTS_API_KEY', provider: 'openai', baseUrlVar: 'ASSISTANTS_BASE_URL' },
        { name: 'RAG_OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'RAG_OPENAI_BASEURL' }
    ],
    modelVars: ['models', 'default', 'OPENAI_MODELS', 'ANTHROPIC_MODELS', 'GOOGLE_MODELS'],
    // .env.example ships fixed CREDS_KEY/CREDS_IV/JWT_SECRET/JWT_REFRESH_SECRET/MEILI_MASTER_KEY samples.
    otherVars: ['provider', 'directEndpoint', 'CREDS_KEY', 'CREDS_IV', 'JWT_SECRET', 'JWT_REFRESH_SECRET', 'MEILI_MASTER_KEY', 'MONGO_URI', 'HOST', 'PORT', 'DOMAIN_CLIENT', 'DOMAIN_SERVER', 'GOOGLE_REVERSE_PROXY'],
    unusedVars: [
        { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_REVERSE_PROXY', reason: 'LibreChat reads OPENAI_REVERSE_PROXY (or baseURL in librechat.yaml)' }
    ],
    fingerprints: [
        { type: 'package-name', pattern: '^librechat$' },
        { type: 'docker-image', pattern: '(?:^|/)(?:danny-avila/librechat(?:-dev)?(?:-api)?|librechat/librechat)$' },
        { type: 'file-present', pattern: '(?:^|/)librechat\\.ya?ml$' }
    ],
    sources: [
        'danny-avila/LibreChat packages/api/src/endpoints/custom/initialize.ts@023696c5 and its PR #13748 version, endpoints/openai/config.ts@5baa6a83, librechat.example.yaml@00450b59',
        'docs/clients/librechat.md',
        'danny-avila/LibreChat@411b44e2 librechat.example.yaml; @c70e8194 .env.example; @8f47ab10 api/utils/extractBaseURL.js'
    ]
};
/** Continue: BaseLLM adds a trailing `/`, then `new URL("chat/completions", apiBase)` (core/llm/llms/OpenAI.ts). */

;// CONCATENATED MODULE: ./src/clients/profiles/lobechat.ts
const lobechat_AT = 'lobehub/lobehub';
/**
 * The DeepSeek, Moonshot and MiniMax runtimes route a base URL ending in `/anthropic` to their Anthropic-compatible
 * runtime, which appends /v1/messages (LH@09154b2 deepseek; lobehub/lobe-chat@5e912a4 providers/moonshot/index.ts
 * and providers/minimax/index.ts `baseURLPattern: /\/anthropic\/?$/`; Qwen and Zhipu do not).
 */
const anthropicRoute = { pathEndsWith: '/anthropic', family: 'anthropic', convention: 'host-root', chatPath: '/v1/messages' };
/** The flags that only `'0'` turns off (`process.env.X !== '0'`, LH@1473a65 src/envs/llm.ts). */
const offOnlyByZero = (name, what) => ({ name, reads: 'not-equals', value: '0', whenOn: `keeps ${what} enabled`, source: `${lobechat_AT}@1473a65 src/envs/llm.ts` });
/** LobeChat passes `${PROVIDER}_PROXY_URL` to the provider SDK as `baseURL` (ModelRuntime/index.ts). */
const lobeProxy = (prefix, provider) => ({
    name: `${prefix}_PROXY_URL`,
    convention: 'includes-version',
    family: 'openai',
    chatPath: '/chat/completions',
    provider
});
/**
 * LobeChat splits key lists on `,` and drops blank entries (apiKeyManager.ts); the OpenAI-style and Anthropic
 * runtimes trim the chosen key, the Google one does not, so `a, b` sends " b" only to Google.
 */
const lobeKey = (prefix, provider) => ({
    name: `${prefix}_API_KEY`,
    ...(provider === undefined ? {} : { provider }),
    baseUrlVar: `${prefix}_PROXY_URL`,
    listSeparator: ',',
    trimsListEntries: prefix !== 'GOOGLE'
});
const lobechat = {
    id: 'lobechat',
    name: 'LobeChat',
    baseUrlVars: [
        { ...lobeProxy('OPENAI', 'openai'), defaultUrl: 'https://api.openai.com/v1' },
        // Anthropic goes through its SDK, which adds /v1/messages; the runtime first cuts a trailing /v1, /v1/ or
        // /v1/messages (LH@12294ca ANTHROPIC_SDK_MESSAGES_PATH_PATTERN), so those are tolerated.
        {
            name: 'ANTHROPIC_PROXY_URL',
            convention: 'host-root',
            family: 'anthropic',
            chatPath: '/v1/messages',
            provider: 'anthropic',
            defaultUrl: 'https://api.anthropic.com',
            strips: [{ tail: '/v1/messages/' }, { tail: '/v1/messages' }, { tail: '/v1/' }, { tail: '/v1' }]
        },
        { name: 'GOOGLE_PROXY_URL', convention: 'host-root', family: 'gemini', chatPath: '/v1beta/models/{model}:streamGenerateContent', provider: 'gemini', defaultUrl: 'https://generativelanguage.googleapis.com' },
        { ...lobeProxy('DEEPSEEK', 'deepseek'), defaultUrl: 'https://api.deepseek.com/v1', variants: [anthropicRoute] },
        { ...lobeProxy('GROQ', 'groq'), defaultUrl: 'https://api.groq.com/openai/v1' },
        { ...lobeProxy('QWEN', 'dashscope'), defaultUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1' },
        // DEFAULT_MOONSHOT_BASE_URL (lobehub/lobe-chat@5e912a4 providers/moonshot/index.ts; it was .ai at LH@0044d45).
        { ...lobeProxy('MOONSHOT', 'moonshot'), defaultUrl: 'https://api.moonshot.cn/v1', variants: [anthropicRoute] },
        // DEFAULT_MINIMAX_BASE_URL (lobehub/lobe-chat@5e912a4 providers/minimax/index.ts).
        { ...lobeProxy('MINIMAX', 'minimax'), defaultUrl: 'https://api.minimaxi.com/v1', variants: [anthropicRoute] },
        lobeProxy('OPENROUTER', 'openrouter'),
        lobeProxy('MISTRAL', 'mistral'),
        lobeProxy('XAI', 'xai'),
        lobeProxy('SILICONCLOUD', 'siliconflow'),
        // Native Ollama API on the host root (/api/chat).
        { name: 'OLLAMA_PROXY_URL', convention: 'host-root', family: 'ollama', chatPath: '/api/chat', provider: 'ollama', defaultUrl: 'http://127.0.0.1:11434' },
        // The Azure resource root; the Azure client adds /openai/deployments/… itself.
        { name: 'AZURE_ENDPOINT', convention: 'host-root', family: 'azure', chatPath: '/openai/deployments/{deployment}/chat/completions', provider: 'azure-openai' },
        { name: '*_PROXY_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions' }
    ],
    keyVars: [
        lobeKey('OPENAI', 'openai'),
        lobeKey('ANTHROPIC', 'anthropic'),
        lobeKey('GOOGLE', 'gemini'),
        lobeKey('DEEPSEEK', 'deepseek'),
        lobeKey('GROQ', 'groq'),
        lobeKey('QWEN', 'dashscope'),
        lobeKey('MOONSHOT', 'moonshot'),
        lobeKey('MINIMAX', 'minimax'),
        lobeKey('OPENROUTER', 'openrouter'),
        lobeKey('MISTRAL', 'mistral'),
        lobeKey('XAI', 'xai'),
        lobeKey('SILICONCLOUD', 'siliconflow'),
        { name: 'AZURE_API_KEY', provider: 'azure-openai', baseUrlVar: 'AZURE_ENDPOINT' },
        lobeKey('*', undefined)
    ],
    modelVars: ['OPENAI_MODEL_LIST', '*_MODEL_LIST'],
    // ACCESS_CODE is LobeChat v1's; v2 signs users in with Better Auth (not fully verified, docs/clients/lobechat.md §6).
    otherVars: ['ACCESS_CODE', 'API_KEY_SELECT_MODE', 'AZURE_API_VERSION', 'AZUREAI_ENDPOINT', 'AZUREAI_ENDPOINT_KEY', 'NEXT_AUTH_SECRET', 'KEY_VAULTS_SECRET', 'DATABASE_URL', 'APP_URL', 'INTERNAL_APP_URL'],
    flags: [
        offOnlyByZero('ENABLED_OPENAI', 'OpenAI'),
        offOnlyByZero('ENABLED_GOOGLE', 'Google'),
        offOnlyByZero('ENABLED_ANTHROPIC', 'Anthropic'),
        offOnlyByZero('ENABLED_OLLAMA', 'Ollama'),
        { name: 'ENABLED_AWS_BEDROCK', reads: 'equals', value: '1', whenOn: 'enables AWS Bedrock', source: `${lobechat_AT}@1473a65 src/envs/llm.ts` }
    ],
    unusedVars: [
        { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_PROXY_URL', reason: 'LobeChat reads OPENAI_PROXY_URL (with /v1)' },
        { name: 'BASE_URL', replacement: 'OPENAI_PROXY_URL', reason: 'BASE_URL is NextChat\'s name; LobeChat reads OPENAI_PROXY_URL (with /v1)' },
        { name: 'CUSTOM_MODELS', replacement: 'OPENAI_MODEL_LIST', reason: 'the old docs name; LobeChat reads OPENAI_MODEL_LIST' }
    ],
    fingerprints: [
        { type: 'package-name', pattern: '^@lobehub/(?:chat|lobehub)$' },
        { type: 'docker-image', pattern: '(?:^|/)lobehub/(?:lobe-chat(?:-database)?|lobehub)$' }
    ],
    sources: [
        `${lobechat_AT}@1ec57e0 src/server/modules/ModelRuntime/index.ts; @1473a65 src/envs/llm.ts; @12294ca anthropicCompatibleFactory/index.ts`,
        'lobehub/lobe-chat@5e912a4 packages/model-runtime/src/providers/moonshot/index.ts, providers/minimax/index.ts',
        'lobehub/lobe-chat@6d0e2547 src/server/modules/ModelRuntime/apiKeyManager.ts',
        'docs/clients/lobechat.md'
    ]
};

// EXTERNAL MODULE: ./src/clients/profiles/nextchat.ts
var nextchat = __webpack_require__(836);
;// CONCATENATED MODULE: ./src/clients/profiles/open-webui.ts
const CONFIG = 'open-webui/open-webui@00b1c6b backend/open_webui/config.py';
/** `os.getenv(X, 'True').lower() == 'true'`: `1` and `yes` switch these off. */
const trueOnly = (name, whenOn) => ({ name, reads: 'equals', value: 'true', ignoreCase: true, whenOn, source: `${CONFIG} ${name}` });
const openWebui = {
    id: 'open-webui',
    name: 'Open WebUI',
    baseUrlVars: [
        // `''` → the default; else one trailing `/` removed (the SDK join for a single slash).
        { name: 'OPENAI_API_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
        // `split(';')`, each entry stripped of spaces but not of a trailing `/`: `…/v1/` calls `…/v1//chat/completions`.
        { name: 'OPENAI_API_BASE_URLS', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', listSeparator: ';', normalize: 'none' },
        // Native Ollama API on the host root; `/ollama` is the Docker image's own default (host.docker.internal).
        {
            name: 'OLLAMA_BASE_URL',
            convention: 'host-root',
            family: 'ollama',
            chatPath: '/api/chat',
            provider: 'ollama',
            defaultUrl: 'http://localhost:11434',
            sentinels: ['/ollama']
        },
        { name: 'OLLAMA_BASE_URLS', convention: 'host-root', family: 'ollama', chatPath: '/api/chat', provider: 'ollama', listSeparator: ';', normalize: 'none' },
        // A built-in OpenAI-compatible preset (OPENAI_COMPATIBLE_PROVIDERS).
        { name: 'MELIOUS_API_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', defaultUrl: 'https://api.melious.ai/v1' }
    ],
    keyVars: [
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_API_BASE_URL' },
        // Positional: the n-th key goes with the n-th URL of OPENAI_API_BASE_URLS (padded or cut to their count).
        { name: 'OPENAI_API_KEYS', baseUrlVar: 'OPENAI_API_BASE_URLS', listSeparator: ';', trimsListEntries: true },
        { name: 'MELIOUS_API_KEY', baseUrlVar: 'MELIOUS_API_BASE_URL' }
    ],
    modelVars: ['DEFAULT_MODELS', 'TASK_MODEL', 'TASK_MODEL_EXTERNAL'],
    otherVars: [
        'OPENAI_API_CONFIGS',
        'OLLAMA_API_BASE_URL', // the legacy name, whose trailing /api is cut
        'OLLAMA_API_CONFIGS',
        // Feed image generation only (IMAGES_GEMINI_API_BASE_URL defaults to it), not chat.
        'GEMINI_API_BASE_URL',
        'GEMINI_API_KEY',
        'ENABLE_DIRECT_CONNECTIONS',
        'K8S_FLAG',
        'USE_OLLAMA_DOCKER',
        'WEBUI_SECRET_KEY',
        'WEBUI_AUTH',
        'WEBUI_URL',
        'WEBUI_NAME',
        'DATA_DIR',
        'PORT'
    ],
    flags: [
        trueOnly('ENABLE_OPENAI_API', 'enables OpenAI-compatible connections'),
        trueOnly('ENABLE_OLLAMA_API', 'enables Ollama connections'),
        trueOnly('ENABLE_PERSISTENT_CONFIG', 'keeps settings saved in the database over these variables')
    ],
    // `OPENAI_API_BASE_URLS` is used whenever it is not empty; the single variables are then ignored.
    shadowed: [
        { name: 'OPENAI_API_BASE_URL', shadowedBy: 'OPENAI_API_BASE_URLS', source: `${CONFIG} OPENAI_API_BASE_URLS` },
        { name: 'OPENAI_API_KEY', shadowedBy: 'OPENAI_API_KEYS', source: `${CONFIG} OPENAI_API_KEYS` },
        { name: 'OLLAMA_BASE_URL', shadowedBy: 'OLLAMA_BASE_URLS', source: `${CONFIG} OLLAMA_BASE_URLS` }
    ],
    unusedVars: [
        { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'Open WebUI reads OPENAI_API_BASE_URL (with /v1)' },
        { name: 'OPENAI_API_BASE', replacement: 'OPENAI_API_BASE_URL', reason: 'Open WebUI reads OPENAI_API_BASE_URL (with /v1)' }
    ],
    fingerprints: [
        { type: 'package-name', pattern: '^open-webui$' },
        { type: 'docker-image', pattern: '(?:^|/)open-webui/open-webui$' }
    ],
    sources: [CONFIG, 'open-webui/open-webui@004a45f backend/open_webui/routers/openai.py', 'docs/clients/open-webui.md']
};

;// CONCATENATED MODULE: ./src/clients/profiles/unknown.ts

/**
 * No client identified: assume the SDK convention for the usual names. Rules report findings that rest on
 * this guess at a lower severity.
 */
const unknown = {
    id: 'unknown',
    name: 'unknown client (SDK convention assumed)',
    baseUrlVars: [
        { name: 'OPENAI_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
        { name: 'OPENAI_API_BASE', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' },
        anthropicBaseUrl,
        { name: 'BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', generic: true },
        { name: '*_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', generic: true }
    ],
    keyVars: [
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' },
        ...anthropicKeyVars,
        { name: '*_API_KEY' }
    ],
    modelVars: ['*_MODEL'],
    otherVars: [],
    unusedVars: [],
    fingerprints: [],
    sources: ['reference/clients.md §3 (SDK convention)']
};

;// CONCATENATED MODULE: ./src/clients/profiles/index.ts










/** Every client profile by id; detection tries them in this order on ties. */
const clientProfiles = {
    nextchat: nextchat/* nextchat */._5,
    'chatgpt-web': chatgptWeb,
    lobechat: lobechat,
    'open-webui': openWebui,
    librechat: librechat,
    continue: continueDev,
    codex: codex,
    'openai-sdk': openaiSdk,
    'anthropic-sdk': anthropicSdk,
    'claude-code': claudeCode,
    unknown: unknown
};


/***/ }),

/***/ 836:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* binding */ UPSTREAM_CLOUDFLARE_REWRITE),
/* harmony export */   TE: () => (/* binding */ UPSTREAM_GATES),
/* harmony export */   _5: () => (/* binding */ nextchat)
/* harmony export */ });
const AT = 'ChatGPTNextWeb/NextChat@706a18b9';
/**
 * The fingerprint of upstream's `app/utils/cloudflare.ts` (its code with comments and blanks removed, sha256, first
 * 16 hex digits), unchanged since 728c38396 (2024-07-12). A fork whose copy differs rewrites gateway URLs its own way.
 */
const UPSTREAM_CLOUDFLARE_REWRITE = '3570c7a23ff20b28';
/**
 * Every server route: `VAR || DEFAULT`, `https://` prefixed unless the value starts with `http`, one trailing
 * `/` stripped, then a fixed path appended (app/api/common.ts:32-41 and the same block in app/api/<provider>.ts).
 */
const nextchatUrl = (name, chatPath, provider, defaultUrl) => ({
    name,
    convention: 'host-root',
    family: 'openai',
    chatPath,
    ...(provider === undefined ? {} : { provider }),
    defaultUrl,
    normalize: 'nextchat'
});
/**
 * `getApiKey()` splits on `,` and trims each entry, but filters none out, so an empty entry is picked at
 * random like a key (app/config/server.ts:116-130).
 */
const nextchatList = { listSeparator: ',', trimsListEntries: true, keepsEmptyListEntries: true };
const nextchatKey = (name, provider, baseUrlVar) => ({
    name,
    ...(provider === undefined ? {} : { provider }),
    baseUrlVar,
    ...nextchatList
});
/**
 * app/config/server.ts:266-276: most flags are `!!process.env.X`, so `false` and `0` switch them on. The expression is
 * kept: a fork's server config without it reads the flag its own way (`adaptNextChatFork` in detect.ts).
 */
const flag = (name, whenOn, line) => ({
    name,
    reads: 'non-empty',
    whenOn,
    source: `${AT} app/config/server.ts:${line}`,
    expression: `!!process.env.${name}`
});
/**
 * The fingerprints of every version upstream ever had of the two files that gate its server keys (code with comments
 * and blanks removed, sha256, first 16 hex digits; the digest, then the first commit with that code), from
 * `git log ${AT} -- <path>` in ChatGPTNextWeb/NextChat. Every version of `app/api/auth.ts` refuses a request that
 * brings neither a listed access code (`CODE`) nor its own key (`serverConfig.needCode && !serverConfig.codes.has(hashedCode)`),
 * and every version of the provider route sends each request through a handler that calls it. A fork's copy that is
 * none of these gates requests its own way: a sign-in (eric19960304/crossgpt@80fd325 app/api/[provider]/[...path]/route.ts:28
 * `requireSession`) or a variable of its own (zyqfork/llmchat@400076e app/api/auth.ts:36 `ACCESS_CODE`).
 */
const UPSTREAM_GATES = {
    'app/api/auth.ts': {
        bd84b3b8ed3ec329: 'ad9ab9d45',
        '33eceec1224d3083': '081daf937',
        '7100f2a3f39cc03a': 'afe12c212',
        '467ab7dddb65bb6f': 'd357b45e8',
        '27ffc8924ac907f0': 'e791cd441',
        a2eb84100d085416: '8455fefc8',
        d3b0ef72a3e21d3a: 'b2c1644d6',
        ff4dd21e4b695fa9: '40cbabc33',
        '02b5bdec0538052a': '498d0f0b8',
        '6597605010919c72': '23872086f',
        '6aae9f7927aa0fb7': 'c229d2c3c',
        e2657026fc9dafd9: '2b0153807',
        bd4f3a6ececa3308: '9bdd37bb6',
        '1e9bcec3861b4284': '9b3b4494b',
        efc1995bbbd0c335: '785d3748e',
        '43ec4791056074a6': '1c20137b0',
        '97ce8c6b82015e9d': '69b079c86',
        ac636052aee66b4a: '5c638251f',
        '53b857ff3b0bf760': '5af68ac54',
        '4a1784fe585af622': '35471a41c',
        '75348d1f359ee55a': '9876a1aec',
        f61a4efa13f4bd69: 'b7ffca031',
        '02b98e662d3ea66e': '184a0b948',
        '25732ad189d786b2': 'af497c96e',
        '0757210e35c45300': '203ac0970',
        '379b9e89ea2bfaf9': '3fe521421',
        '0e9b1962e86d5175': '71cbf86b2',
        df0a55af13d0b6c0: 'c2e79d22d',
        '18726b0b716f474c': '48ebd7485'
    },
    'app/api/[provider]/[...path]/route.ts': {
        cc07c06fe99f3ba4: 'd3e164f23',
        '7e1735047d3c0f7a': 'ad9ab9d45',
        '6d16d119bd8d0aad': '081daf937',
        '7808394d3d7beb25': 'afe12c212',
        c6d78f54e5fe34aa: 'd357b45e8',
        '0cd16a95190dd25f': '8455fefc8',
        '8e5c8846e03b586e': '63ffd473d',
        f512fa3040a6615e: 'f652f7326',
        '8c8086123ad8d814': 'b2c1644d6',
        '5085f4f66439ed9c': '141ce2c99'
    }
};
const nextchat = {
    id: 'nextchat',
    name: 'NextChat (ChatGPT Next Web)',
    baseUrlVars: [
        // app/api/common.ts:91 `${baseUrl}/${path}` with OpenaiPath.ChatPath "v1/chat/completions"; Cloudflare AI
        // Gateway URLs rewritten (app/utils/cloudflare.ts), for BASE_URL, AZURE_URL and ANTHROPIC_URL only.
        { ...nextchatUrl('BASE_URL', '/v1/chat/completions', 'openai', 'https://api.openai.com'), cloudflareRewrite: true },
        // app/api/anthropic.ts:72-94: ANTHROPIC_URL || BASE_URL || default, then /v1/messages.
        {
            ...nextchatUrl('ANTHROPIC_URL', '/v1/messages', 'anthropic', 'https://api.anthropic.com'),
            family: 'anthropic',
            fallback: 'BASE_URL',
            cloudflareRewrite: true
        },
        // app/api/google.ts:74-97: native Gemini generateContent.
        { ...nextchatUrl('GOOGLE_URL', '/v1beta/models/{model}:streamGenerateContent', 'gemini', 'https://generativelanguage.googleapis.com/'), family: 'gemini' },
        // Must end in /openai (or /openai/deployments/<id>, which the route cuts back): common.ts:53-61.
        {
            name: 'AZURE_URL',
            convention: 'verbatim',
            family: 'azure',
            chatPath: '/deployments/{deployment}/chat/completions',
            provider: 'azure-openai',
            normalize: 'nextchat',
            cloudflareRewrite: true
        },
        // app/api/deepseek.ts:45-67 appends /chat/completions without v1; DeepSeek answers with or without /v1.
        { ...nextchatUrl('DEEPSEEK_URL', '/chat/completions', 'deepseek', 'https://api.deepseek.com'), convention: 'includes-version' },
        nextchatUrl('MOONSHOT_URL', '/v1/chat/completions', 'moonshot', 'https://api.moonshot.ai'),
        nextchatUrl('XAI_URL', '/v1/chat/completions', 'xai', 'https://api.x.ai'),
        nextchatUrl('CHATGLM_URL', '/api/paas/v4/chat/completions', 'zhipu', 'https://open.bigmodel.cn'),
        nextchatUrl('SILICONFLOW_URL', '/v1/chat/completions', 'siliconflow', 'https://api.siliconflow.cn'),
        nextchatUrl('BYTEDANCE_URL', '/api/v3/chat/completions', 'volcengine-ark', 'https://ark.cn-beijing.volces.com'),
        // Native DashScope API, not compatible-mode (app/constant.ts:227-235).
        { ...nextchatUrl('ALIBABA_URL', '/v1/services/aigc/text-generation/generation', 'dashscope', 'https://dashscope.aliyuncs.com/api/'), family: 'dashscope' },
        // Legacy wenxinworkshop API; the OAuth token always comes from aip.baidubce.com (app/utils/baidu.ts:15).
        { ...nextchatUrl('BAIDU_URL', '/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/{endpoint}', 'baidu-qianfan', 'https://aip.baidubce.com'), family: 'baidu' },
        nextchatUrl('AI302_URL', '/v1/chat/completions', 'ai302', 'https://api.302.ai'),
        nextchatUrl('STABILITY_URL', '/v2beta/stable-image/generate/{model}', undefined, 'https://api.stability.ai'),
        nextchatUrl('IFLYTEK_URL', '/v1/chat/completions', undefined, 'https://spark-api-open.xf-yun.com'),
        // tencent/route.ts:82 fetches the value itself.
        {
            name: 'TENCENT_URL',
            convention: 'verbatim',
            family: 'openai',
            chatPath: '',
            defaultUrl: 'https://hunyuan.tencentcloudapi.com',
            normalize: 'nextchat'
        }
    ],
    keyVars: [
        nextchatKey('OPENAI_API_KEY', 'openai', 'BASE_URL'),
        nextchatKey('ANTHROPIC_API_KEY', 'anthropic', 'ANTHROPIC_URL'),
        nextchatKey('GOOGLE_API_KEY', 'gemini', 'GOOGLE_URL'),
        nextchatKey('AZURE_API_KEY', 'azure-openai', 'AZURE_URL'),
        nextchatKey('DEEPSEEK_API_KEY', 'deepseek', 'DEEPSEEK_URL'),
        nextchatKey('MOONSHOT_API_KEY', 'moonshot', 'MOONSHOT_URL'),
        nextchatKey('XAI_API_KEY', 'xai', 'XAI_URL'),
        nextchatKey('CHATGLM_API_KEY', 'zhipu', 'CHATGLM_URL'),
        nextchatKey('SILICONFLOW_API_KEY', 'siliconflow', 'SILICONFLOW_URL'),
        nextchatKey('BYTEDANCE_API_KEY', 'volcengine-ark', 'BYTEDANCE_URL'),
        nextchatKey('ALIBABA_API_KEY', 'dashscope', 'ALIBABA_URL'),
        nextchatKey('BAIDU_API_KEY', 'baidu-qianfan', 'BAIDU_URL'),
        { name: 'BAIDU_SECRET_KEY', provider: 'baidu-qianfan', baseUrlVar: 'BAIDU_URL' },
        // Read but never injected: 302.AI requests get OPENAI_API_KEY (app/api/auth.ts:69-113 has no 302.AI case).
        nextchatKey('AI302_API_KEY', 'ai302', 'AI302_URL'),
        nextchatKey('STABILITY_API_KEY', undefined, 'STABILITY_URL'),
        nextchatKey('TENCENT_SECRET_KEY', undefined, 'TENCENT_URL'),
        // Not lists: sent as `key:secret` (app/api/auth.ts:91-93).
        { name: 'IFLYTEK_API_KEY', baseUrlVar: 'IFLYTEK_URL' },
        { name: 'IFLYTEK_API_SECRET', baseUrlVar: 'IFLYTEK_URL' },
        { name: 'CLOUDFLARE_KV_API_KEY', ...nextchatList }
    ],
    modelVars: ['DEFAULT_MODEL', 'CUSTOM_MODELS', 'VISION_MODELS'],
    otherVars: [
        'CODE',
        'OPENAI_ORG_ID',
        'AZURE_API_VERSION',
        'ANTHROPIC_API_VERSION',
        'TENCENT_SECRET_ID',
        'PROXY_URL', // an outbound proxy for the container (Dockerfile CMD), not an API base URL
        'DEFAULT_INPUT_TEMPLATE',
        'WHITE_WEBDAV_ENDPOINTS',
        'GTM_ID',
        'GA_ID',
        'CLOUDFLARE_ACCOUNT_ID',
        'CLOUDFLARE_KV_NAMESPACE_ID',
        'CLOUDFLARE_KV_TTL',
        'VERCEL',
        'BUILD_MODE',
        'BUILD_APP',
        'DISABLE_CHUNK'
    ],
    flags: [
        flag('HIDE_USER_API_KEY', 'hides the field where users enter their own API key', 268),
        // Also `=== "1"` for the server-side block (app/utils/model.ts:236-240); `!!` already hides GPT-4 in the list.
        flag('DISABLE_GPT4', 'hides the GPT-4 models', 139),
        { ...flag('ENABLE_BALANCE_QUERY', 'turns the balance query on', 270), expression: '!process.env.ENABLE_BALANCE_QUERY' },
        flag('DISABLE_FAST_LINK', 'turns fast links off', 271),
        {
            name: 'ENABLE_MCP',
            reads: 'equals',
            value: 'true',
            whenOn: 'turns MCP on',
            source: `${AT} app/config/server.ts:276`,
            expression: 'process.env.ENABLE_MCP === "true"'
        }
    ],
    unusedVars: [
        { name: 'OPENAI_BASE_URL', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
        { name: 'OPENAI_API_BASE', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
        { name: 'OPENAI_API_BASE_URL', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
        { name: 'OPENAI_PROXY_URL', replacement: 'BASE_URL', reason: 'OPENAI_PROXY_URL is LobeChat\'s name; NextChat reads BASE_URL' },
        { name: 'ANTHROPIC_BASE_URL', replacement: 'ANTHROPIC_URL', reason: 'NextChat reads ANTHROPIC_URL (and falls back to BASE_URL)' },
        { name: 'OPENAI_SB', reason: 'only passed through by docker-compose.yml; no NextChat code reads it' },
        { name: 'PROTOCOL', reason: 'removed on 2023-11-09 (d93f05f51); NextChat now adds https:// itself', droppedOn: '2023-11-09' },
        { name: 'HIDE_BALANCE_QUERY', replacement: 'ENABLE_BALANCE_QUERY', reason: 'replaced on 2023-11-08 (638fdd8c3), with the opposite meaning', droppedOn: '2023-11-08' },
        { name: 'WHITE_WEBDEV_ENDPOINTS', replacement: 'WHITE_WEBDAV_ENDPOINTS', reason: 'renamed on 2024-09-19 (212d15fdd)', droppedOn: '2024-09-19' },
        {
            name: 'TENCENT_API_KEY',
            replacement: 'TENCENT_SECRET_KEY',
            reason: 'only tested for presence (app/config/server.ts:159), and that test is used nowhere; requests are signed with TENCENT_SECRET_ID and TENCENT_SECRET_KEY'
        }
    ],
    fingerprints: [
        { type: 'package-name', pattern: '^(?:nextchat|chatgpt-next-web)$' },
        { type: 'path-constant', pattern: '^OPENAI_BASE_URL=https://api\\.openai\\.com$' },
        { type: 'path-constant', pattern: '^OpenaiPath\\.ChatPath=' },
        { type: 'file-present', pattern: '(?:^|/)app/config/server\\.ts$' },
        { type: 'docker-image', pattern: '(?:^|/)(?:chatgpt-next-web|nextchat)$' }
    ],
    // Every `process.env.X` under app/ is in this profile (field-facts §3.1; `git grep process.env` at the commit), none
    // is read by a computed name, and `git log -S` finds no provider key upstream ever read and dropped (OPENROUTER_,
    // GEMINI_, GROQ_, MISTRAL_, TOGETHER_API_KEY: none). app/mcp/client.ts:18-24 hands all of process.env to MCP servers.
    upstream: {
        images: ['yidadaa/chatgpt-next-web'],
        source: `${AT} .github/workflows/docker.yml:28 (images: yidadaa/chatgpt-next-web), docker-compose.yml:6`,
        passesEnvWhen: 'ENABLE_MCP'
    },
    sources: [
        `${AT} app/config/server.ts, app/api/common.ts, app/api/anthropic.ts, app/constant.ts, app/utils/cloudflare.ts, Dockerfile`,
        'docs/clients/nextchat.md'
    ]
};


/***/ }),

/***/ 2616:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ decodeBase64Text),
/* harmony export */   WG: () => (/* binding */ encodeBase64),
/* harmony export */   gc: () => (/* binding */ decodedFromBase64)
/* harmony export */ });
/**
 * Standard base64 (RFC 4648 §4), padded: a Secret's `data` is a map of `[]byte`, which the API server reads from JSON as
 * such (https://pkg.go.dev/encoding/json#Unmarshal, `base64.StdEncoding`).
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/**
 * Control characters no configuration text holds: C0 but tab and line breaks (a Secret often holds a whole file,
 * `config.yaml` or `.env`), DEL and C1. Bytes that decode to these are binary data (a keystore, a DER certificate).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Fails on bytes that are not UTF-8; keeps a leading byte order mark, so the text encodes back to the same bytes. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * The text `encoded` stands for, when it is strictly base64 of UTF-8 text; undefined for anything else (binary data,
 * plain text written where base64 belongs, which Kubernetes refuses, or base64 split over lines: "Newlines are not
 * valid within these strings", https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/).
 * It must be canonical too, so the text encodes back to exactly what is written ({@link encodeBase64}).
 */
function decodeBase64Text(encoded) {
    if (!BASE64.test(encoded))
        return undefined;
    const bytes = Buffer.from(encoded, 'base64');
    // Non-zero bits after the last character (`QQ==` and `QR==` give the same byte): not what any encoder writes.
    if (bytes.toString('base64') !== encoded)
        return undefined;
    let text;
    try {
        text = UTF8.decode(bytes);
    }
    catch {
        return undefined;
    }
    return CONTROL.test(text) ? undefined : text;
}
/** The base64 text of `text` as UTF-8: what a Secret's `data` holds for it. */
const encodeBase64 = (text) => Buffer.from(text, 'utf8').toString('base64');
/**
 * The entry's value was decoded from base64 written in the file (`meta.base64`, a Kubernetes Secret's `data`): its
 * `raw` and `valueSpan` are the encoded text, never the value, so no fix can be written in its place.
 */
const decodedFromBase64 = (entry) => entry.meta?.base64 === true;


/***/ }),

/***/ 9920:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ DIRECTIVE),
/* harmony export */   m1: () => (/* binding */ findIgnoreDirectives),
/* harmony export */   pi: () => (/* binding */ isIgnored)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);

/** The word every directive holds: a text without it has none. */
const DIRECTIVE = 'llm-env-lint-ignore';
/** The directive counts only inside a comment: some comment opener must come before it on the line. */
const COMMENT_OPENER = /(?:^|\s|;)(?:#|\/\/|\/\*|<!--|--)/;
const RULE_LIST = /^[ \t]+([a-z0-9-]+(?:[ \t]*,[ \t]*[a-z0-9-]+)*)/;
/**
 * Finds `llm-env-lint-ignore [rule-id[, rule-id]]` directives. Each silences findings on its own line
 * and on the next one; without rule ids it silences every rule.
 */
function findIgnoreDirectives(text) {
    let from = text.indexOf(DIRECTIVE);
    if (from === -1)
        return [];
    const lines = new _text_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(text);
    const found = [];
    while (from !== -1) {
        const { line, column } = lines.position(from);
        const before = lines.lineText(line).slice(0, column - 1);
        if (COMMENT_OPENER.test(' ' + before)) {
            const list = RULE_LIST.exec(text.slice(from + DIRECTIVE.length, from + DIRECTIVE.length + 500));
            found.push({ line, rules: list ? list[1].split(',').map((r) => r.trim()) : [] });
        }
        from = text.indexOf(DIRECTIVE, from + DIRECTIVE.length);
    }
    return found;
}
function isIgnored(directives, ruleId, line) {
    return directives.some((d) => (d.line === line || d.line + 1 === line) && (d.rules.length === 0 || d.rules.includes(ruleId)));
}


/***/ }),

/***/ 7485:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ memoize),
/* harmony export */   og: () => (/* binding */ interner),
/* harmony export */   uW: () => (/* binding */ memoizeBy2),
/* harmony export */   yx: () => (/* binding */ memoizeBy)
/* harmony export */ });
/**
 * Remembering pure functions of a string. A repository of thousands of small config files sets the same few names
 * and URLs over and over; the rules ask the same questions of each, so the answer to a string is worked out once.
 */
/** How many answers a memo keeps; past that it starts afresh, so memory stays bounded whatever is scanned. */
const LIMIT = 10_000;
/**
 * `fn`, remembering its answer for each string (undefined included). Only for pure functions whose answers are not
 * changed by their callers: every caller of the same string gets the same object.
 */
function memoize(fn) {
    const known = new Map();
    return (text) => {
        const found = known.get(text);
        if (found !== undefined || known.has(text))
            return found;
        if (known.size >= LIMIT)
            known.clear();
        const value = fn(text);
        known.set(text, value);
        return value;
    };
}
/** {@link memoize} for functions of a string and an object they depend on (a provider catalog), one memo per object. */
function memoizeBy(fn) {
    const memos = new WeakMap();
    return (text, by) => {
        let memo = memos.get(by);
        if (!memo)
            memos.set(by, (memo = memoize((t) => fn(t, by))));
        return memo(text);
    };
}
/** {@link memoizeBy} for two objects (a variable of a client profile, and a provider catalog). */
function memoizeBy2(fn) {
    const memos = new WeakMap();
    return (text, a, b) => {
        let memo = memos.get(a);
        if (!memo)
            memos.set(a, (memo = memoizeBy((t, by) => fn(t, a, by))));
        return memo(text, b);
    };
}
/**
 * The one string object kept for each text (up to the same limit): the same name or value read from thousands of
 * files is then held once, and the memos above find it by identity rather than comparing its characters.
 */
const interner = () => memoize((text) => text);


/***/ }),

/***/ 7530:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ matchesPath),
/* harmony export */   EB: () => (/* binding */ anyOf),
/* harmony export */   j2: () => (/* binding */ anyPathOf)
/* harmony export */ });
/** Whether the base name of `path` matches `patterns.names`, or the whole path `patterns.paths`. */
const matchesPath = (patterns, path) => patterns.names.test(path.slice(path.lastIndexOf('/') + 1)) || patterns.paths.test(path);
/** Never matches: what no pattern joins to. */
const NOTHING = /(?!)/;
/**
 * One regex that matches a text where any of `patterns` does. Case-insensitive when any of them is, which only
 * widens the others (so it suits a prefilter, asked before the facts themselves). No other flag may be set: `g` or
 * `y` would make `test` remember where it stopped, and the rest change what the joined sources mean.
 */
function anyOf(patterns) {
    const flagged = patterns.find((pattern) => pattern.flags !== '' && pattern.flags !== 'i');
    if (flagged)
        throw new Error(`anyOf: ${flagged} has flags other than i`);
    if (patterns.length === 0)
        return NOTHING;
    return new RegExp(patterns.map((pattern) => pattern.source).join('|'), patterns.some((pattern) => pattern.ignoreCase) ? 'i' : '');
}
/** {@link PathPatterns} that match a path where any of `each` does. */
const anyPathOf = (each) => ({
    names: anyOf(each.map((patterns) => patterns.names)),
    paths: anyOf(each.map((patterns) => patterns.paths))
});


/***/ }),

/***/ 2020:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ isLowSurrogate),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   ZX: () => (/* binding */ lineSpan),
/* harmony export */   pc: () => (/* binding */ isHighSurrogate),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Maps 0-based string offsets to 1-based line/column positions; built once per file. */
class LineIndex {
    text;
    /** Offsets at which each line starts. `\r\n`, `\n` and lone `\r` all end a line. */
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.starts.push(i + 1);
            }
        }
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return positionAt(lo + 1, o - this.starts[lo] + 1);
    }
    span(start, end) {
        return spanOf(this.position(start), this.position(end));
    }
    /** 0-based offset of a 1-based position. */
    offset(position) {
        const start = this.starts[Math.min(position.line, this.starts.length) - 1] ?? 0;
        return start + position.column - 1;
    }
    /** The text of a 1-based line, without its line ending. */
    lineText(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return '';
        const next = this.starts[line];
        let end = next === undefined ? this.text.length : next;
        while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13))
            end--;
        return this.text.slice(start, end);
    }
}
/**
 * Positions are values that no one changes, and most are near the top of a file: those share one object per line and
 * column, so the spans of thousands of small files hold no copies of them.
 */
function positionAt(line, column) {
    if (!isShared(line, column))
        return { line, column };
    const row = (sharedPositions[line] ??= []);
    return (row[column] ??= { line, column });
}
const SHARED_LINES = 256;
const SHARED_COLUMNS = 128;
const sharedPositions = [];
const isShared = (line, column) => line <= SHARED_LINES && column <= SHARED_COLUMNS;
/**
 * Spans are values too, and the settings of thousands of small files sit at the same places: a span between two
 * shared positions is shared as well (up to a number of them, so memory stays bounded), found by the positions'
 * identity. On the benchmark's 5,000 `.env` files this spared ~2,000 page faults (README, Performance).
 */
function spanOf(start, end) {
    if (!isShared(start.line, start.column) || !isShared(end.line, end.column))
        return { start, end };
    let ends = sharedSpans.get(start);
    let span = ends?.get(end);
    if (span)
        return span;
    span = { start, end };
    if (sharedSpanCount >= SHARED_SPANS)
        return span;
    if (!ends)
        sharedSpans.set(start, (ends = new Map()));
    ends.set(end, span);
    sharedSpanCount++;
    return span;
}
const SHARED_SPANS = 20_000;
const sharedSpans = new Map();
let sharedSpanCount = 0;
/** A span covering one whole line (for file-level findings). */
const lineSpan = (line, length = 0) => ({
    start: { line, column: 1 },
    end: { line, column: length + 1 }
});
/** `text` as a regex that matches it literally. */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The halves of a surrogate pair (UTF-16): text cut between them leaves two unreadable halves. */
const isHighSurrogate = (code) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code) => code >= 0xdc00 && code <= 0xdfff;


/***/ }),

/***/ 4803:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ ioCounts)
/* harmony export */ });
/* unused harmony export resetIoCounts */
/**
 * The file-system calls and git runs discovery and reading make, counted so that tests can bound the work per
 * file (an `lstat` only for symlinks, one read per file, no git outside a repository, no walk for a pull request's
 * selection) without timing anything.
 * Incrementing a number costs nothing next to the call it counts.
 */
const ioCounts = { readdir: 0, lstat: 0, realpath: 0, fstat: 0, read: 0, gitSpawn: 0 };
function resetIoCounts() {
    for (const name of Object.keys(ioCounts))
        ioCounts[name] = 0;
}


/***/ }),

/***/ 9711:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   Pq: () => (/* binding */ readInto),
/* harmony export */   XD: () => (/* binding */ readRoot),
/* harmony export */   Xh: () => (/* binding */ isSkippedFile),
/* harmony export */   aX: () => (/* binding */ chunkDecoder),
/* harmony export */   eW: () => (/* binding */ isStreamed),
/* harmony export */   o$: () => (/* binding */ readSource)
/* harmony export */ });
/* unused harmony exports CHUNK_BYTES, binaryKind, decodeText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4803);
/* harmony import */ var _young_generation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5678);




/** How much of a file is sniffed for binary content, as git and ripgrep do. */
const SNIFF_BYTES = 8192;
/**
 * Non-blocking so that a FIFO swapped in after discovery cannot hang the scan on open; for regular
 * files the flag changes nothing. Windows has no such flag.
 */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/**
 * Signatures of binary formats whose first 8 KiB may hold no NUL byte (PDF, compressed streams) or
 * that are common in repositories. Each is distinctive enough that no text file starts with it.
 */
const BINARY_MAGIC = [
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['jpeg', [0xff, 0xd8, 0xff]],
    ['gif', [0x47, 0x49, 0x46, 0x38]],
    ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
    ['zip', [0x50, 0x4b, 0x03, 0x04]],
    ['gzip', [0x1f, 0x8b]],
    ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
    ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
    ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
    ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
    ['elf', [0x7f, 0x45, 0x4c, 0x46]],
    ['mach-o or java class', [0xca, 0xfe, 0xba, 0xbe]],
    ['mach-o', [0xcf, 0xfa, 0xed, 0xfe]],
    ['mach-o', [0xce, 0xfa, 0xed, 0xfe]],
    ['webm or mkv', [0x1a, 0x45, 0xdf, 0xa3]]
];
/** The scanned folder as {@link readSource} takes it fastest: normalised once, ending with a separator. */
const readRoot = (root) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
/**
 * Reads one discovered file: its text when it is at most `wholeUpTo` bytes, otherwise a stream of
 * its bytes. Never throws: a file that cannot be read comes back as a SkippedFile (`unreadable` with the error
 * code), and so do binary files and files over `maxFileSize` (measured on the open file).
 *
 * One `read` of up to a chunk serves both the binary sniff of its first 8 KiB and the text: a file shorter than
 * the chunk ends with that read (a regular file is read short only at its end), so most files cost an `open`, one
 * `read` and a `close`. Only a file that fills the chunk is measured (`fstat`), and only an empty read is checked
 * for being a regular file at all (a FIFO swapped in after discovery reads as empty, without blocking: the file
 * is opened non-blocking).
 *
 * Synchronous on purpose: on the benchmark tree (20,000 files, in the page cache as after a
 * checkout) blocking reads are about 3x faster than promise-based ones with 16 in flight, whose
 * thread-pool round trips cost more than the reads; and only one text is held at a time.
 *
 * `path` must come from `discoverFiles`, which has already refused symlinks leaving the root, and lists paths already
 * normal: a `root` that ends with a separator ({@link readRoot}) is put before it as it is, where `path.join`, which
 * normalises, cost more than reading a small file.
 */
function readSource(root, path, { maxFileSize, wholeUpTo }) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root + path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path), OPEN_FLAGS);
        // One byte more than may be read, to learn in the same read that there is more.
        const first = Math.min(CHUNK_BYTES, maxFileSize + 1);
        // From the current offset (the start), not a position: a FIFO refuses positioned reads.
        const length = readAt(fd, chunkArea, 0, first, null);
        if (length === 0) {
            _counts_js__WEBPACK_IMPORTED_MODULE_2__/* .ioCounts */ .R.fstat++;
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile())
                return { path, reason: 'unreadable', detail: 'not a regular file' };
            return { path, text: '' };
        }
        if (length < first)
            return textOf(path, chunkArea.subarray(0, length));
        _counts_js__WEBPACK_IMPORTED_MODULE_2__/* .ioCounts */ .R.fstat++;
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile())
            return { path, reason: 'unreadable', detail: 'not a regular file' };
        if (info.size > maxFileSize)
            return { path, reason: 'too-large', detail: `${info.size} bytes` };
        const binary = binaryKind(chunkArea.subarray(0, Math.min(SNIFF_BYTES, length)));
        if (binary !== undefined)
            return { path, reason: 'binary', detail: binary };
        if (info.size > wholeUpTo) {
            if (info.size > GROWING_STREAM_BYTES)
                (0,_young_generation_js__WEBPACK_IMPORTED_MODULE_3__/* .letYoungGenerationGrow */ .dp)();
            const streamed = { path, size: info.size, chunks: chunksOf(fd, length) };
            fd = undefined; // closed by the stream
            return streamed;
        }
        const bytes = Buffer.allocUnsafe(info.size);
        chunkArea.copy(bytes, 0, 0, length);
        return textOf(path, bytes.subarray(0, readInto(fd, bytes, length, info.size)));
    }
    catch (error) {
        return { path, reason: 'unreadable', detail: error.code ?? String(error) };
    }
    finally {
        if (fd !== undefined)
            closeQuietly(fd);
    }
}
/** The text of a whole file's bytes, or why it has none (binary). */
function textOf(path, bytes) {
    const binary = binaryKind(bytes.subarray(0, SNIFF_BYTES));
    return binary === undefined ? { path, text: decodeText(bytes) } : { path, reason: 'binary', detail: binary };
}
/** The chunks of an open file from the start, the first `headLength` bytes already in the scratch buffer; closes it at the end. */
function* chunksOf(fd, headLength) {
    try {
        yield chunkArea.subarray(0, headLength);
        for (let at = headLength, length = CHUNK_BYTES; length === CHUNK_BYTES; at += length) {
            // A regular file reads short only at its end.
            length = readAt(fd, chunkArea, 0, CHUNK_BYTES, at);
            if (length > 0)
                yield chunkArea.subarray(0, length);
        }
    }
    finally {
        closeQuietly(fd);
    }
}
/**
 * The same judgement as {@link readSource} for bytes already in memory (a blob of the git index): too large,
 * binary, or text decoded the same way.
 */
function decodeSource(path, bytes, maxFileSize) {
    if (bytes.length > maxFileSize)
        return { path, reason: 'too-large', detail: `${bytes.length} bytes` };
    const binary = binaryKind(bytes.subarray(0, SNIFF_BYTES));
    if (binary !== undefined)
        return { path, reason: 'binary', detail: binary };
    return { path, text: decodeText(bytes) };
}
/** A failed close of a file only read from loses nothing, and must not turn a result into a throw. */
function closeQuietly(fd) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    catch {
        // nothing to do: the descriptor is gone either way
    }
}
/**
 * How much of a file one read takes, and the size of the chunks a streamed file is read in. One buffer of this
 * size (with room kept before it, below) is reused for every read: safe because reading is synchronous and each text
 * is decoded (copied) before the next read; it spares V8 ~150 MB of short-lived external memory on the benchmark tree, which lowered peak
 * RSS by about 10%.
 */
const CHUNK_BYTES = 1024 * 1024;
/**
 * Streamed files larger than this let V8's young generation grow (src/young-generation.ts): up to this size a held one
 * raised the peak by ~2 MB, a 64 MB log by ~20 MB.
 */
const GROWING_STREAM_BYTES = 32 * CHUNK_BYTES;
/**
 * Room before the chunk area of the scratch buffer, where a streamed file's decoder writes the text carried over from
 * the chunk before (in UTF-8), to decode it together with the chunk: one new string per chunk, where joining two
 * strings made V8 copy the whole chunk again (`chunkDecoder`). More than a window carries over, even in three-byte characters.
 */
const HEADROOM_BYTES = 128 * 1024;
const scratch = Buffer.allocUnsafe(HEADROOM_BYTES + CHUNK_BYTES);
/** Where every read lands. */
const chunkArea = scratch.subarray(HEADROOM_BYTES);
/** True for what `readSource` returns when it did not produce text (or any union with SkippedFile). */
const isSkippedFile = (value) => 'reason' in value;
/** True for what `readSource` returns for a file read in chunks. */
const isStreamed = (value) => 'chunks' in value;
/** One `read` into `buffer` from `start` up to `end`, at `position` in the file; returns the bytes read. */
function readAt(fd, buffer, start, end, position) {
    _counts_js__WEBPACK_IMPORTED_MODULE_2__/* .ioCounts */ .R.read++;
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, start, end - start, position);
}
/** Fills `buffer` from `start` up to `end` (or the end of the file), reading from `position` on; returns how far it got. */
function readInto(fd, buffer, start, end, position = start) {
    let filled = start;
    while (filled < end) {
        const bytesRead = readAt(fd, buffer, filled, end, position + filled - start);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return filled;
}
/**
 * Why the head of a file says it is binary (a format name, or `NUL byte`), or undefined for text.
 * UTF-16 and UTF-32 text is full of NUL bytes, so a byte order mark — or, without one, the regular pattern of zero
 * bytes that Latin text has in those encodings — settles it as text first.
 */
function binaryKind(head) {
    if (wideEncoding(head) !== undefined)
        return undefined;
    const magic = BINARY_MAGIC.find((format) => format[1].every((byte, i) => head[i] === byte));
    if (magic !== undefined)
        return magic[0];
    return head.indexOf(0) === -1 ? undefined : 'NUL byte';
}
/** Code units looked at to recognise UTF-16 or UTF-32 without a byte order mark. */
const SNIFF_UNITS = 2048;
/** Share of those units that must look like Latin text (one non-zero byte, the rest zero). */
const WIDE_SHARE = 0.9;
/** The encoding a byte order mark names, or that the head's zero bytes reveal; undefined for UTF-8 and binaries. */
function wideEncoding(bytes) {
    // Indexed, not destructured: destructuring walks the array's iterator, once per file read.
    const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2], b3 = bytes[3];
    // UTF-32LE's mark starts like UTF-16LE's, so it is checked first.
    if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
        return 'utf-32le';
    if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
        return 'utf-32be';
    if (b0 === 0xff && b1 === 0xfe)
        return 'utf-16le';
    if (b0 === 0xfe && b1 === 0xff)
        return 'utf-16be';
    // Wide text of Latin characters is mostly zero bytes: a head without any (nearly every file) is not wide.
    if (bytes.subarray(0, SNIFF_UNITS * 4).indexOf(0) === -1)
        return undefined;
    for (const [encoding, width, at] of [['utf-32le', 4, 0], ['utf-32be', 4, 3], ['utf-16le', 2, 0], ['utf-16be', 2, 1]]) {
        if (looksWide(bytes, width, at))
            return encoding;
    }
    return undefined;
}
/** Most units of `width` bytes have their only non-zero byte at `at`: ASCII text in that encoding. */
function looksWide(bytes, width, at) {
    const units = Math.min(SNIFF_UNITS, Math.floor(bytes.length / width));
    if (units < 2)
        return false;
    // Stops as soon as too many units are not Latin for the share to be reached.
    const allowed = units - units * WIDE_SHARE;
    let other = 0;
    for (let u = 0; u < units; u++) {
        let ok = bytes[u * width + at] !== 0;
        for (let i = 0; i < width && ok; i++)
            if (i !== at && bytes[u * width + i] !== 0)
                ok = false;
        if (!ok && ++other > allowed)
            return false;
    }
    return true;
}
/**
 * Text from bytes: UTF-16 or UTF-32 when a byte order mark or the zero-byte pattern says so, otherwise UTF-8. Byte
 * order marks are dropped, so column 1 is the first real character; invalid sequences become U+FFFD instead of
 * failing, and the file is still scanned.
 */
function decodeText(bytes) {
    const wide = wideEncoding(bytes);
    if (wide === 'utf-32le' || wide === 'utf-32be')
        return decodeUtf32(bytes, wide === 'utf-32le');
    if (wide !== undefined)
        return new TextDecoder(wide).decode(bytes);
    // Buffer#toString rather than TextDecoder: about 4x faster on ASCII-heavy text, the common case.
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return bytes.toString('utf8', start);
}
/**
 * Decodes a file chunk by chunk, as {@link decodeText} decodes it whole: the encoding is judged on the first chunk,
 * and a character split between two chunks comes out whole with the second. `end` flushes what is left.
 */
function chunkDecoder(head) {
    const wide = wideEncoding(head);
    let first = true;
    if (wide === 'utf-32le' || wide === 'utf-32be') {
        // Chunks are whole multiples of 4 bytes (all but the last are CHUNK_BYTES long).
        return {
            decode: (bytes, carried = '') => {
                const text = decodeUtf32(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), wide === 'utf-32le', first);
                first = false;
                return carried + text;
            },
            end: () => ''
        };
    }
    if (wide !== undefined) {
        const decoder = new TextDecoder(wide);
        return { decode: (bytes, carried = '') => carried + decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
    }
    // Buffer#toString per chunk, not a StringDecoder (several times slower on ASCII); a sequence cut by the chunk's end
    // is held back and decoded with the next chunk, which is what decoding the whole file at once gives.
    let heldBack = Buffer.alloc(0);
    return {
        decode: (bytes, carried = '') => {
            const start = first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
            first = false;
            const chunk = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start);
            const carriedBytes = carried === '' ? 0 : Buffer.byteLength(carried);
            const before = carriedBytes + heldBack.length;
            // A chunk readSource read has room before it in the scratch buffer: the carried text (valid UTF-16, so it comes
            // back the same) and the held-back bytes are written there and decoded with the chunk in one pass.
            const inPlace = before > 0 && chunk.buffer === scratch.buffer && chunk.byteOffset - scratch.byteOffset >= before;
            const whole = inPlace ? Buffer.from(chunk.buffer, chunk.byteOffset - before, before + chunk.byteLength) : heldBack.length === 0 ? chunk : Buffer.concat([heldBack, chunk]);
            if (inPlace) {
                whole.write(carried, 0);
                heldBack.copy(whole, carriedBytes);
            }
            const end = whole.length - cutSequence(whole);
            heldBack = Buffer.from(whole.subarray(end));
            return (inPlace ? '' : carried) + whole.toString('utf8', 0, end);
        },
        end: () => heldBack.toString('utf8')
    };
}
/** How many bytes at the end of `bytes` begin a UTF-8 sequence that they do not complete (0 to 3). */
function cutSequence(bytes) {
    for (let back = 1; back <= Math.min(3, bytes.length); back++) {
        const byte = bytes[bytes.length - back];
        if ((byte & 0xc0) === 0x80)
            continue; // a continuation byte: the sequence starts further back
        const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}
/** UTF-32, which TextDecoder does not read; a byte order mark is dropped, and a value that is no character is U+FFFD. */
function decodeUtf32(bytes, littleEndian, atStart = true) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const chunks = [];
    let points = [];
    for (let at = 0; at + 4 <= bytes.length; at += 4) {
        const point = view.getUint32(at, littleEndian);
        if (at === 0 && atStart && point === 0xfeff)
            continue;
        points.push(point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? 0xfffd : point);
        // In pieces: fromCodePoint takes its arguments on the stack.
        if (points.length === 8192) {
            chunks.push(String.fromCodePoint(...points));
            points = [];
        }
    }
    chunks.push(String.fromCodePoint(...points));
    return chunks.join('');
}


/***/ }),

/***/ 2699:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ analyzeFile),
  F: () => (/* binding */ isEmptyFacts),
  vn: () => (/* binding */ keyHit),
  FY: () => (/* binding */ keyMatches),
  mP: () => (/* binding */ settingLines),
  gO: () => (/* binding */ unparsedFacts)
});

// EXTERNAL MODULE: ./src/clients/fingerprints.ts
var fingerprints = __webpack_require__(1075);
// EXTERNAL MODULE: ./src/sources/index.ts
var sources = __webpack_require__(1006);
// EXTERNAL MODULE: ./src/sources/limits.ts
var limits = __webpack_require__(5632);
// EXTERNAL MODULE: ./src/core/ignores.ts
var ignores = __webpack_require__(9920);
// EXTERNAL MODULE: ./src/core/base64.ts
var base64 = __webpack_require__(2616);
// EXTERNAL MODULE: ./src/rules/llm-key.ts
var llm_key = __webpack_require__(9890);
// EXTERNAL MODULE: ./src/rules/names.ts
var names = __webpack_require__(5603);
;// CONCATENATED MODULE: ./src/engine/key-context.ts


/** How far around a token to look for an LLM host or SDK call. */
const WINDOW_LINES = 3;
/** How far back on its line to read the name before a token, and how far a window reaches either side. */
const MAX_PREFIX = 80;
const MAX_WINDOW = 1200;
/** How much text is searched for LLM sites at a time, and how far past it a site may end (a host, `OpenAI (`). */
const SEARCH_PIECE = 8192;
const SEARCH_OVERLAP = 256;
/**
 * The word before a token, read backwards: `NAME=`, `name: "`, `"name": "`, `--name `, `${NAME:-`,
 * `name => '`, `os.environ["NAME"] = "`, `Bearer `. Group 2 holds what separates them; an operator or a quote there means the
 * token is assigned to that name. Escaped quotes count, as in notebook JSON (`api_key = \\"`).
 */
const NAME_BEFORE = /(?:^|[^A-Za-z0-9_.-])-{0,2}([A-Za-z_][A-Za-z0-9_.-]*)(\\?["'`]?\]?\s*(?:[:=]=?|=>|:-|\?=)?\s*\\?["'`]?\s*)$/;
/** How far back on its line a list item's name may stand (`KEYS=k1,…,k9,k10`: ten keys of 51 characters). */
const MAX_LIST = 4096;
/** SDK constructors and module calls of LLM clients (`OpenAI(`, `new Anthropic(`, `openai.chat…`, `litellm.completion`). */
const SDK_CALL = /\b(?:Async)?(?:OpenAI|AzureOpenAI|Anthropic|ChatOpenAI|ChatAnthropic|ChatDeepSeek|ZhipuAI|Groq|Mistral|Cerebras|Together|OpenRouter)\s*\(|\bcreate(?:OpenAI|Anthropic|OpenAICompatible|DeepSeek)\s*\(|\b(?:openai|anthropic|litellm|dashscope|zhipuai)\.[A-Za-z_]/g;
const URL_HOST = /\bhttps?:\/\/([A-Za-z0-9.-]+(?::\d+)?)/g;
/** The text before a token ends inside a URL, past its host: `https://host/a/b/`. */
const IN_URL_PATH = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>()]*\/$/i;
/** The provider an SDK class or module of one provider names (`AzureOpenAI(`, `ChatDeepSeek(`, `zhipuai.`), by registry id. */
const CALL_PROVIDERS = {
    azureopenai: 'azure-openai',
    anthropic: 'anthropic',
    chatanthropic: 'anthropic',
    createanthropic: 'anthropic',
    chatdeepseek: 'deepseek',
    createdeepseek: 'deepseek',
    zhipuai: 'zhipu',
    groq: 'groq',
    mistral: 'mistral',
    cerebras: 'cerebras',
    together: 'together',
    openrouter: 'openrouter',
    dashscope: 'dashscope'
};
/**
 * A judge for the candidates of one text. The LLM hosts and SDK calls are looked for only around the
 * candidates that need them, as the candidates come (in order), so a file without any is never searched
 * for them, and a file full of candidates is still read a bounded number of times.
 */
function keyContextFor(text, catalog) {
    // Made at the first candidate that needs them: most texts have none, and cost nothing here.
    let finders;
    const sitesNear = (match) => {
        finders ??= {
            hosts: siteFinder(text, URL_HOST, (m) => {
                const found = catalog.byHost(m[1]);
                return found?.role === 'api' && !found.provider.local ? { offset: m.index, provider: found.provider } : undefined;
            }),
            calls: siteFinder(text, SDK_CALL, (m) => {
                const id = CALL_PROVIDERS[m[0].replace(/^Async|[\s(.].*$/gs, '').toLowerCase()];
                const provider = id === undefined ? undefined : catalog.byId(id);
                return provider ? { offset: m.index, provider } : { offset: m.index };
            })
        };
        const from = linesBack(text, match.start, WINDOW_LINES, MAX_WINDOW);
        const to = linesForward(text, match.end, WINDOW_LINES, MAX_WINDOW);
        return [...finders.hosts(from, to), ...finders.calls(from, to)].sort((a, b) => a.offset - b.offset);
    };
    return (match) => llmContextOf(text, match, catalog, sitesNear);
}
/**
 * The sites of one kind between `from` and `to`, for windows that move forward through the text (as
 * candidates do). The text is searched in pieces of at least `SEARCH_PIECE` characters from where the
 * last piece ended, or from the window's start when it begins further on, so each part of the text is
 * searched about once and a file with one candidate is searched only around it. A piece is read with
 * `SEARCH_OVERLAP` characters either side, for a site that starts in it and ends past it.
 */
function siteFinder(text, pattern, siteOf) {
    const regex = new RegExp(pattern.source, 'g');
    const sites = [];
    let searched = 0;
    return (from, to) => {
        searched = Math.max(searched, from);
        if (searched < to) {
            const end = Math.min(text.length, Math.max(to, searched + SEARCH_PIECE));
            // One character before the piece, for `\b`; a site starting there belongs to the text before.
            const base = Math.max(0, searched - 1);
            for (const m of text.slice(base, end + SEARCH_OVERLAP).matchAll(regex)) {
                const offset = base + m.index;
                if (offset < searched)
                    continue;
                if (offset >= end)
                    break;
                const site = siteOf(Object.assign(m, { index: offset }));
                if (site)
                    sites.push(site);
            }
            searched = end;
        }
        const near = [];
        for (let i = firstAtOrAfter(sites, from); i < sites.length && sites[i].offset < to; i++)
            near.push(sites[i]);
        return near;
    };
}
/**
 * Whose a shared-shape token is, when its context says it is an LLM credential; undefined otherwise. The provider
 * is the one its name or a nearby host points at when that provider issues the shape, else the shape's usual owner
 * (one-api for `sk-` + 48, Volcengine Ark for a UUID), marked `byShape`: others issue it too.
 */
function llmContextOf(text, match, catalog, sitesNear) {
    // An item of a list (`KEYS=k1,k2,`): the name before the list names every item, however many come first.
    const listStart = text.charCodeAt(lastNonSpace(text, match.start)) === 44 ? startOfList(text, match.start) : match.start;
    const prefix = text.slice(linesBack(text, listStart, 0, MAX_PREFIX), listStart);
    // A segment of a URL's path (`…/v1/<account id>/<gateway>/…`, `/users/<uuid>`) is an id, not a credential.
    if (IN_URL_PATH.test(prefix))
        return undefined;
    const before = NAME_BEFORE.exec(prefix);
    const word = before?.[1];
    const says = word === undefined ? undefined : (0,llm_key/* credentialNameSays */.rA)(word, catalog);
    // Assigned to a name that is no credential (`request_id=…`, `"id": "…"`): not a key.
    if (says === undefined && before !== null && /[:=>"'`]/.test(before[2]))
        return undefined;
    const issues = (p) => p !== undefined && p.keyFormats.some((f) => f.id === match.format.id);
    const hostProvider = () => sitesNear(match).find((site) => issues(site.provider))?.provider;
    const openAiStyle = match.token.startsWith('sk-');
    const confirmed = (provider) => provider && { provider };
    const byShape = { provider: match.provider, byShape: true };
    if (says === 'llm' || (openAiStyle && (says === 'generic' || says === 'unknown'))) {
        const byAlias = says === 'llm' ? (0,names/* providerNamedBy */.IH)(word, catalog) : undefined;
        const named = says === 'llm' ? (issues(byAlias) ? byAlias : catalog.providers.find((p) => issues(p) && nameNames(word, p))) : undefined;
        return confirmed(named ?? hostProvider()) ?? byShape;
    }
    if (says === 'other' || says === 'unknown')
        return undefined;
    // A generic name (`api_key=`, `Bearer`) or none at all: an LLM host or SDK call nearby decides.
    return confirmed(hostProvider()) ?? (sitesNear(match).length > 0 ? byShape : undefined);
}
/** The name's words include the provider's id or a word of its name (`DEEPSEEK_API_KEY` → DeepSeek). */
function nameNames(name, provider) {
    const words = name.toLowerCase().split(/[^a-z0-9]+/);
    return words.includes(provider.id) || provider.name.toLowerCase().split(/[^a-z0-9]+/).some((w) => w.length > 3 && words.includes(w));
}
/** The offset of the last character before `end` that is no space or tab (-1 when none). */
function lastNonSpace(text, end) {
    let i = end - 1;
    while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9))
        i--;
    return i;
}
/**
 * Where the list that the item at `end` belongs to starts: back over `item,` runs (letters, digits, `_`, `-`) on the
 * same line, at most `MAX_LIST` characters, so a long line of candidates stays linear.
 */
function startOfList(text, end) {
    const stop = Math.max(0, end - MAX_LIST);
    let start = end;
    for (let i = lastNonSpace(text, end); i >= stop && text.charCodeAt(i) === 44; i = lastNonSpace(text, start)) {
        let j = lastNonSpace(text, i);
        const itemEnd = j;
        while (j >= stop && /[A-Za-z0-9_-]/.test(text[j]))
            j--;
        if (j === itemEnd)
            break;
        start = j + 1;
    }
    return start;
}
/** The index of the first site at or after `offset` (binary search). */
function firstAtOrAfter(sites, offset) {
    let lo = 0;
    let hi = sites.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sites[mid].offset < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Where the line `lines` lines above the one holding `offset` starts, looking back at most `limit`
 * characters: bounded, so a minified file of one long line full of candidates stays linear.
 */
function linesBack(text, offset, lines, limit) {
    const stop = Math.max(0, offset - limit);
    let seen = 0;
    for (let i = offset - 1; i >= stop; i--)
        if (text.charCodeAt(i) === 10 && seen++ === lines)
            return i + 1;
    return stop;
}
/** Where the line `lines` lines below the one holding `offset` ends, looking ahead at most `limit` characters. */
function linesForward(text, offset, lines, limit) {
    const stop = Math.min(text.length, offset + limit);
    let seen = 0;
    for (let i = offset; i < stop; i++)
        if (text.charCodeAt(i) === 10 && seen++ === lines)
            return i;
    return stop;
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/engine/analyze.ts







const BOM = '\uFEFF';
/**
 * The pure analysis of one file: its text in, the facts the rules need out (entries, diagnostics, key hits, ignore
 * directives, client fingerprints, and for a fix's corrected line the lines settings sit on, or the whole text when
 * it holds little besides its settings). The rest of the text is not kept, so memory follows the settings found, not
 * the size of the repository. No I/O and no state: the same text always gives the same facts, wherever it runs.
 */
function analyzeFile(file, catalog) {
    const text = file.text.startsWith(BOM) ? file.text.slice(1) : file.text;
    const source = { path: file.path, text };
    const choice = (0,sources/* chooseParser */.RV)(file.path, text);
    const parsed = choice ? parseWithinCap(choice.parser, source) : { entries: [], diagnostics: [] };
    const keyHits = [...findKeyHits(source, catalog), ...decodedKeyHits(file.path, parsed.entries, catalog)];
    // Findings stand on an entry, a key hit or a diagnostic of their file: a file with none needs no directives
    // searched for (nearly every file of a tree, and a search through all of its text).
    const reportable = keyHits.length > 0 || parsed.entries.length > 0 || parsed.diagnostics.length > 0;
    return {
        path: file.path,
        kind: choice?.parser.kind ?? 'text',
        ...(choice && { matchedBy: choice.matchedBy }),
        entries: parsed.entries,
        diagnostics: parsed.diagnostics,
        keyHits,
        ignores: reportable ? (0,ignores/* findIgnoreDirectives */.m1)(text) : [],
        ...(parsed.workflow ? { workflow: parsed.workflow } : {}),
        ...(parsed.envFiles ? { envFiles: parsed.envFiles } : {}),
        fingerprints: parsed.fingerprints ? [...(0,fingerprints/* extractFingerprints */.JB)(source), ...parsed.fingerprints] : (0,fingerprints/* extractFingerprints */.JB)(source),
        ...(parsed.entries.length > 0 && keptLines(text, parsed.entries))
    };
}
/** Characters of text kept whole per setting, at most: a dotenv file's lines are a few dozen each. */
const KEPT_TEXT_PER_SETTING = 256;
/**
 * What a fix's corrected line is cut from: the text itself when it is not much longer than its settings (most
 * configuration files; keeping it copies nothing, where cutting out its lines cost a tenth of a small file's
 * analysis), else the lines its settings sit on.
 */
function keptLines(text, entries) {
    return text.length <= KEPT_TEXT_PER_SETTING * entries.length ? { text } : { lines: settingLines(text, entries) };
}
/** The lines an edit can land on: an active setting's name, and its value when written on one line. */
function settingLines(text, entries) {
    const index = new core_text/* LineIndex */.rr(text);
    const lines = new Map();
    const keep = (line) => {
        if (!lines.has(line))
            lines.set(line, index.lineText(line));
    };
    for (const entry of entries) {
        if (entry.commented)
            continue;
        keep(entry.keySpan.start.line);
        if (entry.valueSpan && entry.valueSpan.start.line === entry.valueSpan.end.line)
            keep(entry.valueSpan.start.line);
    }
    return lines;
}
/** The facts of a file a parser would read but that is over the parse cap: its kind, and a note saying so. */
function unparsedFacts(choice, size) {
    return { kind: choice.parser.kind, matchedBy: choice.matchedBy, diagnostics: [overCapNote(size)] };
}
const overCapNote = (size) => ({
    message: `not parsed: at ${megabytes(size)} it is over the ${megabytes(limits/* PARSE_CAP_BYTES */.T)} limit for a full parse, so it was only scanned for keys`,
    span: (0,core_text/* lineSpan */.ZX)(1),
    severity: 'note'
});
const megabytes = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
/** A parse, unless the text is over the cap (then a note); a parser bug must not lose the rest of the scan. */
function parseWithinCap(parser, file) {
    if (file.text.length > limits/* PARSE_CAP_BYTES */.T)
        return { entries: [], diagnostics: [overCapNote(file.text.length)] };
    try {
        return parser.parse(file);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
            entries: [],
            diagnostics: [{ message: `the ${parser.kind} parser failed on this file: ${reason}`, span: (0,core_text/* lineSpan */.ZX)(1) }]
        };
    }
}
/**
 * Keys in a text, in order: every token of a format found anywhere, and tokens of shared shapes whose context
 * says they are LLM credentials, with the provider that context names.
 */
function keyMatches(text, catalog) {
    return catalog.scanKeys(text, keyContextFor(text, catalog));
}
function findKeyHits(file, catalog) {
    const matches = keyMatches(file.text, catalog);
    if (matches.length === 0)
        return [];
    const lines = new core_text/* LineIndex */.rr(file.text);
    return matches.map((m) => {
        const span = lines.span(m.start, m.end);
        return keyHit(file.path, m, span, lines.lineText(span.start.line));
    });
}
/**
 * Keys inside values the parser decoded (a Kubernetes Secret's `data`, base64), which the scan of the text cannot see:
 * each points at the encoded token as written. The value is scanned as its setting, `NAME: value`, so a shared shape
 * is judged by the name it is assigned to, as it would be in plain text. A value read by several scopes is scanned once.
 */
function decodedKeyHits(path, entries, catalog) {
    const hits = new Map();
    for (const entry of entries) {
        if (!(0,base64/* decodedFromBase64 */.gc)(entry) || entry.value === undefined || entry.valueSpan === undefined)
            continue;
        const setting = `${entry.key}: ${entry.value}`;
        for (const m of keyMatches(setting, catalog)) {
            const at = `${entry.valueSpan.start.line}:${entry.valueSpan.start.column}\0${m.token}`;
            const lineStart = setting.lastIndexOf('\n', m.start) + 1;
            const lineEnd = setting.indexOf('\n', m.end);
            if (!hits.has(at))
                hits.set(at, keyHit(path, m, entry.valueSpan, setting.slice(lineStart, lineEnd === -1 ? undefined : lineEnd)));
        }
    }
    return [...hits.values()];
}
/** A key hit from a match, its place and the text of its line. */
const keyHit = (file, m, span, line) => ({
    file,
    span,
    token: m.token,
    provider: m.provider.id,
    format: m.format.id,
    ...(m.byShape && { byShape: true }),
    line
});
/**
 * Facts with nothing for any rule: most files of a repository; the scan need not keep them. A configuration
 * file is kept even when it holds nothing, so reports can list it among the files read.
 */
function isEmptyFacts(facts) {
    return (facts.kind === 'text' &&
        facts.entries.length === 0 &&
        facts.diagnostics.length === 0 &&
        facts.keyHits.length === 0 &&
        facts.fingerprints.length === 0 &&
        facts.workflow === undefined &&
        (facts.envFiles?.length ?? 0) === 0);
}


/***/ }),

/***/ 1298:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ fileOutcome)
});

// EXTERNAL MODULE: ./src/engine/analyze.ts + 1 modules
var analyze = __webpack_require__(2699);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/discover/read.ts
var read = __webpack_require__(9711);
// EXTERNAL MODULE: ./src/core/ignores.ts
var core_ignores = __webpack_require__(9920);
// EXTERNAL MODULE: ./src/sources/index.ts
var sources = __webpack_require__(1006);
;// CONCATENATED MODULE: ./src/engine/stream.ts





/**
 * Text kept on either side of the part of a window whose hits it reports: the look around a key (its line, the
 * lines and hosts within 1,200 characters, `key-context.ts`) and tokens that run on past the part's end.
 */
const CONTEXT_CHARS = 8192;
/**
 * The facts of a file read in chunks: its key hits and ignore directives, found as in {@link analyzeFile} with
 * the same lines and columns, in memory bounded by a chunk and three times {@link CONTEXT_CHARS} (the context on
 * either side, and the part of a line carried over), whatever the file's size. Text is decoded chunk by chunk and
 * searched a window at a time; each window reports the hits that start in its middle part and carries its tail
 * over, so a key split between two chunks is found once, whole.
 * Line numbers come from counting the line breaks up to each hit, once over the file. A file a parser would read
 * gets its kind and a note that it was only scanned for keys; client fingerprints are not read from it.
 *
 * Limit, only on files larger than a chunk: the `line` of a hit on a line longer than {@link CONTEXT_CHARS} holds
 * only its part within the window.
 */
function analyzeStream(path, chunks, catalog, stats) {
    const keyHits = [];
    const ignores = new Map();
    let decoder;
    let choice;
    let size = 0;
    let window = '';
    /** Where the window starts in the file. */
    let at = { line: 1, column: 1 };
    /** Hits before this offset of the window were reported by the window before. */
    let reported = 0;
    const step = (final) => {
        if (stats)
            stats.peakWindowChars = Math.max(stats.peakWindowChars, window.length);
        const end = final ? window.length : cutBefore(window, window.length - CONTEXT_CHARS, reported);
        if (end <= reported)
            return;
        const positions = positionsIn(window, at);
        let cut = end;
        for (const m of (0,analyze/* keyMatches */.FY)(window, catalog)) {
            if (m.start < reported)
                continue;
            if (m.start >= cut)
                break;
            // A token that reaches the end of what has been read may go on in the next chunk: read it again there.
            if (!final && m.end >= window.length && m.start > reported) {
                cut = m.start;
                break;
            }
            const span = { start: positions.at(m.start), end: positions.at(m.end) };
            keyHits.push((0,analyze/* keyHit */.vn)(path, m, span, positions.lineText(m.start)));
        }
        const lineStart = positions.lineStartBefore(reported);
        if (window.includes(core_ignores/* DIRECTIVE */.Eq, lineStart)) {
            const base = positions.at(lineStart).line - 1;
            for (const directive of (0,core_ignores/* findIgnoreDirectives */.m1)(window.slice(lineStart, cut))) {
                const line = base + directive.line;
                ignores.set(`${line}:${directive.rules.join(',')}`, { line, rules: directive.rules });
            }
        }
        if (final)
            return;
        let keep = Math.max(0, cut - CONTEXT_CHARS);
        if (window.charCodeAt(keep - 1) === CR && window.charCodeAt(keep) === LF)
            keep++;
        // The window carried over starts on a whole character: it is decoded again, from UTF-8, with the next chunk.
        if ((0,core_text/* isLowSurrogate */.LJ)(window.charCodeAt(keep)) && (0,core_text/* isHighSurrogate */.pc)(window.charCodeAt(keep - 1)))
            keep--;
        at = positions.at(keep);
        window = window.slice(keep);
        reported = cut - keep;
    };
    for (const bytes of chunks) {
        decoder ??= (0,read/* chunkDecoder */.aX)(bytes);
        size += bytes.length;
        // Decoded after the window in one new string: joining the two would have V8 copy the chunk again.
        window = decoder.decode(bytes, window);
        if (choice === undefined && size === bytes.length)
            choice = (0,sources/* chooseParser */.RV)(path, window);
        step(false);
    }
    const rest = decoder?.end() ?? '';
    if (rest !== '')
        window += rest;
    step(true);
    return {
        path,
        ...(choice ? (0,analyze/* unparsedFacts */.gO)(choice, size) : { kind: 'text', diagnostics: [] }),
        entries: [],
        keyHits,
        ignores: [...ignores.values()],
        fingerprints: []
    };
}
const LF = 10;
const CR = 13;
/**
 * Where to end the part of a window whose hits are reported: just after the last line break before `limit` (so
 * the next part starts a line), or at `limit` itself when there is none within the context before it (a long line).
 * Never splits `\r\n`.
 */
function cutBefore(window, limit, from) {
    if (limit <= from)
        return from;
    // Looked for within the context only: a break far back would carry a long line over whole, chunk after chunk.
    for (let i = limit - 1, stop = Math.max(from, limit - CONTEXT_CHARS); i >= stop; i--) {
        const c = window.charCodeAt(i);
        if (c === LF)
            return i + 1;
        if (c === CR)
            return window.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    }
    return window.charCodeAt(limit - 1) === CR && window.charCodeAt(limit) === LF ? limit + 1 : limit;
}
/**
 * Positions of increasing offsets in a window that starts at `start` of the file, counting line breaks (`\n`,
 * `\r\n`, a lone `\r`, as `LineIndex` does) only as far as the offsets asked for, each once.
 */
function positionsIn(window, start) {
    let offset = 0;
    let line = start.line;
    /** Offset of the current line's start in the window: negative when it began before the window. */
    let lineStart = 1 - start.column;
    // Most texts end lines with `\n` alone: then the breaks are found by indexOf, a native search.
    const lfOnly = window.indexOf('\r') === -1;
    const advance = (to) => {
        if (lfOnly) {
            for (let i = window.indexOf('\n', offset); i !== -1 && i < to; i = window.indexOf('\n', i + 1)) {
                line++;
                lineStart = i + 1;
            }
        }
        else {
            for (let i = offset; i < to; i++) {
                const c = window.charCodeAt(i);
                if (c === LF || (c === CR && window.charCodeAt(i + 1) !== LF)) {
                    line++;
                    lineStart = i + 1;
                }
            }
        }
        offset = Math.max(offset, to);
    };
    return {
        at(to) {
            if (to < offset)
                return positionAfter(window, to, start);
            advance(to);
            return { line, column: to - lineStart + 1 };
        },
        /** The window's text of the line holding offset `to` (asked after `at(to)`), without its line ending. */
        lineText(to) {
            advance(to);
            let end = to;
            while (end < window.length && window.charCodeAt(end) !== LF && window.charCodeAt(end) !== CR)
                end++;
            return window.slice(Math.max(0, lineStart), end);
        },
        /** The offset of the start of the line holding `to` (0 when it began before the window). */
        lineStartBefore(to) {
            const lf = window.lastIndexOf('\n', to - 1);
            const cr = window.lastIndexOf('\r', to - 1);
            return Math.max(lf, cr) + 1;
        }
    };
}
/** The position of `to` counted from the window's start: for an offset behind the running count (a hit's end before the next hit's start never is). */
function positionAfter(window, to, start) {
    const positions = positionsIn(window, start);
    return positions.at(to);
}

;// CONCATENATED MODULE: ./src/engine/outcome.ts
/**
 * The per-file work of a scan (read result in, facts out: parse by kind, key scan, ignore directives, fingerprints), as
 * the main thread runs it and as a worker thread of the pool (./scan-worker.ts) runs it: one function, so both give
 * the same facts.
 */




/**
 * The outcome of one file read (or not) from the working tree. Never throws: a failure of the analysis itself (a bug,
 * not bad input; parsers already return diagnostics) becomes a diagnostic on the file, so one file cannot lose the
 * rest of the scan, on any thread.
 */
function fileOutcome(source, catalog) {
    if ((0,read/* isSkippedFile */.Xh)(source))
        return source;
    try {
        // A file over the parse cap comes as a stream: it would only be key-scanned anyway.
        const facts = (0,read/* isStreamed */.eW)(source) ? analyzeStream(source.path, source.chunks, catalog) : (0,analyze/* analyzeFile */.xy)(source, catalog);
        return (0,analyze/* isEmptyFacts */.F)(facts) ? null : facts;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const diagnostic = { message: `the scan failed on this file: ${reason}`, span: (0,core_text/* lineSpan */.ZX)(1) };
        return { path: source.path, kind: 'text', entries: [], diagnostics: [diagnostic], keyHits: [], ignores: [], fingerprints: [] };
    }
}


/***/ }),

/***/ 1601:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ nameRole)
/* harmony export */ });
/* unused harmony export credentialName */
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7485);
/**
 * What a variable name says about its value, for the names no client profile knows. Used to pair
 * settings by shared prefixes (`LLM_API_KEY` ↔ `LLM_API_BASE_URL`) and by the key rules.
 */

/**
 * Suffixes longest first, so `LLM_API_BASE_URL` loses `_API_BASE_URL` rather than `_URL`.
 * `_KEY` alone is weak: `CACHE_KEY` and `SORT_KEY` are not credentials unless the value looks like one;
 * so is `_PASSWORD`, which CI files set to throwaway values for service containers.
 */
const KEY_SUFFIXES = [
    ['_ACCESS_TOKEN', 'strong'],
    ['_BEARER_TOKEN', 'strong'],
    ['_SECRET_KEY', 'strong'],
    ['_AUTH_TOKEN', 'strong'],
    ['_API_TOKEN', 'strong'],
    ['_API_KEYS', 'strong'],
    ['_API_KEY', 'strong'],
    ['_PASSWORD', 'weak'],
    ['_APIKEY', 'strong'],
    ['_SECRET', 'strong'],
    ['_TOKEN', 'strong'],
    ['_KEY', 'weak']
];
/** `_URL` and `_ENDPOINT` name many things (`DATABASE_URL`); they are a base URL only next to a key. */
const BASE_SUFFIXES = [
    ['_API_BASE_URL', 'strong'],
    ['_BASE_URL', 'strong'],
    ['_API_BASE', 'strong'],
    ['_BASEURL', 'strong'],
    ['_API_URL', 'weak'],
    ['_ENDPOINT', 'weak'],
    ['_URL', 'weak']
];
const MODEL_SUFFIXES = ['_DEFAULT_MODEL', '_MODEL_NAME', '_MODEL_ID', '_MODEL'];
/** Field names of config files and SDK options (camelCase or snake_case), which carry no stem. */
const KEY_FIELDS = /^(?:api[-_]?key|apikey|token|access[-_]?token|auth[-_]?token|bearer[-_]?token|experimental_bearer_token|secret)$/i;
const BASE_FIELDS = /^(?:api[-_]?base|base[-_]?url|api[-_]?base[-_]?url|baseURL|endpoint)$/i;
const MODEL_FIELDS = /^(?:model|model[-_]?name)$/i;
/** Environment variable style: upper case with underscores. */
const ENV_STYLE = /^[A-Z][A-Z0-9_]*$/;
/** Strips a trailing `_API` so `LLM_API_KEY` and `LLM_BASE_URL` share the stem `LLM`. */
const stemOf = (rest) => rest.replace(/_API$/, '');
/** The role a variable or field name suggests, or undefined for names that say nothing. Remembered per name. */
const nameRole = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoize */ .Bj)(roleOfName);
/**
 * A numbered copy of a name (`DEEPSEEK_API_KEY_2`, `OPENAI_API_KEY1`: a second account, a backup key) plays the
 * role of the name without the number; the number stays in the stem, so `*_API_KEY_2` pairs with `*_BASE_URL_2`.
 */
const ORDINAL = /^([A-Za-z][A-Za-z0-9_]*?[A-Za-z])(_?)(\d{1,2})$/;
function roleOfName(name) {
    const role = roleOfUnnumbered(name);
    if (role !== undefined)
        return role;
    const numbered = ORDINAL.exec(name);
    if (numbered === null)
        return undefined;
    const [, unnumbered, , ordinal] = numbered;
    const found = roleOfUnnumbered(unnumbered);
    if (found === undefined)
        return undefined;
    const stem = found.stem === '' ? ordinal : `${found.stem}_${ordinal}`;
    return { ...found, stem };
}
function roleOfUnnumbered(name) {
    if (KEY_FIELDS.test(name))
        return { role: 'key', stem: '', strength: 'strong' };
    if (/^password$/i.test(name))
        return { role: 'key', stem: '', strength: 'weak' };
    if (BASE_FIELDS.test(name))
        return { role: 'base', stem: '', strength: /endpoint/i.test(name) ? 'weak' : 'strong' };
    if (MODEL_FIELDS.test(name))
        return { role: 'model', stem: '' };
    if (!ENV_STYLE.test(name))
        return undefined;
    const upper = `_${name}`;
    for (const [suffix, strength] of KEY_SUFFIXES) {
        if (upper.endsWith(suffix))
            return { role: 'key', stem: stemOf(upper.slice(1, -suffix.length)), strength };
    }
    for (const [suffix, strength] of BASE_SUFFIXES) {
        if (upper.endsWith(suffix))
            return { role: 'base', stem: stemOf(upper.slice(1, -suffix.length)), strength };
    }
    const model = MODEL_SUFFIXES.find((s) => upper.endsWith(s));
    return model ? { role: 'model', stem: stemOf(upper.slice(1, -model.length)) } : undefined;
}
/**
 * How sure a name is to hold a credential: `strong` for `*_API_KEY`, `*_TOKEN`, `*_SECRET`, `apiKey`,
 * `experimental_bearer_token`…; `weak` for `*_KEY`, which needs a random-looking value as well.
 */
function credentialName(name) {
    const role = nameRole(name);
    return role?.role === 'key' ? role.strength : undefined;
}


/***/ }),

/***/ 8381:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ createCatalog)
});

// UNUSED EXPORTS: textScanRegex

;// CONCATENATED MODULE: ./src/providers/placeholders.ts
/**
 * Tells placeholders (`YOUR_RUTAAPI_KEY`, `sk-xxxx`, `${VAR}`, `sk-...DTMA`) from values that look like real
 * credentials. The ideas come from the scanners in `reference/secret-scanners.md` §4: gitleaks' global
 * allowlist and stopwords, trufflehog's false-positive words, detect-secrets' templated/sequential filters.
 *
 * Thresholds are chosen so that a random key is almost never taken for a placeholder: each marker below
 * has a chance of about 1e-4 or less of appearing in a random 100-character key by accident (a test
 * checks thousands of generated keys).
 */
/** Whole values that mean "nothing here yet" (LibreChat's `user_provided` asks each user for their own key). */
const SENTINELS = new Set([
    'user_provided',
    'none',
    'null',
    'nil',
    'undefined',
    'true',
    'false',
    'n/a',
    'na',
    'required',
    'optional',
    'empty',
    'default',
    'key',
    'token',
    'secret',
    'password',
    'apikey',
    'api_key',
    'api-key'
]);
/**
 * Words that mark a placeholder when they stand as a word of their own (`sk-your-key-here`, `YOUR_API_KEY`,
 * `YourApiKey`). Four letters or more: shorter words turn up by chance in random keys.
 */
const MARKER_WORDS = new Set([
    'your',
    'here',
    'test',
    'fake',
    'demo',
    'mock',
    'todo',
    'fixme',
    'dummy',
    'sample',
    'example',
    'placeholder',
    'changeme',
    'replace',
    'replaceme',
    'redacted',
    'insert',
    'secret',
    'token'
]);
/** Marker words long enough to count even inside a longer run of letters (`myexamplekey`, `sk-sample123`). */
const MARKER_INFIXES = /example|sample|dummy|placeholder|changeme|redacted/i;
/** `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ x }}`, `<api-key>`, `%VAR%`, `[API_KEY]`, `@VAR@`. */
const TEMPLATE = /\$|\{\{|\}\}|<[^<>]*>|^%[A-Za-z_]\w*%$|^\[[^\]]*\]$|^@[A-Za-z_]\w*@$/;
/** Masked or elided keys: `sk-...DTMA`, `sk-…abcd`, `sk-****abcd`, `sk-••••abcd`. */
const MASKED = /\.\.\.|…|\*|•/;
/** A provider prefix of short segments (`sk-`, `sk-proj-`, `gsk_`, `sk-ant-api03-`), removed to see the body. */
const KEY_PREFIX = /^(?:[A-Za-z0-9]{1,8}[-_])+/;
/** An ALL_CAPS_SNAKE name ending in a credential word: `OPENAI_API_KEY` written where its value belongs. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:KEY|TOKEN|SECRET|PASSWORD)$/;
/**
 * Words of a value: split at separators and at lower→upper case changes (`YourApiKey` → Your, Api, Key).
 * Digits stay inside words, so `mock7a` in a random key is no `mock`.
 */
function words(value) {
    return value.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).filter((w) => w.length > 0);
}
/** A run of one character: ≥ 4 of the filler `x`/`X`, ≥ 6 of anything else (`000000`, `aaaaaa`). */
function hasRepeatedRun(value) {
    let run = 1;
    for (let i = 1; i < value.length; i++) {
        run = value[i] === value[i - 1] ? run + 1 : 1;
        const c = value[i];
        if (run >= (c === 'x' || c === 'X' ? 4 : 6))
            return true;
    }
    return false;
}
/** A run of ≥ 6 consecutive ascending digits or letters: `123456`, `abcdef`, `ABCDEF`. */
function hasSequentialRun(value) {
    let run = 1;
    for (let i = 1; i < value.length; i++) {
        const prev = value.charCodeAt(i - 1);
        const cur = value.charCodeAt(i);
        const sameClass = charClass(prev) !== 0 && charClass(prev) === charClass(cur);
        run = sameClass && cur === prev + 1 ? run + 1 : 1;
        if (run >= 6)
            return true;
    }
    return false;
}
/** 1 digit, 2 lower-case letter, 3 upper-case letter, 0 anything else. */
function charClass(code) {
    if (code >= 48 && code <= 57)
        return 1;
    if (code >= 97 && code <= 122)
        return 2;
    if (code >= 65 && code <= 90)
        return 3;
    return 0;
}
/** Whether a key-like value is a placeholder, template, reference or masked key rather than a real secret. */
function isPlaceholder(value) {
    const v = value.trim();
    if (v === '')
        return true;
    if (SENTINELS.has(v.toLowerCase()))
        return true;
    if (TEMPLATE.test(v) || MASKED.test(v) || ENV_NAME.test(v) || MARKER_INFIXES.test(v))
        return true;
    if (words(v).some((word) => MARKER_WORDS.has(word.toLowerCase())))
        return true;
    // Nothing but a prefix, or a prefix and one repeated character: `sk-`, `sk-xxx`, `gsk_0000`, `aaaa`.
    const body = v.replace(KEY_PREFIX, '');
    if (/^(?:(.)\1*)?$/.test(body))
        return true;
    return hasRepeatedRun(v) || hasSequentialRun(v);
}
/** Shannon entropy in bits per character (gitleaks' measure). */
function shannonEntropy(value) {
    const chars = [...value]; // code points, so an emoji is one symbol
    if (chars.length === 0)
        return 0;
    const counts = new Map();
    for (const c of chars)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / chars.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** Characters of opaque tokens: base64, base64url, hex, JWT dots. Anything else (`:`, `@`, spaces) is not a key. */
const TOKEN_CHARS = /^[A-Za-z0-9_\-.+/=~]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A UUID behind a word prefix (`sk-lf-<uuid>`, `gw_<uuid>`): a token, where a bare UUID may be any id. */
const PREFIXED_UUID = /^(?:[A-Za-z][A-Za-z0-9]*[-_])+[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PATH_START = /^(?:\/|\.\.?\/|~\/)/;
/** The longest run of letters and digits: random keys have long unbroken runs, model names and versions do not. */
function longestAlnumRun(value) {
    let best = 0;
    let run = 0;
    for (let i = 0; i < value.length; i++) {
        run = charClass(value.charCodeAt(i)) === 0 ? 0 : run + 1;
        if (run > best)
            best = run;
    }
    return best;
}
/**
 * Whether a value reads as words (`getServerSideConfig2024`, `mysupersecretvalue123`) rather than random
 * characters. Its letter runs, split before every capital, are long on average (under 2 for mixed-case
 * random strings, about 3.6 for lower-case-and-digit ones, 4 or more for names), a third or more of its
 * letters are vowels (English about 0.38, random letters about 0.19), no more than four consonants
 * stand in a row (random letters have longer runs), and digits come in at most two groups (`value123`,
 * where a random key scatters them). All together, so that random lower-case keys with digits are not
 * taken for words.
 */
function readsAsWords(value) {
    const pieces = value.split(/[^A-Za-z]+|(?=[A-Z])/).filter((p) => p.length > 0);
    if (pieces.length === 0)
        return false;
    const letters = pieces.join('').toLowerCase();
    if (letters.length / pieces.length < 4)
        return false;
    const vowels = letters.replace(/[^aeiou]/g, '').length;
    const digitGroups = value.match(/[0-9]+/g)?.length ?? 0;
    return vowels / letters.length >= 0.3 && !/[b-df-hj-np-tv-xz]{5}/.test(letters) && digitGroups <= 2;
}
/**
 * Whether an opaque value (no known prefix) looks random enough to be a real credential, for
 * `OPENAI_API_KEY=<40 random characters>`: 20+ token characters, not a placeholder, path, bare UUID or
 * word-like identifier, at least two character classes, and Shannon entropy of at least 3.5 bits per
 * character (gitleaks' generic-api-key) or 3.0 for hex (detect-secrets' HexHighEntropyString).
 * A prefix and a UUID (`gw-<uuid>`) is a token even though its runs are short.
 */
function looksLikeSecret(value) {
    const v = value.trim();
    if (v.length < 20 || v.length > 1024 || !TOKEN_CHARS.test(v))
        return false;
    if (UUID.test(v) || PATH_START.test(v) || isPlaceholder(v))
        return false;
    if (PREFIXED_UUID.test(v))
        return true;
    if (longestAlnumRun(v) < 12 || readsAsWords(v))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(v)).length;
    if (classes < 2)
        return false;
    const threshold = /^[0-9a-f]+$/i.test(v.replace(/^[a-z]+[-_]/i, '')) ? 3.0 : 3.5;
    return shannonEntropy(v) >= threshold;
}

;// CONCATENATED MODULE: ./src/providers/registry.ts
// Alphabets of the test-key samples (`sample` of each format).
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = `${ALNUM}_-`;
const HEX = '0123456789abcdef';
const HEX_UPPER = '0123456789ABCDEF';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const DIGITS = '0123456789';
/** `length` random characters of `alphabet`, as a sample part. */
const chars = (length, alphabet) => ({ length, alphabet });
/** A v4 UUID, lower-case (Volcengine Ark keys, Helicone proxy key suffixes). */
const UUID_SAMPLE = [chars(8, HEX), '-', chars(4, HEX), '-4', chars(3, HEX), '-8', chars(3, HEX), '-', chars(12, HEX)];
const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// Shapes several providers share (providers.md §3 "Collisions"). One object each, so every provider
// that issues the shape lists the same format and rules can compare format ids. Found in free text
// only next to an LLM context (`inText: 'context'`).
/** DeepSeek and Alibaba DashScope. */
const SK_HEX32 = {
    id: 'sk-hex32',
    pattern: 'sk-[a-f0-9]{32}',
    confidence: 'shared',
    inText: 'context',
    source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/deepseek.go (sk-[a-f0-9]{32}, context "deepseek")',
    sample: ['sk-', chars(32, HEX)]
};
/** one-api/new-api tokens (`GenerateKey()` = 48 chars shown as `sk-…`), Moonshot, Stability, Braintrust, most resellers. */
const SK_ALNUM48 = {
    id: 'sk-alnum48',
    pattern: 'sk-[A-Za-z0-9]{48}',
    confidence: 'shared',
    inText: 'context',
    source: 'songquanpeng/one-api@0fb6b21f common/random/main.go GenerateKey (48 characters); betterleaks/betterleaks@6381fa45 rules/kimi.go, rules/stabilityai.go',
    sample: ['sk-', chars(48, ALNUM)]
};
/** Azure OpenAI keys; also any MD5-like hex string. */
const HEX32 = {
    id: 'hex32',
    pattern: '[a-f0-9]{32}',
    confidence: 'shared',
    inText: 'context',
    source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/azure_openai/azure_openai.go (32 hex next to an api_key name)',
    sample: [chars(32, HEX)]
};
const OPENAI_MARKER = 'T3BlbkFJ'; // base64("OpenAI"), inside every OpenAI user, project, service and admin key
const providers = [
    // ── Providers whose keys carry a unique prefix ────────────────────────────────────────────────
    {
        id: 'openai',
        name: 'OpenAI',
        // Data-residency hosts, each serving /v1 (https://developers.openai.com/api/docs/guides/data-residency, region table).
        apiHosts: [
            'api.openai.com',
            'us.api.openai.com',
            'eu.api.openai.com',
            'ae.api.openai.com',
            'au.api.openai.com',
            'ca.api.openai.com',
            'gb.api.openai.com',
            'in.api.openai.com',
            'jp.api.openai.com',
            'kr.api.openai.com',
            'sg.api.openai.com'
        ],
        apiRoot: 'https://api.openai.com/v1',
        nonApiHosts: [
            { host: 'openai.com', role: 'marketing' },
            { host: 'www.openai.com', role: 'marketing' },
            { host: 'platform.openai.com', role: 'dashboard' },
            { host: 'chat.openai.com', role: 'chat-app' },
            { host: 'chatgpt.com', role: 'chat-app' },
            { host: 'www.chatgpt.com', role: 'chat-app' },
            { host: 'help.openai.com', role: 'docs' },
            { host: 'developers.openai.com', role: 'docs' }
        ],
        keyFormats: [
            // Flexible lengths around the marker (secret-scanners.md §7): gitleaks' fixed 58/74 misses real keys (#1467).
            {
                id: 'openai-admin',
                pattern: `sk-admin-[A-Za-z0-9_-]{16,}${OPENAI_MARKER}[A-Za-z0-9_-]{16,}`,
                confidence: 'unique',
                inference: false,
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openaiadmin/openaiadmin.go (58 + marker + 58)',
                sample: ['sk-admin-', chars(58, URLSAFE), OPENAI_MARKER, chars(58, URLSAFE)]
            },
            {
                id: 'openai-project',
                pattern: `sk-(?:proj|svcacct|service|None)-[A-Za-z0-9_-]{16,}${OPENAI_MARKER}[A-Za-z0-9_-]{16,}`,
                confidence: 'unique',
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openai/openai.go (any length around the marker)',
                sample: ['sk-proj-', chars(74, URLSAFE), OPENAI_MARKER, chars(74, URLSAFE)]
            },
            {
                id: 'openai-legacy',
                pattern: `sk-[A-Za-z0-9]{20}${OPENAI_MARKER}[A-Za-z0-9]{20}`,
                confidence: 'unique',
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/openai.go (20 + marker + 20)',
                sample: ['sk-', chars(20, ALNUM), OPENAI_MARKER, chars(20, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: ['x-request-id', 'cf-ray'],
        sources: [
            'openai/openai-node@7b7d6ca7 src/client.ts (baseURL default, x-request-id), src/internal/data-residency.ts',
            'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/openai.go',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openai, pkg/detectors/openaiadmin',
            'ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts'
        ]
    },
    {
        id: 'azure-openai',
        name: 'Azure OpenAI',
        apiHosts: ['*.openai.azure.com', '*.cognitiveservices.azure.com', '*.services.ai.azure.com'],
        apiRoot: 'https://{resource}.openai.azure.com/openai/v1',
        // Deployment-style URLs: {azure root}/deployments/{deployment}/chat/completions?api-version=…
        apis: { azure: 'https://{resource}.openai.azure.com/openai' },
        nonApiHosts: [
            { host: 'portal.azure.com', role: 'dashboard' },
            { host: 'ai.azure.com', role: 'dashboard' },
            { host: 'oai.azure.com', role: 'dashboard' },
            { host: 'learn.microsoft.com', role: 'docs' }
        ],
        keyFormats: [
            HEX32,
            // Newer Azure AI services keys [unverified].
            {
                id: 'azure-alnum84',
                pattern: '[A-Za-z0-9]{84}',
                confidence: 'shared',
                source: 'trufflesecurity/trufflehog issue #4389 (84-character Azure OpenAI keys) [unverified]',
                sample: [chars(84, ALNUM)]
            }
        ],
        auth: 'api-key',
        modelsPath: '/models',
        requestIdHeaders: ['apim-request-id', 'x-request-id', 'x-ms-region'],
        sources: [
            'openai/openai-node@7b7d6ca7 src/azure.ts',
            'vercel/ai@ed857f50 packages/azure/src/azure-openai-provider.ts',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/azure_openai/azure_openai.go',
            'ChatGPTNextWeb/NextChat@706a18b9 app/api/common.ts'
        ]
    },
    {
        id: 'anthropic',
        name: 'Anthropic',
        apiHosts: ['api.anthropic.com'],
        // OpenAI-compatible layer ("testing, not production"); the SDKs use the native root and add /v1/messages.
        apiRoot: 'https://api.anthropic.com/v1',
        apis: { anthropic: 'https://api.anthropic.com' },
        nonApiHosts: [
            { host: 'anthropic.com', role: 'marketing' },
            { host: 'www.anthropic.com', role: 'marketing' },
            { host: 'claude.com', role: 'marketing' },
            { host: 'www.claude.com', role: 'marketing' },
            { host: 'console.anthropic.com', role: 'dashboard' },
            { host: 'platform.claude.com', role: 'dashboard' },
            { host: 'claude.ai', role: 'chat-app' },
            { host: 'docs.anthropic.com', role: 'docs' },
            { host: 'docs.claude.com', role: 'docs' }
        ],
        keyFormats: [
            // secretlint accepts api0\d and 90–128 body characters; gitleaks fixes api03 + 93.
            {
                id: 'anthropic-api',
                pattern: 'sk-ant-api0\\d-[A-Za-z0-9_-]{86,128}AA',
                confidence: 'unique',
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/anthropic.go (api03 + 93 + AA); secretlint-rule-anthropic 13.1 (api0\\d, 90–128)',
                sample: ['sk-ant-api03-', chars(93, URLSAFE), 'AA']
            },
            {
                id: 'anthropic-admin',
                pattern: 'sk-ant-admin01-[A-Za-z0-9_-]{93}AA',
                confidence: 'unique',
                inference: false,
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/anthropic/anthropic.go',
                sample: ['sk-ant-admin01-', chars(93, URLSAFE), 'AA']
            },
            // Claude subscription OAuth token: needs Bearer + anthropic-beta, fails with x-api-key.
            {
                id: 'anthropic-oauth',
                pattern: 'sk-ant-oat01-[A-Za-z0-9_-]{40,}',
                confidence: 'unique',
                inference: false,
                source: 'https://code.claude.com/docs/en/env-vars (CLAUDE_CODE_OAUTH_TOKEN); Claude Code ~/.claude/.credentials.json accessToken',
                sample: ['sk-ant-oat01-', chars(93, URLSAFE), 'AA']
            },
            // The refresh token next to it in Claude Code's credentials file; trades for new access tokens.
            {
                id: 'anthropic-oauth-refresh',
                pattern: 'sk-ant-ort01-[A-Za-z0-9_-]{40,}',
                confidence: 'unique',
                inference: false,
                source: 'Claude Code ~/.claude/.credentials.json claudeAiOauth.refreshToken (public configs in the code index) [length unverified]',
                sample: ['sk-ant-ort01-', chars(93, URLSAFE), 'AA']
            }
        ],
        // The native /v1/models probe (trufflehog) uses x-api-key; Bearer there is unverified.
        auth: 'x-api-key',
        modelsPath: '/models',
        requestIdHeaders: ['request-id', 'cf-ray'],
        sources: [
            'anthropics/anthropic-sdk-typescript@bfa9197f src/client.ts, src/core/error.ts',
            'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/anthropic.go',
            'secretlint 13.1 secretlint-rule-anthropic',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/anthropic/anthropic.go',
            'https://platform.claude.com/docs/en/api/openai-sdk'
        ]
    },
    {
        id: 'gemini',
        name: 'Google Gemini',
        apiHosts: ['generativelanguage.googleapis.com'],
        apiRoot: 'https://generativelanguage.googleapis.com/v1beta/openai',
        apis: { gemini: 'https://generativelanguage.googleapis.com/v1beta' },
        nonApiHosts: [
            { host: 'aistudio.google.com', role: 'dashboard' },
            { host: 'makersuite.google.com', role: 'dashboard' },
            { host: 'ai.google.dev', role: 'docs' },
            { host: 'gemini.google.com', role: 'chat-app' }
        ],
        // The Gemini exchange's REST API (docs.gemini.com; ccxt's gemini: public base https://api.gemini.com), found as
        // the base URL of a `google` endpoint holding GEMINI_API_KEY (__tests__/real-world/cases/librechat-gemini-wrong-host).
        lookalikeHosts: [{ host: 'api.gemini.com', owner: 'the Gemini crypto exchange' }],
        keyFormats: [
            // AIza keys are Google Cloud API keys in general (gitleaks gcp-api-key).
            {
                id: 'google-api-key',
                pattern: 'AIza[0-9A-Za-z_-]{35}',
                confidence: 'unique',
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/gcp.go (gcp-api-key)',
                sample: ['AIza', chars(35, URLSAFE)]
            },
            {
                id: 'gemini-aq',
                pattern: 'AQ\\.Ab8RN6[A-Za-z0-9_-]{44}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/gcp.go (gcp-gemini-api)',
                sample: ['AQ.Ab8RN6', chars(44, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/google/src/google-provider.ts',
            'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/gcp.go',
            'betterleaks/betterleaks@6381fa45 gcp-gemini-api rule',
            'https://ai.google.dev/api/compatibility'
        ]
    },
    {
        id: 'openrouter',
        name: 'OpenRouter',
        // In-region routing hosts, with the same /api/v1 (https://openrouter.ai/docs/guides/features/in-region-routing).
        apiHosts: ['openrouter.ai', 'eu.openrouter.ai', 'us.openrouter.ai'],
        apiRoot: 'https://openrouter.ai/api/v1',
        // Claude Code with ANTHROPIC_BASE_URL=https://openrouter.ai/api (openrouter.ai/docs/guides/coding-agents/claude-code-integration).
        apis: { anthropic: 'https://openrouter.ai/api' },
        // openrouter.ai serves the website too; only /api is the API there.
        sharedWithWebsite: { host: 'openrouter.ai', apiPath: '/api' },
        nonApiHosts: [{ host: 'www.openrouter.ai', role: 'marketing' }],
        keyFormats: [
            {
                id: 'openrouter',
                pattern: 'sk-or-v1-[0-9a-f]{64}',
                confidence: 'unique',
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openrouter/openrouter.go',
                sample: ['sk-or-v1-', chars(64, HEX)]
            }
        ],
        auth: 'bearer',
        // Public (works without a key); verify keys with GET /key instead.
        modelsPath: '/models',
        requestIdHeaders: ['cf-ray'],
        gateway: true,
        sources: [
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openrouter/openrouter.go',
            'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/openrouter.go',
            'https://openrouter.ai/docs/errors'
        ]
    },
    {
        id: 'groq',
        name: 'Groq',
        apiHosts: ['api.groq.com'],
        apiRoot: 'https://api.groq.com/openai/v1',
        nonApiHosts: [
            { host: 'groq.com', role: 'marketing' },
            { host: 'www.groq.com', role: 'marketing' },
            { host: 'console.groq.com', role: 'dashboard' }
        ],
        keyFormats: [
            {
                id: 'groq',
                pattern: 'gsk_[A-Za-z0-9]{52}',
                confidence: 'unique',
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/groq/groq.go (52 characters, test vectors)',
                sample: ['gsk_', chars(52, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: ['x-request-id'],
        sources: [
            'vercel/ai@ed857f50 packages/groq/src/groq-provider.ts',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/groq/groq.go',
            'secretlint 13.1 secretlint-rule-groq'
        ]
    },
    {
        id: 'xai',
        name: 'xAI',
        // Regional hosts (https://docs.x.ai/developers/advanced-api-usage/regions: `https://us.api.x.ai/v1`;
        // https://docs.x.ai/developers/regions: `https://<region-name>.api.x.ai`, such as us-east-1 and eu-west-1).
        apiHosts: ['api.x.ai', 'us.api.x.ai', 'us-east-1.api.x.ai', 'eu-west-1.api.x.ai'],
        apiRoot: 'https://api.x.ai/v1',
        nonApiHosts: [
            { host: 'x.ai', role: 'marketing' },
            { host: 'console.x.ai', role: 'dashboard' },
            { host: 'docs.x.ai', role: 'docs' },
            { host: 'grok.com', role: 'chat-app' }
        ],
        keyFormats: [
            {
                id: 'xai',
                pattern: 'xai-[A-Za-z0-9_-]{70,120}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/xai.go (70–120); trufflehog pkg/detectors/xai (80)',
                sample: ['xai-', chars(80, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/xai/src/xai-provider.ts',
            'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/xai.go',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/xai/xai.go'
        ]
    },
    {
        id: 'perplexity',
        name: 'Perplexity',
        apiHosts: ['api.perplexity.ai'],
        // No /v1: chat is POST https://api.perplexity.ai/chat/completions. Perplexity retired that (Sonar) API on
        // 2026-09-27 for its Agent API, which the OpenAI SDK reaches at https://api.perplexity.ai/v1 with `responses`
        // (vercel/ai @ai-sdk/perplexity@3.1.0 release notes; docs.perplexity.ai/docs/grounded-llm/openai-compatibility).
        // Not a verdict yet: no vendor page stating the date was read, and which clients moved to the Agent API is not checked.
        apiRoot: 'https://api.perplexity.ai',
        nonApiHosts: [
            { host: 'perplexity.ai', role: 'chat-app' },
            { host: 'www.perplexity.ai', role: 'chat-app' },
            { host: 'docs.perplexity.ai', role: 'docs' }
        ],
        keyFormats: [
            {
                id: 'perplexity',
                pattern: 'pplx-[A-Za-z0-9]{48}',
                confidence: 'unique',
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/perplexity.go',
                sample: ['pplx-', chars(48, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/perplexity/src/perplexity-provider.ts',
            'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/perplexity.go'
        ]
    },
    {
        id: 'together',
        name: 'Together AI',
        // The docs now give https://api.together.ai/v1 (https://docs.together.ai/docs/inference/openai-compatibility); SDKs keep .xyz.
        apiHosts: ['api.together.xyz', 'api.together.ai'],
        apiRoot: 'https://api.together.xyz/v1',
        nonApiHosts: [
            { host: 'together.ai', role: 'marketing' },
            { host: 'www.together.ai', role: 'marketing' },
            { host: 'docs.together.ai', role: 'docs' }
        ],
        keyFormats: [
            {
                id: 'together',
                pattern: 'tgp_v1_[A-Za-z0-9_-]{43}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/togetherai.go',
                sample: ['tgp_v1_', chars(43, URLSAFE)]
            },
            // Legacy keys.
            {
                id: 'hex64',
                pattern: '[a-f0-9]{64}',
                confidence: 'shared',
                source: 'trufflesecurity/trufflehog issue #4704 (legacy Together keys: 64 hex)',
                sample: [chars(64, HEX)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/togetherai/src/togetherai-provider.ts',
            'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/togetherai.go',
            'https://docs.together.ai/docs/error-codes'
        ]
    },
    {
        id: 'huggingface',
        name: 'Hugging Face Inference Providers',
        apiHosts: ['router.huggingface.co', 'api-inference.huggingface.co'],
        apiRoot: 'https://router.huggingface.co/v1',
        nonApiHosts: [{ host: 'huggingface.co', role: 'marketing' }],
        keyFormats: [
            // trufflehog allows digits; gitleaks and secretlint only letters and miss such tokens.
            {
                id: 'huggingface',
                pattern: 'hf_[A-Za-z0-9]{34}',
                confidence: 'unique',
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/huggingface/huggingface.go (letters and digits)',
                sample: ['hf_', chars(34, ALNUM)]
            },
            {
                id: 'huggingface-org',
                pattern: 'api_org_[A-Za-z]{34}',
                confidence: 'unique',
                inference: false,
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/huggingface.go (huggingface-organization-api-token)',
                sample: ['api_org_', chars(34, LETTERS)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/huggingface/src/huggingface-provider.ts',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/huggingface',
            'gitleaks/gitleaks@b58d3f10 huggingface-access-token rule'
        ]
    },
    {
        id: 'cerebras',
        name: 'Cerebras',
        apiHosts: ['api.cerebras.ai'],
        apiRoot: 'https://api.cerebras.ai/v1',
        nonApiHosts: [
            { host: 'cerebras.ai', role: 'marketing' },
            { host: 'cloud.cerebras.ai', role: 'dashboard' },
            { host: 'inference-docs.cerebras.ai', role: 'docs' }
        ],
        keyFormats: [
            {
                id: 'cerebras',
                pattern: 'csk-[A-Za-z0-9]{48}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/cerebras.go',
                sample: ['csk-', chars(48, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['vercel/ai@ed857f50 packages/cerebras/src/cerebras-provider.ts', 'betterleaks/betterleaks@6381fa45 cerebras-api-key rule']
    },
    {
        id: 'nvidia-nim',
        name: 'NVIDIA NIM',
        apiHosts: ['integrate.api.nvidia.com'],
        apiRoot: 'https://integrate.api.nvidia.com/v1',
        nonApiHosts: [{ host: 'build.nvidia.com', role: 'dashboard' }],
        keyFormats: [
            {
                id: 'nvidia',
                pattern: 'nvapi-[A-Za-z0-9_-]{60,70}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/nvidia.go',
                sample: ['nvapi-', chars(64, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['BerriAI/litellm get_llm_provider_logic.py (nvidia_nim)', 'betterleaks/betterleaks@6381fa45 nvidia-api-key rule']
    },
    {
        id: 'baidu-qianfan',
        name: 'Baidu Qianfan',
        apiHosts: ['qianfan.baidubce.com', 'aip.baidubce.com'],
        apiRoot: 'https://qianfan.baidubce.com/v2',
        // Legacy wenxinworkshop API with OAuth access tokens; NextChat's BAIDU_URL still uses it.
        // cloud.baidu.com/doc/qianfan-docs/s/6mh3e6gjp (Anthropic-compatible endpoint).
        apis: { baidu: 'https://aip.baidubce.com', anthropic: 'https://qianfan.baidubce.com/anthropic' },
        nonApiHosts: [
            { host: 'cloud.baidu.com', role: 'marketing' },
            { host: 'console.bce.baidu.com', role: 'dashboard' },
            { host: 'yiyan.baidu.com', role: 'chat-app' }
        ],
        // Key format [unverified], but the prefix is distinctive.
        keyFormats: [
            {
                id: 'baidu-bce-v3',
                pattern: 'bce-v3/ALTAK-[A-Za-z0-9]+/[A-Za-z0-9]+',
                confidence: 'unique',
                source: 'public Qianfan configs in the code index (bce-v3/ALTAK-<id>/<40 hex>) [unverified in Baidu docs]',
                sample: ['bce-v3/ALTAK-', chars(21, ALNUM), '/', chars(40, HEX)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts, app/api/baidu.ts', 'public configs using https://qianfan.baidubce.com/v2']
    },
    // ── Shared or prefix-less key shapes (order matters, see the header) ──────────────────────────
    {
        id: 'siliconflow',
        name: 'SiliconFlow',
        apiHosts: ['api.siliconflow.cn', 'api.siliconflow.com'],
        apiRoot: 'https://api.siliconflow.cn/v1',
        nonApiHosts: [
            { host: 'siliconflow.cn', role: 'marketing' },
            { host: 'www.siliconflow.cn', role: 'marketing' },
            { host: 'siliconflow.com', role: 'marketing' },
            { host: 'cloud.siliconflow.cn', role: 'dashboard' },
            { host: 'cloud.siliconflow.com', role: 'dashboard' },
            { host: 'docs.siliconflow.cn', role: 'docs' }
        ],
        // Listed before one-api so that the narrower lowercase shape wins [medium confidence].
        keyFormats: [
            {
                id: 'sk-lower48',
                pattern: 'sk-[a-z]{48}',
                confidence: 'shared',
                inText: 'context',
                source: 'ChatGPTNextWeb/NextChat@706a18b9 app/api/siliconflow.ts; public SiliconFlow configs [medium confidence]',
                sample: ['sk-', chars(48, LOWER)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts, app/api/siliconflow.ts']
    },
    {
        id: 'one-api',
        name: 'one-api / new-api gateway',
        // Self-hosted: no fixed host. Config providers name the real host.
        apiHosts: [],
        apiRoot: 'https://{host}/v1',
        nonApiHosts: [],
        keyFormats: [
            // GenerateKey(): 16 random characters, then a UUID's 32 hex digits with every even position upper-cased.
            // A structure random text never has, so it is found anywhere; `shared` because every one-api-based
            // gateway (RutaAPI and friends) issues it, so it names no single host.
            {
                id: 'one-api-signature',
                pattern: 'sk-[A-Za-z0-9]{16}(?:[0-9A-F][0-9a-f]){16}',
                confidence: 'shared',
                inText: 'anywhere',
                source: 'songquanpeng/one-api@0fb6b21f common/random/main.go GenerateKey',
                sample: ['sk-', chars(16, ALNUM), { length: 32, alphabet: HEX_UPPER, alternate: HEX }]
            },
            SK_ALNUM48,
            // A `-<channelId>` suffix pins a channel (admin tokens only).
            {
                id: 'sk-alnum48-channel',
                pattern: 'sk-[A-Za-z0-9]{48}-[0-9]+',
                confidence: 'shared',
                inText: 'context',
                source: 'songquanpeng/one-api@8df4a267 middleware/auth.go (token split at "-" for the channel id)',
                sample: ['sk-', chars(48, ALNUM), '-', chars(2, DIGITS)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: ['x-oneapi-request-id'],
        gateway: true,
        sources: [
            'songquanpeng/one-api@8df4a267 middleware/auth.go, common/random/main.go, common/helper/key.go',
            'QuantumNous/new-api model/token.go@0067bd93, common/constants.go'
        ]
    },
    {
        id: 'rutaapi',
        name: 'RutaAPI',
        apiHosts: ['api.rutaapi.com'],
        apiRoot: 'https://api.rutaapi.com/v1',
        nonApiHosts: [
            { host: 'rutaapi.com', role: 'marketing' },
            { host: 'www.rutaapi.com', role: 'marketing' },
            { host: 'app.rutaapi.com', role: 'dashboard' }
        ],
        // Key format [unverified]: assumed one-api/new-api style.
        keyFormats: [SK_ALNUM48],
        auth: 'bearer',
        modelsPath: '/models',
        // one-api's header, if RutaAPI runs one-api/new-api [unverified].
        requestIdHeaders: ['x-oneapi-request-id'],
        gateway: true,
        sources: [
            'https://rutaapi.com/docs/api-key-base-url-openai-compatible/',
            'https://rutaapi.com/docs/nextchat-custom-api-base-url/ (reference/rutaapi-nextchat-guide.txt)'
        ]
    },
    {
        id: 'deepseek',
        name: 'DeepSeek',
        apiHosts: ['api.deepseek.com'],
        apiRoot: 'https://api.deepseek.com',
        apiRootAliases: ['https://api.deepseek.com/v1'],
        // Anthropic Messages API for Claude Code and the Anthropic SDK (api-docs.deepseek.com/guides/anthropic_api).
        apis: { anthropic: 'https://api.deepseek.com/anthropic' },
        nonApiHosts: [
            { host: 'deepseek.com', role: 'marketing' },
            { host: 'www.deepseek.com', role: 'marketing' },
            { host: 'platform.deepseek.com', role: 'dashboard' },
            { host: 'chat.deepseek.com', role: 'chat-app' },
            { host: 'api-docs.deepseek.com', role: 'docs' }
        ],
        keyFormats: [SK_HEX32],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/deepseek/src/deepseek-provider.ts',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/deepseek/deepseek.go',
            'https://api-docs.deepseek.com/quick_start/error_codes'
        ]
    },
    {
        id: 'dashscope',
        name: 'Alibaba DashScope (Qwen)',
        // Shared domains per region, each with /compatible-mode/v1 and /apps/anthropic (https://www.alibabacloud.com/help/en/model-studio/base-url).
        // The workspace-dedicated domains ({workspace-id}.{region}.maas.aliyuncs.com, "recommended for production") serve the
        // same paths (same page).
        apiHosts: ['dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com', 'dashscope-us.aliyuncs.com', 'cn-hongkong.dashscope.aliyuncs.com', '*.maas.aliyuncs.com'],
        apiRoot: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
        // NextChat's ALIBABA_URL uses the native API: {dashscope root}/services/aigc/text-generation/generation.
        // Anthropic Messages under /apps/anthropic (Model Studio docs, docs/clients/providers-anthropic-compatible.md).
        apis: { dashscope: 'https://dashscope.aliyuncs.com/api/v1', anthropic: 'https://dashscope.aliyuncs.com/apps/anthropic' },
        // The first Claude Code endpoint, still served: "旧版兼容接口 https://dashscope.aliyuncs.com/api/v2/apps/claude-code-proxy
        // 仅支持 qwen3-coder-plus 模型" (the old interface serves qwen3-coder-plus only; help.aliyun.com/zh/model-studio/claude-code, FAQ).
        apiAliases: { anthropic: ['https://dashscope.aliyuncs.com/api/v2/apps/claude-code-proxy'] },
        nonApiHosts: [
            { host: 'bailian.console.aliyun.com', role: 'dashboard' },
            { host: 'dashscope.console.aliyun.com', role: 'dashboard' },
            { host: 'help.aliyun.com', role: 'docs' }
        ],
        keyFormats: [SK_HEX32],
        auth: 'bearer',
        modelsPath: '/models', // under compatible-mode [unverified]
        requestIdHeaders: [],
        sources: [
            'BerriAI/litellm llms/dashscope/chat/transformation.py',
            'vercel/ai@ed857f50 packages/alibaba/src/alibaba-provider.ts',
            'ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts'
        ]
    },
    {
        id: 'moonshot',
        name: 'Moonshot AI (Kimi)',
        // .ai and .cn accounts and keys are separate.
        apiHosts: ['api.moonshot.ai', 'api.moonshot.cn'],
        apiRoot: 'https://api.moonshot.ai/v1',
        // Anthropic Messages API (platform.moonshot.ai docs "Use Kimi in Claude Code"; LobeChat's moonshot runtime
        // DEFAULT_MOONSHOT_ANTHROPIC_BASE_URL = https://api.moonshot.cn/anthropic).
        apis: { anthropic: 'https://api.moonshot.ai/anthropic' },
        nonApiHosts: [
            { host: 'moonshot.ai', role: 'marketing' },
            { host: 'moonshot.cn', role: 'marketing' },
            { host: 'platform.moonshot.ai', role: 'dashboard' },
            // The console and docs moved to platform.kimi.ai (platform.kimi.ai/docs/api/quickstart).
            { host: 'platform.kimi.ai', role: 'dashboard' },
            { host: 'platform.moonshot.cn', role: 'dashboard' },
            { host: 'kimi.com', role: 'chat-app' },
            { host: 'www.kimi.com', role: 'chat-app' },
            { host: 'kimi.moonshot.cn', role: 'chat-app' }
        ],
        keyFormats: [SK_ALNUM48],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/moonshotai/src/moonshotai-provider.ts',
            'BerriAI/litellm llms/moonshot/chat/transformation.py',
            'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/kimi.go'
        ]
    },
    {
        id: 'ai302',
        name: '302.AI',
        apiHosts: ['api.302.ai'],
        apiRoot: 'https://api.302.ai/v1',
        nonApiHosts: [
            { host: '302.ai', role: 'marketing' },
            { host: 'www.302.ai', role: 'marketing' },
            { host: 'dash.302.ai', role: 'dashboard' } // [unverified]
        ],
        keyFormats: [SK_ALNUM48], // [unverified]
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        gateway: true,
        sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts, app/api/302ai.ts']
    },
    {
        id: 'zhipu',
        name: 'Zhipu AI (GLM) / Z.ai',
        apiHosts: ['open.bigmodel.cn', 'api.z.ai'],
        apiRoot: 'https://open.bigmodel.cn/api/paas/v4',
        // The GLM Coding Plan's root (docs.z.ai/devpack/quick-start), on both hosts.
        apiRootAliases: ['https://open.bigmodel.cn/api/coding/paas/v4'],
        // docs.z.ai/scenario-example/develop-tools/claude; the BigModel host serves the same path.
        apis: { anthropic: 'https://open.bigmodel.cn/api/anthropic' },
        nonApiHosts: [
            { host: 'bigmodel.cn', role: 'marketing' },
            { host: 'www.bigmodel.cn', role: 'marketing' },
            { host: 'z.ai', role: 'marketing' },
            { host: 'chat.z.ai', role: 'chat-app' },
            { host: 'chatglm.cn', role: 'chat-app' }
        ],
        // `<32 hex id>.<16 char secret>`: distinctive, but betterleaks still asks for context.
        keyFormats: [
            {
                id: 'zhipu',
                pattern: '[a-f0-9]{32}\\.[A-Za-z0-9]{16}',
                confidence: 'shared',
                inText: 'context',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/zai.go',
                sample: [chars(32, HEX), '.', chars(16, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: [],
        sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts', 'vercel/ai@ed857f50 content/providers/05-community-providers/44-zhipu.mdx']
    },
    {
        id: 'volcengine-ark',
        name: 'Volcengine Ark (Doubao) / BytePlus ModelArk',
        apiHosts: ['ark.cn-beijing.volces.com', 'ark.ap-southeast.bytepluses.com'],
        apiRoot: 'https://ark.cn-beijing.volces.com/api/v3',
        nonApiHosts: [
            { host: 'www.volcengine.com', role: 'marketing' },
            { host: 'console.volcengine.com', role: 'dashboard' },
            { host: 'console.byteplus.com', role: 'dashboard' }
        ],
        // UUID keys [medium confidence]; UUIDs are everywhere, so never unique.
        keyFormats: [
            {
                id: 'uuid',
                pattern: UUID_PATTERN,
                confidence: 'shared',
                inText: 'context',
                source: 'GitHub secret scanning volcengine_ark_api_key (github/docs@05a96e68 public-docs.yml); public Ark configs',
                sample: UUID_SAMPLE
            }
        ],
        auth: 'bearer',
        modelsPath: '/models', // [unverified]
        requestIdHeaders: ['x-request-id'],
        sources: [
            'BerriAI/litellm get_llm_provider_logic.py (volcengine)',
            'vercel/ai@ed857f50 packages/bytedance/src/bytedance-provider.ts',
            'ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts'
        ]
    },
    {
        id: 'fireworks',
        name: 'Fireworks AI',
        apiHosts: ['api.fireworks.ai'],
        // api.fireworks.ai/v1 is a different control-plane API.
        apiRoot: 'https://api.fireworks.ai/inference/v1',
        // "The base URL for the Anthropic SDK is https://api.fireworks.ai/inference (without the /v1 suffix)"
        // (https://docs.fireworks.ai/tools-sdks/anthropic-compatibility).
        apis: { anthropic: 'https://api.fireworks.ai/inference' },
        nonApiHosts: [
            { host: 'fireworks.ai', role: 'marketing' },
            { host: 'app.fireworks.ai', role: 'dashboard' },
            { host: 'docs.fireworks.ai', role: 'docs' }
        ],
        // `fw_` length [unverified]; too short a prefix to scan free text for (`fw_getFirmwareVersion…`).
        keyFormats: [
            {
                id: 'fireworks',
                pattern: 'fw_[A-Za-z0-9]{20,}',
                confidence: 'shared',
                source: 'public Fireworks configs in the code index (fw_ + 20 to 40) [length unverified]',
                sample: ['fw_', chars(24, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['vercel/ai@ed857f50 packages/fireworks/src/fireworks-provider.ts', 'BerriAI/litellm get_llm_provider_logic.py (fireworks_ai)']
    },
    {
        id: 'mistral',
        name: 'Mistral AI',
        // Regional inference hosts (https://docs.mistral.ai/studio-api/regional-inference: api.eu.mistral.ai, api.us.mistral.ai).
        apiHosts: ['api.mistral.ai', 'codestral.mistral.ai', 'api.eu.mistral.ai', 'api.us.mistral.ai'],
        apiRoot: 'https://api.mistral.ai/v1',
        nonApiHosts: [
            { host: 'mistral.ai', role: 'marketing' },
            { host: 'console.mistral.ai', role: 'dashboard' },
            { host: 'chat.mistral.ai', role: 'chat-app' },
            { host: 'docs.mistral.ai', role: 'docs' }
        ],
        keyFormats: [
            {
                id: 'alnum32',
                pattern: '[A-Za-z0-9]{32}',
                confidence: 'shared',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/mistral.go (32 alphanumerics, context "mistral")',
                sample: [chars(32, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['vercel/ai@ed857f50 packages/mistral/src/mistral-provider.ts', 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/mistral.go']
    },
    {
        id: 'cohere',
        name: 'Cohere',
        apiHosts: ['api.cohere.ai', 'api.cohere.com'],
        apiRoot: 'https://api.cohere.ai/compatibility/v1',
        apis: { cohere: 'https://api.cohere.com/v2' },
        nonApiHosts: [
            { host: 'cohere.com', role: 'marketing' },
            { host: 'dashboard.cohere.com', role: 'dashboard' },
            { host: 'docs.cohere.com', role: 'docs' }
        ],
        keyFormats: [
            {
                id: 'alnum40',
                pattern: '[A-Za-z0-9]{40}',
                confidence: 'shared',
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/cohere.go (40 alphanumerics, context "cohere")',
                sample: [chars(40, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: null, // under the compatibility base [unverified]; native: https://api.cohere.com/v1/models
        requestIdHeaders: [],
        sources: ['vercel/ai@ed857f50 packages/cohere/src/cohere-provider.ts', 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/cohere.go']
    },
    // ── Gateways that carry other providers' keys, and servers on the user's machine ──────────────
    {
        id: 'cloudflare-ai-gateway',
        name: 'Cloudflare AI Gateway',
        apiHosts: ['gateway.ai.cloudflare.com'],
        apiRoot: 'https://gateway.ai.cloudflare.com/v1/{account_id}/{gateway_id}/compat',
        // …/openai equals the OpenAI base without /v1; …/anthropic takes /v1/messages.
        apis: { anthropic: 'https://gateway.ai.cloudflare.com/v1/{account_id}/{gateway_id}/anthropic' },
        nonApiHosts: [
            { host: 'dash.cloudflare.com', role: 'dashboard' },
            { host: 'developers.cloudflare.com', role: 'docs' }
        ],
        keyFormats: [], // the upstream provider's key, plus an optional cf-aig-authorization token
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: ['cf-ray', 'cf-aig-log-id', 'cf-aig-event-id'],
        gateway: true,
        // Custom providers: an account's gateway forwards to any https base URL its owner sets, headers included.
        relaysAnywhere: true,
        sources: [
            'ChatGPTNextWeb/NextChat@706a18b9 app/utils/cloudflare.ts',
            'https://developers.cloudflare.com/ai-gateway/get-started',
            'https://developers.cloudflare.com/ai-gateway/configuration/custom-providers/'
        ]
    },
    {
        id: 'litellm-proxy',
        name: 'LiteLLM Proxy',
        apiHosts: ['localhost:4000', '127.0.0.1:4000', '0.0.0.0:4000'],
        apiRoot: 'http://localhost:4000/v1',
        apiRootAliases: ['http://localhost:4000'], // routes are served with and without /v1
        nonApiHosts: [{ host: 'docs.litellm.ai', role: 'docs' }],
        // Master keys are `sk-` + anything the admin chose; generated virtual keys have a shape.
        keyFormats: [
            {
                id: 'litellm-virtual',
                pattern: 'sk-[A-Za-z0-9_-]{22}',
                confidence: 'shared',
                inText: 'context',
                source: 'BerriAI/litellm litellm/proxy/management_endpoints/key_management_endpoints.py generate_key_helper_fn (sk- + secrets.token_urlsafe(16)), litellm/constants.py LENGTH_OF_LITELLM_GENERATED_KEY = 16',
                sample: ['sk-', chars(22, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: ['x-litellm-call-id'],
        gateway: true,
        local: true,
        // The service of LiteLLM's own docker-compose.yml (BerriAI/litellm docker-compose.yml: `services: litellm:`).
        serviceNames: ['litellm', 'litellm-proxy'],
        sources: ['BerriAI/litellm get_llm_provider_logic.py (litellm_proxy), docs/my-website/docs/exception_mapping.md']
    },
    {
        id: 'ollama',
        name: 'Ollama',
        apiHosts: ['localhost:11434', '127.0.0.1:11434'],
        apiRoot: 'http://localhost:11434/v1',
        // Native /api/chat; Anthropic Messages since v0.14.0 (docs.ollama.com/api/anthropic-compatibility).
        apis: { ollama: 'http://localhost:11434', anthropic: 'http://localhost:11434' },
        nonApiHosts: [],
        keyFormats: [],
        auth: 'none',
        modelsPath: '/models',
        requestIdHeaders: [],
        local: true,
        // The container name of Ollama's Docker instructions (hub.docker.com/r/ollama/ollama: `--name ollama`), and the
        // service name Open WebUI's compose file gives it (open-webui/open-webui docker-compose.yaml).
        serviceNames: ['ollama'],
        sources: ['vercel/ai@ed857f50 content/providers/05-community-providers/30-ollama.mdx', 'ollama/ollama openai/openai.go']
    },
    {
        id: 'lmstudio',
        name: 'LM Studio',
        apiHosts: ['localhost:1234', '127.0.0.1:1234'],
        apiRoot: 'http://localhost:1234/v1',
        nonApiHosts: [{ host: 'lmstudio.ai', role: 'marketing' }],
        keyFormats: [],
        auth: 'none',
        modelsPath: '/models',
        requestIdHeaders: [],
        local: true,
        serviceNames: ['lmstudio'],
        sources: ['vercel/ai@ed857f50 content/providers/04-openai-compatible-providers/30-lmstudio.mdx']
    },
    {
        id: 'vllm',
        name: 'vLLM',
        apiHosts: ['localhost:8000', '127.0.0.1:8000'],
        apiRoot: 'http://localhost:8000/v1',
        nonApiHosts: [{ host: 'docs.vllm.ai', role: 'docs' }],
        keyFormats: [], // whatever --api-key was started with
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: ['x-request-id'],
        local: true,
        serviceNames: ['vllm'],
        sources: ['BerriAI/litellm llms/hosted_vllm/chat/transformation.py', 'vllm-project/vllm entrypoints/openai/api_server.py']
    },
    // ── Providers and gateways added with their key formats (issue 8) ─────────────────────────────
    {
        id: 'replicate',
        name: 'Replicate',
        apiHosts: ['api.replicate.com'],
        // Native API only (no OpenAI-compatible layer).
        apiRoot: 'https://api.replicate.com/v1',
        nonApiHosts: [
            { host: 'replicate.com', role: 'marketing' },
            { host: 'www.replicate.com', role: 'marketing' }
        ],
        keyFormats: [
            {
                id: 'replicate',
                pattern: 'r8_[A-Za-z0-9]{37}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/replicate.go; trufflehog@3ab759fe pkg/detectors/replicate',
                sample: ['r8_', chars(37, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/replicate.go (validates GET https://api.replicate.com/v1/account)']
    },
    {
        id: 'github-models',
        name: 'GitHub Models',
        // "POST /inference/chat/completions — Run a chat completion using any supported model"; model ids carry their
        // publisher (`openai/gpt-4o`).
        apiHosts: ['models.github.ai'],
        apiRoot: 'https://models.github.ai/inference',
        nonApiHosts: [],
        // "we will remove support on October 17, 2025. After that date, GitHub Models usage must go through
        // https://models.github.ai to receive valid responses."
        retiredHosts: [{ host: 'models.inference.ai.azure.com', retiredOn: '2025-10-17' }],
        // A GitHub token (a PAT with models:read, or GITHUB_TOKEN in Actions): general secret scanners own those.
        keyFormats: [],
        auth: 'bearer',
        modelsPath: null, // the catalog is GET /catalog/models, outside the inference root
        requestIdHeaders: [],
        sources: [
            'https://github.blog/changelog/2025-05-15-github-models-api-now-available',
            'https://github.blog/changelog/2025-07-17-deprecation-of-azure-endpoint-for-github-models'
        ]
    },
    {
        id: 'vercel-ai-gateway',
        name: 'Vercel AI Gateway',
        apiHosts: ['ai-gateway.vercel.sh'],
        apiRoot: 'https://ai-gateway.vercel.sh/v1',
        // Anthropic Messages for the Anthropic SDK and Claude Code (https://vercel.com/docs/ai-gateway/anthropic-compat).
        apis: { anthropic: 'https://ai-gateway.vercel.sh' },
        nonApiHosts: [],
        keyFormats: [
            {
                id: 'vercel-ai-gateway',
                pattern: 'vck_[A-Za-z0-9_-]{56}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/vercel.go (vercel-ai-gateway-key)',
                sample: ['vck_', chars(56, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        gateway: true,
        sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/vercel.go (validates POST https://ai-gateway.vercel.sh/v1/chat/completions)']
    },
    {
        id: 'minimax',
        name: 'MiniMax',
        apiHosts: ['api.minimax.io', 'api.minimaxi.com'],
        apiRoot: 'https://api.minimax.io/v1',
        // platform.minimax.io/docs/api-reference/text-anthropic-api (China: api.minimaxi.com/anthropic).
        apis: { anthropic: 'https://api.minimax.io/anthropic' },
        nonApiHosts: [],
        keyFormats: [
            {
                id: 'minimax',
                pattern: 'sk-api-[A-Za-z0-9_-]{119}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/minimax.go',
                sample: ['sk-api-', chars(119, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/minimax.go (validates GET https://api.minimax.io/v1/models)']
    },
    {
        id: 'aws-bedrock',
        name: 'Amazon Bedrock',
        // Regional hosts (bedrock-runtime.<region>.amazonaws.com): none listed, so no host is judged.
        apiHosts: [],
        apiRoot: 'https://bedrock-runtime.{region}.amazonaws.com',
        nonApiHosts: [],
        keyFormats: [
            // Long-lived API key: `ABSK` + base64 of "BedrockAPIKey-…".
            {
                id: 'bedrock-long-lived',
                pattern: 'ABSK[A-Za-z0-9+/]{109,269}={0,2}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/aws.go (aws-amazon-bedrock-api-key-long-lived); gitleaks@b58d3f10 same rule',
                sample: ['ABSKQmVkcm9ja0FQSUtleS1', chars(108, ALNUM), '=']
            },
            // Short-lived key: a presigned request, base64, after a fixed prefix (base64 of "bedrock.amazonaws.com").
            {
                id: 'bedrock-short-lived',
                pattern: 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{100,}(?:&Version=1)?',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/aws.go (aws-amazon-bedrock-api-key-short-lived, after aws/aws-bedrock-token-generator-js src/token.ts)',
                sample: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t', chars(200, ALNUM), '&Version=1']
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: ['x-amzn-requestid'],
        sources: ['https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html (cited by betterleaks rules/aws.go)']
    },
    {
        id: 'helicone',
        name: 'Helicone',
        // Proxies for many providers (oai.helicone.ai, gateway.helicone.ai with Helicone-Target-Url): the host
        // alone says nothing about whose key is right, so none is listed.
        apiHosts: [],
        apiRoot: 'https://oai.helicone.ai/v1',
        nonApiHosts: [],
        keyFormats: [
            // `sk-helicone-[eu-]` + generate-api-key base32 with dashes, lower-cased. `pk-helicone-` read keys are not secrets.
            {
                id: 'helicone',
                pattern: 'sk-helicone-(?:eu-)?[a-z2-7]{7}(?:-[a-z2-7]{7}){3}',
                confidence: 'unique',
                source: 'Helicone/helicone@9039c180 valhalla/jawn/src/managers/apiKeys/KeyManager.ts createNormalKey',
                sample: ['sk-helicone-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER)]
            },
            // Proxy keys stand for a stored provider key: same base32 groups, then a UUID.
            {
                id: 'helicone-proxy',
                pattern: `sk-helicone-proxy-[a-z2-7]{7}(?:-[a-z2-7]{7}){3}-${UUID_PATTERN}`,
                confidence: 'unique',
                source: 'Helicone/helicone@9039c180 valhalla/jawn/src/managers/apiKeys/KeyManager.ts createProxyKey',
                sample: ['sk-helicone-proxy-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', ...UUID_SAMPLE]
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: [],
        gateway: true,
        sources: ['Helicone/helicone@9039c180 valhalla/jawn/src/managers/apiKeys/KeyManager.ts', 'BerriAI/litellm docs/my-website/docs/providers/helicone.md']
    },
    {
        id: 'ollama-cloud',
        name: 'Ollama Cloud',
        apiHosts: ['ollama.com'],
        apiRoot: 'https://ollama.com/v1',
        // Native /api/chat; Anthropic Messages too, Bearer only (docs.ollama.com/api/authentication).
        apis: { ollama: 'https://ollama.com', anthropic: 'https://ollama.com' },
        nonApiHosts: [{ host: 'docs.ollama.com', role: 'docs' }],
        keyFormats: [
            {
                id: 'ollama-cloud',
                pattern: '[a-f0-9]{32}\\.[A-Za-z0-9_-]{24}',
                confidence: 'shared',
                inText: 'context',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/ollama.go (32 hex . 24, context "ollama")',
                sample: [chars(32, HEX), '.', chars(24, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['https://docs.ollama.com/api/authentication (https://ollama.com/api and /v1 take Authorization: Bearer)']
    },
    {
        id: 'kimi-code',
        name: 'Kimi Code',
        apiHosts: ['api.kimi.com'],
        apiRoot: 'https://api.kimi.com/coding/v1',
        // Anthropic-compatible (Claude Code sets ANTHROPIC_BASE_URL to it).
        apis: { anthropic: 'https://api.kimi.com/coding' },
        nonApiHosts: [],
        keyFormats: [
            // Not interchangeable with Moonshot platform keys.
            {
                id: 'kimi-code',
                pattern: 'sk-kimi-[A-Za-z0-9_-]{20,}',
                confidence: 'unique',
                source: 'NousResearch/hermes-agent issue #966 (sk-kimi- keys go to api.kimi.com/coding/v1); docs.openclaw.ai/providers/moonshot [length unverified]',
                sample: ['sk-kimi-', chars(48, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['NousResearch/hermes-agent issue #966', 'https://jackin.tailrocks.com/guides/authentication/kimi/']
    },
    {
        id: 'upstage',
        name: 'Upstage',
        apiHosts: ['api.upstage.ai'],
        apiRoot: 'https://api.upstage.ai/v1',
        nonApiHosts: [{ host: 'console.upstage.ai', role: 'dashboard' }],
        keyFormats: [
            // Too short a prefix to scan free text for.
            {
                id: 'upstage',
                pattern: 'up_[A-Za-z0-9]{28,50}',
                confidence: 'shared',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/upstage.go (40–50 alphanumerics, context "upstage"); up_ prefix from public .env examples [length unverified]',
                sample: ['up_', chars(40, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/upstage.go (validates GET https://api.upstage.ai/v1/models)']
    },
    {
        id: 'friendli',
        name: 'FriendliAI',
        apiHosts: ['api.friendli.ai'],
        apiRoot: 'https://api.friendli.ai/serverless/v1',
        apiRootAliases: ['https://api.friendli.ai/dedicated/v1'],
        nonApiHosts: [],
        keyFormats: [
            {
                id: 'friendli',
                pattern: 'flp_[A-Za-z0-9]{20,}',
                confidence: 'shared',
                source: 'public FRIENDLI_TOKEN=flp_… examples in the code index [length unverified]',
                sample: ['flp_', chars(40, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: [],
        sources: ['public configs with FRIENDLI_BASE_URL=https://api.friendli.ai/dedicated/v1 (code index)']
    },
    {
        id: 'voyage',
        name: 'Voyage AI',
        apiHosts: ['api.voyageai.com'],
        // Embeddings and reranking only.
        apiRoot: 'https://api.voyageai.com/v1',
        nonApiHosts: [],
        keyFormats: [
            {
                id: 'voyage',
                pattern: 'pa-[A-Za-z0-9_-]{20,}',
                confidence: 'shared',
                source: 'public VOYAGE_API_KEY=pa-… examples in the code index [length unverified]',
                sample: ['pa-', chars(43, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: [],
        sources: ['public VOYAGE_API_KEY=pa-… examples in the code index']
    }
];

;// CONCATENATED MODULE: ./src/providers/catalog.ts
/**
 * The provider catalog: the registry (plus the config's extra providers) indexed once for the questions
 * rules ask — which provider serves a host or URL, which provider a key belongs to, and where keys hide
 * in free text.
 */


/**
 * A match preceded by a letter or digit sits inside a longer word and is not a key (gitleaks' `\b…` boundary). One
 * glued to a name by `_` or `-` (`MY_sk-ant-…`) is reported: a separator does not make a key less of a key.
 */
const GLUED_TO_WORD = /[A-Za-z0-9]/;
/**
 * Characters a prefix-less shape is made of (32 hex, a UUID): such a match preceded by one of them is the tail
 * of a longer token (`sk-<32 hex>`, a helicone proxy key's UUID), never a key of its own.
 */
const TOKEN_CHAR = /[A-Za-z0-9_-]/;
/** `TOKEN_CHAR` by character code, for the sampling loop. */
const IS_TOKEN_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (TOKEN_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
/**
 * Builds the catalog. `extra` providers (from the config file) take precedence: one with the id of a
 * registry provider replaces it, and their hosts win over the registry's. Key patterns must be valid
 * JavaScript RegExp sources without backreferences (they are joined into one scanner); an invalid one
 * throws a SyntaxError here, so the config layer should validate them first.
 */
function createCatalog(extra = []) {
    const all = withExtra(extra);
    const byId = new Map(all.map((p) => [p.id, p]));
    const hosts = indexHosts(all);
    const { ordered, anywhere, withContext } = formatsByScan(all);
    const scanner = scannerFor(anywhere);
    const contextScanner = scannerFor(withContext);
    const bothLiterals = literalPair(scanner.literal, contextScanner.literal);
    const anywhereWhole = wholeOfAny(anywhere);
    const anyWhole = wholeOfAny(ordered);
    const withoutPlaceholders = (found) => (found.length === 0 ? found : found.filter((m) => !isPlaceholder(m.token)));
    const judged = (candidates, judge) => candidates.length === 0
        ? candidates
        : candidates.flatMap((m) => {
            // A token that is also of a format found anywhere is `scanText`'s. The judge goes before the
            // placeholder check: it rejects most candidates, and cheaper.
            if (anywhereWhole?.test(m.token))
                return [];
            const whose = judge(m);
            return whose && !isPlaceholder(m.token) ? [{ ...m, provider: whose.provider, ...(whose.byShape && { byShape: true }) }] : [];
        });
    const byHost = (host) => lookupHost(hosts, host);
    return {
        providers: all,
        byId: (id) => byId.get(id),
        byHost,
        byUrl(url) {
            const parsed = parseUrl(url);
            if (!parsed)
                return undefined;
            const match = byHost(parsed.host);
            const shared = match?.provider.sharedWithWebsite;
            if (match?.role === 'api' && shared !== undefined && parsed.host === shared.host && !isUnderPath(parsed.pathname, shared.apiPath)) {
                return { provider: match.provider, role: 'marketing' };
            }
            return match;
        },
        identifyKey(value) {
            const token = value.trim();
            // One test of the joined formats rules out most values (URLs, names, numbers) at a fraction of a test per format.
            return anyWhole?.test(token) ? firstWholeMatch(ordered, token) : undefined;
        },
        scanText(text) {
            return withoutPlaceholders(scanner.scan(text));
        },
        scanForContext(text, judge) {
            return judged(contextScanner.scan(text), judge);
        },
        scanKeys(text, judge) {
            // One pass of the literal-led formats of both kinds (`sk-…`), then each kind's class-led formats.
            const [anywhereLiterals, contextLiterals] = bothLiterals(text);
            const found = withoutPlaceholders(scanner.withClasses(text, anywhereLiterals));
            const inContext = judged(contextScanner.withClasses(text, contextLiterals), judge);
            return inContext.length === 0 ? found : [...found, ...inContext].sort((a, b) => a.start - b.start);
        },
        isPlaceholder: isPlaceholder,
        looksLikeSecret: looksLikeSecret
    };
}
/** The registry's providers, replaced or preceded by the config's. */
function withExtra(extra) {
    const extraIds = new Set(extra.map((p) => p.id));
    return [...extra, ...providers.filter((p) => !extraIds.has(p.id))];
}
/** The formats in identification order, and those searched for anywhere in text or only with context. */
function formatsByScan(providers) {
    const formats = compileFormats(providers);
    const unique = formats.filter((f) => f.format.confidence === 'unique');
    // Unique formats first, so a token of a unique and a shared shape is reported as the unique one.
    const ordered = [...unique, ...formats.filter((f) => f.format.confidence === 'shared')];
    const anywhere = ordered.filter((f) => textScanOf(f.format) === 'anywhere');
    const withContext = formats.filter((f) => textScanOf(f.format) === 'context');
    return { ordered, anywhere, withContext };
}
/**
 * The one combined regex `scanText` runs over every text (the formats found anywhere that start with a literal),
 * for the benchmark's minimal scanner to run the same search (bench/key-regex.mjs).
 */
function textScanRegex(extra = []) {
    return scannerFor(formatsByScan(withExtra(extra)).anywhere).regex;
}
function indexHosts(providers) {
    const exact = new Map();
    const wildcards = [];
    const add = (host, match) => {
        const h = host.toLowerCase();
        if (h.startsWith('*.'))
            wildcards.push({ suffix: h.slice(1), match });
        else if (!exact.has(h))
            exact.set(h, match); // earlier (extra) providers win
    };
    for (const provider of providers) {
        for (const host of provider.apiHosts)
            add(host, { provider, role: 'api' });
        for (const { host, role } of provider.nonApiHosts)
            add(host, { provider, role });
        for (const { host, owner } of provider.lookalikeHosts ?? [])
            add(host, { provider, role: 'lookalike', owner });
        for (const { host, retiredOn } of provider.retiredHosts ?? [])
            add(host, { provider, role: 'retired', retiredOn });
    }
    return { exact, wildcards };
}
/**
 * Looks a host up as given (local servers are registered with their port, `localhost:11434`), then
 * without its port. Case and a trailing dot do not matter.
 */
function lookupHost(index, host) {
    const h = host.trim().toLowerCase().replace(/\.$/, '');
    const withoutPort = stripPort(h);
    const found = lookupExactOrWildcard(index, h) ?? (withoutPort === h ? undefined : lookupExactOrWildcard(index, withoutPort));
    if (found || withoutPort === h)
        return found;
    const onLocalhost = () => lookupExactOrWildcard(index, `localhost${h.slice(withoutPort.length)}`);
    // Inside a container, the machine that runs Docker: a server there on its default port is the one on localhost.
    if (DOCKER_HOST_NAMES.has(withoutPort))
        return onLocalhost();
    // A compose service named after the server, on its default port (`http://ollama:11434`).
    const local = withoutPort.includes('.') ? undefined : onLocalhost();
    return local?.provider.serviceNames?.includes(withoutPort) ? { ...local, named: true } : undefined;
}
/**
 * How a container reaches the machine that runs it: Docker Desktop's `host.docker.internal` and
 * `gateway.docker.internal` (docs.docker.com/desktop/features/networking), Podman's `host.containers.internal`.
 */
const DOCKER_HOST_NAMES = new Set(['host.docker.internal', 'gateway.docker.internal', 'host.containers.internal']);
function lookupExactOrWildcard(index, host) {
    return index.exact.get(host) ?? index.wildcards.find((w) => host.endsWith(w.suffix) && host.length > w.suffix.length)?.match;
}
/** `host:443` → `host`, `[::1]:8080` → `[::1]`; a bare IPv6 address is left alone. */
function stripPort(host) {
    if (host.startsWith('['))
        return host.slice(0, host.indexOf(']') + 1) || host;
    const colon = host.indexOf(':');
    return colon !== -1 && colon === host.lastIndexOf(':') ? host.slice(0, colon) : host;
}
/** Parses a URL, assuming `https://` when no scheme is written (as NextChat does). */
function parseUrl(url) {
    const trimmed = url.trim();
    try {
        return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    }
    catch {
        return undefined;
    }
}
function isUnderPath(pathname, prefix) {
    return pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}
/** Where a format is looked for in free text; see `TextScan`. */
const textScanOf = (format) => format.inText ?? (format.confidence === 'unique' ? 'anywhere' : 'never');
/**
 * The scanner for a set of formats. Patterns that start with a literal (`sk-`, `gsk_`, `AIza`) are
 * joined into one regex, which V8 searches fast by their first characters. Patterns that start with a
 * character class (32 hex, a UUID) would make it try every position: they are tried only at word starts
 * whose first characters (8 hex digits) pass a prefilter, and those word starts are found by sampling
 * (`wordStartsOf`) when every such pattern starts with a repeated class of word characters.
 */
function scannerFor(formats) {
    const literal = formats.filter((f) => /^[A-Za-z0-9_-]/.test(f.format.pattern) && !hasTopLevelAlternation(f.format.pattern));
    const rest = formats.filter((f) => !literal.includes(f));
    const byLiteral = joined(literal, 'g');
    const byClass = joined(rest, 'y');
    const leads = [...new Set(rest.flatMap((f) => leadsOf(f.format.pattern)))].join('|');
    const prefilter = rest.length === 0 ? undefined : new RegExp(leads, 'g');
    const sampled = rest.length === 0 ? undefined : leadSampling(rest, new RegExp(leads, 'y'));
    const withClasses = (text, found) => {
        if (!byClass || !prefilter)
            return found;
        const more = sampled ? scanAtWordStarts(text, sampled, byClass, rest) : scanAtHits(text, prefilter, byClass, rest);
        return found.length === 0 ? more : [...found, ...more].sort((a, b) => a.start - b.start);
    };
    return {
        regex: byLiteral,
        literal,
        withClasses,
        scan: (text) => withClasses(text, byLiteral ? scan(text, byLiteral, literal) : [])
    };
}
/**
 * The tokens `scan` finds for two sets of literal-led formats, in one pass of a regex joining both: most
 * text holds no match of either, and the second pass over it cost as much as the first. Each set keeps its
 * own cursor, and at each place the joined regex stops, the sets whose cursor has reached it try their own
 * sticky regex there, so each set finds exactly the tokens its own pass would (where a token of one set hides
 * a start of the other, that start is still tried).
 */
function literalPair(first, second) {
    const either = joined([...first, ...second], 'g');
    const sets = [first, second].map((formats) => ({ formats, sticky: joined(formats, 'y') }));
    return (text) => {
        const found = [[], []];
        if (!either)
            return found;
        const cursors = [0, 0];
        either.lastIndex = 0;
        for (let m = either.exec(text); m !== null; m = either.exec(text)) {
            const start = m.index;
            const glued = start > 0 && GLUED_TO_WORD.test(text[start - 1]);
            sets.forEach(({ formats, sticky }, i) => {
                if (cursors[i] > start)
                    return;
                cursors[i] = start + 1;
                if (!sticky || glued)
                    return;
                sticky.lastIndex = start;
                const token = sticky.exec(text)?.[0];
                if (token === undefined || token.length === 0)
                    return;
                cursors[i] = start + token.length;
                const match = firstWholeMatch(formats, token);
                if (match)
                    found[i].push({ ...match, token, start, end: start + token.length });
            });
            either.lastIndex = Math.min(cursors[0], cursors[1]);
        }
        return found;
    };
}
/**
 * One regex for many formats, each ending at a token boundary (`scan` checks the leading one). Longer
 * shapes come first: a shorter one may end at a boundary inside them (32 hex, then `.` and the rest of
 * a Zhipu key), and the first alternative that matches wins. Alternatives that share leading characters
 * are grouped under them (`s(?:k-(?:ant-…|or-v1-…))`): with 40 formats, a flat list is about 30% slower.
 */
function joined(formats, flags) {
    if (formats.length === 0)
        return undefined;
    const longestFirst = [...formats].sort((a, b) => sampleLength(b.format) - sampleLength(a.format)).map((f) => f.format.pattern);
    return new RegExp(`(?:${factored(longestFirst, 0)})(?![A-Za-z0-9_-])`, flags);
}
/**
 * Groups alternatives by their first literal character (one not followed by a quantifier), a few levels
 * deep, keeping their order within a group.
 */
function factored(patterns, depth) {
    const groups = new Map();
    const others = [];
    for (const p of patterns) {
        if (depth < 3 && /^[A-Za-z0-9_-][^*+?{]/.test(p) && !hasTopLevelAlternation(p))
            groups.set(p[0], [...(groups.get(p[0]) ?? []), p.slice(1)]);
        else
            others.push(p);
    }
    const grouped = [...groups].map(([c, tails]) => (tails.length === 1 ? `${c}${tails[0]}` : `${c}(?:${factored(tails, depth + 1)})`));
    return [...grouped, ...others].join('|');
}
/** A `|` outside any group or class: the pattern is an alternation and cannot be split at its first character. */
function hasTopLevelAlternation(pattern) {
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0)
            return true;
    }
    return false;
}
/**
 * The prefilter for a pattern that starts with a repeated class: 8 of it, split by the class's first
 * character range (`[a-f0-9]{32}` → `[0-9][0-9a-f]{7}|[a-f][0-9a-f]{7}`), which V8 runs about twice as
 * fast as `[a-f0-9]{8}`. Classes are normalised, so `[a-f0-9]` and `[0-9a-f]` give one prefilter.
 */
function leadsOf(pattern) {
    const lead = /^\[([^\]\\^]+)\]\{(\d+)/.exec(pattern);
    if (!lead)
        return [pattern];
    const ranges = lead[1].match(/.-.|./g).sort();
    const rest = `[${ranges.join('')}]{${Math.min(8, Number(lead[2])) - 1}}`;
    return ranges.map((r) => `[${r}]${rest}`);
}
/**
 * The sampling for formats that all start with a run of word characters (`[a-f0-9]{32}`, a UUID's
 * `[0-9a-f]{8}-[0-9a-f]{4}-…`); undefined when one does not (a config pattern may start with anything): those
 * are found by the prefilter regex at every position. The longer the shortest run, the fewer characters read.
 */
function leadSampling(formats, sticky) {
    const lead = new Uint8Array(128);
    let minRun = Infinity;
    for (const f of formats) {
        const run = leadRunOf(f.format.pattern);
        if (!run)
            return undefined;
        minRun = Math.min(minRun, run.length);
        for (const range of run.ranges) {
            for (let c = range.charCodeAt(0); c <= range.charCodeAt(range.length - 1); c++) {
                if (c >= 128 || !TOKEN_CHAR.test(String.fromCharCode(c)))
                    return undefined;
                lead[c] = 1;
            }
        }
    }
    return minRun >= 1 ? { lead, minRun, sticky } : undefined;
}
/** A leading atom of a pattern: a class with a count (`[0-9a-f]{8}`, `{20,}`), or a character not quantified. */
const LEAD_ATOM = /\[([^\]\\^]+)\]\{(\d+)(?:,\d*)?\}|([A-Za-z0-9_-])(?![*+?{])/y;
/**
 * The run every match of a pattern starts with: the character ranges of its leading counted classes and plain
 * characters, and how many characters they make at least. Undefined unless it starts with a counted class and
 * is one sequence (no `|` at its top level).
 */
function leadRunOf(pattern) {
    if (!pattern.startsWith('[') || hasTopLevelAlternation(pattern))
        return undefined;
    const ranges = [];
    let length = 0;
    LEAD_ATOM.lastIndex = 0;
    for (let m = LEAD_ATOM.exec(pattern); m !== null; m = LEAD_ATOM.exec(pattern)) {
        if (m[3] !== undefined)
            ranges.push(m[3]);
        else
            ranges.push(...m[1].match(/.-.|./g));
        length += m[3] !== undefined ? 1 : Number(m[2]);
    }
    return length > 0 ? { ranges, length } : undefined;
}
/**
 * Tokens of formats that start with a character class, tried at the word starts whose first characters
 * pass the prefilter: the same tokens as `scanAtHits`, reading about one character in `minRun` of plain
 * text. A word that begins with `minRun` lead characters holds exactly one position that is a multiple of
 * `minRun` among them, so only those positions are read; from one that holds a lead character the word
 * start is looked for at most `minRun - 1` characters back, and each word start is tried once: the pass stays linear.
 */
function scanAtWordStarts(text, { lead, minRun, sticky }, matcher, formats) {
    const found = [];
    const isLead = (c) => c < 128 && lead[c] === 1;
    for (let p = 0; p < text.length;) {
        if (!isLead(text.charCodeAt(p))) {
            p += minRun;
            continue;
        }
        let start = p;
        while (start > 0 && p - start < minRun - 1 && isLead(text.charCodeAt(start - 1)))
            start--;
        const before = start === 0 ? 0 : text.charCodeAt(start - 1);
        // Inside a longer word, or at a word start the prefilter rejects: the samples further on hold the next word.
        // The prefilter needs the word's first `minRun` characters to be lead characters: checked by table first.
        const inWord = before < 128 && IS_TOKEN_CHAR[before] === 1;
        let run = p + 1;
        if (!inWord)
            while (run < start + minRun && isLead(text.charCodeAt(run)))
                run++;
        sticky.lastIndex = start;
        if (inWord || run < start + minRun || !sticky.test(text)) {
            p += minRun;
            continue;
        }
        matcher.lastIndex = start;
        const token = matcher.exec(text)?.[0];
        const match = token === undefined ? undefined : firstWholeMatch(formats, token);
        if (token !== undefined && match)
            found.push({ ...match, token, start, end: start + token.length });
        p = token === undefined ? p + minRun : Math.ceil((start + token.length) / minRun) * minRun;
    }
    return found;
}
/**
 * The length of a format's sample key. Config formats have none: they go first, as their providers take
 * precedence over the registry's everywhere else.
 */
const sampleLength = (format) => format.sample ? format.sample.reduce((sum, part) => sum + part.length, 0) : Infinity;
function compileFormats(providers) {
    return providers.flatMap((provider) => provider.keyFormats.map((format) => ({ provider, format, whole: new RegExp(`^(?:${format.pattern})$`) })));
}
/** A regex matching exactly the tokens that match one of the formats as a whole. */
const wholeOfAny = (formats) => formats.length === 0 ? undefined : new RegExp(`^(?:${formats.map((f) => f.format.pattern).join('|')})$`);
function firstWholeMatch(formats, token) {
    const found = formats.find((f) => f.whole.test(token));
    return found && { provider: found.provider, format: found.format };
}
/**
 * One pass of the combined regex over the text. The leading boundary is checked here rather than with a
 * lookbehind in the pattern, which keeps V8's fast literal-prefix scanning (about 3× faster on plain text).
 */
function scan(text, scanner, formats) {
    const found = [];
    scanner.lastIndex = 0;
    for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
        const start = m.index;
        const token = m[0];
        if (token.length === 0) {
            scanner.lastIndex++;
            continue;
        }
        if (start > 0 && GLUED_TO_WORD.test(text[start - 1])) {
            scanner.lastIndex = start + 1; // inside a longer word; a key may still start further on
            continue;
        }
        const match = firstWholeMatch(formats, token);
        if (match)
            found.push({ ...match, token, start, end: start + token.length });
    }
    return found;
}
const WORD_REST = /[A-Za-z0-9_-]*/y;
/** Where the word that contains `index` ends. */
function wordEnd(text, index) {
    WORD_REST.lastIndex = index;
    WORD_REST.exec(text);
    return Math.max(WORD_REST.lastIndex, index + 1);
}
/**
 * Tokens of formats that start with a character class: at each prefilter hit that starts a word, the
 * sticky `matcher` tries the formats there; otherwise the rest of the word is skipped. Each character is
 * looked at a bounded number of times, so the pass stays linear.
 */
function scanAtHits(text, prefilter, matcher, formats) {
    const found = [];
    prefilter.lastIndex = 0;
    for (let hit = prefilter.exec(text); hit !== null; hit = prefilter.exec(text)) {
        const start = hit.index;
        if (start > 0 && TOKEN_CHAR.test(text[start - 1])) {
            prefilter.lastIndex = wordEnd(text, start);
            continue;
        }
        matcher.lastIndex = start;
        const token = matcher.exec(text)?.[0];
        const match = token === undefined ? undefined : firstWholeMatch(formats, token);
        if (token !== undefined && match)
            found.push({ ...match, token, start, end: start + token.length });
        prefilter.lastIndex = token === undefined ? wordEnd(text, start) : start + token.length;
    }
    return found;
}


/***/ }),

/***/ 4023:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ keyHitsIn),
/* harmony export */   MK: () => (/* binding */ valueSpan),
/* harmony export */   Np: () => (/* binding */ isKnownClient),
/* harmony export */   Oo: () => (/* binding */ once),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   V8: () => (/* binding */ clientName),
/* harmony export */   _n: () => (/* binding */ unquote)
/* harmony export */ });
/* harmony import */ var _sources_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8518);

/** The value the app will read: the literal, or a reference's expansion when it could be resolved. */
const valueOf = (entry) => (0,_sources_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveValue */ .FB)(entry);
/** Where to point at an entry's value, falling back to its key when it has no value span. */
const valueSpan = (entry) => entry.valueSpan ?? entry.keySpan;
/** Removes one pair of matching quotes around a value (`"https://x"` kept literally by compose list form). */
function unquote(text) {
    const t = text.trim();
    return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0]) ? t.slice(1, -1).trim() : t;
}
/**
 * Remembers what was reported, so an entry read by several scopes (a `.env` file on its own and as a
 * compose `env_file`) gives one finding, not one per scope.
 */
function once() {
    const seen = new Set();
    return (entry, what) => {
        const id = `${entry.file}:${entry.keySpan.start.line}:${entry.keySpan.start.column}:${what}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    };
}
const before = (a, b) => a.line < b.line || (a.line === b.line && a.column < b.column);
/** The recognised keys inside this entry's value, which `leaked-key` reports from the text scan. */
function keyHitsIn(entry, file) {
    const span = entry.valueSpan;
    if (span === undefined || file.keyHits.length === 0)
        return [];
    return file.keyHits.filter((hit) => before(hit.span.start, span.end) && before(span.start, hit.span.end)).map((hit) => hit.token);
}
/** The client is known from evidence about the scope (or configured), not guessed. */
const isKnownClient = (client) => client.profile.id !== 'unknown' && client.confidence === 'known';
/** How messages name a client: its name, marked when it is a guess, or the convention assumed when none was identified. */
const clientName = (client) => client.profile.id === 'unknown' ? 'an SDK-style app' : client.confidence === 'guessed' ? `${client.profile.name} (guessed)` : client.profile.name;


/***/ }),

/***/ 9890:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ llmKeyEntries),
/* harmony export */   jz: () => (/* binding */ keyRoleOf),
/* harmony export */   oB: () => (/* binding */ isPublishable),
/* harmony export */   rA: () => (/* binding */ credentialNameSays)
/* harmony export */ });
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7485);
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1601);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4023);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5603);




/**
 * Words of services that are not LLMs, whose secrets often sit in the same `.env` (field-facts §5 row 39):
 * search, tracing, speech, vector stores, payments, auth, databases. They win over LLM words:
 * `AZURE_AI_SEARCH_API_KEY` is a search key, `GOOGLE_CLIENT_SECRET` an OAuth secret.
 */
const OTHER_WORDS = new Set([
    'stripe',
    'tavily',
    'serper',
    'serpapi',
    'exa',
    'brave',
    'bing',
    'search',
    'cse',
    'maps',
    'langsmith',
    'langchain',
    'langfuse',
    'elevenlabs',
    'deepgram',
    'assemblyai',
    'cartesia',
    'stt',
    'tts',
    'pinecone',
    'weaviate',
    'qdrant',
    'milvus',
    'supabase',
    'firebase',
    'sentry',
    'posthog',
    'wandb',
    'firecrawl',
    'browserbase',
    'e2b',
    'github',
    'gitlab',
    'slack',
    'discord',
    'telegram',
    'twilio',
    'sendgrid',
    'mailgun',
    'resend',
    'smtp',
    'email',
    'client',
    'jwt',
    'session',
    'cookie',
    'nextauth',
    'clerk',
    'creds',
    'encryption',
    'webhook',
    'db',
    'database',
    'postgres',
    'mysql',
    'redis',
    'mongo',
    'meili',
    'minio',
    's3',
    'vercel',
    'netlify',
    'cloudinary',
    'mapbox',
    'amplitude',
    'recaptcha',
    'turnstile',
    'plugin',
    'sandbox'
]);
/** Header and field names that carry a credential without saying whose. */
const GENERIC_FIELDS = /^(?:keys?|secret|bearer|authorization|x-api-key|api-key|x-goog-api-key|api_key|apikey)$/i;
/**
 * The key role of a name, read as an environment variable when written in lower-case snake case
 * (`anthropic_api_key` as an action input or a Python variable is `ANTHROPIC_API_KEY`).
 */
function keyRoleOf(name) {
    const role = (0,_model_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameRole */ .Q)(name) ?? (/^[a-z][a-z0-9_]*_[a-z0-9]+$/.test(name) ? (0,_model_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameRole */ .Q)(name.toUpperCase()) : undefined);
    return role?.role === 'key' ? role : undefined;
}
/**
 * What a variable, field or header name says about its credential; undefined when it is not a
 * credential name at all (`request_id`, `model`). A dotted name is judged by its last part
 * (`openai.api_key` is a key) and named by all of them (it is OpenAI's).
 */
const credentialNameSays = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoizeBy */ .yx)(nameSays);
function nameSays(name, catalog) {
    const last = name.slice(name.lastIndexOf('.') + 1);
    const role = keyRoleOf(last);
    const generic = GENERIC_FIELDS.test(last);
    if (!generic && !role)
        return undefined;
    const words = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .wordsOf */ .Z9)(name);
    if (words.some((w) => OTHER_WORDS.has(w)))
        return 'other';
    if ((0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .namesLlm */ .yp)(name, catalog))
        return 'llm';
    // A numbered generic name (`API_KEY_2`) has only its number for a stem.
    return generic || /^\d*$/.test(role?.stem ?? '') ? 'generic' : 'unknown';
}
/**
 * Keys that are public by design: `pk-…`/`pk_…` publishable keys (Helicone read keys, Langfuse, Stripe) and
 * values under publishable or anonymous names (`NEXT_PUBLIC_SUPABASE_ANON_KEY`, `*_PUBLISHABLE_KEY`,
 * `LANGFUSE_PUBLIC_KEY`).
 */
function isPublishable(name, value) {
    if (/^pk[-_]/.test(value.trim()))
        return true;
    const words = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .wordsOf */ .Z9)(name);
    return words.includes('publishable') || words.includes('anon') || (words.at(-2) === 'public' && words.at(-1) === 'key');
}
/** Whether a URL is on a provider's API; remembered, as many files set the same one. */
const isApiUrl = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .memoizeBy */ .yx)((url, catalog) => catalog.byUrl(url)?.role === 'api');
/** Files that configure an LLM client and nothing else: every credential in them is an LLM credential. */
const LLM_CLIENT_KINDS = new Set(['claude-settings', 'continue', 'librechat', 'codex']);
/**
 * The key entries of a repository that hold LLM credentials. The name must be a credential name that
 * names no other kind of service; then a client profile names the variable
 * (exactly, not by a wildcard such as the SDK guess's `*_API_KEY`), or its name names an LLM provider or
 * LLMs, or it pairs with a model or with a base URL on a provider's API host, or it sits in an
 * LLM client's config file. Computed once per model: two rules ask.
 */
function llmKeyEntries(model, catalog) {
    let isLlmKey = llmKeysByModel.get(model);
    if (!isLlmKey)
        llmKeysByModel.set(model, (isLlmKey = findLlmKeys(model, catalog)));
    return isLlmKey;
}
const llmKeysByModel = new WeakMap();
function findLlmKeys(model, catalog) {
    const paired = new Set();
    const { scopes } = model;
    for (let s = 0; s < scopes.length; s++) {
        const scope = scopes[s];
        for (let p = 0; p < scope.pairs.length; p++) {
            const pair = scope.pairs[p];
            const key = pair.key;
            if (!key)
                continue;
            const named = pair.by === 'profile' && scope.client.profile.keyVars.some((v) => v.name === key.key);
            const base = pair.baseUrl && (0,_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOf */ .RP)(pair.baseUrl);
            const llmBase = base !== undefined && isApiUrl(base, catalog);
            if (named || pair.model !== undefined || llmBase)
                paired.add(key);
        }
    }
    return (entry) => {
        const says = credentialNameSays(entry.key, catalog);
        if (says === undefined || says === 'other')
            return false;
        return says === 'llm' || LLM_CLIENT_KINDS.has(entry.kind) || paired.has(entry);
    };
}


/***/ }),

/***/ 5603:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ providerNamedBy),
/* harmony export */   Z9: () => (/* binding */ wordsOf),
/* harmony export */   mQ: () => (/* binding */ providerSetting),
/* harmony export */   yp: () => (/* binding */ namesLlm)
/* harmony export */ });
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7485);
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1601);
/** What a variable or secret name says about LLMs and providers, beyond the role `model/names.ts` reads from it. */


/** Words that mean language models without naming a provider, and providers the registry spells otherwise. */
const LLM_WORDS = new Set([
    'llm',
    'openai',
    'oai',
    'llms',
    'ai',
    'gpt',
    'chatgpt',
    'genai',
    'chat',
    'completion',
    'completions',
    'inference',
    'embedding',
    'embeddings',
    'model',
    'models',
    'bedrock',
    'hf',
    'huggingfacehub',
    'nvidia',
    'nim',
    'zhipuai',
    'siliconcloud',
    'moonshotai',
    'oneapi',
    'newapi',
    // Image models the same chat front ends relay (NextChat and chatgpt-web forks' MIDJOURNEY_* settings for a
    // midjourney-proxy): a key there is a model API's key like the others.
    'midjourney'
]);
/** `OPENAI_API_KEY` → openai, api, key; `openai.apiKey` → openai, api, key. */
const wordsOf = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoize */ .Bj)((name) => name
    .split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase()));
/** Whether a variable name (or its stem) speaks of LLMs or names an LLM provider (`LLM_BASE_URL`, `DEEPSEEK_API_KEY`). */
const namesLlm = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoizeBy */ .yx)((name, catalog) => wordsOf(name).some((w) => LLM_WORDS.has(w)) || providerNamedBy(name, catalog) !== undefined);
/** Words in names that point at a provider other than by its id (`CLAUDE_API_KEY`, `GROK_KEY`, `QWEN_TOKEN`). */
const PROVIDER_ALIASES = {
    claude: 'anthropic',
    google: 'gemini',
    grok: 'xai',
    kimi: 'moonshot',
    qwen: 'dashscope',
    alibaba: 'dashscope',
    aliyun: 'dashscope',
    glm: 'zhipu',
    chatglm: 'zhipu',
    bigmodel: 'zhipu',
    pplx: 'perplexity',
    doubao: 'volcengine-ark',
    bytedance: 'volcengine-ark',
    volcengine: 'volcengine-ark',
    ark: 'volcengine-ark',
    ernie: 'baidu-qianfan',
    qianfan: 'baidu-qianfan',
    baidu: 'baidu-qianfan',
    azure: 'azure-openai'
};
/**
 * The one provider a variable or secret name names (`ANTHROPIC_KEY` → Anthropic), or undefined when
 * it names none or several (`AZURE_OPENAI_KEY` names Azure, because `azure` is more specific).
 */
const providerNamedBy = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoizeBy */ .yx)(namedProvider);
function namedProvider(name, catalog) {
    const words = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
    const ids = new Set();
    for (const word of words) {
        const id = (Object.hasOwn(PROVIDER_ALIASES, word) ? PROVIDER_ALIASES[word] : undefined) ?? (catalog.byId(word) ? word : undefined);
        if (id && catalog.byId(id))
            ids.add(id);
    }
    // `azure` + `openai` is Azure OpenAI, not both.
    if (ids.has('azure-openai'))
        ids.delete('openai');
    return ids.size === 1 ? catalog.byId([...ids][0]) : undefined;
}
/**
 * A provider's key or base URL by its name alone: `<PROVIDER>_API_KEY(S)`, or a base URL name (`_BASE_URL`, `_API_BASE`,
 * `_URL`, `_ENDPOINT`…) whose whole stem is a registry provider's id or alias (`OPENROUTER_API_KEY`, `GROQ_BASE_URL`,
 * `AZURE_OPENAI_ENDPOINT`, `GEMINI_API_KEY`). Other names (`OPENROUTER_API_KEY_2`, `MY_OPENROUTER_KEY`) say less.
 */
const providerSetting = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoizeBy */ .yx)((name, catalog) => {
    const role = (0,_model_names_js__WEBPACK_IMPORTED_MODULE_1__/* .nameRole */ .Q)(name);
    if (role === undefined || role.role === 'model' || role.stem === '')
        return undefined;
    if (role.role === 'key' && !/_API_?KEYS?$/.test(name))
        return undefined;
    const stem = role.stem.toLowerCase();
    const provider = catalog.byId((Object.hasOwn(PROVIDER_ALIASES, stem) ? PROVIDER_ALIASES[stem] : undefined) ?? stem.replace(/_/g, '-'));
    return provider && { role: role.role, provider };
});


/***/ }),

/***/ 4609:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ parsablePaths),
/* harmony export */   Hk: () => (/* binding */ kindsFor),
/* harmony export */   Lj: () => (/* binding */ mayParse),
/* harmony export */   OM: () => (/* binding */ claims),
/* harmony export */   g_: () => (/* binding */ isSniffed),
/* harmony export */   kz: () => (/* binding */ claimedKind),
/* harmony export */   ne: () => (/* binding */ yieldingTo),
/* harmony export */   rx: () => (/* binding */ sniffedKinds),
/* harmony export */   vi: () => (/* binding */ isClaimedBy)
/* harmony export */ });
/* harmony import */ var _core_memo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7485);
/* harmony import */ var _core_path_patterns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7530);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8518);




/**
 * Most specific first: the first claim that accepts a path names its kind.
 *
 * A Kubernetes manifest (top-level `apiVersion:` and `kind:`, no Go template) under a name claimed for another kind is
 * read as Kubernetes (`yieldsTo`) where the name is only a convention a manifest can share, and the claimed format has
 * no such keys: `librechat.yaml` (GitOps trees name an app's manifests after it; LibreChat's config has none,
 * https://www.librechat.ai/docs/configuration/librechat_yaml), compose and stack files (the Compose file schema
 * allows no top-level key but its own and `x-*`: compose-spec/compose-spec@00655e22 schema/compose-spec.json,
 * `"additionalProperties": false`) and `render.yaml` (a Render Blueprint's keys are `services:`, `databases:`,
 * `envVarGroups:` and the like, https://render.com/docs/blueprint-spec).
 * Not the others: a workflow, `.gitlab-ci.yml` or `.continue/config.yaml` sits where its tool reads it, so it is that
 * tool's file, wrong or not; a Helm values file may hold any top-level key a chart reads (fluent-bit's chart has
 * `kind: DaemonSet`), and the Helm parser reads `env` lists at any depth of a manifest anyway.
 */
const claims = [
    { kind: 'workflow', paths: /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/ },
    // Project settings of Claude Code; `settings.local.json` is meant to stay uncommitted, so a key there is a leak too.
    // A dotfiles repository keeps the user's as `claude/`, `claude-code/` or chezmoi's `dot_claude/`, copied to ~/.claude.
    { kind: 'claude-settings', paths: /(?:^|\/)(?:\.|dot_)?claude(?:-code)?\/settings(?:\.local)?\.json$/ },
    // Continue reads `.continue/config.yaml` (current) and `.continue/config.json` (older), same model keys; a folder
    // named `continue/` is too common a word to say Continue.
    { kind: 'continue', paths: /(?:^|\/)\.continue\/config\.(?:ya?ml|json)$/ },
    // Also by content: LibreChat reads any file `CONFIG_PATH` names (LibreChat-AI/librechat-config-yaml@bf1199e1 README
    // loads `librechat-env-f.yaml` so).
    { kind: 'librechat', paths: /(?:^|\/)librechat\.ya?ml$/, yieldsTo: 'kubernetes', sniffed: true },
    { kind: 'codex', extensions: ['codex/config.toml'] },
    // `.codex/auth.json`, or `codex/auth.json` in a dotfiles repository.
    { kind: 'codex-auth', paths: /(?:^|\/)\.?codex\/auth\.json$/ },
    // Claude Code's `.mcp.json`, Cursor's `.cursor/mcp.json`, VS Code's `.vscode/mcp.json` (sources in ./mcp.ts).
    { kind: 'mcp', basenames: ['.mcp.json'], paths: /(?:^|\/)\.(?:cursor|vscode)\/mcp\.json$/ },
    // `.gitlab-ci.yml`, and the files it includes from `.gitlab/ci/`.
    { kind: 'gitlab-ci', paths: /(?:^|\/)\.gitlab-ci\.ya?ml$|(?:^|\/)\.gitlab\/ci\/[^/]+\.ya?ml$/ },
    // `values.yaml`, `values-prod.yaml`, `values.staging.yml`: a chart's values and their per-environment overrides.
    { kind: 'helm', names: /^values(?:[.-][\w.-]+)?\.ya?ml$/ },
    // `docker-compose.yml`, `compose.yaml`, `docker-compose.prod.yml`, `deploy-compose.yml`, `app.compose.yml`, and
    // swarm stack files (`stack.yml`, `docker-stack.yml`, which `docker stack deploy -c` reads in compose format).
    {
        kind: 'compose',
        names: /^(?:[\w.-]*[.-])?(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$|^stack\.yml$|^docker-stack(?:[.-][\w.-]+)?\.ya?ml$/,
        sniffed: true,
        yieldsTo: 'kubernetes'
    },
    // `Dockerfile`, `Dockerfile.prod`, `web.Dockerfile`, `Containerfile`; not `Dockerfile.dockerignore`.
    { kind: 'dockerfile', names: /^(?:dockerfile|containerfile)(?:\.[^.].*)?$|\.(?:dockerfile|containerfile)$/i, except: /\.dockerignore$/ },
    { kind: 'vercel', basenames: ['vercel.json'] },
    { kind: 'netlify', basenames: ['netlify.toml'] },
    { kind: 'render', paths: /(?:^|\/)render\.ya?ml$/, yieldsTo: 'kubernetes' },
    // `fly.toml`, and `fly.<env>.toml` for apps deployed with `fly deploy -c fly.staging.toml`.
    { kind: 'fly', names: /^fly(?:\.[\w-]+)?\.toml$/ },
    { kind: 'app-json', basenames: ['app.json'] },
    { kind: 'wrangler', basenames: ['wrangler.toml'] },
    { kind: 'systemd', extensions: ['.service'] },
    // `deploy.sh`, `run.bash`, in any folder.
    { kind: 'shell', extensions: ['.sh', '.bash'] },
    // `.env`, `.envrc`, `.env.*`, `.env-example` / `.env_sample` style variants, `*.env`, `env.example`-style templates
    // (named without the leading dot) and `dotenv`; `.env.d.ts`, `.env.schema.json` and friends are code or data in
    // other formats.
    {
        kind: 'dotenv',
        basenames: ['.env', '.envrc', 'dotenv'],
        names: /^env\.(?:example|sample|template|dist|default|local)$|^\.env[._-]|\.env$/,
        except: /\.(?:[cm]?[jt]sx?|json|ya?ml|toml|md)$/
    },
    // No name: found by content.
    { kind: 'kubernetes', sniffed: true },
    { kind: 'app-engine', sniffed: true }
];
/** Whether `claim` accepts `path`. */
function accepts(claim, path, name = (0,_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(path)) {
    return (namedBy(claim, name) || claim.paths?.test(path) || claim.extensions?.some((end) => path.endsWith(end))) === true && !claim.except?.test(name);
}
/** Whether the base-name fields of `claim` accept `name`. */
const namedBy = (claim, name) => claim.basenames?.includes(name) === true || claim.names?.test(name) === true;
const YAML_FILE = /\.ya?ml$/i;
/**
 * Every claim's name fields as one regex over the base name, and its path fields as one over the path, both
 * case-insensitive: together they accept every path some claim accepts (and a few more), so the paths no claim
 * wants — nearly all of a repository — cost two regex tests instead of a walk through every claim.
 */
const claimedNames = new RegExp(claims.flatMap((claim) => [...(claim.names ? [claim.names.source] : []), ...(claim.basenames ? [`^(?:${claim.basenames.map(_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt).join('|')})$`] : [])]).join('|'), 'i');
const claimedPaths = new RegExp(claims.flatMap((claim) => [...(claim.paths ? [claim.paths.source] : []), ...(claim.extensions ?? []).map((end) => `${(0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt)(end)}$`)]).join('|'), 'i');
/**
 * The claims' prefilters and the YAML test: every path {@link mayParse} accepts matches them (and a few more), so a
 * caller joining them with other facts' patterns can rule out nearly every path before asking.
 */
const parsablePaths = { names: claimedNames, paths: (0,_core_path_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .anyOf */ .EB)([claimedPaths, YAML_FILE]) };
/** The kind whose name claim accepts `path` first, if any. */
function claimedKind(path) {
    const name = (0,_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(path);
    if (claimedPaths.test(path))
        return firstClaim(path);
    // No path field accepts it: its base name alone decides, the same for every `.env` of a tree.
    return claimedNames.test(name) ? firstClaimByName(name) : undefined;
}
/**
 * The walk through the claims, for the paths the prefilter lets by; remembered, as a scan asks of each listed path twice
 * (the parsers to load, then each file's parser).
 */
const firstClaim = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .memoize */ .Bj)((path) => {
    const name = (0,_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(path);
    return claims.find((claim) => accepts(claim, path, name))?.kind;
});
/** {@link firstClaim} for a path no path field accepts: only the base-name fields are asked, once per name. */
const firstClaimByName = (0,_core_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .memoize */ .Bj)((name) => claims.find((claim) => namedBy(claim, name) && !claim.except?.test(name))?.kind);
/** Whether `kind` claims `path` by name (whatever kind comes first). */
const isClaimedBy = (kind, path) => claims.some((claim) => claim.kind === kind && accepts(claim, path));
/** A YAML file no name claims: its text is sniffed for the kinds found by content. */
const isSniffed = (path) => YAML_FILE.test(path);
/** Whether a parser may read a file, judged by its path alone: a kind claims the name, or it is YAML to sniff. */
const mayParse = (path) => isSniffed(path) || claimedKind(path) !== undefined;
/** The kind found by content that wins over each claimed kind, where one does (`Claim.yieldsTo`). */
const yieldingTo = new Map(claims.flatMap((claim) => (claim.yieldsTo ? [[claim.kind, claim.yieldsTo]] : [])));
/** The kinds found by content, in the order they are tried. */
const sniffedKinds = claims.filter((claim) => claim.sniffed).map((claim) => claim.kind);
/**
 * The kinds of parser the files at `paths` may need: each path's claimed kind (and the kind its content may turn out
 * to be instead), and the kinds found by content when a YAML file no name claims is among them.
 */
function kindsFor(paths) {
    const kinds = new Set();
    for (const path of paths) {
        const kind = claimedKind(path);
        if (kind !== undefined) {
            kinds.add(kind);
            const yielded = yieldingTo.get(kind);
            if (yielded !== undefined)
                kinds.add(yielded);
        }
        else if (isSniffed(path))
            for (const sniffed of sniffedKinds)
                kinds.add(sniffed);
    }
    return kinds;
}


/***/ }),

/***/ 8518:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ effectiveValue),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   HU: () => (/* binding */ valueShape),
/* harmony export */   IW: () => (/* binding */ scopeId),
/* harmony export */   R5: () => (/* binding */ diagnosticAt),
/* harmony export */   h0: () => (/* binding */ afterBom),
/* harmony export */   kO: () => (/* binding */ spawnedEnvironment),
/* harmony export */   lq: () => (/* binding */ makeEntry)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4302);

const LITERAL = { form: 'literal' };
/**
 * Files whose client reads every value as written, `${VAR}` included: Codex's config.toml (no interpolation in the
 * loader, openai/codex#2680; `base_url` is sent verbatim) and Claude Code's settings `env` ("reads them directly
 * from the file", code.claude.com/docs/en/env-vars; anthropics/claude-code#46889, #4276). `.mcp.json` does expand
 * `${VAR}` and `${VAR:-default}` (code.claude.com/docs/en/mcp) and is not among them.
 */
const EXPANDS_NOTHING = new Set(['codex', 'codex-auth', 'claude-settings']);
/**
 * Continue's config.yaml fills only `${{ secrets.X }}` and `${{ inputs.X }}`; a `${X}` stays as written
 * (continuedev/continue packages/config-yaml/src/load/unroll.ts@d0a3c0b6, `TEMPLATE_VAR_REGEX`).
 */
const expandsNothingIn = (kind, value) => EXPANDS_NOTHING.has(kind) || (kind === 'continue' && !value.includes('${{'));
/**
 * Builds an Entry with `form`/`ref` from `classifyValue` and, for references and templates,
 * `resolved` from the earlier assignments in `vars` (when every name is known or has a default).
 */
function makeEntry(parts, vars) {
    const literal = parts.literal === true || (parts.value !== undefined && expandsNothingIn(parts.kind, parts.value));
    const shape = valueShape(parts.value, literal, vars);
    // Built field by field, undefined fields left out so entries compare and serialise without noise: a parser
    // makes one per setting, and copying through Object.entries cost more than the parse.
    const entry = {};
    for (const field in parts) {
        const value = parts[field];
        if (value !== undefined && field !== 'literal')
            entry[field] = value;
    }
    entry.form = shape.form;
    if (shape.ref !== undefined)
        entry.ref = shape.ref;
    if (shape.resolved !== undefined)
        entry.resolved = shape.resolved;
    return entry;
}
/** The `form`, `ref` and `resolved` {@link makeEntry} gives a value, for parsers that build their entries themselves. */
function valueShape(value, literal, vars) {
    // Without a `$` a value refers to nothing (most values): no need to try the reference shapes.
    if (value === undefined || literal || !value.includes('$'))
        return LITERAL;
    const shape = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyValue */ .W)(value);
    const resolved = shape.form !== 'literal' && vars !== undefined ? (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .expandShell */ .H)(value, vars) : undefined;
    return resolved === undefined ? shape : { ...shape, resolved };
}
/** The value a later `$NAME` in the same file sees, or undefined when it cannot be known. */
const effectiveValue = (entry) => entry.form === 'literal' ? entry.value : entry.resolved;
/** `<file>` for single-scope files, `<file>#<name>` otherwise. */
const scopeId = (file, name) => (name === undefined ? file : `${file}#${name}`);
/** A diagnostic covering `start`..`end` (0-based offsets; an empty range marks a point). */
const diagnosticAt = (lines, message, start, end = start) => ({
    message,
    span: lines.span(start, end)
});
/** The offset just past a leading byte order mark, which the core strips but parsers must tolerate. */
const afterBom = (text) => (text.charCodeAt(0) === 0xfeff ? 1 : 0);
/** The last segment of a repository-relative path. */
const baseName = (path) => path.slice(path.lastIndexOf('/') + 1);
/**
 * Evidence that a scope is the environment of another program (an MCP server, the shell commands Codex runs):
 * its variables are that program's, judged by the SDK convention as a guess, never as the app's.
 */
const spawnedEnvironment = (program, file, scope) => ({ type: 'spawned-env', value: program, file, scope });


/***/ }),

/***/ 1006:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RV: () => (/* binding */ chooseParser),
/* harmony export */   lB: () => (/* binding */ loadParsers)
/* harmony export */ });
/* unused harmony export loadedKinds */
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4609);


/**
 * Each parser's module, loaded when a scan lists a file of its kind: a parser and its YAML, TOML or JSON library cost
 * start-up time only in repositories that hold such files (the bundler puts each `import()` in a chunk of its own).
 */
const modules = {
    workflow: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9662), __webpack_require__.e(2341)]).then(__webpack_require__.bind(__webpack_require__, 2341))).workflowParser,
    'claude-settings': async () => (await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(8678)]).then(__webpack_require__.bind(__webpack_require__, 8678))).claudeSettingsParser,
    continue: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9662), __webpack_require__.e(9985)]).then(__webpack_require__.bind(__webpack_require__, 9985))).continueParser,
    librechat: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9662), __webpack_require__.e(8006)]).then(__webpack_require__.bind(__webpack_require__, 8006))).librechatParser,
    codex: async () => (await Promise.all(/* import() */[__webpack_require__.e(2062), __webpack_require__.e(3361)]).then(__webpack_require__.bind(__webpack_require__, 3361))).codexParser,
    'codex-auth': async () => (await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(6552)]).then(__webpack_require__.bind(__webpack_require__, 6552))).codexAuthParser,
    mcp: async () => (await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(9206)]).then(__webpack_require__.bind(__webpack_require__, 9206))).mcpParser,
    'gitlab-ci': async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9662), __webpack_require__.e(5020)]).then(__webpack_require__.bind(__webpack_require__, 5020))).gitlabCiParser,
    helm: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9662), __webpack_require__.e(4964)]).then(__webpack_require__.bind(__webpack_require__, 4964))).helmParser,
    compose: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9662), __webpack_require__.e(3582)]).then(__webpack_require__.bind(__webpack_require__, 3582))).composeParser,
    dockerfile: async () => (await __webpack_require__.e(/* import() */ 9438).then(__webpack_require__.bind(__webpack_require__, 9438))).dockerfileParser,
    vercel: async () => (await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(8479)]).then(__webpack_require__.bind(__webpack_require__, 8479))).vercelParser,
    netlify: async () => (await Promise.all(/* import() */[__webpack_require__.e(2062), __webpack_require__.e(7211)]).then(__webpack_require__.bind(__webpack_require__, 7211))).netlifyParser,
    render: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9662), __webpack_require__.e(2848)]).then(__webpack_require__.bind(__webpack_require__, 2848))).renderParser,
    fly: async () => (await Promise.all(/* import() */[__webpack_require__.e(2062), __webpack_require__.e(7247)]).then(__webpack_require__.bind(__webpack_require__, 7247))).flyParser,
    'app-json': async () => (await Promise.all(/* import() */[__webpack_require__.e(9547), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 812))).appJsonParser,
    wrangler: async () => (await Promise.all(/* import() */[__webpack_require__.e(2062), __webpack_require__.e(7546)]).then(__webpack_require__.bind(__webpack_require__, 7546))).wranglerParser,
    systemd: async () => (await __webpack_require__.e(/* import() */ 4221).then(__webpack_require__.bind(__webpack_require__, 4221))).systemdParser,
    shell: async () => (await __webpack_require__.e(/* import() */ 7962).then(__webpack_require__.bind(__webpack_require__, 7962))).shellParser,
    dotenv: async () => (await __webpack_require__.e(/* import() */ 1442).then(__webpack_require__.bind(__webpack_require__, 1442))).dotenvParser,
    kubernetes: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9662), __webpack_require__.e(7552)]).then(__webpack_require__.bind(__webpack_require__, 7552))).kubernetesParser,
    'app-engine': async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9662), __webpack_require__.e(7472)]).then(__webpack_require__.bind(__webpack_require__, 7472))).appEngineParser
};
const loaded = new Map();
/**
 * Loads the parsers of `kinds` (default: every kind), before the files are analysed: the analysis itself stays
 * synchronous. A scan passes `kindsFor(paths)` of the paths it lists.
 */
async function loadParsers(kinds = _claims_js__WEBPACK_IMPORTED_MODULE_0__/* .claims */ .OM.map((claim) => claim.kind)) {
    // One after the other: jest's ESM loader fails on concurrent imports sharing a module ("not in cache"), and the
    // chunks are local files.
    for (const kind of kinds) {
        if (kind !== 'text' && !loaded.has(kind))
            loaded.set(kind, await modules[kind]());
    }
}
/** The kinds of the parsers loaded (as each parser names its kind), in the order they were loaded. */
const loadedKinds = () => [...loaded.values()].map((parser) => parser.kind);
/** The loaded parser of `kind`; a kind the scan did not load first is a bug, not bad input. */
function parserOf(kind) {
    const parser = loaded.get(kind);
    if (parser === undefined)
        throw new Error(`the ${kind} parser was not loaded before the analysis (loadParsers)`);
    return parser;
}
/**
 * The parser for a file, or undefined for files that are only scanned for keys. The name decides first (a
 * lookup, no reading), unless the claimed kind yields to what the text plainly is (a Kubernetes manifest named
 * `librechat.yaml`, see `yieldsTo` in ./claims.ts); only a YAML file no name claims has its text sniffed otherwise,
 * and every file is still parsed once. The parsers of the file's kinds must be loaded (`loadParsers(kindsFor([path]))`).
 */
function chooseParser(path, text) {
    const named = (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .claimedKind */ .kz)(path);
    if (named !== undefined) {
        const yielded = _claims_js__WEBPACK_IMPORTED_MODULE_0__/* .yieldingTo */ .ne.get(named);
        const instead = yielded === undefined ? undefined : parserOf(yielded);
        return instead?.sniff?.(text) ? { parser: instead, matchedBy: 'content' } : { parser: parserOf(named), matchedBy: 'name' };
    }
    if (!(0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .isSniffed */ .g_)(path))
        return undefined;
    const sniffed = _claims_js__WEBPACK_IMPORTED_MODULE_0__/* .sniffedKinds */ .rx.map(parserOf).find((parser) => parser.sniff?.(text));
    return sniffed && { parser: sniffed, matchedBy: 'content' };
}


/***/ }),

/***/ 5632:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ PARSE_CAP_BYTES),
/* harmony export */   Y: () => (/* binding */ TOML_PARSE_CAP_BYTES)
/* harmony export */ });
/**
 * Larger files are not handed to a parser: a full YAML or TOML parse costs far more than the file's size (the `yaml`
 * package keeps hundreds of bytes per node, so a few megabytes of `*a, *a, …` take gigabytes), and no hand-written
 * configuration comes near it. The scan key-scans such a file only, with a note (engine/analyze.ts); the YAML
 * reader refuses it too when called on its own.
 */
const PARSE_CAP_BYTES = 1024 * 1024;
/**
 * TOML's positions come from toml-eslint-parser, whose tree keeps about a kilobyte per token (an array of half a
 * million numbers took a gigabyte, 1 MB of text); a `netlify.toml` of a thousand redirects is about 100 KiB.
 */
const TOML_PARSE_CAP_BYTES = 256 * 1024;


/***/ }),

/***/ 4302:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ expandShell),
/* harmony export */   W: () => (/* binding */ classifyValue)
/* harmony export */ });
/** `${{ secrets.NAME }}`, `${{ vars.NAME }}`, `${{ env.NAME }}` … as the whole value. */
const WORKFLOW_EXPR = /^\$\{\{\s*([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)\s*\}\}$/;
/** `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?err}`, `$NAME` as the whole value. */
const SHELL_REF = /^\$(?:\{([A-Za-z_]\w*)(?:(:?[-=?+])(.*))?\}|([A-Za-z_]\w*))$/s;
/** Any reference inside a longer value. */
const ANY_REF = /\$\{\{[^}]*\}\}|\$\{[A-Za-z_]\w*(?::?[-=?+][^}]*)?\}|\$[A-Za-z_]\w*/;
/** Tells a literal from a reference to something filled in later. */
function classifyValue(value) {
    const v = value.trim();
    const expr = WORKFLOW_EXPR.exec(v);
    if (expr)
        return { form: 'reference', ref: { context: expr[1], name: expr[2] } };
    const shell = SHELL_REF.exec(v);
    if (shell) {
        const name = shell[1] ?? shell[4];
        const op = shell[2];
        const fallback = op === '-' || op === ':-' || op === '=' || op === ':=' ? shell[3] : undefined;
        return { form: 'reference', ref: fallback === undefined ? { context: 'shell', name } : { context: 'shell', name, fallback } };
    }
    return ANY_REF.test(v) ? { form: 'template' } : { form: 'literal' };
}
/**
 * Expands `${VAR}`, `${VAR:-default}` and `$VAR` from `vars`. Returns undefined when a name is unknown
 * and has no default, so callers never mistake a half-expanded value for the real one.
 */
function expandShell(value, vars) {
    let unresolved = false;
    const out = value.replace(/\$\{([A-Za-z_]\w*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_]\w*)/g, (_m, braced, op, def, bare) => {
        const name = (braced ?? bare);
        const known = vars.get(name);
        if (known !== undefined && !(op === ':-' && known === ''))
            return known;
        if (op !== undefined)
            return def;
        unresolved = true;
        return '';
    });
    return unresolved ? undefined : out;
}


/***/ }),

/***/ 5678:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ keepYoungGenerationSmall),
/* harmony export */   dp: () => (/* binding */ letYoungGenerationGrow)
/* harmony export */ });
/* unused harmony export holdsYoungGeneration */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/**
 * V8 doubles its young generation (two halves of 1 MB at the start, up to 16 MB each on node 20 and 22, 32 MB on
 * node 24) whenever as much has survived collections as the space holds. A scan keeps what it reads, the facts and the
 * model, to its end, so nearly every run grows it to the full size, and every fresh page costs a page fault: on the
 * 5,000 `.env` files of the benchmark ~22,500 faults against ~14,700 with the young generation held.
 * The growth factor is read at each growth (`SemiSpaceNewSpace::Grow`, deps/v8/src/heap/new-spaces.cc), so setting it
 * to 1 once the process runs holds the size; the maximum size cannot be changed after start-up.
 */

/**
 * The V8 majors on which holding the size was measured (node 20: 11.3, node 22: 12.4, node 24: 13.6). Another V8 may
 * not know the flag, and V8 writes an unknown flag's error to stderr, in the middle of a run's messages.
 */
const MEASURED_V8_MAJORS = { from: 11, to: 13 };
/** V8's own growth factor, given back by {@link letYoungGenerationGrow}: its code-cache tag is then V8's own again. */
const V8_GROWTH_FACTOR = 2;
/** Whether the young generation can be held on this V8 (`process.versions.v8`). */
function holdsYoungGeneration(v8Version) {
    const major = Number.parseInt(v8Version, 10);
    return major >= MEASURED_V8_MAJORS.from && major <= MEASURED_V8_MAJORS.to;
}
/**
 * Keeps V8's young generation at its size now for the rest of the process (its worker threads too), where measured.
 * Holding it changes V8's code-cache tag, so Node's cached compilations of its own modules no longer apply to the
 * modules loaded after: the entries call this once their chunks are loaded.
 */
function keepYoungGenerationSmall(v8Version = process.versions.v8) {
    if (holdsYoungGeneration(v8Version))
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--semi-space-growth-factor=1');
}
/**
 * Lets the young generation grow again (a large file is streamed: each 1 MiB chunk is a large object, which a small
 * young generation promotes to the old one, where it waits for a full collection; a 200 MB log peaked ~40 MB higher).
 * Flags are the process's, not a thread's: a scan worker streaming the file lets the main thread's grow too.
 */
function letYoungGenerationGrow(v8Version = process.versions.v8) {
    if (holdsYoungGeneration(v8Version))
        (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
}


/***/ })

};

//# sourceMappingURL=9444.index.js.map