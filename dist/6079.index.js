export const id = 6079;
export const ids = [6079];
export const modules = {

/***/ 530:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The action's side of the runner protocol: inputs, masks, log groups, annotations, outputs, the job summary
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands). Written exactly as
 * @actions/core 3.0.1 writes them (lib/core.js, lib/command.js, lib/file-command.js; actions/toolkit
 * packages/core/src/command.ts @ a944251), names included, but without its cost: importing @actions/core loads its
 * OIDC client and undici with it, which took as long as Node's own start-up on an empty repository (issue 13).
 */



/** Input `name` as the runner sets it (`fail-on` in `INPUT_FAIL-ON`), trimmed; empty when unset. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** `::name key=value,…::message`, with `%`, CR and LF escaped (and `:` `,` in values) so text cannot end the command. */
function issue(name, message, properties = {}) {
    const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const pairs = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeData(String(value)).replace(/:/g, '%3A').replace(/,/g, '%2C')}`);
    process.stdout.write(`::${name}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** The runner's names for the annotation's place (its IssueCommandProperties). */
const placed = (p) => p && { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
const error = (message, properties) => issue('error', message, placed(properties));
const warning = (message, properties) => issue('warning', message, placed(properties));
const notice = (message, properties) => issue('notice', message, placed(properties));
/** The runner replaces `secret` by `***` in every later log line. */
const setSecret = (secret) => issue('add-mask', secret);
const info = (message) => void process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
/** `fn`'s log lines folded under `name`. */
async function group(name, fn) {
    issue('group', name);
    try {
        return await fn();
    }
    finally {
        issue('endgroup', '');
    }
}
/** The step fails when the action exits; `message` is its error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** An output of the step: a `name<<delimiter` block in the `GITHUB_OUTPUT` file (the log command outside a runner). */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    const text = String(value);
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        return issue('set-output', text, { name });
    }
    // A random delimiter, so a value cannot end its block early and set another output.
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}
/** Markdown added to the job summary; the caller checks that the runner gave a summary file. */
function appendSummary(file, markdown) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, markdown, 'utf8');
}


/***/ }),

/***/ 6079:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/clients/profiles/index.ts + 9 modules
var profiles = __webpack_require__(3745);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/config/find.ts
/**
 * Finding and reading the config file. Apart from its parsing (load.ts), which brings the YAML parser and zod: a
 * repository without a config file never loads them.
 */




/** Names looked for at the scan root, in this order. */
const CONFIG_FILE_NAMES = ['.llm-env-lint.yml', '.llm-env-lint.yaml'];
/**
 * The config for a scan: the file named by `file`, else `.llm-env-lint.yml` or `.llm-env-lint.yaml`
 * at `root`, else the defaults. Throws ConfigError when the named file is missing, when both default
 * names exist, or when the file is not valid YAML or not a valid config.
 */
async function loadConfig({ root, file, ...vocabulary }) {
    const path = file ?? (await findConfigFile(root));
    if (path === undefined)
        return types/* defaultConfig */.s;
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(9691), __webpack_require__.e(6445)]).then(__webpack_require__.bind(__webpack_require__, 6445));
    return parseConfig(await readConfigFile(path), { file: path, ...vocabulary });
}
async function findConfigFile(root) {
    const candidates = CONFIG_FILE_NAMES.map((name) => (0,external_node_path_.join)(root, name));
    const exists = await Promise.all(candidates.map((path) => (0,promises_.stat)(path).then((info) => info.isFile(), () => false)));
    const found = candidates.filter((_, i) => exists[i]);
    if (found.length > 1) {
        throw new errors/* ConfigError */.x(found[0], [{ field: '', message: `both ${CONFIG_FILE_NAMES.join(' and ')} exist; keep one` }]);
    }
    return found[0];
}
async function readConfigFile(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigError */.x(path, [{ field: '', message: code === 'ENOENT' ? 'config file not found' : `cannot read the config file (${code})` }]);
    }
}

// EXTERNAL MODULE: ./src/core/redact.ts
var core_redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/url.ts
var core_url = __webpack_require__(38);
// EXTERNAL MODULE: ./src/clients/profiles/nextchat.ts
var nextchat = __webpack_require__(836);
;// CONCATENATED MODULE: ./src/clients/detect.ts



/**
 * How much each kind of evidence weighs. The app's own code (NextChat's constants, its package name) and
 * the image it runs beat a mere dependency; config files of developer tools (`.claude/settings.json`,
 * `.continue/`) say least about what the repository deploys.
 */
const EVIDENCE_WEIGHT = {
    'path-constant': 5,
    'package-name': 4,
    'docker-image': 4,
    'package-dependency': 2,
    'file-present': 1
};
const patternCache = new Map();
const compiled = (pattern) => {
    let re = patternCache.get(pattern);
    if (!re)
        patternCache.set(pattern, (re = new RegExp(pattern)));
    return re;
};
const matches = (cf, fp) => cf.type === fp.type && compiled(cf.pattern).test(fp.value);
/** The strongest evidence for one profile, if any of its usable fingerprints match. */
function evidenceFor(profile, usable, fingerprints) {
    const matching = fingerprints.filter((fp) => usable.some((cf) => matches(cf, fp)));
    const weightOf = (fp) => EVIDENCE_WEIGHT[fp.type] ?? 0;
    const strongest = matching.reduce((best, fp) => (!best || weightOf(fp) > weightOf(best) ? fp : best), undefined);
    return strongest && { profile, weight: weightOf(strongest), count: matching.length, fingerprint: strongest };
}
const PROFILES = Object.values(profiles/* clientProfiles */.k);
/**
 * The fingerprints that count in a repository: one with `confirmedBy` only when the repository holds one of its
 * confirmations (chatgpt-web's root package name, only with its `service/`). Computed once per repository.
 */
function matchersFor(fingerprints) {
    const holds = (cf) => fingerprints.some((fp) => matches(cf, fp));
    return PROFILES.map((profile) => ({ profile, usable: profile.fingerprints.filter((cf) => cf.confirmedBy === undefined || cf.confirmedBy.some(holds)) }));
}
/** Every profile with evidence among `fingerprints`, strongest first (ties: more fingerprints, then profile order). */
function candidatesOf(matchers, fingerprints) {
    // Most scopes have no fingerprint of their own: no profile to try.
    if (fingerprints.length === 0)
        return [];
    const found = [];
    for (const { profile, usable } of matchers) {
        const evidence = evidenceFor(profile, usable, fingerprints);
        if (evidence)
            found.push(evidence);
    }
    return found.sort((a, b) => b.weight - a.weight || b.count - a.count);
}
const describeEvidence = (fp) => `${fp.type} ${fp.value} in ${fp.file}`;
/**
 * The client that reads a scope, with the evidence (see `ClientBasis` for the order): the environment of another
 * program (an MCP server, Codex's shell commands) is judged by the SDK convention as a guess; then its own file kind,
 * its own container image, the configured client, the nearest app folder with evidence (the scope's folder,
 * then each parent), and last the repository as a whole. A repository fallback whose evidence names several
 * clients is a guess; so is the default. `configured` ids are validated by the config layer.
 */
function detectScopeClient(site, fingerprints, configured) {
    return createScopeDetector(fingerprints, configured)(site);
}
/**
 * {@link detectScopeClient} for many scopes of one repository: the fingerprints are indexed by scope and by app
 * folder once, so a compose file of thousands of services costs a lookup per service, not a pass over every image.
 */
function createScopeDetector(fingerprints, configured) {
    if (configured !== undefined && !Object.hasOwn(profiles/* clientProfiles */.k, configured)) {
        throw new Error(`unknown client id "${configured}" (the config layer should have rejected it)`);
    }
    const byScope = new Map();
    const byFolder = new Map();
    for (const fp of fingerprints) {
        const [index, key] = fp.scope === undefined ? [byFolder, appFolderOf(fp)] : [byScope, fp.scope];
        const list = index.get(key);
        if (list)
            list.push(fp);
        else
            index.set(key, [fp]);
    }
    const matchers = matchersFor(fingerprints);
    const candidates = (found) => candidatesOf(matchers, found);
    // A NextChat fork's constants are read once, whichever scopes turn out to be NextChat's.
    const nextchat = adaptNextChatFork(fingerprints);
    const profileOf = (profile) => (profile.id === 'nextchat' ? nextchat : profile);
    const folderEvidence = new Map();
    const inFolder = (folder) => {
        let found = folderEvidence.get(folder);
        if (!found)
            folderEvidence.set(folder, (found = candidates(byFolder.get(folder) ?? [])));
        return found;
    };
    // Another scope's image says nothing about this one.
    let anywhere;
    const unscoped = () => (anywhere ??= candidates(fingerprints.filter((fp) => fp.scope === undefined)));
    return (site) => {
        const scoped = byScope.get(site.id) ?? [];
        const spawned = scoped.find((fp) => fp.type === 'spawned-env');
        if (spawned)
            return { profile: profiles/* clientProfiles */.k.unknown, how: 'file-kind', evidence: `the environment of ${spawned.value}`, confidence: 'guessed' };
        const own = clientForKind(site.kind);
        if (own)
            return { profile: profiles/* clientProfiles */.k[own], how: 'file-kind', evidence: `a ${site.kind} file`, confidence: 'known' };
        const image = candidates(scoped)[0];
        if (image)
            return withUpstream(chosen(image, 'image', [image], profileOf), image);
        const readers = candidates((site.readBy ?? []).flatMap((scope) => byScope.get(scope) ?? []));
        if (readers.length > 0 && agree(readers))
            return chosen(readers[0], 'image', readers, profileOf);
        if (configured !== undefined)
            return { profile: profileOf(profiles/* clientProfiles */.k[configured]), how: 'configured', confidence: 'known' };
        // Most repositories have no manifest at all: no folder to walk up.
        for (const folder of byFolder.size === 0 ? [] : foldersUp(site.file)) {
            const here = inFolder(folder);
            if (here.length > 0)
                return { ...chosen(here[0], 'manifest', here, profileOf), confidence: agree(here) ? 'known' : 'guessed' };
        }
        const all = unscoped();
        if (all.length === 0)
            return NO_CLIENT;
        return { ...chosen(all[0], 'repository', all, profileOf), confidence: agree(all) ? 'known' : 'guessed' };
    };
}
/**
 * Marks a scope whose own container pulls an image the client's project publishes (`profile.upstream`): it runs the
 * code the profile was read from, with upstream's profile rather than one adapted to the repository's constants. A
 * fork's image (`mmhk/chatgpt-next-web`), one the scope builds, and a fork's source leave it unmarked, since forks
 * read variables of their own.
 */
function withUpstream(client, image) {
    const fp = image.fingerprint;
    const upstream = image.profile.upstream;
    if (fp.type !== 'docker-image' || fp.built || !upstream?.images.includes(fp.value))
        return client;
    // Upstream's code, not a fork's: the repository's own constants (a changed ChatPath) do not apply to it.
    return { ...client, profile: image.profile, upstreamImage: fp.value };
}
/** No evidence anywhere: the SDK convention, as a guess. One object for every such scope. */
const NO_CLIENT = { profile: profiles/* clientProfiles */.k.unknown, how: 'default', confidence: 'guessed' };
/**
 * Whether evidence names one client. Only the strongest class of evidence present counts: an app's own
 * code or manifest, else container images, else dependencies and tool configs. So a NextChat fork whose
 * compose file also runs Open WebUI is still NextChat's, while two apps' manifests disagree.
 */
function agree(found) {
    const classOf = (e) => EVIDENCE_CLASS[e.fingerprint.type] ?? 0;
    const top = Math.max(...found.map(classOf));
    const ids = new Set(found.filter((e) => classOf(e) === top).map((e) => e.profile.id));
    if (ids.has('openai-sdk') && ids.has('anthropic-sdk'))
        ids.delete('anthropic-sdk');
    return ids.size === 1;
}
const EVIDENCE_CLASS = {
    'path-constant': 3,
    'package-name': 3,
    'docker-image': 2,
    'package-dependency': 1,
    'file-present': 1
};
/** The client for the repository as a whole (for scope-less questions such as which route a CLI base URL takes). */
function detectClient(fingerprints, configured) {
    return detectScopeClient({ id: '', file: '', kind: 'text' }, fingerprints, configured);
}
/**
 * The chosen profile, adapted to a NextChat fork's constants; an app with both the OpenAI and the
 * Anthropic SDK reads both families' variables, each by its own convention.
 */
function chosen(best, how, level, profileOf) {
    const ids = new Set(level.map((e) => e.profile.id));
    const sdk = best.profile.id === 'openai-sdk' || best.profile.id === 'anthropic-sdk';
    const profile = sdk && ids.has('openai-sdk') && ids.has('anthropic-sdk') ? bothSdks() : profileOf(best.profile);
    return { profile, how, evidence: describeEvidence(best.fingerprint), confidence: 'known' };
}
/** The OpenAI and the Anthropic SDK in one app: both families' variables. One profile, made when first needed. */
function bothSdks() {
    const a = profiles/* clientProfiles */.k['openai-sdk'];
    const b = profiles/* clientProfiles */.k['anthropic-sdk'];
    return (both ??= {
        ...a,
        name: 'OpenAI and Anthropic SDK app',
        baseUrlVars: [...a.baseUrlVars, ...b.baseUrlVars],
        keyVars: [...a.keyVars, ...b.keyVars],
        modelVars: [...a.modelVars, ...b.modelVars],
        otherVars: [...a.otherVars, ...b.otherVars],
        flags: [...(a.flags ?? []), ...(b.flags ?? [])],
        unusedVars: [...a.unusedVars, ...b.unusedVars],
        fingerprints: [...a.fingerprints, ...b.fingerprints],
        sources: [...a.sources, ...b.sources]
    });
}
let both;
/** `apps/web/.env` → `apps/web`, `apps`, `` (the repository root). */
function foldersUp(file) {
    const folders = [];
    let at = file.lastIndexOf('/');
    while (at > 0) {
        folders.push(file.slice(0, at));
        at = file.lastIndexOf('/', at - 1);
    }
    folders.push('');
    return folders;
}
/**
 * Source files that sit below their app's root (NextChat's `app/constant.ts` and server files, chatgpt-web's
 * `service/…`): the app is the folder above the match.
 */
const APP_SOURCE_PATH = /(?:^|\/)(?:app\/(?:constant\.ts|config\/server\.ts|utils\/cloudflare\.ts|api\/.+)|service\/src\/chatgpt\/index\.ts)$/;
/** The folder of the app a fingerprint speaks for: a manifest's folder, or the root above a known source path. */
function appFolderOf(fp) {
    const inner = APP_SOURCE_PATH.exec(fp.file);
    const folder = inner ? fp.file.slice(0, inner.index) : fp.file.slice(0, Math.max(0, fp.file.lastIndexOf('/')));
    return folder.replace(/\/?\.(?:continue|claude)(?:\/.*)?$/, '');
}
const CHAT_PATH_PREFIX = 'OpenaiPath.ChatPath=';
const BASE_URL_PREFIX = 'OPENAI_BASE_URL=';
const CLOUDFLARE_REWRITE_PREFIX = 'cloudflareAIGatewayUrl=';
/**
 * NextChat forks that changed `OpenaiPath.ChatPath` (providers.md §1.2 "Fork detection rule"): `BASE_URL`
 * gets the fork's path; a path with a version segment (`v1/…`) keeps the host-root convention, one without
 * (`chat/completions`) means the base must carry `/v1` itself. The fork's `OPENAI_BASE_URL` constant, when
 * found, becomes the default URL. A fork whose `app/utils/cloudflare.ts` is not upstream's rewrites Cloudflare AI
 * Gateway URLs its own way, which is not modelled: those values are left unjudged (`forkRewrite`). The fork's own
 * server files, when present, adapt the rest ({@link adaptToForkSource}). An unchanged fork gets the upstream profile
 * itself.
 */
function adaptNextChatFork(fingerprints) {
    const profile = profiles/* clientProfiles */.k.nextchat;
    const constant = (prefix) => fingerprints.find((fp) => fp.type === 'path-constant' && fp.value.startsWith(prefix))?.value.slice(prefix.length);
    const forkPath = constant(CHAT_PATH_PREFIX);
    const rewrite = constant(CLOUDFLARE_REWRITE_PREFIX);
    const ownRewrite = rewrite !== undefined && rewrite !== nextchat/* UPSTREAM_CLOUDFLARE_REWRITE */.PX;
    const chatPath = forkPath === undefined ? undefined : `/${forkPath.replace(/^\/+/, '')}`;
    const adapt = (v) => {
        let adapted = v;
        if (ownRewrite && v.cloudflareRewrite)
            adapted = { ...adapted, cloudflareRewrite: false, forkRewrite: true };
        if (v.name === 'BASE_URL' && chatPath !== undefined && chatPath !== v.chatPath) {
            const defaultUrl = constant(BASE_URL_PREFIX) ?? v.defaultUrl;
            adapted = {
                ...adapted,
                chatPath,
                convention: /\/v\d+[a-z]*\//.test(chatPath) ? 'host-root' : 'includes-version',
                ...(defaultUrl === undefined ? {} : { defaultUrl })
            };
        }
        return adapted;
    };
    const baseUrlVars = profile.baseUrlVars.map(adapt);
    const adapted = baseUrlVars.every((v, i) => v === profile.baseUrlVars[i]) ? profile : { ...profile, baseUrlVars };
    return adaptToForkSource(adapted, forkSource(fingerprints));
}
/**
 * The server files of the NextChat app itself: those in the folder of an app whose `app/constant.ts` or server config
 * package name is NextChat's (another app's `app/api/*.ts` in a monorepo says nothing about it). Undefined when there
 * are none.
 */
function forkSource(fingerprints) {
    // A Dockerfile's image says which app the folder runs, not whose source it holds.
    const nextchatEvidence = profiles/* clientProfiles */.k.nextchat.fingerprints.filter((cf) => cf.type !== 'docker-image');
    const apps = new Set(fingerprints.filter((fp) => nextchatEvidence.some((cf) => matches(cf, fp))).map(appFolderOf));
    const own = fingerprints.filter((fp) => FORK_SOURCE_TYPES.has(fp.type) && apps.has(appFolderOf(fp)));
    if (!own.some((fp) => fp.type === 'source-file'))
        return undefined;
    const reads = new Map();
    for (const fp of own)
        if (fp.type === 'env-read' && !reads.has(fp.value))
            reads.set(fp.value, fp.file);
    const ownGate = own.find((fp) => {
        if (fp.type !== 'code-digest')
            return false;
        const [path, digest] = splitAtLast(fp.value, '=');
        return nextchat/* UPSTREAM_GATES */.TE[path]?.[digest] === undefined;
    })?.file;
    return {
        files: new Set(own.filter((fp) => fp.type === 'source-file').map((fp) => fp.value)),
        reads,
        upstreamFlags: new Set(own.filter((fp) => fp.type === 'flag-read').map((fp) => fp.value)),
        ...(ownGate === undefined ? {} : { ownGate })
    };
}
const FORK_SOURCE_TYPES = new Set(['source-file', 'env-read', 'flag-read', 'code-digest']);
const splitAtLast = (text, separator) => {
    const at = text.lastIndexOf(separator);
    return [text.slice(0, at), text.slice(at + 1)];
};
/**
 * The profile as a fork's own server files read it (the README's "The client, per scope", step 4):
 * - a name upstream does not read but the fork does (`OPENAI_BASE_URL` in zyqfork/llmchat@400076e app/api/common.ts:40)
 *   is no longer an unused name; where the fork reads such a name in place of upstream's (both name `BASE_URL` as
 *   their replacement), the other unused names of that role are pointed at the fork's name, not at upstream's;
 * - with the fork's `app/config/server.ts` read, a flag it does not read with upstream's expression is read its own way
 *   (haiqinma/chat@54a4d1f app/config/server.ts:164-167 `isEnabledEnv`: only `1` and `true` are on): no longer a flag
 *   whose value is judged, just a name the client reads;
 * - a gating file that is none of upstream's versions (`UPSTREAM_GATES`) leaves unknown who may spend the server's
 *   keys (`forkGate`).
 * Without such files (a deployment repository, upstream's image) the profile is upstream's.
 */
function adaptToForkSource(profile, fork) {
    if (fork === undefined)
        return profile;
    const readsOwn = (name) => fork.reads.has(name);
    let unusedVars = profile.unusedVars.filter((u) => !readsOwn(u.name));
    // The fork's name for a role upstream gives another name: upstream's `OPENAI_BASE_URL → BASE_URL`, read by the fork.
    const forkNameFor = new Map();
    for (const u of profile.unusedVars)
        if (u.replacement !== undefined && readsOwn(u.name) && !readsOwn(u.replacement) && !forkNameFor.has(u.replacement))
            forkNameFor.set(u.replacement, u.name);
    unusedVars = unusedVars.map((u) => {
        const forkName = u.replacement === undefined ? undefined : forkNameFor.get(u.replacement);
        return forkName === undefined ? u : { ...u, replacement: forkName, reason: `this fork reads ${forkName} in place of ${u.replacement} (${fork.reads.get(forkName)})` };
    });
    const serverConfigRead = fork.files.has('app/config/server.ts');
    const ownWay = (profile.flags ?? []).filter((f) => serverConfigRead && f.expression !== undefined && !fork.upstreamFlags.has(f.name));
    const flags = ownWay.length === 0 ? profile.flags : (profile.flags ?? []).filter((f) => !ownWay.includes(f));
    const unchanged = unusedVars.length === profile.unusedVars.length && unusedVars.every((u, i) => u === profile.unusedVars[i]) && ownWay.length === 0 && fork.ownGate === undefined;
    if (unchanged)
        return profile;
    return {
        ...profile,
        unusedVars,
        ...(flags === undefined ? {} : { flags }),
        otherVars: [...profile.otherVars, ...ownWay.map((f) => f.name)],
        ...(fork.ownGate === undefined ? {} : { forkGate: fork.ownGate })
    };
}
/** The client implied by the kind of file, for client config files read on their own. */
function clientForKind(kind) {
    switch (kind) {
        case 'librechat':
            return 'librechat';
        case 'continue':
            return 'continue';
        case 'codex':
            return 'codex';
        case 'claude-settings':
            return 'claude-code';
        default:
            return undefined;
    }
}
/** Whether a variable name matches a profile name that may hold one `*` wildcard (`*_PROXY_URL`). */
function matchesVarName(pattern, name) {
    const star = pattern.indexOf('*');
    if (star === -1)
        return pattern === name;
    const head = pattern.slice(0, star);
    const tail = pattern.slice(star + 1);
    return name.length > head.length + tail.length && name.startsWith(head) && name.endsWith(tail);
}
/** The first item whose name is `name` exactly, else the first whose wildcard name matches. */
function findByName(items, name) {
    return items.find((item) => item.name === name) ?? items.find((item) => item.name.includes('*') && matchesVarName(item.name, name));
}
/** The base URL variable of `profile` that `name` is (exact names before wildcards). */
function findBaseUrlVar(profile, name) {
    return findByName(profile.baseUrlVars, name);
}
/**
 * How the client reads a base URL variable for this value: the first variant whose value suffix or sibling
 * field applies (LobeChat `…/anthropic`, Continue `provider: ollama`), else the variable itself. The result
 * keeps the variable's name and drops the variants, so every later step sees one reading.
 */
function readingOf(variable, value, sibling) {
    if (variable.variants === undefined)
        return variable;
    const { variants, ...plain } = variable;
    const path = (0,core_url/* withoutQueryOrSlashes */.t_)((value ?? '').trim()).toLowerCase();
    const variant = variants?.find((v) => (v.pathEndsWith !== undefined && path.endsWith(v.pathEndsWith)) ||
        (v.sibling !== undefined && v.sibling.equals.includes((sibling(v.sibling.name) ?? '').trim().toLowerCase())));
    if (!variant)
        return plain;
    const { pathEndsWith: _suffix, sibling: _sibling, ...reading } = variant;
    return { ...plain, ...reading };
}
/** The key variable of `profile` that `name` is (exact names before wildcards). */
function findKeyVar(profile, name) {
    return findByName(profile.keyVars, name);
}
/**
 * The name of the base URL variable a key variable is sent to. A wildcard pairing keeps the key's own
 * prefix: LobeChat `PERPLEXITY_API_KEY` (`*_API_KEY`) goes to `PERPLEXITY_PROXY_URL` (`*_PROXY_URL`).
 * Undefined when the key var names no base URL variable, or `keyName` is not one of its names.
 */
function pairedBaseUrlName(keyVar, keyName) {
    const target = keyVar.baseUrlVar;
    if (target === undefined || !target.includes('*'))
        return target;
    const star = keyVar.name.indexOf('*');
    if (star === -1 || !matchesVarName(keyVar.name, keyName))
        return undefined;
    const wildcardPart = keyName.slice(star, keyName.length - (keyVar.name.length - star - 1));
    return target.replace('*', wildcardPart);
}
/** Every name the client reads besides base URLs, keys and models: its other variables and its flags. */
const otherNames = (profile) => [...profile.otherVars, ...(profile.flags ?? []).map((f) => f.name)];
/** Whether `name` is one of `profile`'s model variables. */
function isModelVar(profile, name) {
    return profile.modelVars.some((pattern) => matchesVarName(pattern, name));
}

// EXTERNAL MODULE: ./src/core/order.ts
var order = __webpack_require__(2831);
// EXTERNAL MODULE: ./src/sources/entry.ts
var sources_entry = __webpack_require__(8518);
// EXTERNAL MODULE: ./src/sources/values.ts
var values = __webpack_require__(4302);
// EXTERNAL MODULE: ./src/model/names.ts
var names = __webpack_require__(1601);
;// CONCATENATED MODULE: ./src/model/pairing.ts



/**
 * Pairs keys with the base URL they are sent to and the model they ask for, inside one group of
 * entries read together. First by the client's own variable names (a key variable names its base URL
 * variable), then by shared prefixes (`LLM_API_KEY` ↔ `LLM_API_BASE_URL`).
 *
 * Every base URL entry ends up in a pairing under its own variable exactly once, keyed or not. A key
 * whose base URL variable is unset may also pair with the entry its variable falls back to (NextChat
 * `ANTHROPIC_URL` → `BASE_URL`), under the falling-back variable: that is where its requests go.
 */
function pairEntries(entries, profile) {
    const byName = new Map();
    for (let i = 0; i < entries.length; i++)
        byName.set(entries[i].key, entries[i]);
    const sibling = siblingOf(byName);
    const roles = [];
    for (let i = 0; i < entries.length; i++)
        roles.push(placeEntry(entries[i], profile, sibling));
    const stems = indexStems(roles);
    const pairs = [];
    const direct = new Set();
    const modelOf = (key, base) => stemModel(stems, key ?? base) ?? profileModel(profile, byName);
    for (let i = 0; i < roles.length; i++) {
        const { entry: key, keyVar } = roles[i];
        if (!keyVar)
            continue;
        const target = keyVar.baseUrlVar === undefined ? stemBase(stems, key) : namedBase(profile, byName, keyVar.baseUrlVar, sibling);
        if (target?.baseUrl && target.baseUrlVar?.name === target.baseUrl.key)
            direct.add(target.baseUrl);
        pairs.push(pairing('profile', key, keyVar, target?.baseUrl, target?.baseUrlVar, modelOf(key, target?.baseUrl)));
    }
    for (let i = 0; i < roles.length; i++) {
        const { entry, baseUrlVar } = roles[i];
        if (!baseUrlVar || direct.has(entry))
            continue;
        direct.add(entry);
        pairs.push(pairing('profile', undefined, undefined, entry, baseUrlVar, modelOf(undefined, entry)));
    }
    const unknown = [];
    for (let i = 0; i < roles.length; i++)
        if (!roles[i].known)
            unknown.push(roles[i].entry);
    return unknown.length === 0 ? pairs : [...pairs, ...prefixPairs(unknown)];
}
/** An entry with the role its name has in the profile, its base URL variable read for its value. */
function placeEntry(entry, profile, sibling) {
    const { keyVar, baseUrlVar, known } = roleIn(profile, entry.key);
    if (!baseUrlVar)
        return keyVar ? { entry, keyVar, known } : { entry, known };
    const reading = readingOf(baseUrlVar, (0,sources_entry/* effectiveValue */.FB)(entry), sibling);
    return keyVar ? { entry, keyVar, baseUrlVar: reading, known } : { entry, baseUrlVar: reading, known };
}
/** A pairing with only the fields it has, so pairings compare and serialise without noise. */
function pairing(by, key, keyVar, baseUrl, baseUrlVar, model) {
    const pair = { by };
    if (key)
        pair.key = key;
    if (keyVar)
        pair.keyVar = keyVar;
    if (baseUrl)
        pair.baseUrl = baseUrl;
    if (baseUrlVar)
        pair.baseUrlVar = baseUrlVar;
    if (model)
        pair.model = model;
    return pair;
}
/** The first of the profile's model variables the group sets. */
function profileModel(profile, byName) {
    for (let i = 0; i < profile.modelVars.length; i++) {
        const entry = byName.get(profile.modelVars[i]);
        if (entry !== undefined)
            return entry;
    }
    return undefined;
}
/** The value of another setting of the same group, by name (`provider:` next to Continue's `apiBase`). */
const siblingOf = (byName) => (name) => {
    const entry = byName.get(name);
    return entry && (0,sources_entry/* effectiveValue */.FB)(entry);
};
/**
 * How `profile` reads a name; wildcard variables (`*_PROXY_URL`) come back with the concrete name filled in.
 * Remembered per profile and name: thousands of scopes set the same few names, and a lookup walks the profile's lists.
 */
function roleIn(profile, name) {
    let known = rolesByProfile.get(profile);
    if (!known)
        rolesByProfile.set(profile, (known = new Map()));
    let role = known.get(name);
    if (!role)
        known.set(name, (role = findRole(profile, name)));
    return role;
}
const rolesByProfile = new WeakMap();
function findRole(profile, name) {
    const keyVar = findKeyVar(profile, name);
    const baseUrlVar = findBaseUrlVar(profile, name);
    const known = keyVar !== undefined || baseUrlVar !== undefined || isModelVar(profile, name) || otherNames(profile).includes(name);
    const role = { known };
    if (keyVar)
        role.keyVar = instantiateKey(keyVar, name);
    if (baseUrlVar)
        role.baseUrlVar = { ...baseUrlVar, name };
    return role;
}
/** `*_API_KEY` read as `GROQ_API_KEY` sends to `GROQ_PROXY_URL` when its base is `*_PROXY_URL`. */
function instantiateKey(keyVar, name) {
    if (!keyVar.name.includes('*'))
        return keyVar;
    const { baseUrlVar: _wildcard, ...rest } = keyVar;
    const baseUrlVar = pairedBaseUrlName(keyVar, name);
    return baseUrlVar === undefined ? { ...rest, name } : { ...rest, name, baseUrlVar };
}
/** The entry a named base URL variable reads, or the one its fallback reads when it is unset. */
function namedBase(profile, byName, name, sibling) {
    const found = roleIn(profile, name).baseUrlVar;
    if (!found)
        return undefined;
    const baseUrl = byName.get(name) ?? (found.fallback ? byName.get(found.fallback) : undefined);
    const baseUrlVar = readingOf(found, baseUrl && (0,sources_entry/* effectiveValue */.FB)(baseUrl), sibling);
    return baseUrl ? { baseUrl, baseUrlVar } : { baseUrlVar };
}
function indexStems(roles) {
    const bases = new Map();
    const models = new Map();
    for (let i = 0; i < roles.length; i++) {
        const r = roles[i];
        const role = (0,names/* nameRole */.Q)(r.entry.key);
        if (role?.role === 'base' && (r.baseUrlVar || !r.known) && !bases.has(role.stem))
            bases.set(role.stem, r);
        if (role?.role === 'model' && !models.has(role.stem))
            models.set(role.stem, r.entry);
    }
    return { bases, models };
}
/** A key variable that names no base URL variable (`*_API_KEY` of the SDK guess) pairs by stem. */
function stemBase(stems, key) {
    const stem = stemOf(key, 'key');
    const found = stem === undefined ? undefined : stems.bases.get(stem);
    if (!found)
        return undefined;
    return found.baseUrlVar ? { baseUrl: found.entry, baseUrlVar: found.baseUrlVar } : { baseUrl: found.entry };
}
function stemModel(stems, of) {
    const stem = of && (0,names/* nameRole */.Q)(of.key)?.stem;
    return stem === undefined ? undefined : stems.models.get(stem);
}
/** The stem of a name in the given role, if the name has that role. */
function stemOf(entry, role) {
    const found = (0,names/* nameRole */.Q)(entry.key);
    return found?.role === role ? found.stem : undefined;
}
/** A name a prefix pairing can start from: a key (given a base URL of its stem), or a strong base URL, which stands alone. */
function startsPairing(entry) {
    const role = (0,names/* nameRole */.Q)(entry.key);
    return role !== undefined && (role.role === 'key' || (role.role === 'base' && role.strength === 'strong'));
}
/**
 * Pairs names the client does not know by stem. A key pairs with the base URL of its stem; a strong
 * base URL name (`*_BASE_URL`, `apiBase`) stands alone too, while `*_URL` and `*_ENDPOINT` count only
 * next to a key, because `DATABASE_URL` is not an API root. A key alone (`GITHUB_TOKEN`) says nothing
 * about where it goes and makes no pairing.
 */
function prefixPairs(entries) {
    // Most groups (`PORT`, `DATABASE_URL`, `LOG_LEVEL`) hold nothing that starts one: no stems to index.
    if (!entries.some(startsPairing))
        return [];
    const stems = new Map();
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        const role = (0,names/* nameRole */.Q)(entry.key);
        if (!role)
            continue;
        const stem = stems.get(role.stem) ?? { keys: [] };
        stems.set(role.stem, stem);
        if (role.role === 'key')
            stem.keys.push(entry);
        else if (role.role === 'model')
            stem.model = entry;
        else if (role.strength === 'strong')
            stem.strongBase = entry;
        else
            stem.weakBase = entry;
    }
    const pairs = [];
    for (const { keys, strongBase, weakBase, model } of stems.values()) {
        const baseUrl = strongBase ?? (keys.length > 0 ? weakBase : undefined);
        if (!baseUrl)
            continue;
        if (keys.length === 0)
            pairs.push(pairing('prefix', undefined, undefined, baseUrl, undefined, model));
        for (const key of keys)
            pairs.push(pairing('prefix', key, undefined, baseUrl, undefined, model));
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/model/build.ts





/** Kinds whose settings live in structures (lists of models or endpoints) rather than one flat environment. */
const STRUCTURED = new Set(['continue', 'librechat', 'codex']);
/**
 * Groups the entries of every file into deployment scopes, picks each scope's client and pairs keys
 * with base URLs and models. Pure.
 */
function buildModel(files, settings) {
    const fingerprints = files.flatMap((f) => f.fingerprints);
    const kinds = new Map(files.map((f) => [f.path, f.kind]));
    const readers = envFileReaders(files);
    const clientOf = createScopeDetector(fingerprints, settings.client);
    const scopes = [];
    collectScopes(files).forEach((entries, id) => {
        if (entries.length === 0)
            return;
        const file = fileOf(id);
        const kind = kinds.get(file) ?? entries[0].kind;
        const site = { id, file, kind, readBy: readers.get(file) ?? [] };
        scopes.push(makeScope(id, file, kind, lastWins(entries), clientOf(site)));
    });
    scopes.sort((a, b) => (0,order/* compareText */.n6)(a.id, b.id));
    return { files, scopes, client: detectClient(fingerprints, settings.client) };
}
/**
 * Entries by scope id, in reading order. Workflow-level env joins every job of its file; a compose
 * service reads its `env_file` dotenv files first (its own `environment` overrides them) and its
 * `${VAR}` references are resolved from the compose project's `.env`.
 */
function collectScopes(files) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const scopes = new Map();
    const add = (id, entries) => {
        const list = scopes.get(id);
        if (list)
            for (const entry of entries)
                list.push(entry);
        else
            scopes.set(id, [...entries]);
    };
    for (let f = 0; f < files.length; f++) {
        const file = files[f];
        // `add` copies what it keeps: the file's own list is passed on as it is when nothing in it is commented out.
        const live = file.entries.some((e) => e.commented) ? file.entries.filter((e) => !e.commented) : file.entries;
        if (file.kind === 'workflow' && file.workflow && file.workflow.jobs.length > 0) {
            const fileLevel = live.filter((e) => e.scope === file.path);
            for (const job of file.workflow.jobs)
                add(`${file.path}#jobs.${job.id}`, fileLevel);
            addByScope(add, live.filter((e) => e.scope !== file.path));
        }
        else if (file.kind === 'compose') {
            const project = projectEnv(file.path, byPath);
            for (const ref of file.envFiles ?? [])
                add(ref.scope, (byPath.get(ref.path)?.entries ?? []).filter((e) => !e.commented));
            addByScope(add, live.map((e) => resolveFrom(e, project)));
        }
        else {
            addByScope(add, live);
        }
    }
    return scopes;
}
/** Entries in runs of one scope (a dotenv file's are all one), added a run at a time. */
function addByScope(add, entries) {
    let start = 0;
    for (let i = 1; i <= entries.length; i++) {
        if (i < entries.length && entries[i].scope === entries[start].scope)
            continue;
        add(entries[start].scope, start === 0 && i === entries.length ? entries : entries.slice(start, i));
        start = i;
    }
}
/**
 * The compose services that read a dotenv file: through `env_file`, or as the project `.env` next to the
 * compose file, whose variables fill in the services' `${VAR}` references. Such a file belongs to them.
 */
function envFileReaders(files) {
    const readers = new Map();
    const add = (path, scope) => {
        const list = readers.get(path);
        if (list)
            list.push(scope);
        else
            readers.set(path, [scope]);
    };
    for (let f = 0; f < files.length; f++) {
        const file = files[f];
        if (file.kind !== 'compose')
            continue;
        const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/') + 1) : '';
        for (const scope of new Set(file.entries.map((e) => e.scope)))
            add(`${folder}.env`, scope);
        for (const ref of file.envFiles ?? [])
            add(ref.path, ref.scope);
    }
    return readers;
}
/** The variables of the `.env` next to a compose file, which compose uses for `${VAR}` interpolation. */
function projectEnv(composePath, byPath) {
    const folder = composePath.includes('/') ? composePath.slice(0, composePath.lastIndexOf('/') + 1) : '';
    const vars = new Map();
    for (const entry of byPath.get(`${folder}.env`)?.entries ?? []) {
        const value = entry.commented ? undefined : (0,sources_entry/* effectiveValue */.FB)(entry);
        if (value !== undefined)
            vars.set(entry.key, value);
    }
    return vars;
}
/** Fills `resolved` for a reference or template the compose parser could not expand on its own. */
function resolveFrom(entry, vars) {
    if (entry.form === 'literal' || entry.resolved !== undefined || entry.value === undefined)
        return entry;
    // Workflow-style `${{ }}` never appears in compose; only shell-style references expand.
    const resolved = (0,values/* expandShell */.H)(entry.value, vars);
    return resolved === undefined ? entry : { ...entry, resolved };
}
/**
 * Keeps the last assignment of each setting, in the position of that last assignment, as apps
 * read them. Flat environments repeat by name; structured configs repeat names across list items,
 * so there the full path is the identity.
 */
function lastWins(entries) {
    const ids = entries.map(identity);
    if (!hasRepeats(ids))
        return entries;
    const last = new Map();
    ids.forEach((id, i) => last.set(id, i));
    return entries.filter((_, i) => last.get(ids[i]) === i);
}
/** Whether a name comes twice: pair by pair for the few settings of most scopes (nothing to allocate), else by a set. */
function hasRepeats(ids) {
    if (ids.length > 16)
        return new Set(ids).size < ids.length;
    for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++)
            if (ids[i] === ids[j])
                return true;
    return false;
}
const identity = (e) => (STRUCTURED.has(e.kind) ? e.path.join('\0') : e.key);
/** Scope ids are `<file>` or `<file>#<name>`. */
const fileOf = (id) => (id.includes('#') ? id.slice(0, id.indexOf('#')) : id);
function makeScope(id, file, kind, entries, client) {
    return {
        id,
        file,
        kind,
        label: labelOf(file, id.length > file.length ? id.slice(file.length + 1) : undefined),
        entries,
        client,
        pairs: pairsOf(entries, client)
    };
}
/** Structured configs pair within each list item (one Continue model, one LibreChat endpoint). */
function pairsOf(entries, client) {
    if (!entries.some((entry) => STRUCTURED.has(entry.kind)))
        return pairEntries(entries, client.profile);
    const groups = new Map();
    for (const entry of entries) {
        const parent = STRUCTURED.has(entry.kind) ? entry.path.slice(0, -1).join('\0') : '';
        const group = groups.get(parent);
        if (group)
            group.push(entry);
        else
            groups.set(parent, [entry]);
    }
    return [...groups.values()].flatMap((group) => pairEntries(group, client.profile));
}
/** `services.app` → `service app`, `jobs.deploy` → `job deploy`, otherwise the name after `#` or the file name. */
function labelOf(file, name) {
    if (name === undefined)
        return file.slice(file.lastIndexOf('/') + 1);
    const [kind, ...rest] = name.split('.');
    const label = { services: 'service', jobs: 'job' }[kind ?? ''];
    return label && rest.length > 0 ? `${label} ${rest.join('.')}` : name;
}

// EXTERNAL MODULE: ./src/providers/catalog.ts + 2 modules
var providers_catalog = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/clients/effective-url.ts
var effective_url = __webpack_require__(9149);
;// CONCATENATED MODULE: ./src/core/kinds.ts
/** How messages name a kind of file: `BASE_URL in the compose file`. */
const KIND_LABELS = {
    dotenv: 'the .env file',
    compose: 'the compose file',
    dockerfile: 'the Dockerfile',
    vercel: 'vercel.json',
    netlify: 'netlify.toml',
    render: 'render.yaml',
    fly: 'fly.toml',
    'app-json': 'app.json',
    workflow: 'the workflow',
    'claude-settings': 'the Claude Code settings',
    continue: 'the Continue config',
    librechat: 'librechat.yaml',
    codex: 'the Codex config',
    'codex-auth': 'the Codex auth.json',
    kubernetes: 'the Kubernetes manifest',
    helm: 'the Helm values',
    'gitlab-ci': 'the GitLab CI file',
    wrangler: 'wrangler.toml',
    'app-engine': 'the App Engine app.yaml',
    systemd: 'the systemd unit',
    shell: 'the shell script',
    mcp: 'the MCP config',
    text: 'the file'
};
/** `the .env file`, `the compose file`, `vercel.json`…, for messages. */
const kindLabel = (kind) => KIND_LABELS[kind];
/** Kinds that configure a deployed app (not CI runners, not developer tools). */
const DEPLOYMENT_KINDS = new Set([
    'dotenv',
    'compose',
    'dockerfile',
    'vercel',
    'netlify',
    'render',
    'fly',
    'app-json',
    'kubernetes',
    'helm',
    'wrangler',
    'app-engine',
    'systemd'
]);
/** Example and template files (`.env.example`, `docker-compose.sample.yml`, `.env.template`): they hold placeholders and samples on purpose. */
const isExampleFile = (path) => EXAMPLE_FILE.test(path.slice(path.lastIndexOf('/') + 1));
const EXAMPLE_FILE = /(?:^|[./_-])(?:example|sample|template|dist|tpl)(?:[./_-]|$)/i;

// EXTERNAL MODULE: ./src/core/memo.ts
var memo = __webpack_require__(7485);
// EXTERNAL MODULE: ./src/rules/entries.ts
var entries = __webpack_require__(4023);
;// CONCATENATED MODULE: ./src/rules/keys.ts

/** The keys an entry's value holds, with the provider their format names; placeholders and unresolved references give none. */
function keyItems(entry, catalog) {
    return keyItemsOf((0,entries/* valueOf */.RP)(entry), catalog);
}
/** The items of a key list written as text, placeholders and empty items left out. */
function keyItemsOf(value, catalog) {
    if (value === undefined)
        return [];
    return value
        .split(/[,;]/)
        .map((v) => v.trim())
        .filter((v) => v !== '' && !catalog.isPlaceholder(v))
        .map((v) => {
        const match = catalog.identifyKey(v);
        return match ? { value: v, match } : { value: v };
    });
}
/**
 * Gateways that pass provider keys through (providers.md §3 rule 2) and local servers, which accept
 * whatever key they were started with: a key of another provider is normal there.
 */
const PASSTHROUGH = new Set(['cloudflare-ai-gateway', 'litellm-proxy']);
const carriesAnyKey = (provider) => PASSTHROUGH.has(provider.id) || provider.local === true;

// EXTERNAL MODULE: ./src/rules/names.ts
var rules_names = __webpack_require__(5603);
;// CONCATENATED MODULE: ./src/rules/base-urls.ts





/**
 * Every LLM base URL entry of the model once, as read by its own variable. Pairings that reach an entry
 * through another variable's fallback (NextChat `ANTHROPIC_URL` → `BASE_URL`) are left to
 * `provider-mismatch`; the entry itself is judged under its own name. A reference whose value comes
 * from another base URL setting (`BASE_URL: ${BASE_URL}` in compose, filled from the project `.env`)
 * is judged where the value is written, not a second time where it is used; one filled by its own default
 * (`${BASE_URL:-https://…}`) is written where it is used. Settings whose role is not
 * an LLM base (an app backend, a storage URL) and values that are placeholders or documented sentinels
 * are not sites at all (`isLlmBase`, `isJudgeableValue`).
 */
function baseUrlSites(model, catalog) {
    let sites = sitesByModel.get(model);
    if (!sites)
        sitesByModel.set(model, (sites = collectSites(model, catalog)));
    return sites;
}
/** Four rules walk the same sites; the model is immutable, so they are collected once per model. */
const sitesByModel = new WeakMap();
function collectSites(model, catalog) {
    const fresh = (0,entries/* once */.Oo)();
    const sites = [];
    const { scopes } = model;
    for (let s = 0; s < scopes.length; s++) {
        const scope = scopes[s];
        for (let p = 0; p < scope.pairs.length; p++) {
            const pair = scope.pairs[p];
            const entry = pair.baseUrl;
            if (!entry || (pair.baseUrlVar && pair.baseUrlVar.name !== entry.key))
                continue;
            if (!isLlmBase(pair, catalog) || notRead(scope, entry) || isUnset(entry, pair.baseUrlVar) || forkRewritten(entry, pair.baseUrlVar))
                continue;
            if (!fresh(entry, 'base'))
                continue;
            const placeholder = isPlaceholderValue(entry);
            const site = { scope, entry };
            if (pair.baseUrlVar)
                site.variable = pair.baseUrlVar;
            if (placeholder)
                site.placeholder = placeholder;
            sites.push(site);
        }
    }
    // Most trees set their base URLs as literals: then no site is a reference, and no index of where names are set is needed.
    if (!sites.some(({ entry }) => entry.form === 'reference'))
        return sites;
    const filesByName = new Map();
    for (const { entry } of sites)
        filesByName.set(entry.key, (filesByName.get(entry.key) ?? new Set()).add(entry.file));
    const writtenElsewhere = (entry) => {
        const files = filesByName.get(entry.ref?.name ?? '');
        return files !== undefined && (files.size > 1 || !files.has(entry.file));
    };
    return sites.filter(({ entry }) => entry.form !== 'reference' || ownFallback(entry) || !writtenElsewhere(entry));
}
/**
 * A reference filled by its own default (`${OPENAI_API_BASE_URL:-https://api.openai.com}` where the compose project's
 * `.env` sets no such name): the value is written here, whatever other files (a Dockerfile, a manifest) set that name.
 */
const ownFallback = (entry) => entry.ref?.fallback !== undefined && entry.resolved === entry.ref.fallback;
/** A Cloudflare AI Gateway URL that a NextChat fork rewrites with code of its own: what it calls is not known. */
function forkRewritten(entry, variable) {
    return variable?.forkRewrite === true && ((0,entries/* valueOf */.RP)(entry) ?? '').includes('gateway.ai.cloudflare.com');
}
/**
 * A name the scope's known client does not read: `env-name-unused` says so, and its value never matters. Not so for
 * a name an app's own code may pass to its SDK (`readByApps`).
 */
const notRead = (scope, entry) => (0,entries/* isKnownClient */.Np)(scope.client) && scope.client.profile.unusedVars.some((u) => u.name === entry.key && u.readByApps !== true);
/**
 * A base URL is judged as an LLM base when the client profile names it as one (not a generic name), when it
 * pairs with a key or model of the same stem that is about an LLM, or when its value points at a known
 * provider. Everything else (`VITE_BACKEND_API_BASE_URL=http://localhost:8787`, `STORAGE_BASE_URL`) is some
 * other service's URL.
 */
function isLlmBase(pair, catalog) {
    const entry = pair.baseUrl;
    if (pair.baseUrlVar && !pair.baseUrlVar.generic)
        return true;
    if (pair.model || (0,rules_names/* namesLlm */.yp)(entry.key, catalog))
        return true;
    const key = pair.key;
    if (key && ((0,rules_names/* namesLlm */.yp)(key.key, catalog) || keyItems(key, catalog).some((k) => k.match !== undefined)))
        return true;
    const value = (0,entries/* valueOf */.RP)(entry);
    // Another company's API that only shares a provider's name (api.gemini.com) is no sign of an LLM.
    return value !== undefined && value.split(/[,;]/).some((v) => isProviderHost(catalog.byUrl((0,entries/* unquote */._n)(v))));
}
const isProviderHost = (match) => match !== undefined && match.role !== 'lookalike';
/** Empty values are the client's default; documented sentinels (`/ollama`, `user_provided`) mean something to it. */
function isUnset(entry, variable) {
    const value = (0,entries/* valueOf */.RP)(entry);
    if (value === undefined)
        return false;
    const text = (0,entries/* unquote */._n)(value);
    return text === '' || variable?.sentinels?.includes(text) === true || SENTINEL_VALUES.has(text.toLowerCase());
}
/** `https://<your-host>/v1`, `https://{host}/v1`, `https://your-api.com`, `xxxx`: a template to fill in. */
function isPlaceholderValue(entry) {
    const value = (0,entries/* valueOf */.RP)(entry);
    return value !== undefined && PLACEHOLDER_URL.test((0,entries/* unquote */._n)(value));
}
/** LibreChat's `user_provided` asks each user for their own URL (librechat.example.yaml). */
const SENTINEL_VALUES = new Set(['user_provided']);
/** `https://<your-host>/v1`, `https://{host}/v1`, `https://your-api.com`, `https://xxx`: a template to fill in. */
const PLACEHOLDER_URL = /[<>{}]|\$\(|\byour[-_.]|\bx{3,}\b|changeme|placeholder|\.\.\./i;
/**
 * The URLs a base URL value holds, tidied of surrounding spaces and quotes (`base-url-format` reports
 * those), one per item for list variables (Open WebUI `OPENAI_API_BASE_URLS`). Empty when the value is
 * empty (the client's default applies); a reference that could not be resolved has no value at all.
 */
function urlValues(value, listSeparator) {
    const items = listSeparator ? value.split(listSeparator) : [value];
    return items.map(entries/* unquote */._n).filter((v) => v !== '');
}
/**
 * `urlValues` that are URLs at all; `base-url-format` reports the rest. Remembered per value and separator: several
 * rules ask, and many files set the same URL.
 */
function parsedUrlValues(entry, variable) {
    const value = (0,entries/* valueOf */.RP)(entry);
    if (value === undefined)
        return [];
    const separator = variable?.listSeparator ?? '';
    let urlValuesOf = bySeparator.get(separator);
    if (!urlValuesOf)
        bySeparator.set(separator, (urlValuesOf = (0,memo/* memoize */.Bj)((text) => parseUrlValues(text, separator))));
    return urlValuesOf(value);
}
/** A memo per list separator (few: none, `,`, `;`), so a lookup needs no key made of separator and value. */
const bySeparator = new Map();
function parseUrlValues(value, separator) {
    return urlValues(value, separator).flatMap((text) => {
        const url = (0,core_url/* parseUrl */.Dl)(text);
        return url && (0,core_url/* looksLikeHost */.oc)(url) && (url.scheme === undefined || url.scheme === 'http' || url.scheme === 'https') ? [{ text, url }] : [];
    });
}
/**
 * What the registry says about a URL value: its provider and whether it is the API. The host lookup
 * comes first because it is cheap and most hosts are not in the registry.
 */
function urlMatch({ text }, catalog) {
    return matchOf(text, catalog);
}
const matchOf = (0,memo/* memoizeBy */.yx)((text, catalog) => {
    const url = (0,core_url/* parseUrl */.Dl)(text);
    return url && (catalog.byHost((0,core_url/* hostOf */.w4)(url)) ?? catalog.byHost(url.host)) ? catalog.byUrl(text) : undefined;
});
/** The provider whose API a URL (scheme optional) points at; undefined for unknown hosts and non-API pages. */
function apiProviderOf(url, catalog) {
    const match = catalog.byUrl(url);
    return match?.role === 'api' ? match.provider : undefined;
}
/** Request paths people paste as a base, longest first so `/chat/completions` wins over `/completions`. */
// `/completion` is llama.cpp server's native endpoint.
const ENDPOINTS = ['/chat/completions', '/v1/messages', '/completions', '/completion', '/embeddings', '/responses', '/models'];
/** The request endpoint a URL's path ends with (trailing slashes and case ignored), if it is one. */
function endpointOf(url) {
    return endpointOfPath(url.path);
}
/** Remembered per path: the rules ask of every base URL, and most repositories set a few. */
const endpointOfPath = (0,memo/* memoize */.Bj)((path) => {
    const tidy = `/${(0,core_url/* segments */.JF)(path).join('/')}`.toLowerCase();
    return ENDPOINTS.find((e) => tidy.endsWith(e));
});

;// CONCATENATED MODULE: ./src/rules/types.ts
/** Identity helper: lets TypeScript infer the message ids from `meta.messages`. */
const defineRule = (rule) => rule;

;// CONCATENATED MODULE: ./src/rules/base-url-endpoint.ts







/**
 * A full endpoint where a base belongs. Every client appends its own request path, so
 * `…/v1/chat/completions` becomes `…/v1/chat/completions/v1/chat/completions` in NextChat and
 * `…/chat/completions/chat/completions` in the SDKs: 404 (NextChat #1185, #4473). LibreChat's
 * `*_REVERSE_PROXY` variables are the one exception: `extractBaseURL()` cuts a pasted endpoint back.
 * Where the value is meant to be the chat endpoint itself (LibreChat `directEndpoint: true`), it must be
 * one: llama.cpp's native `/completion` takes no chat request.
 */
const rule = defineRule({
    meta: {
        id: 'base-url-endpoint',
        description: 'A base URL is a full endpoint such as /chat/completions instead of an API root',
        severity: 'error',
        autofix: ['endpoint', 'endpointAsBase'],
        messages: {
            endpoint: '{{name}} in {{fileKind}} is the full {{endpoint}} endpoint, and {{client}} appends its own path to it, calling {{url}}',
            endpointAsBase: '{{name}} in {{fileKind}} is the full {{endpoint}} endpoint where an API root belongs',
            notChatEndpoint: '{{name}} in {{fileKind}} is where {{client}} posts chat requests as they are, but {{endpoint}} is not a chat endpoint'
        },
        tips: {
            endpoint: 'use "{{fix}}"',
            endpointAsBase: 'use "{{fix}}"',
            notChatEndpoint: "use the server's /v1/chat/completions"
        }
    },
    check(context) {
        const sites = baseUrlSites(context.model, context.providers);
        for (let s = 0; s < sites.length; s++) {
            const { scope, entry, variable, placeholder } = sites[s];
            if (placeholder)
                continue;
            if (scope.client.profile.id === 'librechat' && entry.key.endsWith('_REVERSE_PROXY'))
                continue;
            const values = parsedUrlValues(entry, variable);
            for (let v = 0; v < values.length; v++) {
                const value = values[v];
                const endpoint = endpointOf(value.url);
                if (variable?.fullEndpoint && endpoint !== undefined && !CHAT_ENDPOINTS.has(endpoint)) {
                    context.report({
                        messageId: 'notChatEndpoint',
                        data: { name: entry.key, fileKind: kindLabel(entry.kind), endpoint, client: (0,entries/* clientName */.V8)(scope.client) },
                        file: entry.file,
                        span: (0,entries/* valueSpan */.MK)(entry),
                        entry,
                        scope: scope.id
                    });
                    break;
                }
                // Verbatim variables hold an endpoint on purpose.
                if (!endpoint || variable?.convention === 'verbatim')
                    continue;
                const fix = fixFor(value, endpoint, variable, context.providers);
                const data = { name: entry.key, fileKind: kindLabel(entry.kind), endpoint, fix };
                context.report({
                    ...(variable
                        ? { messageId: 'endpoint', data: { ...data, client: (0,entries/* clientName */.V8)(scope.client), url: (0,core_url/* showUrl */.jr)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url) } }
                        : { messageId: 'endpointAsBase', data }),
                    file: entry.file,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    fix,
                    ...severityFor(scope, entry, value, variable),
                    scope: scope.id
                });
                break;
            }
        }
    }
});
const CHAT_ENDPOINTS = new Set(['/chat/completions', '/responses']);
/**
 * How sure the finding is. Some clients (or some of their versions) cut a pasted endpoint themselves: a note. A
 * guessed client or a generic name is a guess about the join: a warning. A name only its prefix pairs
 * (`SILICONFLOW_API_ENDPOINT`, `DEEPSEEK_API_URL`) is read by the app's own code, which often posts to it as written:
 * a note, unless the name says base (`*_BASE_URL`).
 */
function severityFor(scope, entry, value, variable) {
    if (strippedByClient(value.text, variable))
        return { severity: 'note' };
    if (!variable) {
        const role = (0,names/* nameRole */.Q)(entry.key);
        return { severity: role?.role === 'base' && role.strength === 'strong' ? 'warning' : 'note' };
    }
    return !(0,entries/* isKnownClient */.Np)(scope.client) || variable.generic === true ? { severity: 'warning' } : {};
}
/** The client cuts this tail off before joining (LibreChat's extractBaseURL). */
const strippedByClient = (text, variable) => variable?.strips?.some(({ tail }) => text.toLowerCase().replace(/[?#].*$/, '').endsWith(tail)) === true;
/**
 * The base without the endpoint, in the variable's convention: the provider's expected base when the
 * host is known; otherwise the stripped URL, minus a trailing version for clients that add it themselves.
 */
function fixFor(value, endpoint, variable, catalog) {
    const withoutQuery = value.text.replace(/[?#].*$/, '').replace(/\/+$/, '');
    const stripped = withoutQuery.slice(0, withoutQuery.length - endpoint.length);
    const provider = apiProviderOf(stripped, catalog);
    const expected = provider && variable ? (0,effective_url/* expectedBase */.AJ)(provider, variable, value.url) : undefined;
    if (expected !== undefined && !expected.includes('{'))
        return expected;
    return variable?.convention === 'host-root' ? stripped.replace(/\/v\d+$/, '') : stripped;
}

;// CONCATENATED MODULE: ./src/rules/base-url-format.ts





/**
 * How a base URL is written, before where it points. No client trims or unquotes (NextChat
 * `app/api/common.ts` only adds `https://` and strips one `/`), so quotes kept by compose list form
 * (`- BASE_URL="https://x"`) or a trailing space end up inside the request URL.
 */
const base_url_format_rule = defineRule({
    meta: {
        id: 'base-url-format',
        description: 'A base URL is malformed: literal quotes, spaces, no scheme, plain http, //, a query string, or not a URL',
        severity: 'warning',
        autofix: ['quotesInList', 'quoted', 'whitespace', 'schemeSkipped', 'noScheme', 'plainHttp', 'doubleSlash', 'query'],
        messages: {
            quotesInList: '{{name}} in {{fileKind}} is written in list form, where compose keeps the quotes as part of the value',
            quoted: '{{name}} in {{fileKind}} keeps its quotes as part of the value',
            whitespace: '{{name}} in {{fileKind}} has spaces around the URL, which the client does not trim',
            blankAfterEquals: '{{name}} in {{fileKind}} has a space after =, which dotenv drops but `docker run --env-file` keeps in the value',
            schemeAssumed: '{{name}} in {{fileKind}} has no scheme, which {{client}} fills in with https://',
            schemeSkipped: '{{name}} in {{fileKind}} has no scheme but starts with "http", so {{client}} does not add https:// and the request fails',
            noScheme: '{{name}} in {{fileKind}} has no scheme, so {{client}} cannot build a request URL from it',
            plainHttp: '{{name}} in {{fileKind}} sends the API key over plain http to {{host}}',
            doubleSlash: '{{name}} in {{fileKind}} has // in its path, which the client keeps in every request',
            query: '{{name}} in {{fileKind}} has a query string, which the client puts before the path it appends',
            notUrl: '{{name}} in {{fileKind}} is {{what}}, not a URL',
            placeholder: '{{name}} in {{fileKind}} is still a placeholder, which the client would call as a URL',
            notExpanded: '{{name}} in {{fileKind}} is written as a ${…} reference, which {{client}} does not expand there: it calls the text itself as a URL'
        },
        tips: {
            quotesInList: 'write {{name}}={{fix}}',
            quoted: 'remove them ("{{fix}}")',
            whitespace: 'use "{{fix}}"',
            blankAfterEquals: 'write {{name}}={{fix}}',
            schemeAssumed: 'write "{{fix}}" to make it explicit',
            schemeSkipped: 'write "{{fix}}"',
            noScheme: 'write "{{fix}}"',
            plainHttp: 'use "{{fix}}"',
            doubleSlash: 'use "{{fix}}"',
            query: 'use "{{fix}}"',
            notUrl: 'set it to the API root',
            placeholder: 'fill it in before deploying, or leave it empty for the default',
            notExpanded: 'write the URL itself'
        }
    },
    check(context) {
        const sites = baseUrlSites(context.model, context.providers);
        for (let s = 0; s < sites.length; s++) {
            const { scope, entry, variable, placeholder } = sites[s];
            const value = (0,entries/* valueOf */.RP)(entry);
            // A reference in a file its client reads as written (Codex's config.toml, Claude Code's settings): see entry.ts.
            if (entry.form === 'literal' && value !== undefined && UNEXPANDED.test(value)) {
                context.report({ messageId: 'notExpanded', data: { name: entry.key, fileKind: kindLabel(entry.kind), client: (0,entries/* clientName */.V8)(scope.client) }, file: entry.file, span: (0,entries/* valueSpan */.MK)(entry), entry, scope: scope.id });
                continue;
            }
            if (placeholder) {
                // Templates hold placeholders by design; a deployment file that still does calls it as a URL.
                if (!isExampleFile(entry.file)) {
                    context.report({ messageId: 'placeholder', data: { name: entry.key, fileKind: kindLabel(entry.kind) }, file: entry.file, span: (0,entries/* valueSpan */.MK)(entry), entry, severity: 'note', scope: scope.id });
                }
                continue;
            }
            // Lists (Open WebUI `OPENAI_API_BASE_URLS`) are left to the host and path rules, item by item.
            if (value === undefined || value.trim() === '' || variable?.listSeparator)
                continue;
            // Names paired by prefix are read by code we do not know, not by the scope's client.
            const client = variable ? (0,entries/* clientName */.V8)(scope.client) : 'the app';
            const problems = problemsOf(entry, value, variable?.normalize === 'nextchat', context.providers);
            for (let p = 0; p < problems.length; p++) {
                const problem = problems[p];
                context.report({
                    messageId: problem.messageId,
                    data: { name: entry.key, fileKind: kindLabel(entry.kind), client, ...problem.data },
                    file: entry.file,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    ...(problem.data.fix ? { fix: problem.data.fix } : {}),
                    // A key pasted where the URL belongs must not reach the output.
                    ...(problem.messageId === 'notUrl' ? { secrets: [value.trim()] } : {}),
                    // Values the client tolerates: NextChat completes a bare host with https://; dotenv trims the blank.
                    ...(TOLERATED.has(problem.messageId) ? { severity: 'note' } : {}),
                    scope: scope.id
                });
            }
        }
    }
});
/** `${VAR}`, `${VAR:-default}` as written: in a literal, a reference nobody filled in. */
const UNEXPANDED = /\$\{[A-Za-z_]\w*(?::?[-=?+][^}]*)?\}/;
const TOLERATED = new Set(['schemeAssumed', 'blankAfterEquals']);
/**
 * Every formatting problem of one value, each with the fully tidied value as its fix, so applying any
 * one fix repairs them all. Not a URL at all stops the list: nothing else can be said about it.
 * `prefixesHttps`: the client adds `https://` to values that do not start with "http" (NextChat).
 */
function problemsOf(entry, value, prefixesHttps, catalog) {
    const found = [];
    const text = (0,entries/* unquote */._n)(value);
    if (text !== value.trim())
        found.push(entry.meta?.listForm === true ? 'quotesInList' : 'quoted');
    if (value !== value.trim())
        found.push('whitespace');
    else if (entry.meta?.blankAfterEquals === true)
        found.push('blankAfterEquals');
    const url = (0,core_url/* parseUrl */.Dl)(text);
    if (!url || !(0,core_url/* looksLikeHost */.oc)(url) || (url.scheme !== undefined && url.scheme !== 'http' && url.scheme !== 'https')) {
        return [{ messageId: 'notUrl', data: { what: describe(text, url, catalog) } }];
    }
    if (url.scheme === undefined)
        found.push(!prefixesHttps ? 'noScheme' : text.startsWith('http') ? 'schemeSkipped' : 'schemeAssumed');
    else if (url.scheme === 'http' && !(0,core_url/* isInternalHost */.AQ)(url.host))
        found.push('plainHttp');
    if (/\/\//.test(url.path))
        found.push('doubleSlash');
    if (url.query !== '')
        found.push('query');
    const fix = tidy(url);
    return found.map((messageId) => ({ messageId, data: { fix, host: url.host } }));
}
/** The value with a scheme (https unless it is an internal host), single slashes and no query or fragment. */
function tidy(url) {
    const scheme = url.scheme === 'http' && (0,core_url/* isInternalHost */.AQ)(url.host) ? 'http' : 'https';
    const host = url.host.includes(':') ? `[${url.host}]` : url.host;
    const port = url.port ? `:${url.port}` : '';
    return `${scheme}://${host}${port}${url.path.replace(/\/{2,}/g, '/')}`;
}
/** What was pasted instead of a URL, in words; never the value itself. */
function describe(text, url, catalog) {
    if (/^(?:true|false|yes|no|on|off|0|1)$/i.test(text))
        return 'a boolean';
    if (catalog.identifyKey(text) || catalog.looksLikeSecret(text))
        return 'an API key';
    if (url?.scheme !== undefined && url.scheme !== 'http' && url.scheme !== 'https')
        return `a ${url.scheme}:// address`;
    if (/^[a-z][\w.:-]*$/i.test(text) && /\d/.test(text) && !text.includes('/'))
        return 'a model name';
    return 'a value that names no host';
}

;// CONCATENATED MODULE: ./src/rules/base-url-not-api.ts






/** How messages name what a non-API host serves. */
const ROLE_LABELS = {
    marketing: 'website',
    dashboard: 'dashboard',
    docs: 'documentation site',
    'chat-app': 'chat app'
};
/**
 * A base URL on a provider's website, dashboard, docs or chat app instead of its API: the request
 * reaches an HTML page or a login redirect and fails with 404 or 405. Judged from the registry
 * (`nonApiHosts`, and `sharedWithWebsite` for a host that serves both, as `openrouter.ai` does without `/api`).
 */
const base_url_not_api_rule = defineRule({
    meta: {
        id: 'base-url-not-api',
        description: 'A base URL points at a provider website, dashboard, docs or chat app instead of its API',
        severity: 'error',
        autofix: ['notApi'],
        messages: {
            notApi: '{{name}} in {{fileKind}} points at {{host}}, the {{provider}} {{role}}, not its API',
            lookalike: '{{name}} in {{fileKind}} points at {{host}}, the API of {{owner}}, not of {{provider}}: every request, key included, goes to another company',
            retired: '{{name}} in {{fileKind}} points at {{host}}, which {{provider}} stopped serving on {{date}}'
        },
        tips: {
            notApi: 'use "{{fix}}"',
            lookalike: 'use "{{fix}}"',
            retired: 'use "{{fix}}"'
        }
    },
    check(context) {
        const sites = baseUrlSites(context.model, context.providers);
        for (let s = 0; s < sites.length; s++) {
            const { scope, entry, variable, placeholder } = sites[s];
            if (placeholder)
                continue;
            const values = parsedUrlValues(entry, variable);
            for (let v = 0; v < values.length; v++) {
                const value = values[v];
                const match = urlMatch(value, context.providers);
                if (!match || match.role === 'api')
                    continue;
                // Another company's API is someone's real setting unless a client sends LLM requests there: only a client's
                // own variable (a LibreChat endpoint's baseURL) says so, not a generic name (GEMINI_BASE_URL of a trading bot).
                // And only when the provider it was mistaken for serves the variable's API family, which the tip names.
                if (match.role === 'lookalike' && (!variable || variable.generic === true || !(0,effective_url/* servesFamily */.Ri)(match.provider, variable.family)))
                    continue;
                // A chat app's backend (`chatgpt.com/backend-api/…`) under a name no client profile knows is some
                // tool's own upstream, not a misplaced API root.
                if (match.role === 'chat-app' && (!variable || variable.generic === true || (0,core_url/* segments */.JF)(value.url.path).length > 0))
                    continue;
                const { provider, role } = match;
                const fix = (0,effective_url/* suggestedBase */.$b)(provider, variable);
                if (fix === undefined)
                    continue;
                const data = { name: entry.key, fileKind: kindLabel(entry.kind), host: (0,core_url/* hostOf */.w4)(value.url), provider: provider.name, fix };
                context.report({
                    // A lookalike's tip is no edit: whose key it holds decides the host, so no fix is applied or suggested.
                    ...(role === 'lookalike'
                        ? { messageId: 'lookalike', data: { ...data, owner: match.owner ?? 'another company' } }
                        : role === 'retired'
                            ? { messageId: 'retired', data: { ...data, date: match.retiredOn ?? '' }, fix }
                            : { messageId: 'notApi', data: { ...data, role: ROLE_LABELS[role] }, fix }),
                    file: entry.file,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    scope: scope.id
                });
                break;
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/base-url-path.ts







/** A version segment (`v1`, `v1beta`) repeated back to back in a request path. */
/** `v1`, `v4`, `v1beta`, and Google's `v1beta1`, `v1alpha2` (Vertex AI's OpenAI-compatible root is under `v1beta1`). */
const DOUBLED_VERSION = /\/(v\d+(?:[a-z]+\d*)?)\/\1(?:\/|$)/i;
const VERSION = /^v\d+(?:[a-z]+\d*)?$/i;
/**
 * The URL the client really calls is not the provider's API. Each client joins base and request path
 * its own way (clients.md §3): NextChat appends `/v1/chat/completions` to `BASE_URL`, so a base with
 * `/v1` doubles it; the OpenAI SDK family appends `/chat/completions`, so its base must carry `/v1` or
 * the provider's own prefix (Groq `/openai/v1`, Fireworks `/inference/v1`, OpenRouter `/api/v1`).
 *
 * For a known provider host the request is compared with what the provider serves; for other hosts
 * (self-hosted gateways) only the client's convention is judged, and a missing `/v1` is a warning
 * because the server's layout is a guess. With no client identified, every finding is a warning.
 * Hosts that are not an API, full endpoints and query strings are left to `base-url-not-api`,
 * `base-url-endpoint` and `base-url-format`.
 */
const base_url_path_rule = defineRule({
    meta: {
        id: 'base-url-path',
        description: 'The request URL the client builds from a base URL has a doubled, missing or wrong path',
        severity: 'error',
        autofix: ['doubledVersion', 'doubledSlash', 'missingVersion', 'missingRoot', 'wrongPath'],
        messages: {
            doubledVersion: '{{name}} in {{fileKind}} ends in /{{version}}, which {{client}} adds itself, so it calls {{url}}',
            doubledSlash: '{{name}} in {{fileKind}} ends in /, which {{client}} keeps, so it calls {{url}}',
            unreachable: '{{name}} in {{fileKind}} makes {{client}} call {{url}}, and no value of {{name}} reaches {{provider}}, which serves this API under {{root}}',
            missingVersion: '{{name}} in {{fileKind}} lacks the /{{version}} that {{client}} expects in the base, so it calls {{url}}',
            noVersionSegment: '{{name}} in {{fileKind}} has no version segment in its path, so {{client}} calls {{url}}',
            missingRoot: "{{name}} in {{fileKind}} misses {{provider}}'s API path {{root}}, so {{client}} calls {{url}}",
            wrongPath: '{{name}} in {{fileKind}} makes {{client}} call {{url}}, which is not where {{provider}} serves its API'
        },
        tips: {
            doubledVersion: 'use "{{fix}}"',
            doubledSlash: 'use "{{fix}}"',
            unreachable: 'use the variable {{client}} reads for {{provider}}, or a gateway',
            missingVersion: 'use "{{fix}}"',
            noVersionSegment: 'most OpenAI-compatible servers answer under /v1; check that this path is the API root',
            missingRoot: 'use "{{fix}}"',
            wrongPath: 'use "{{fix}}"'
        }
    },
    check(context) {
        const sites = baseUrlSites(context.model, context.providers);
        for (let s = 0; s < sites.length; s++) {
            const { scope, entry, variable, placeholder } = sites[s];
            if (placeholder)
                continue;
            if (!variable || variable.convention === 'verbatim')
                continue;
            const values = parsedUrlValues(entry, variable);
            for (let v = 0; v < values.length; v++) {
                const value = values[v];
                const judged = judge(value.text, variable, context.providers);
                if (!judged)
                    continue;
                const { verdict, provider } = judged;
                // A generic name (the SDK guess's `*_BASE_URL`, a name an SDK app reads in its own code) is judged by a guessed join.
                const guessed = !(0,entries/* isKnownClient */.Np)(scope.client) || variable.generic === true || (provider === undefined && verdict.messageId === 'missingVersion');
                // A name only a wildcard of the SDK guess matches (`OPENAI_API_BASE_URL`, `OLLAMA_BASE_URL` with no client
                // identified) has no known convention: whether it needs /v1 is anybody's guess.
                const unknownConvention = variable.generic === true && provider === undefined && verdict.messageId === 'missingVersion';
                const severity = verdict.severity ?? (unknownConvention ? 'note' : guessed ? 'warning' : undefined);
                context.report({
                    messageId: verdict.messageId,
                    data: {
                        name: entry.key,
                        fileKind: kindLabel(entry.kind),
                        client: (0,entries/* clientName */.V8)(scope.client),
                        url: (0,core_url/* showUrl */.jr)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url),
                        fix: verdict.fix ?? '',
                        ...verdict.data
                    },
                    file: entry.file,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    ...(verdict.fix === undefined ? {} : { fix: verdict.fix }),
                    ...(severity ? { severity } : {}),
                    scope: scope.id
                });
                break;
            }
        }
    }
});
/**
 * The verdict on one URL value read as `variable`, and the provider it was judged against (none: by the client's
 * convention). Remembered: it depends on the text, the variable and the registry alone, and many files set the same.
 */
const judge = (0,memo/* memoizeBy2 */.uW)((text, variable, catalog) => {
    const value = { text, url: (0,core_url/* parseUrl */.Dl)(text) };
    const match = urlMatch(value, catalog);
    if (!judgeable(value, match?.role))
        return undefined;
    // A provider not known to serve the variable's API family is judged by the client's convention alone; so
    // is a local server known only by its default port (`localhost:8000` is vLLM's, and every dev server's).
    const known = match?.provider && (!match.provider.local || match.named === true || variable.provider === match.provider.id) ? match.provider : undefined;
    const provider = known && (0,effective_url/* servesFamily */.Ri)(known, variable.family) ? known : undefined;
    const verdict = provider ? againstProvider(value, variable, provider) : againstConvention(value, variable);
    if (!verdict)
        return undefined;
    return provider ? { verdict, provider } : { verdict };
});
/**
 * Endpoints, non-API hosts and query strings have rules of their own; a query string also puts the
 * appended path after it, so the request has no meaningful path to judge.
 */
const judgeable = ({ url }, role) => (role === undefined || role === 'api') && endpointOf(url) === undefined && url.query === '' && url.fragment === '';
/** Compares the request with the requests the provider's accepted bases would make. */
function againstProvider(value, variable, provider) {
    const accepted = (0,effective_url/* acceptedBases */.q5)(provider, variable, value.url).filter((b) => !b.includes('{'));
    const fix = accepted[0];
    if (fix === undefined)
        return unreachable(variable, provider);
    const slash = doubledSlash(value, variable);
    if (slash)
        return slash;
    const actual = requestSegments(value.text, variable);
    const expected = accepted.map((b) => requestSegments(b, variable));
    if (expected.some((x) => same(x, actual)))
        return undefined;
    const doubled = DOUBLED_VERSION.exec((0,core_url/* pathOf */.XM)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url));
    if (doubled)
        return { messageId: 'doubledVersion', fix, data: { version: doubled[1] } };
    const target = expected[0];
    const missing = missingFrom(actual, target);
    if (missing && missing.every((s) => VERSION.test(s)))
        return { messageId: 'missingVersion', fix, data: { version: missing.join('/') } };
    if (missing)
        return { messageId: 'missingRoot', fix, data: { provider: provider.name, root: (0,core_url/* pathOf */.XM)(fix) || '/' } };
    // Extra segments the provider also serves (DeepSeek answers with and without /v1) are listed as aliases;
    // anything else is a different path.
    return { messageId: 'wrongPath', fix, data: { provider: provider.name } };
}
/**
 * A client that appends its own fixed path cannot reach a provider whose root does not end in that path's
 * head (NextChat `BASE_URL` always adds `/v1`, Ark serves `/api/v3`). Said only when the provider's root for
 * the family is a real URL, not a template (`{host}` of a self-hosted gateway).
 */
function unreachable(variable, provider) {
    const root = variable.family === 'openai' ? provider.apiRoot : provider.apis?.[variable.family];
    if (root === undefined || root.includes('{'))
        return undefined;
    return { messageId: 'unreachable', data: { provider: provider.name, root: (0,core_url/* pathOf */.XM)(root) || '/' } };
}
/** A trailing `/` the client keeps (`normalize: none`, Open WebUI list entries) doubles the slash before the path. */
function doubledSlash(value, variable) {
    // A `//` written inside the value is base-url-format's; this is the one the join makes.
    if (value.url.path.includes('//') || !(0,core_url/* pathOf */.XM)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url).includes('//'))
        return undefined;
    return { messageId: 'doubledSlash', fix: value.text.replace(/\/+$/, ''), data: {} };
}
/** Without a known provider only the client's convention can be judged. */
function againstConvention(value, variable) {
    const slash = doubledSlash(value, variable);
    if (slash)
        return slash;
    const doubled = DOUBLED_VERSION.exec((0,core_url/* pathOf */.XM)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url));
    const base = (0,core_url/* withoutQueryOrSlashes */.t_)(value.text);
    if (doubled)
        return { messageId: 'doubledVersion', fix: base.replace(/\/v\d+[a-z]*$/i, ''), data: { version: doubled[1] } };
    if (variable.convention === 'includes-version' && (0,core_url/* segments */.JF)(value.url.path).length === 0) {
        return { messageId: 'missingVersion', fix: `${base}/v1`, data: { version: 'v1' } };
    }
    // A path without any version segment on an unknown server: most OpenAI-compatible servers answer under /v1, but
    // this one may not, so it is a note without a fix.
    if (variable.convention === 'includes-version' && variable.family === 'openai' && !(0,core_url/* segments */.JF)(value.url.path).some((s) => VERSION.test(s))) {
        return { messageId: 'noVersionSegment', data: {}, severity: 'note' };
    }
    return undefined;
}
/** The path segments of the request a base leads to, lower-cased. */
function requestSegments(base, variable) {
    return (0,core_url/* segments */.JF)((0,core_url/* parseUrl */.Dl)((0,effective_url/* effectiveUrl */.ZT)(base, variable).url)?.path ?? '').map((s) => s.toLowerCase());
}
const same = (a, b) => a.length === b.length && a.every((s, i) => s === b[i]);
/** The segments of `target` that `actual` lacks, when `actual` is `target` with some segments left out. */
function missingFrom(actual, target) {
    if (actual.length >= target.length)
        return undefined;
    const missing = [];
    let i = 0;
    for (const segment of target) {
        if (i < actual.length && actual[i] === segment)
            i++;
        else
            missing.push(segment);
    }
    return i === actual.length ? missing : undefined;
}

;// CONCATENATED MODULE: ./src/clients/flags.ts
/** Whether the client reads `value` of a flag as on, by the way the profile says it reads the flag. */
function flagIsOn(flag, value) {
    const same = (a, b) => (flag.ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b);
    switch (flag.reads) {
        case 'non-empty':
            return value !== '';
        case 'equals':
            return same(value, flag.value ?? '');
        case 'not-equals':
            return !same(value, flag.value ?? '');
    }
}

;// CONCATENATED MODULE: ./src/rules/env-name-unused.ts






/**
 * Variables the deployed client never reads: SDK habits (`OPENAI_BASE_URL` in a NextChat repository,
 * which reads `BASE_URL`), and names the client renamed or dropped (`HIDE_BALANCE_QUERY`). The value
 * silently has no effect, so the app talks to its default host with the key meant for another.
 *
 * Judged only when the client is known (detected, configured or named by the file): the same name
 * means opposite things in different apps. Workflow files are left out, since their variables feed
 * the CI runner's own scripts, not the deployed app.
 *
 * A container that pulls the client's upstream image (`scope.client.upstreamImage`) runs the code the profile was
 * read from, which reads no other variable: there a provider's key or base URL the profile neither reads nor lists
 * (`OPENROUTER_API_KEY` for upstream NextChat) is reported too. Nowhere else: a fork's own code reads names of its own.
 */
const env_name_unused_rule = defineRule({
    meta: {
        id: 'env-name-unused',
        description: 'A variable is set that the detected client does not read',
        severity: 'warning',
        autofix: ['renamed'],
        messages: {
            renamed: '{{name}} in {{fileKind}} is not read by {{client}} — {{reason}}',
            unread: '{{name}} in {{fileKind}} is not read by {{client}} — {{reason}}',
            passedByApp: '{{name}} in {{fileKind}} reaches {{client}} only if the app\'s own code passes it on — {{reason}}'
        },
        tips: {
            renamed: 'use {{replacement}}',
            unread: 'remove it',
            passedByApp: 'check that the code passes it to the client, or use {{replacement}}'
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        const { scopes } = context.model;
        for (let s = 0; s < scopes.length; s++) {
            const scope = scopes[s];
            const { profile } = scope.client;
            if (!(0,entries/* isKnownClient */.Np)(scope.client) || !JUDGED_KINDS.has(scope.kind))
                continue;
            const names = new Set(scope.entries.map((e) => e.key));
            for (const entry of scope.entries) {
                const unused = profile.unusedVars.find((u) => u.name === entry.key);
                if (!unused)
                    continue;
                const replacement = unused.replacement && !names.has(unused.replacement) ? unused.replacement : undefined;
                // Code the linter does not read may pass it on: a rename could break a working app, so no edit is offered.
                const messageId = unused.readByApps ? 'passedByApp' : replacement ? 'renamed' : 'unread';
                if ((messageId === 'passedByApp' && !replacement) || !fresh(entry, messageId))
                    continue;
                reportName(context, scope, entry, messageId, unused.reason.replace(/\.$/, ''), replacement, {
                    ...(replacement && messageId === 'renamed' ? { fix: replacement } : {}),
                    // Older versions read it: right or wrong depends on the version deployed, which the files rarely say.
                    ...(unused.droppedOn || unused.readByApps ? { severity: 'note' } : {})
                });
            }
            if (scope.client.upstreamImage !== undefined)
                reportUnreadProviderSettings(context, scope, scope.client.upstreamImage, fresh);
        }
    }
});
/**
 * Provider settings the upstream image never reads (see the rule's comment). Where the client reads the same
 * provider's key under its own name (NextChat's Gemini key is GOOGLE_API_KEY), that name is the fix; a base URL gets
 * the name but no edit, since the client may join its value otherwise.
 */
function reportUnreadProviderSettings(context, scope, image, fresh) {
    const { profile } = scope.client;
    if (passesEnv(profile, scope))
        return;
    const names = new Set(scope.entries.map((e) => e.key));
    for (const entry of scope.entries) {
        const setting = (0,rules_names/* providerSetting */.mQ)(entry.key, context.providers);
        if (!setting || reads(profile, entry.key) || profile.unusedVars.some((u) => u.name === entry.key))
            continue;
        const own = ownName(profile, setting.role, setting.provider);
        const replacement = own !== undefined && !names.has(own) ? own : undefined;
        const messageId = replacement ? 'renamed' : 'unread';
        if (!fresh(entry, messageId))
            continue;
        const what = `${setting.provider.name} ${setting.role === 'key' ? 'key' : 'base URL'}`;
        const reason = `the image ${image} runs upstream's code, which reads ${own === undefined ? `no ${what}` : `the ${what} from ${own}`}`;
        reportName(context, scope, entry, messageId, reason, replacement, replacement && setting.role === 'key' ? { fix: replacement } : {});
    }
}
/** A finding on a variable's name: the client, the reason and the name it reads instead, with any fix or severity. */
function reportName(context, scope, entry, messageId, reason, replacement, extra) {
    context.report({
        messageId,
        data: { name: entry.key, fileKind: kindLabel(entry.kind), client: scope.client.profile.name, reason, ...(replacement ? { replacement } : {}) },
        file: entry.file,
        span: entry.keySpan,
        entry,
        ...extra,
        scope: scope.id
    });
}
/** Whether the client reads `name` as a base URL, key, model, flag or other variable (wildcard names included). */
const reads = (profile, name) => findKeyVar(profile, name) !== undefined || findBaseUrlVar(profile, name) !== undefined || isModelVar(profile, name) || otherNames(profile).includes(name);
/** The client's one variable of this role for `provider` (NextChat: gemini key → GOOGLE_API_KEY), if it has exactly one. */
function ownName(profile, role, provider) {
    const vars = role === 'key' ? profile.keyVars : profile.baseUrlVars;
    const found = vars.filter((v) => v.provider === provider.id && !v.name.includes('*'));
    return found.length === 1 ? found[0].name : undefined;
}
/**
 * Whether the scope turns on the flag under which the client hands its environment to other programs (NextChat's
 * `ENABLE_MCP=true`), or sets it to a value not known here: then any name may be read by one of them.
 */
function passesEnv(profile, scope) {
    const name = profile.upstream?.passesEnvWhen;
    const entry = name === undefined ? undefined : scope.entries.find((e) => e.key === name);
    if (entry === undefined)
        return false;
    const flag = profile.flags?.find((f) => f.name === name);
    const value = (0,entries/* valueOf */.RP)(entry);
    return value === undefined || flag === undefined || flagIsOn(flag, value);
}
/** Files that configure the deployed app or a client's own settings. */
const JUDGED_KINDS = new Set([...DEPLOYMENT_KINDS, 'claude-settings', 'continue', 'librechat', 'codex']);

;// CONCATENATED MODULE: ./src/rules/key-list-format.ts



/**
 * Key lists the client splits itself (NextChat and LobeChat rotate over `key1,key2`), judged by what
 * the client profile says of each key variable: an empty item matters where the client keeps it
 * (`keepsEmptyListEntries`: NextChat picks an empty key now and then, intermittent 401s), spaces where
 * it does not trim (`trimsListEntries`: LobeChat sends `" b"` for `a, b`).
 *
 * The separators are literal even when the items are references (`${KEY_1},,${KEY_2}`), so a list
 * whose references cannot be resolved is still judged on its written text.
 */
const key_list_format_rule = defineRule({
    meta: {
        id: 'key-list-format',
        description: 'A list of API keys has empty items or spaces the client does not remove',
        severity: 'warning',
        messages: {
            emptyItem: '{{name}} in {{fileKind}} has an empty item in its key list, which {{client}} picks now and then and sends no key',
            spacedItem: '{{name}} in {{fileKind}} has spaces around items of its key list, which {{client}} sends as part of the keys'
        },
        tips: {
            emptyItem: 'remove the extra "{{separator}}"',
            spacedItem: 'remove the spaces around "{{separator}}"'
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        const { scopes } = context.model;
        for (let s = 0; s < scopes.length; s++) {
            const scope = scopes[s];
            const { profile } = scope.client;
            for (let k = 0; k < profile.keyVars.length; k++) {
                const keyVar = profile.keyVars[k];
                const separator = keyVar.listSeparator;
                if (!separator)
                    continue;
                const entry = scope.entries.find((e) => e.key === keyVar.name);
                const value = entry && ((0,entries/* valueOf */.RP)(entry) ?? entry.value);
                if (!entry || !value?.includes(separator))
                    continue;
                const items = value.split(separator);
                const problems = [
                    ...(keyVar.keepsEmptyListEntries && items.some((i) => i.trim() === '') ? ['emptyItem'] : []),
                    ...(!keyVar.trimsListEntries && items.some((i) => i !== i.trim()) ? ['spacedItem'] : [])
                ];
                for (const messageId of problems) {
                    if (!fresh(entry, messageId))
                        continue;
                    context.report({
                        messageId,
                        data: { name: entry.key, fileKind: kindLabel(entry.kind), client: profile.name, separator },
                        file: entry.file,
                        span: (0,entries/* valueSpan */.MK)(entry),
                        entry,
                        secrets: items.map((i) => i.trim()).filter((i) => i !== ''),
                        scope: scope.id
                    });
                }
            }
        }
    }
});

// EXTERNAL MODULE: ./src/rules/llm-key.ts
var llm_key = __webpack_require__(9890);
;// CONCATENATED MODULE: ./src/rules/leaked-key.ts






/**
 * Committed LLM credentials. Every provider key the text scan recognised in any file is a finding
 * (unique formats anywhere, shared shapes where their context says LLM), commented lines included,
 * each occurrence on its own. Opaque random values assigned to an LLM key variable are findings too,
 * except in workflow files, where `workflow-hardcoded-key` owns them (its fix is a secret reference,
 * not only a rotation). Secrets of other services (payments, search, tracing, speech) and publishable
 * keys are left to general secret scanners; published sample secrets to `published-default-secret`. A
 * gitignored file read with `--include-ignored` is not committed: its keys are to be kept out of commits,
 * not revoked.
 */
const leaked_key_rule = defineRule({
    meta: {
        id: 'leaked-key',
        description: 'A real-looking LLM API key is committed to the repository',
        severity: 'error',
        security: true,
        messages: {
            providerKey: '{{provider}} key {{masked}} is {{state}} in {{fileKind}}',
            inHistory: '{{provider}} key {{masked}} was added by commit {{commit}} of this pull request and removed later, but it stays in the history',
            inPastCommit: '{{provider}} key {{masked}} was added by commit {{commit}} and removed later, but it stays in the history',
            opaqueKey: '{{name}} in {{fileKind}} holds a literal credential ({{masked}})',
            providerKeyUncommitted: '{{provider}} key {{masked}} is in {{fileKind}}',
            opaqueKeyUncommitted: '{{name}} in {{fileKind}} holds a literal credential ({{masked}})'
        },
        tips: {
            providerKey: 'revoke it and load the replacement from a secret store',
            inHistory: 'revoke it',
            inPastCommit: 'revoke it',
            opaqueKey: 'revoke it and load the replacement from a secret store',
            providerKeyUncommitted: 'keep it out of commits and images (it need not be revoked while it stays local)',
            opaqueKeyUncommitted: 'keep it out of commits and images (it need not be revoked while it stays local)'
        }
    },
    check(context) {
        const { providers } = context;
        const state = context.staged ? 'staged' : 'committed';
        const isLlmKey = (0,llm_key/* llmKeyEntries */.$Z)(context.model, providers);
        const { files } = context.model;
        const inTree = new Set();
        for (let f = 0; f < files.length; f++) {
            const { history, keyHits } = files[f];
            if (!history)
                for (let h = 0; h < keyHits.length; h++)
                    inTree.add(keyHits[h].token);
        }
        for (let f = 0; f < files.length; f++) {
            const file = files[f];
            for (let h = 0; h < file.keyHits.length; h++) {
                const hit = file.keyHits[h];
                // A key still in the tree is reported where it stands now, not once more per commit.
                if (hit.commit !== undefined && inTree.has(hit.token))
                    continue;
                // A shape several providers issue, with nothing around it to say whose (a UUID, `sk-` + 48): an LLM key, unnamed.
                const provider = hit.byShape ? 'LLM' : (providers.byId(hit.provider)?.name ?? hit.provider);
                context.report({
                    ...(hit.commit === undefined
                        ? { messageId: file.uncommitted ? 'providerKeyUncommitted' : 'providerKey', data: { provider, masked: (0,core_redact/* maskSecret */.$l)(hit.token), state, fileKind: kindLabel(file.kind) } }
                        : {
                            messageId: hit.history === 'repository' ? 'inPastCommit' : 'inHistory',
                            data: { provider, masked: (0,core_redact/* maskSecret */.$l)(hit.token), commit: hit.commit.slice(0, 12) },
                            commit: hit.commit
                        }),
                    file: file.path,
                    span: hit.span,
                    identity: hit.token,
                    secrets: [hit.token]
                });
            }
            if (file.kind === 'workflow')
                continue;
            for (let e = 0; e < file.entries.length; e++) {
                const entry = file.entries[e];
                if (!isLlmKey(entry))
                    continue;
                const secrets = opaqueSecrets(entry, file, providers);
                if (secrets.length === 0)
                    continue;
                context.report({
                    messageId: file.uncommitted ? 'opaqueKeyUncommitted' : 'opaqueKey',
                    data: { name: entry.key, fileKind: kindLabel(file.kind), masked: secrets.map(core_redact/* maskSecret */.$l).join(', ') },
                    file: file.path,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    secrets
                });
            }
        }
    }
});
/**
 * The random-looking literals an LLM key variable holds that no key hit already reported. Commented
 * assignments count: the text is in the history either way. A list (`k1,k2`) is judged item by item;
 * a known key shape (`sk-` + 32 hex, a UUID) counts even when its entropy alone would not. Publishable
 * keys (`pk-…`, `*_ANON_KEY`) are public by design.
 */
function opaqueSecrets(entry, file, catalog) {
    // A reference's default (`${OPENAI_API_KEY:-sk-…}`) is committed text like any literal.
    const committed = entry.form === 'literal' ? entry.value : entry.ref?.fallback;
    if (committed === undefined)
        return [];
    // Items the text scan recognised are reported as such; a list's other items still count (`k1,k2` with one unknown).
    const hits = (0,entries/* keyHitsIn */.HN)(entry, file);
    return keyItemsOf(committed, catalog)
        .filter((item) => !hits.some((token) => item.value.includes(token)) && !(0,llm_key/* isPublishable */.oB)(entry.key, item.value) && (item.match !== undefined || catalog.looksLikeSecret(item.value)))
        .map((item) => item.value);
}

;// CONCATENATED MODULE: ./src/rules/model-name.ts



/**
 * NextChat's provider ids (`app/constant.ts:752-907`, what `DEFAULT_MODEL` and built-in model toggles
 * compare with) mapped to its `ServiceProvider` names (the case-sensitive switch that routes new custom
 * models, `getClientApi`). clients.md §1.7.
 */
const PROVIDERS = {
    openai: 'OpenAI',
    azure: 'Azure',
    google: 'Google',
    anthropic: 'Anthropic',
    baidu: 'Baidu',
    bytedance: 'ByteDance',
    alibaba: 'Alibaba',
    tencent: 'Tencent',
    moonshot: 'Moonshot',
    iflytek: 'Iflytek',
    xai: 'XAI',
    chatglm: 'ChatGLM',
    deepseek: 'DeepSeek',
    siliconflow: 'SiliconFlow',
    ai302: '302.AI'
};
/** Lower-cased spellings → provider id; `302.ai` is the ServiceProvider name of `ai302`. */
const BY_SPELLING = new Map(Object.entries(PROVIDERS).flatMap(([id, name]) => [[id, id], [name.toLowerCase(), id]]));
/**
 * `CUSTOM_MODELS` and `DEFAULT_MODEL` syntax as NextChat reads it (`app/utils/model.ts`): comma
 * separated `+name`, `-name`, `name=display`, `name@provider`, `-all`/`+all`. Mistakes here are silent:
 * a model that never shows up, a default that is ignored, a custom model routed to the wrong provider.
 * Judged for NextChat and for repositories whose client is unknown (the names are NextChat's own).
 */
const model_name_rule = defineRule({
    meta: {
        id: 'model-name',
        description: 'DEFAULT_MODEL or CUSTOM_MODELS has a syntax mistake NextChat silently ignores',
        severity: 'warning',
        autofix: ['defaultProviderCase'],
        messages: {
            spaces: '{{name}} in {{fileKind}} has spaces around "{{item}}", which NextChat keeps as part of the model name',
            missingName: '{{name}} in {{fileKind}} has "{{item}}" with a display name but no model name before "="',
            allNotFirst: '{{name}} in {{fileKind}} has {{item}} after other items, and it overrides them',
            unknownProvider: '{{name}} in {{fileKind}} names provider "{{provider}}" in "{{item}}", which NextChat does not know, so it routes the model to OpenAI',
            providerCase: '{{name}} in {{fileKind}} writes @{{provider}} in "{{item}}"',
            defaultProviderCase: '{{name}} in {{fileKind}} writes @{{provider}}, but NextChat matches only the lower-case id, so the default is silently ignored',
            defaultList: '{{name}} in {{fileKind}} lists several models, but it takes one',
            defaultSyntax: '{{name}} in {{fileKind}} uses CUSTOM_MODELS syntax ("{{item}}"), but it takes a plain model name'
        },
        tips: {
            spaces: 'use "{{fix}}"',
            missingName: 'write model=display',
            allNotFirst: 'put {{item}} first ("{{fix}}")',
            unknownProvider: 'use one of {{known}}',
            providerCase: 'use @{{id}} for a built-in model or @{{serviceName}} for a new one, since NextChat matches both exactly',
            defaultProviderCase: 'use "{{fix}}"',
            defaultList: 'keep one, such as "{{fix}}"',
            defaultSyntax: 'use "{{fix}}"'
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        const { scopes } = context.model;
        for (let s = 0; s < scopes.length; s++) {
            const scope = scopes[s];
            const id = scope.client.profile.id;
            if (id !== 'nextchat' && id !== 'unknown')
                continue;
            for (let e = 0; e < scope.entries.length; e++) {
                const entry = scope.entries[e];
                const value = (0,entries/* valueOf */.RP)(entry);
                if (!value || (entry.key !== 'CUSTOM_MODELS' && entry.key !== 'DEFAULT_MODEL'))
                    continue;
                const problems = entry.key === 'CUSTOM_MODELS' ? customModels(value) : defaultModel(value);
                for (const problem of problems) {
                    if (!fresh(entry, `${problem.messageId}:${problem.data.item ?? ''}`))
                        continue;
                    context.report({
                        messageId: problem.messageId,
                        data: { name: entry.key, fileKind: kindLabel(entry.kind), ...problem.data },
                        file: entry.file,
                        span: (0,entries/* valueSpan */.MK)(entry),
                        entry,
                        ...(problem.data.fix ? { fix: problem.data.fix } : {}),
                        scope: scope.id
                    });
                }
            }
        }
    }
});
/** `name@provider`, split on the last `@` as NextChat does (model names may contain `@`). */
function splitProvider(name) {
    const at = name.lastIndexOf('@');
    return at <= 0 ? { model: name } : { model: name.slice(0, at), provider: name.slice(at + 1) };
}
const unknownProvider = (provider, item) => ({
    messageId: 'unknownProvider',
    data: { item, provider, known: Object.keys(PROVIDERS).join(', ') }
});
/** The provider suffix of a CUSTOM_MODELS item must be NextChat's id or its ServiceProvider name, exactly. */
function providerProblem(provider, item) {
    const id = BY_SPELLING.get(provider.toLowerCase());
    if (!id)
        return unknownProvider(provider, item);
    if (provider !== id && provider !== PROVIDERS[id]) {
        return { messageId: 'providerCase', data: { item, provider, id, serviceName: PROVIDERS[id] } };
    }
    return undefined;
}
/**
 * Problems of a `CUSTOM_MODELS` list. Empty items (`a,,b`, a trailing comma) are harmless: NextChat
 * drops them (`.split(",").filter((v) => !!v && v.length > 0)`), so they are only left out of the fix.
 */
function customModels(value) {
    const items = value.split(',');
    const problems = [];
    const tidy = items.map((i) => i.trim()).filter((i) => i !== '');
    const allAt = tidy.findIndex((i) => /^[+-]all$/.test(i));
    const fixed = allAt > 0 ? [tidy[allAt], ...tidy.filter((_, i) => i !== allAt)] : tidy;
    const fix = fixed.join(',');
    for (const raw of items) {
        const item = raw.trim();
        if (item === '')
            continue;
        if (raw !== item)
            problems.push({ messageId: 'spaces', data: { item, fix } });
        const body = item.replace(/^[+-]/, '');
        const [name = '', display] = splitOnce(body, '=');
        if (name === '' && display !== undefined)
            problems.push({ messageId: 'missingName', data: { item } });
        const { provider } = splitProvider(name);
        const problem = provider === undefined ? undefined : providerProblem(provider, item);
        if (problem)
            problems.push(problem);
    }
    if (allAt > 0)
        problems.push({ messageId: 'allNotFirst', data: { item: tidy[allAt], fix } });
    return problems;
}
function defaultModel(value) {
    const item = value.trim();
    if (value !== item)
        return [{ messageId: 'spaces', data: { item, fix: item } }];
    if (item.includes(',')) {
        const first = item.split(',').map((i) => i.trim()).find((i) => i !== '') ?? '';
        return [{ messageId: 'defaultList', data: { fix: first } }];
    }
    if (/^[+-]/.test(item) || item.includes('=')) {
        const plain = splitOnce(item.replace(/^[+-]/, ''), '=')[0] ?? '';
        return [{ messageId: 'defaultSyntax', data: { item, fix: plain } }];
    }
    const { model, provider } = splitProvider(item);
    if (provider === undefined)
        return [];
    const id = BY_SPELLING.get(provider.toLowerCase());
    if (!id)
        return [unknownProvider(provider, item)];
    return provider === id ? [] : [{ messageId: 'defaultProviderCase', data: { provider, fix: `${model}@${id}` } }];
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at === -1 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

;// CONCATENATED MODULE: ./src/rules/open-relay.ts



/**
 * A NextChat deployment that holds a server key but no access code serves that key to anyone who
 * finds the site (README_CN, under `CODE`). `HIDE_USER_API_KEY` does not change this: it only hides
 * the field where visitors could enter their own key, so every request then spends the owner's key.
 * Only `CODE` gates the server key (`app/api/auth.ts`).
 *
 * That gate is upstream's. A fork whose `app/api/auth.ts` or provider route is none of upstream's versions
 * (`profile.forkGate`) gates requests its own way (a sign-in, a variable of its own), so without `CODE` the finding
 * is a note that says so (`forkGate`).
 */
const open_relay_rule = defineRule({
    meta: {
        id: 'open-relay',
        description: 'A NextChat deployment has a server API key but no access code, so anyone can spend the key',
        severity: 'warning',
        messages: {
            noCode: '{{name}} gives this NextChat deployment a server key but {{fileKind}} sets no CODE, so anyone who finds the site spends it',
            emptyCode: '{{name}} gives this NextChat deployment a server key but CODE is empty in {{fileKind}}, so anyone who finds the site spends it',
            forkGate: '{{name}} gives this NextChat fork a server key and {{fileKind}} sets no CODE, but the fork gates requests with its own {{gate}} (none of upstream\'s versions), so who may spend it is not known here'
        },
        tips: {
            noCode: 'set CODE to one or more access passwords',
            emptyCode: 'set CODE to one or more access passwords',
            forkGate: "check that the fork's own gate (a sign-in, its own access code) is on for this deployment"
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        const readByCompose = composeInputs(context.model);
        const { scopes } = context.model;
        for (let s = 0; s < scopes.length; s++) {
            const scope = scopes[s];
            if (scope.client.profile.id !== 'nextchat' || !DEPLOYMENT_KINDS.has(scope.kind) || readByCompose.has(scope.file))
                continue;
            const key = serverKey(scope, context.providers);
            if (!key)
                continue;
            const code = scope.entries.find((e) => e.key === 'CODE');
            if (code && (0,entries/* valueOf */.RP)(code) !== '')
                continue;
            const gate = scope.client.profile.forkGate;
            const messageId = gate !== undefined ? 'forkGate' : code ? 'emptyCode' : 'noCode';
            if (!fresh(key, messageId))
                continue;
            context.report({
                messageId,
                data: { name: key.key, fileKind: kindLabel(scope.kind), ...(gate === undefined ? {} : { gate }) },
                file: key.file,
                span: key.keySpan,
                entry: key,
                ...(gate === undefined ? {} : { severity: 'note' }),
                scope: scope.id
            });
        }
    }
});
/**
 * The first key the client reads that is really set. An unresolved reference (`${OPENAI_API_KEY}`)
 * counts: it is filled in at deploy time. An unresolved `CODE` reference, likewise, counts as set.
 */
function serverKey(scope, catalog) {
    const names = new Set(scope.client.profile.keyVars.map((v) => v.name));
    return scope.entries.find((e) => {
        if (!names.has(e.key))
            return false;
        const value = (0,entries/* valueOf */.RP)(e);
        return value === undefined ? e.form !== 'literal' : !catalog.isPlaceholder(value);
    });
}
/**
 * Dotenv files a compose service reads (`env_file`, or the project `.env` it interpolates from): they
 * are judged as part of that service, where `CODE` may be set.
 */
function composeInputs(model) {
    const inputs = new Set();
    const { scopes, files } = model;
    for (let s = 0; s < scopes.length; s++) {
        const { entries, file } = scopes[s];
        for (let e = 0; e < entries.length; e++)
            if (entries[e].file !== file)
                inputs.add(entries[e].file);
    }
    for (let f = 0; f < files.length; f++) {
        const file = files[f];
        if (file.kind === 'compose')
            inputs.add(`${file.path.slice(0, file.path.lastIndexOf('/') + 1)}.env`);
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/rules/parse-error.ts



/** Formats whose lines stand alone, so every problem is its own; elsewhere later errors follow from the first. */
const LINE_BASED = new Set(['dotenv', 'dockerfile', 'text']);
/**
 * One finding per problem a parser met. A file that cannot be read is a file whose keys and URLs
 * went unchecked, so it is never silent. In YAML, JSON and TOML one mistake (a tab, a missing
 * bracket) makes the parser report errors after it that are not there, so only the first counts.
 */
const parse_error_rule = defineRule({
    meta: {
        id: 'parse-error',
        description: 'A configuration file could not be parsed, so its settings were not checked',
        severity: 'warning',
        messages: {
            unparsable: 'could not read {{fileKind}}: {{problem}}',
            // Reported by the core, which caps findings per line and per file (see engine/lint.ts).
            findingsCut: '{{count}} more findings in this file were not listed ({{rules}}): at most {{perLine}} per line and {{perFile}} per file are'
        }
    },
    check(context) {
        for (const file of context.model.files) {
            for (const diagnostic of reported(file)) {
                context.report({
                    messageId: 'unparsable',
                    data: { fileKind: kindLabel(file.kind), problem: diagnostic.message },
                    file: file.path,
                    span: diagnostic.span,
                    identity: diagnostic.message,
                    // Parsers quote the text they stumbled on (`ENV: no "=" in "…"`, a YAML alias or tag name), which may be a key.
                    secrets: (0,core_redact/* secretLikeTokens */.is)(diagnostic.message, context.providers),
                    ...(diagnostic.severity ? { severity: diagnostic.severity } : {})
                });
            }
        }
    }
});
function reported(file) {
    return LINE_BASED.has(file.kind) ? file.diagnostics : file.diagnostics.slice(0, 1);
}

// EXTERNAL MODULE: ./src/providers/key-match.ts
var key_match = __webpack_require__(8841);
;// CONCATENATED MODULE: ./src/rules/provider-mismatch.ts










/**
 * A key sent to another provider's API is rejected with 401 (the RutaAPI guide's first error). Judged
 * only on facts that name a provider for certain: a key format of `unique` confidence (never the
 * `sk-` + 32 hex or + 48 shapes several providers share), a secret name that names one provider, and a
 * host in the registry. Gateways that pass provider keys through (Cloudflare AI Gateway, LiteLLM) and
 * local servers accept any key. Secret names with "openai" are left alone: people store any
 * OpenAI-compatible key under that name.
 *
 * When the run knows what a `${{ secrets.X }}` holds (the action's `secrets` input), the value is judged
 * instead of the name, offline: no request is sent.
 *
 * When the client reads keys of the key's provider from a variable of their own (NextChat
 * `ANTHROPIC_API_KEY`, `GOOGLE_API_KEY`, `XAI_API_KEY`…), the remedy is to move the key there, not to point
 * the base URL at that provider: NextChat would then send Anthropic keys to Anthropic's OpenAI-compatible
 * layer, which Anthropic offers for testing, not production.
 *
 * NextChat falls back from `ANTHROPIC_URL` to `BASE_URL` (`app/api/anthropic.ts`): with only `BASE_URL`
 * set to a relay, Claude requests go to `BASE_URL/v1/messages`, which one-api relays answer with
 * `Invalid URL (POST /v1/messages)` (NextChat #4478).
 */
const provider_mismatch_rule = defineRule({
    meta: {
        id: 'provider-mismatch',
        description: 'An API key is sent to the base URL of a different provider',
        severity: 'error',
        messages: {
            keyHost: '{{name}} in {{fileKind}} holds {{keyProvider}} key {{masked}}, but {{baseName}} sends it to {{hostProvider}} ({{host}})',
            keyDefault: '{{name}} in {{fileKind}} holds {{keyProvider}} key {{masked}}, but {{baseName}} is not set, so {{client}} sends it to {{hostProvider}}',
            secretHost: '{{name}} in {{fileKind}} gets secret {{secret}}, named for {{keyProvider}}, but {{baseName}} sends it to {{hostProvider}} ({{host}})',
            secretValue: '{{name}} in {{fileKind}} gets secret {{secret}}, which holds {{keyProvider}} key {{masked}}, but the key goes to {{hostProvider}} ({{host}})',
            fallbackBase: '{{name}} in {{fileKind}} is set but {{variable}} is not, so {{client}} sends {{provider}} requests to {{fallback}} ({{url}})'
        },
        tips: {
            keyHost: '{{remedy}}',
            keyDefault: '{{remedy}}',
            secretHost: '{{remedy}}',
            secretValue: '{{remedy}}',
            fallbackBase: 'set {{variable}} to "{{fix}}"'
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        const found = [];
        const { scopes } = context.model;
        for (let s = 0; s < scopes.length; s++) {
            const scope = scopes[s];
            for (let p = 0; p < scope.pairs.length; p++) {
                const report = provider_mismatch_judge(scope, scope.pairs[p], context.providers, context.secretValues);
                if (report)
                    found.push(report);
            }
        }
        for (const report of whereWritten(found))
            if (fresh(report.entry, report.messageId))
                context.report(report);
    }
});
/**
 * The same key sent to the same place can be seen twice: where it is written (the project `.env`) and
 * where a compose `${VAR}` reference brings it into a service. The written one is reported.
 */
function whereWritten(found) {
    const identity = (r) => [r.messageId, (0,entries/* valueOf */.RP)(r.entry) ?? r.entry.ref?.name, r.data?.['host'] ?? r.data?.['url']].join('\0');
    const written = new Set(found.filter((r) => r.entry.form !== 'reference').map(identity));
    return found.filter((r) => r.entry.form !== 'reference' || !written.has(identity(r)));
}
function provider_mismatch_judge(scope, pair, catalog, secretValues) {
    const key = pair.key;
    if (!key || !isSet(key))
        return undefined;
    const variable = pair.baseUrlVar;
    if (variable && pair.baseUrl && variable.name !== pair.baseUrl.key)
        return fallback(scope, key, pair.baseUrl, variable, catalog);
    const secret = secretOf(key, secretValues);
    // What the key says about its provider first: most keys say nothing, and then the URL needs no look.
    const all = keyItems(secret ? { ...key, form: 'literal', value: secret.value } : key, catalog);
    const items = all.filter((i) => i.match?.format.confidence === 'unique');
    const named = items.length === 0 && !secret && key.form === 'reference' && key.ref ? (0,rules_names/* providerNamedBy */.IH)(key.ref.name, catalog) : undefined;
    if (items.length === 0 && (!named || named.id === 'openai'))
        return undefined;
    const target = destination(scope, pair, catalog);
    if (!target || carriesAnyKey(target.provider))
        return undefined;
    const base = {
        name: key.key,
        fileKind: kindLabel(key.kind),
        baseName: pair.baseUrl?.key ?? variable?.name ?? 'the base URL',
        hostProvider: target.provider.name,
        host: target.host,
        client: (0,entries/* clientName */.V8)(scope.client)
    };
    const wrong = items.find((i) => (0,key_match/* isKeyProviderMismatch */.B)(i.match, target.provider));
    if (wrong) {
        const keyProvider = wrong.match.provider;
        const data = { ...base, keyProvider: keyProvider.name, masked: (0,core_redact/* maskSecret */.$l)(wrong.value) };
        const secrets = [...(secret ? [secret.value] : []), ...all.map((i) => i.value)];
        if (secret)
            return report(scope, pair, keyProvider, 'secretValue', { ...data, secret: secret.name }, `store the ${target.provider.name} key in ${secret.name}`, secrets);
        const found = report(scope, pair, keyProvider, target.isDefault ? 'keyDefault' : 'keyHost', data, target.isDefault ? undefined : `use a key from ${target.provider.name}`, secrets);
        // An app's code may pass the SDK a base URL of its own (`OpenAI(base_url="https://openrouter.ai/api/v1")`).
        return target.isDefault && scope.client.profile.inApp === true ? { ...found, severity: 'note' } : found;
    }
    // A name that fits the destination too is no mismatch (`OLLAMA_API_KEY` sent to Ollama Cloud).
    if (named && named.id !== target.provider.id && !target.isDefault && !nameFits(key.ref.name, target.provider)) {
        return report(scope, pair, named, 'secretHost', { ...base, secret: key.ref.name, keyProvider: named.name }, `use the secret holding the ${target.provider.name} key`);
    }
    return undefined;
}
/** The name's words include a word of the provider's name or id (`OLLAMA_API_KEY` fits Ollama Cloud). */
function nameFits(name, provider) {
    const words = new Set(name.toLowerCase().split(/[^a-z0-9]+/));
    return [...provider.id.split('-'), ...provider.name.toLowerCase().split(/[^a-z0-9]+/)].some((w) => w.length > 3 && words.has(w));
}
/** The value of the `${{ secrets.X }}` a key entry references, when the run was given it. */
function secretOf(key, secretValues) {
    if (key.form !== 'reference' || key.ref?.context !== 'secrets')
        return undefined;
    const value = secretValues?.get(key.ref.name);
    return value?.trim() ? { name: key.ref.name, value } : undefined;
}
/**
 * The finding for a key of `keyProvider` sent elsewhere, with its remedy: move the key to the variable the
 * client reads for that provider, or else point the base URL at the key's provider (after `otherRemedy`, the
 * alternative of replacing the key, when there is one).
 */
function report(scope, pair, keyProvider, messageId, data, otherRemedy, secrets = []) {
    const key = pair.key;
    const common = { messageId, entry: key, scope: scope.id, file: key.file, ...(secrets.length > 0 && { secrets }) };
    const dedicated = dedicatedKeyVar(scope, pair, keyProvider);
    if (dedicated) {
        return { ...common, span: key.keySpan, data: { ...data, remedy: moveRemedy(scope, keyProvider, dedicated) }, fix: dedicated.name };
    }
    const variable = pair.baseUrlVar;
    const fix = (0,effective_url/* suggestedBase */.$b)(keyProvider, variable) ?? keyProvider.apiRoot;
    const setBase = `set ${data['baseName']} to "${fix}"`;
    const remedy = otherRemedy ? `${otherRemedy}, or ${setBase}` : setBase;
    return { ...common, span: (0,entries/* valueSpan */.MK)(key), data: { ...data, remedy, fix }, fix };
}
/** The variable an identified client reads keys of `provider` from, when the key sits in another of its variables. */
function dedicatedKeyVar(scope, pair, provider) {
    if (pair.by !== 'profile' || !pair.keyVar || !(0,entries/* isKnownClient */.Np)(scope.client))
        return undefined;
    const found = scope.client.profile.keyVars.find((v) => v.provider === provider.id);
    return found && found.name !== pair.keyVar.name ? found : undefined;
}
/**
 * `NextChat reads Anthropic keys from ANTHROPIC_API_KEY: move the key there`, and, when that variable's base URL
 * falls back to one this scope sets (NextChat `ANTHROPIC_URL` → `BASE_URL`), the base URL it then needs.
 */
function moveRemedy(scope, provider, dedicated) {
    const move = `${(0,entries/* clientName */.V8)(scope.client)} reads ${provider.name} keys from ${dedicated.name}: move the key there`;
    const own = scope.client.profile.baseUrlVars.find((v) => v.name === dedicated.baseUrlVar);
    const isSetHere = (name) => scope.entries.some((e) => e.key === name && (0,entries/* valueOf */.RP)(e)?.trim() !== '');
    if (!own?.fallback || !isSetHere(own.fallback) || isSetHere(own.name))
        return move;
    const base = (0,effective_url/* suggestedBase */.$b)(provider, own) ?? provider.apiRoot;
    return `${move} and set ${own.name} to "${base}", or ${provider.name} requests go to ${own.fallback} too`;
}
/** A key with a value: a literal that is not empty, or a reference filled in at deploy time. */
function isSet(key) {
    const value = (0,entries/* valueOf */.RP)(key);
    return value === undefined ? key.form !== 'literal' : value.trim() !== '';
}
/**
 * The provider the key goes to: the paired base URL's API host, or, when none is set, the client's
 * default for the variable. The default is only trusted for an identified client: an unknown app may
 * read its base URL from a name we did not pair.
 */
function destination(scope, pair, catalog) {
    if (pair.baseUrl) {
        const value = parsedUrlValues(pair.baseUrl, pair.baseUrlVar)[0];
        const match = value && urlMatch(value, catalog);
        return match?.role === 'api' && value ? { provider: match.provider, host: (0,core_url/* hostOf */.w4)(value.url), isDefault: false } : undefined;
    }
    const fallbackUrl = pair.baseUrlVar?.defaultUrl;
    if (!fallbackUrl || !(0,entries/* isKnownClient */.Np)(scope.client))
        return undefined;
    const provider = apiProviderOf(fallbackUrl, catalog);
    const url = (0,core_url/* parseUrl */.Dl)(fallbackUrl);
    return provider && url && { provider, host: (0,core_url/* hostOf */.w4)(url), isDefault: true };
}
/**
 * A key whose own base URL variable is unset, so its requests go to the variable it falls back to.
 * Wrong when that variable points at another provider's host, or at an unknown relay.
 */
function fallback(scope, key, to, variable, catalog) {
    const meant = variable.provider ? catalog.byId(variable.provider) : undefined;
    const value = parsedUrlValues(to, variable)[0];
    const match = value && urlMatch(value, catalog);
    if (!meant || !value || (match?.role === 'api' && match.provider.id === meant.id))
        return undefined;
    const fix = (0,effective_url/* suggestedBase */.$b)(meant, variable) ?? meant.apiRoot;
    return {
        messageId: 'fallbackBase',
        data: {
            name: key.key,
            fileKind: kindLabel(key.kind),
            variable: variable.name,
            client: (0,entries/* clientName */.V8)(scope.client),
            provider: meant.name,
            fallback: to.key,
            url: (0,core_url/* showUrl */.jr)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url),
            fix
        },
        file: key.file,
        span: key.keySpan,
        entry: key,
        fix,
        scope: scope.id
    };
}

;// CONCATENATED MODULE: ./src/rules/published-default-secret.ts





const DIFY = 'langgenius/dify@0055b983 docker/.env.example';
const LIBRECHAT = 'danny-avila/LibreChat@c70e8194 .env.example';
const LOBECHAT = 'lobehub/lobe-chat@0e5b2b98 docs/self-hosting/server-database/docker-compose.zh-CN.mdx (and @08de36e1 docker-compose/local/.env.zh-CN.example)';
const LOBECHAT_LOCAL = 'lobehub/lobe-chat@02d3f9ca docker-compose/local/docker-compose.yml';
const LOBECHAT_SETUP = 'lobehub/lobe-chat@20510166 docker-compose/setup.sh (replaces it in .env and init_data.json when asked to regenerate secrets)';
const LOBEHUB_DEPLOY = 'lobehub/lobehub@11fc9663 docker-compose/deploy/.env.example';
const PUBLISHED = [
    // "You can generate a strong key using `openssl rand -base64 42`." (the comment above it in the file)
    { project: 'Dify', name: 'SECRET_KEY', length: 48, sha256: '0f44b34c6311bcb547867d393c1c56e6564e03d905fdd023637f549358bf3670', generate: 'openssl rand -base64 42', source: DIFY },
    { project: 'Dify', name: 'PLUGIN_DAEMON_KEY', length: 56, sha256: '481c0ab8a6f9e9dcb9391fb1c8b649d19f493c5253e4dc20c2c32ec21875b8ab', generate: 'openssl rand -base64 42', source: DIFY },
    { project: 'Dify', name: 'PLUGIN_DIFY_INNER_API_KEY', length: 56, sha256: '217ef27f7b2a2f8949eb2e0973f7dfa099f887427b9a6626b2395e2417239ff2', generate: 'openssl rand -base64 42', source: DIFY },
    // DB_PASSWORD and REDIS_PASSWORD.
    { project: 'Dify', name: 'DB_PASSWORD', length: 12, sha256: 'b8ba9c61cc9ff699c426c75e748fcf200e8b47869d76fde8bb36ec2f7a34f038', generate: 'openssl rand -base64 24', source: DIFY },
    // "Must be 32-byte keys (64 characters in hex)" / "16-byte IV (32 characters in hex)" (LibreChat docs).
    { project: 'LibreChat', name: 'CREDS_KEY', length: 64, sha256: '7c1154b5152983978147ea87e4a2066d4768673e9d85d6a792cddc2f784efd2f', generate: 'openssl rand -hex 32', source: LIBRECHAT },
    { project: 'LibreChat', name: 'CREDS_IV', length: 32, sha256: '06d2e911edb4d45985b9d6338ec3d4c6b4bde69f8143437797c187ab07085531', generate: 'openssl rand -hex 16', source: LIBRECHAT },
    { project: 'LibreChat', name: 'JWT_SECRET', length: 64, sha256: '69024f21e9ad17594dcccd93e87399af24a5426ccfe6108d1787f0335966abc4', generate: 'openssl rand -hex 32', source: LIBRECHAT },
    { project: 'LibreChat', name: 'JWT_REFRESH_SECRET', length: 64, sha256: '282ad5f60261639fefed381976b4d0dde52eab5527a1ab2ec75d5be1efa1165b', generate: 'openssl rand -hex 32', source: LIBRECHAT },
    { project: 'LibreChat', name: 'MEILI_MASTER_KEY', length: 44, sha256: 'c042516e4eac1bafaa3027eb7ea04103fdfb652583eeb916124aebe882e9cefb', generate: 'openssl rand -base64 32', source: LIBRECHAT },
    // "用于加密敏感信息的密钥，可以使用 openssl rand -base64 32 生成" (the comment above it in the guide).
    { project: 'LobeChat', name: 'KEY_VAULTS_SECRET', length: 44, sha256: '46be7a9c83b1fb2fb33b26489d82ef2b8d7cca58c09634636efc603140ed698b', generate: 'openssl rand -base64 32', source: LOBECHAT },
    { project: 'LobeChat', name: 'POSTGRES_PASSWORD', length: 16, sha256: 'fe30f4090246ac5dff25dd62eb3c26fc7bc55a8b5898a241605e002b8a63b324', generate: 'openssl rand -base64 24', source: LOBECHAT },
    { project: 'LobeChat', name: 'NEXT_AUTH_SECRET', length: 32, sha256: '36655cfbf31339b14a22256a2152e71eca418bff40f4fd77b2cd9a0018ea6eaf', generate: 'openssl rand -base64 32', source: LOBECHAT_LOCAL },
    // Casdoor holds the same client secret (init_data.json): a new value goes into both, as setup.sh does (the rule's
    // docs say so; the tip only names the command).
    {
        project: 'LobeChat',
        name: 'AUTH_CASDOOR_SECRET',
        length: 40,
        sha256: '0a2c60a1704f559758ed98e25cd0863afbae052d0b71beab2190e4510b610a06',
        generate: 'openssl rand -hex 32',
        source: LOBECHAT_SETUP
    },
    // An RSA private JWK (kid 6823046760c5d460) that signs LobeHub v2's OIDC and gateway tokens. LobeHub's own start-up
    // check warns about this kid: "Its private half is public, so anyone can sign tokens a server using it accepts"
    // (lobehub/lobehub scripts checkGatewayConfig.js, `PUBLIC_EXAMPLE_JWKS_KID`).
    {
        project: 'LobeHub',
        name: 'JWKS_KEY',
        length: 1677,
        sha256: 'fc086e77a87b4bcecf3baf17be336e8a57dd81e06f2bc632e717ac0a4d601fc7',
        generate: 'a new RS256 key pair, as a fresh run of LobeHub\'s docker-compose/deploy setup writes',
        source: LOBEHUB_DEPLOY
    }
];
/** Only values of a published length are hashed: most values are not. */
const byLength = new Map();
for (const known of PUBLISHED)
    byLength.set(known.length, [...(byLength.get(known.length) ?? []), known]);
/**
 * A committed value equal to a sample secret a project publishes (Dify's `SECRET_KEY`, LibreChat's
 * `CREDS_KEY`, `JWT_SECRET`…). It is no leak: it was public from the start, and revoking means nothing.
 * But anyone can read it, so sessions signed or credentials encrypted with it are open to anyone: the
 * fix is a value of one's own. The example files themselves are left alone.
 */
const published_default_secret_rule = defineRule({
    meta: {
        id: 'published-default-secret',
        description: "A secret is set to a project's published sample value, which anyone can read",
        severity: 'warning',
        security: true,
        messages: {
            publishedDefault: "{{name}} in {{fileKind}} is {{project}}'s public default {{published}} ({{masked}}), published in its example configuration"
        },
        tips: {
            publishedDefault: 'generate your own (`{{generate}}`)'
        }
    },
    check(context) {
        const { files } = context.model;
        for (let f = 0; f < files.length; f++) {
            const file = files[f];
            // The example files that publish the samples, and copies of them: a sample there is where it belongs.
            if (file.history || isExampleFile(file.path))
                continue;
            for (let e = 0; e < file.entries.length; e++) {
                const entry = file.entries[e];
                const value = committedValue(entry);
                const known = value === undefined ? undefined : publishedDefault(value);
                if (!known)
                    continue;
                context.report({
                    messageId: 'publishedDefault',
                    data: { name: entry.key, fileKind: kindLabel(file.kind), project: known.project, published: known.name, masked: (0,core_redact/* maskSecret */.$l)(value), generate: known.generate },
                    file: file.path,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    secrets: [value]
                });
            }
        }
    }
});
/** The literal or the default of a reference (`${SECRET_KEY:-…}`), on lines that are not commented out. */
function committedValue(entry) {
    if (entry.commented)
        return undefined;
    return (entry.form === 'literal' ? entry.value : entry.ref?.fallback)?.trim();
}
function publishedDefault(value) {
    const candidates = byLength.get(value.length);
    if (!candidates)
        return undefined;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex');
    return candidates.find((c) => c.sha256 === hash);
}

;// CONCATENATED MODULE: ./src/rules/setting-no-effect.ts




/**
 * Settings the client reads, but not the way they look: a flag whose obvious value does the opposite
 * (NextChat reads `HIDE_USER_API_KEY` as "set or not", so `false` hides the key field), a variable another
 * one shadows (Open WebUI ignores `OPENAI_API_BASE_URL` whenever `OPENAI_API_BASE_URLS` is set), a Codex
 * config Codex refuses (a provider table under a built-in id, `wire_api = "chat"`) or a project's Codex config key it
 * ignores, and NextChat's `PROXY_URL`, which must be `scheme://host:port`.
 * The facts live in the client profiles (`flags`, `shadowed`), each with its source.
 */
const setting_no_effect_rule = defineRule({
    meta: {
        id: 'setting-no-effect',
        description: 'A setting has no effect, or the opposite of the obvious one: a flag trap, a shadowed variable, an ignored override',
        severity: 'warning',
        messages: {
            flagOnByAnyValue: '{{name}}={{value}} in {{fileKind}} {{whenOn}}: {{client}} reads any non-empty value as on',
            flagNotExact: '{{name}}={{value}} in {{fileKind}} is read as off: {{client}} {{whenOn}} only for exactly "{{expected}}"',
            flagOnUnlessExact: '{{name}}={{value}} in {{fileKind}} is read as on ({{whenOn}}): {{client}} turns it off only for exactly "{{expected}}"',
            shadowed: '{{name}} in {{fileKind}} has no effect: {{client}} ignores it whenever {{shadowedBy}} is set, as it is here',
            reservedProvider: '[model_providers.{{id}}] in {{fileKind}} redefines a built-in provider id, which {{client}} refuses to load',
            chatWireApi: 'wire_api = "chat" in {{fileKind}} makes {{client}} refuse to load the config: it speaks only the Responses API now',
            projectIgnored: '{{key}} in a project\'s .codex/config.toml is ignored by {{client}}, which takes it from the user\'s config only (a project may not choose where credentials go)',
            bedrockField: '{{field}} under [model_providers.amazon-bedrock] in {{fileKind}} may be refused: current {{client}} versions take only aws.profile and aws.region there and refuse other fields set to anything but their default (some took base_url, auth and http_headers too)',
            proxyShape: '{{name}} in {{fileKind}} is {{what}}; {{client}} turns it into a proxychains line and needs scheme://host:port (e.g. http://proxy.internal:7890)',
            proxyLoopback: '{{name}} in {{fileKind}} points at {{host}}, which inside the container is the container itself'
        },
        tips: {
            flagOnByAnyValue: 'remove the line to keep it off',
            reservedProvider: 'give the provider another id and set model_provider to it',
            chatWireApi: 'use wire_api = "responses", with a provider that serves /responses',
            projectIgnored: 'move it to ~/.codex/config.toml',
            bedrockField: 'keep aws.profile and aws.region there, or define the provider under an id of its own',
            proxyLoopback: "use the proxy's address on the host network"
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        const { scopes } = context.model;
        for (let s = 0; s < scopes.length; s++) {
            const scope = scopes[s];
            if (!(0,entries/* isKnownClient */.Np)(scope.client) || !setting_no_effect_JUDGED_KINDS.has(scope.kind))
                continue;
            const { profile } = scope.client;
            const client = profile.name;
            const byName = new Map(scope.entries.map((e) => [e.key, e]));
            const report = (messageId, entry, data, severity) => {
                if (!fresh(entry, messageId))
                    return;
                context.report({
                    messageId,
                    data: { name: entry.key, fileKind: kindLabel(entry.kind), client, ...data },
                    file: entry.file,
                    span: KEY_SPANNED.has(messageId) ? entry.keySpan : (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    ...(severity ? { severity } : {}),
                    scope: scope.id
                });
            };
            for (const flag of profile.flags ?? []) {
                const entry = byName.get(flag.name);
                const value = entry && entry.form === 'literal' ? (0,entries/* valueOf */.RP)(entry) : undefined;
                const trap = value === undefined ? undefined : flagTrap(flag, (0,entries/* unquote */._n)(value));
                if (entry && trap)
                    report(trap.messageId, entry, { value: (0,entries/* unquote */._n)(value), whenOn: flag.whenOn, ...(flag.value ? { expected: flag.value } : {}) });
            }
            // Templates list every variable for the user to choose from: only two real settings shadow each other.
            const isSet = (entry) => {
                const value = entry && (entry.form === 'literal' ? (0,entries/* valueOf */.RP)(entry) : entry.raw);
                return value !== undefined && value.trim() !== '' && (entry.form !== 'literal' || !context.providers.isPlaceholder((0,entries/* unquote */._n)(value)));
            };
            for (const { name, shadowedBy } of profile.shadowed ?? []) {
                const entry = byName.get(name);
                if (isSet(entry) && isSet(byName.get(shadowedBy)))
                    report('shadowed', entry, { shadowedBy });
            }
            if (profile.id === 'codex') {
                const projectConfig = CODEX_PROJECT_CONFIG.test(scope.file);
                const ignoredTables = new Set();
                for (const entry of scope.entries) {
                    const [table, id] = entry.path;
                    // Codex strips these keys from a project's config before it reads the rest: nothing below them counts.
                    if (projectConfig && typeof table === 'string' && CODEX_PROJECT_IGNORED.has(table)) {
                        const key = typeof id === 'string' && entry.path.length > 2 ? `[${table}.${id}]` : table;
                        if (!ignoredTables.has(key)) {
                            ignoredTables.add(key);
                            report('projectIgnored', entry, { key });
                        }
                        continue;
                    }
                    if (table !== 'model_providers' || typeof id !== 'string')
                        continue;
                    if (CODEX_BUILT_IN_PROVIDERS.has(id))
                        report('reservedProvider', entry, { id }, 'error');
                    else if (id === CODEX_BEDROCK && entry.path[2] !== 'aws')
                        report('bedrockField', entry, { field: entry.path.slice(2).join('.') });
                    // "`wire_api = \"chat\"` is no longer supported", a deserialisation error, so Codex does not start (openai/codex
                    // codex-rs/model-provider-info/src/lib.rs@61ac839c `CHAT_WIRE_API_REMOVED_ERROR`; removed in February 2026, #10157).
                    else if (entry.path[2] === 'wire_api' && entry.path.length === 3 && (0,entries/* unquote */._n)((0,entries/* valueOf */.RP)(entry) ?? '') === 'chat')
                        report('chatWireApi', entry, {}, 'error');
                }
            }
            if (profile.id === 'nextchat') {
                const proxy = byName.get('PROXY_URL');
                const value = proxy && proxy.form === 'literal' ? (0,entries/* unquote */._n)((0,entries/* valueOf */.RP)(proxy) ?? '') : '';
                if (proxy && value !== '') {
                    const problem = proxyProblem(value);
                    // Only NextChat's Docker image reads PROXY_URL: a .env may serve `next dev`, where it does nothing.
                    if (problem)
                        report(problem.messageId, proxy, problem.data, scope.kind === 'dotenv' ? 'note' : undefined);
                }
            }
        }
    }
});
/** Findings about a setting's name or place rather than its value. */
const KEY_SPANNED = new Set(['shadowed', 'reservedProvider', 'projectIgnored', 'bedrockField']);
/** Files that configure the deployed app or a client's own settings (not CI runners). */
const setting_no_effect_JUDGED_KINDS = new Set([...DEPLOYMENT_KINDS, 'codex', 'claude-settings']);
const LOOKS_OFF = /^(?:0|false|no|off|n|disabled?)$/i;
const LOOKS_ON = /^(?:1|true|yes|on|y|enabled?)$/i;
/** Whether a flag's value means the opposite of what it looks like: off-looking but on, or on-looking but off. */
function flagTrap(flag, value) {
    const on = flagIsOn(flag, value);
    if (flag.reads === 'equals')
        return LOOKS_ON.test(value) && !on ? { messageId: 'flagNotExact' } : undefined;
    return LOOKS_OFF.test(value) && on ? { messageId: flag.reads === 'non-empty' ? 'flagOnByAnyValue' : 'flagOnUnlessExact' } : undefined;
}
/**
 * Codex rejects `[model_providers.<id>]` for its built-in ids at load ("reserved built-in provider IDs",
 * openai/codex codex-rs/model-provider-info/src/lib.rs@05673f5e; docs/clients/codex.md).
 */
const CODEX_BUILT_IN_PROVIDERS = new Set(['openai', 'ollama', 'lmstudio']);
/**
 * The one built-in id a table may name, to set its AWS profile and region: `validate_reserved_model_provider_ids`
 * leaves it out, and `merge_configured_model_providers` refuses any other field ("model_providers.amazon-bedrock only
 * supports changing `aws.profile` and `aws.region`"; some versions also took base_url, auth and http_headers).
 */
const CODEX_BEDROCK = 'amazon-bedrock';
/**
 * A repository's own Codex config: `.codex/config.toml` in a project folder (a dotfiles copy such as `codex/config.toml`
 * or chezmoi's `dot_codex/config.toml` is installed as the user's config).
 */
const CODEX_PROJECT_CONFIG = /(?:^|\/)\.codex\/config\.toml$/;
/**
 * Keys Codex drops from a project's config with a start-up warning ("Ignored unsupported project-local config keys"):
 * "Project-local config comes from repository contents, so it should not get to choose where a user's credentials are
 * sent" (openai/codex codex-rs/config/src/loader/mod.rs, `PROJECT_LOCAL_CONFIG_DENYLIST`, read in the code index; the
 * same list at 633ab199 by later citations; developers.openai.com/codex/config-reference). The ones about where requests
 * go; the list also holds notify, otel and realtime URLs.
 */
const CODEX_PROJECT_IGNORED = new Set(['openai_base_url', 'chatgpt_base_url', 'model_provider', 'model_providers', 'profile', 'profiles']);
/**
 * NextChat's Dockerfile cuts `PROXY_URL` with `cut -d: -f1` (scheme), `cut -d/ -f3 | cut -d: -f1` (host) and
 * `cut -d: -f3` (port) into a proxychains line (ChatGPTNextWeb/NextChat@706a18b9 Dockerfile:49-65): anything
 * but `scheme://host:port` gives a broken line. The template's `http://localhost:7890` is the container itself.
 */
function proxyProblem(value) {
    const m = /^(http|https|socks4|socks5):\/\/([^/:\s]+):(\d+)\/?(?:\s+\S+\s+\S+)?$/i.exec(value);
    if (!m) {
        const what = /\/v\d|\/api\b|\/chat\//i.test(value) ? 'an API URL, not a proxy' : /^[a-z0-9+.-]+:\/\/[^/:]+\/?$/i.test(value) ? 'a proxy without a port' : 'not of the form scheme://host:port';
        return { messageId: 'proxyShape', data: { what } };
    }
    const host = m[2].toLowerCase();
    return host === 'localhost' || host.startsWith('127.') ? { messageId: 'proxyLoopback', data: { host } } : undefined;
}

;// CONCATENATED MODULE: ./src/rules/workflow-hardcoded-key.ts




/**
 * LLM credentials written into a workflow (`env:`, `with:`, `run:` assignments) where a
 * `${{ secrets.X }}` reference belongs. Recognised provider keys stay with `leaked-key`, which reports
 * every key in every file; this rule takes the literals of LLM key variables the text scan cannot
 * recognise, so one span never gets two findings. Other services' credentials are left to general
 * secret scanners.
 */
const workflow_hardcoded_key_rule = defineRule({
    meta: {
        id: 'workflow-hardcoded-key',
        description: 'A workflow sets an LLM credential to a literal instead of a secrets reference',
        severity: 'error',
        security: true,
        messages: {
            literalCredential: '{{name}} in the workflow is a literal credential ({{masked}})'
        },
        tips: {
            literalCredential: 'store it as a repository secret and write {{expression}}'
        }
    },
    check(context) {
        const isLlmKey = (0,llm_key/* llmKeyEntries */.$Z)(context.model, context.providers);
        const { files } = context.model;
        for (let f = 0; f < files.length; f++) {
            const file = files[f];
            if (file.kind !== 'workflow')
                continue;
            for (const entry of file.entries) {
                if (!isLlmKey(entry) || !isHardcoded(entry, file, context.providers))
                    continue;
                const expression = secretExpression(entry.key);
                context.report({
                    messageId: 'literalCredential',
                    data: { name: entry.key, masked: (0,core_redact/* maskSecret */.$l)(entry.value), expression },
                    file: file.path,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    fix: expression,
                    secrets: [entry.value]
                });
            }
        }
    }
});
/**
 * A literal in a credential-named setting that looks like a credential: a known key format or a random-looking
 * value. A word is none: CI jobs give local model servers the dummy keys their docs use (`OPENAI_API_KEY: ollama`,
 * "required, but unused"; `lm-studio`; `sk-no-key-required`), and service containers throwaway passwords.
 */
function isHardcoded(entry, file, catalog) {
    const value = entry.value?.trim();
    if (!(0,llm_key/* keyRoleOf */.jz)(entry.key) || entry.form !== 'literal' || !value || catalog.isPlaceholder(value) || (0,llm_key/* isPublishable */.oB)(entry.key, value))
        return false;
    if ((0,entries/* keyHitsIn */.HN)(entry, file).length > 0)
        return false;
    return catalog.looksLikeSecret(value) || catalog.identifyKey(value) !== undefined;
}
/** `${{ secrets.OPENAI_API_KEY }}` for `OPENAI_API_KEY`, `${{ secrets.API_KEY }}` for a `with: api-key` input. */
const secretExpression = (name) => `\${{ secrets.${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase()} }}`;

;// CONCATENATED MODULE: ./src/rules/workflow-secret-exposure.ts

/**
 * Secrets within reach of untrusted code, and secrets written to the log.
 *
 * `pull_request_target` runs with the base repository's secrets and a write token, even for pull
 * requests from forks. A job that checks out the pull request's head hands those secrets to whatever
 * the pull request changed: its scripts, its build files, its local actions. Running the code makes the
 * theft certain; a checkout alone still lets later steps read attacker-controlled files.
 */
const workflow_secret_exposure_rule = defineRule({
    meta: {
        id: 'workflow-secret-exposure',
        description: 'Secrets reach pull request code under pull_request_target, or are printed to the log',
        severity: 'error',
        security: true,
        messages: {
            runsPrCode: 'job {{job}} runs on pull_request_target, checks out the pull request and runs its code with {{secrets}}',
            checksOutPrCode: 'job {{job}} runs on pull_request_target and checks out the pull request with {{secrets}} in reach',
            echoedSecret: 'job {{job}} prints secret {{secret}} to the log'
        },
        tips: {
            runsPrCode: 'check out the base branch, or move the secrets to a workflow_run job that never executes the pull request',
            checksOutPrCode: 'check out the base branch, or move the secrets to a separate job that never reads the pull request',
            echoedSecret: 'remove the command, since masking misses any transformed copy of it'
        }
    },
    check(context) {
        const { files } = context.model;
        for (let f = 0; f < files.length; f++) {
            const file = files[f];
            const workflow = file.workflow;
            if (!workflow)
                continue;
            const prTarget = workflow.triggers.includes('pull_request_target');
            for (const job of workflow.jobs) {
                if (prTarget && job.checksOutPrHead && hasSecrets(job)) {
                    context.report({
                        messageId: job.runsAfterCheckout ? 'runsPrCode' : 'checksOutPrCode',
                        data: { job: job.id, secrets: secretList(job) },
                        file: file.path,
                        span: job.checksOutPrHead,
                        identity: job.id
                    });
                }
                for (const echo of job.secretEchoes) {
                    context.report({
                        messageId: 'echoedSecret',
                        data: { job: job.id, secret: echo.name },
                        file: file.path,
                        span: echo.span,
                        identity: `${job.id}\0${echo.name}`
                    });
                }
            }
        }
    }
});
const hasSecrets = (job) => job.allSecrets || job.secretUses.length > 0;
/** `every secret` or `secrets OPENAI_API_KEY, GITHUB_TOKEN` (names only, never values). */
function secretList(job) {
    if (job.allSecrets)
        return 'every secret';
    const names = [...new Set(job.secretUses.map((s) => s.name))].sort();
    return `${names.length === 1 ? 'secret' : 'secrets'} ${names.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/rules/index.ts















const rules = [
    rule,
    base_url_format_rule,
    base_url_not_api_rule,
    base_url_path_rule,
    env_name_unused_rule,
    key_list_format_rule,
    leaked_key_rule,
    model_name_rule,
    open_relay_rule,
    parse_error_rule,
    provider_mismatch_rule,
    published_default_secret_rule,
    setting_no_effect_rule,
    workflow_hardcoded_key_rule,
    workflow_secret_exposure_rule
];

// EXTERNAL MODULE: ./src/probes/cases.ts
var probes_cases = __webpack_require__(2290);
;// CONCATENATED MODULE: ./src/probes/rules.ts
/**
 * Metadata of the three probe rules, for docs, SARIF `tool.driver.rules` and the config's rule names.
 * Messages come from the classification table, so a new case is documented the moment it exists.
 */


/** The explanation (message) and next step (tip) of every case that can become a finding of `rule` (verified cases never do). */
function messagesOf(rule) {
    const cases = probes_cases/* ALL_CASES */.SF.filter((c) => c.rule === rule && c.outcome !== 'verified');
    return {
        messages: Object.fromEntries(cases.map((c) => [c.id, c.explanation])),
        tips: Object.fromEntries(cases.map((c) => [c.id, c.nextStep]))
    };
}
const probeKeyRule = {
    id: 'probe-key',
    description: 'The provider accepts the API key (live probe, opt-in)',
    severity: 'error',
    ...messagesOf('probe-key')
};
const probeModelRule = {
    id: 'probe-model',
    description: 'The configured model is offered to the key (live probe, opt-in)',
    severity: 'error',
    ...messagesOf('probe-model')
};
const probeRouteRule = {
    id: 'probe-route',
    description: 'The chat route the client builds from the base URL reaches the API (live probe, opt-in)',
    severity: 'error',
    ...messagesOf('probe-route')
};
const PROBE_RULES = [probeKeyRule, probeModelRule, probeRouteRule];
/** Every rule a report can name: the static rules, then the probes' (for SARIF, the docs and the config's rule names). */
const ALL_RULE_METAS = [...rules.map((rule) => rule.meta), ...PROBE_RULES];

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/engine/draft.ts
/** A rule's or a probe's report on its way to becoming a finding, and the severity it gets. */

/**
 * The configured severity replaces the rule's default; a finding that asks for a lower severity than
 * its rule's default (a guessed client convention, an indeterminate probe) stays that much lower, so a
 * config that raises a rule never turns an uncertain finding into a failing one.
 */
function severityOf(meta, descriptor, configured) {
    const asked = descriptor.severity;
    if (configured === undefined)
        return asked ?? meta.severity;
    if (asked === undefined || order/* SEVERITY_RANK */.f3[asked] >= order/* SEVERITY_RANK */.f3[meta.severity])
        return configured;
    return order/* SEVERITY_RANK */.f3[asked] < order/* SEVERITY_RANK */.f3[configured] ? asked : configured;
}
/** Drafts in the order of the findings they become. */
const compareDrafts = (a, b) => (0,order/* compareLocations */.Qr)(a.descriptor, a.meta.id, b.descriptor, b.meta.id);

;// CONCATENATED MODULE: ./src/engine/cap.ts
/** The bound on findings per line and per file, so a report's size follows the number of files, not their content. */




/** Findings listed per line and per file at most: a line of ten thousand keys is one problem to fix, not ten thousand. */
const FINDINGS_PER_LINE = 20;
const FINDINGS_PER_FILE = 1000;
const parseError = rules.find((rule) => rule.meta.id === 'parse-error').meta;
/**
 * Keeps the first findings of each line and each file (in report order) and replaces the rest of a file by one note
 * that counts them, so the size of every report is bounded by the number of files, not by what a file holds.
 */
function capDrafts(drafts) {
    const kept = [];
    const perLine = new Map();
    const perFile = new Map();
    const cut = new Map();
    for (const draft of [...drafts].sort(compareDrafts)) {
        const { file, span } = draft.descriptor;
        const line = `${file}\0${span.start.line}`;
        const onLine = perLine.get(line) ?? 0;
        const inFile = perFile.get(file) ?? 0;
        if (onLine < FINDINGS_PER_LINE && inFile < FINDINGS_PER_FILE) {
            kept.push(draft);
            perLine.set(line, onLine + 1);
            perFile.set(file, inFile + 1);
            continue;
        }
        const entry = cut.get(file) ?? { count: 0, rules: new Set(), severity: 'note' };
        entry.count++;
        entry.rules.add(draft.meta.id);
        if (order/* SEVERITY_RANK */.f3[draft.severity] > order/* SEVERITY_RANK */.f3[entry.severity])
            entry.severity = draft.severity;
        cut.set(file, entry);
    }
    // As severe as the worst finding it stands for, so a cut never turns a failing run into a passing one.
    for (const [file, { count, rules, severity }] of cut) {
        kept.push({
            meta: parseError,
            origin: 'tree',
            severity,
            descriptor: {
                messageId: 'findingsCut',
                data: { count: String(count), rules: [...rules].sort().join(', '), perLine: String(FINDINGS_PER_LINE), perFile: String(FINDINGS_PER_FILE) },
                file,
                span: (0,core_text/* lineSpan */.ZX)(1),
                severity
            }
        });
    }
    return kept;
}

// EXTERNAL MODULE: ./src/core/base64.ts
var base64 = __webpack_require__(2616);
;// CONCATENATED MODULE: ./src/core/edit.ts
/**
 * The exact edit behind a finding's fix: which characters it replaces and with what. Pure, from the
 * descriptor's span and the entry as parsed (`valueSpan` covers `raw`, the value as written, quotes
 * included), so the file text the core has dropped is not needed.
 *
 * An edit is made only when it is certain to replace exactly the text the fix stands for; otherwise the
 * finding keeps its `fix` (advice) without an `edit`.
 */

/** Quote characters a value may be written in; the edit replaces the text between them. */
const QUOTES = new Set(['"', "'", '`']);
/**
 * Characters a replacement may not carry: inside quotes they could close the quotes or start an escape or
 * an expansion (`$`); unquoted, they could start a comment or end the value. URLs, model names and
 * variable names never need them, so a fix holding one is left as advice.
 */
const UNSAFE_IN_PLACE = /[\s"'`\\$#]/;
function editFor({ span, entry, fix }) {
    if (fix === undefined || fix === '' || entry === undefined || entry.commented || UNSAFE_IN_PLACE.test(fix))
        return undefined;
    if (span.start.line !== span.end.line)
        return undefined;
    const width = span.end.column - span.start.column;
    // A rename (`env-name-unused`): the finding points at the name, which must be written bare.
    if (sameSpan(span, entry.keySpan))
        return width === entry.key.length ? { range: span, replacement: fix } : undefined;
    // A value decoded from base64 (a Secret's `data`) is not written as itself: a fix in its place would be plain text.
    if (!entry.valueSpan || !sameSpan(span, entry.valueSpan) || entry.form !== 'literal' || (0,base64/* decodedFromBase64 */.gc)(entry))
        return undefined;
    const { raw, value } = entry;
    if (raw === undefined || value === undefined || width !== raw.length)
        return undefined;
    if (raw === value)
        return { range: span, replacement: fix };
    // Quoted as written, the quotes removed by the format: keep the quotes, replace the text between them.
    const quote = raw[0];
    if (raw.length >= 2 && QUOTES.has(quote) && raw.endsWith(quote) && raw.slice(1, -1) === value) {
        return {
            range: { start: { line: span.start.line, column: span.start.column + 1 }, end: { line: span.end.line, column: span.end.column - 1 } },
            replacement: fix
        };
    }
    return undefined;
}
const sameSpan = (a, b) => a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;

;// CONCATENATED MODULE: ./src/core/fingerprint.ts

/**
 * A finding's identity that survives unrelated edits: rule, file, where in the file's structure
 * (entry path, not line number) and what (a hash of the value). `occurrence` tells apart the same
 * token repeated in one file.
 */
function fingerprint(parts) {
    const what = (0,external_node_crypto_.createHash)('sha256').update(parts.what).digest('hex');
    return (0,external_node_crypto_.createHash)('sha256')
        .update([parts.ruleId, parts.messageId, parts.file, parts.where, what, String(parts.occurrence)].join('\0'))
        .digest('hex')
        .slice(0, 32);
}

// EXTERNAL MODULE: ./src/core/ignores.ts
var core_ignores = __webpack_require__(9920);
// EXTERNAL MODULE: ./src/core/message.ts
var core_message = __webpack_require__(3252);
// EXTERNAL MODULE: ./src/engine/analyze.ts + 1 modules
var analyze = __webpack_require__(2699);
;// CONCATENATED MODULE: ./src/engine/finalize.ts
/** Drafts become findings: texts rendered and masked, the fix and its edit, inline suppression, fingerprint, order. */




// Defence in depth: a key a rule forgot to declare as a secret is still masked.




/** Turns drafts into findings, in order: texts, fix, suppression, fingerprint (by identity and occurrence). */
function finalize(drafts, model, catalog) {
    // The indexes below cost a pass over every file: not worth it for a clean repository.
    if (drafts.length === 0)
        return [];
    const tree = model.files.filter((f) => !f.history);
    const facts = {
        ignores: new Map(tree.map((f) => [f.path, f.ignores])),
        uncommitted: new Set(tree.filter((f) => f.uncommitted).map((f) => f.path)),
        lines: linesByFile(tree),
        secretLines: new Set([
            ...drafts.filter((d) => d.meta.security).map(({ descriptor: d }) => `${d.file}\0${d.span.start.line}`),
            ...encodedLines(tree)
        ]),
        catalog
    };
    const seen = new Map();
    return [...drafts].sort(compareDrafts).map((draft) => {
        const { meta, descriptor: d, severity, origin } = draft;
        const { message, tip } = textsOf(draft, facts);
        const { fix, edit, fixedLine } = fixOf(draft, facts);
        const where = d.entry ? d.entry.path.join('.') || d.entry.key : '';
        const what = d.entry?.value ?? d.identity ?? (0,core_message/* withTip */.q)(message, tip);
        const identity = [meta.id, d.messageId, d.file, where, what].join('\0');
        const occurrence = seen.get(identity) ?? 0;
        seen.set(identity, occurrence + 1);
        return {
            ruleId: meta.id,
            messageId: d.messageId,
            severity,
            message,
            ...(tip !== undefined && { tip }),
            file: d.file,
            span: d.span,
            fingerprint: fingerprint({ ruleId: meta.id, messageId: d.messageId, file: d.file, where, what, occurrence }),
            ...(fix !== undefined && fix !== '' ? { fix } : {}),
            ...(edit && { edit }),
            ...(fixedLine !== undefined && { fixedLine }),
            ...(d.scope ? { scope: d.scope } : {}),
            origin,
            ...(isSuppressed(draft, facts) ? { suppressed: { by: 'inline' } } : {})
        };
    });
}
/** The lines of the tree's values decoded from base64 (only Kubernetes manifests have them). */
function encodedLines(files) {
    const lines = [];
    for (const file of files) {
        if (file.kind !== 'kubernetes')
            continue;
        for (const entry of file.entries) {
            const span = entry.valueSpan;
            if (span && (0,base64/* decodedFromBase64 */.gc)(entry))
                for (let line = span.start.line; line <= span.end.line; line++)
                    lines.push(`${file.path}\0${line}`);
        }
    }
    return lines;
}
/**
 * The secrets a report declares, and for a value decoded from base64 (a Secret's `data`) the text written in the file
 * too: a rule declares the value it judged, and its base64 form is as secret.
 */
function declaredSecrets({ descriptor: d }) {
    const declared = d.secrets ?? [];
    const entry = d.entry;
    return entry?.value !== undefined && declared.length > 0 && (0,base64/* decodedFromBase64 */.gc)(entry) ? [...declared, (0,base64/* encodeBase64 */.WG)(entry.value)] : declared;
}
/** Message and tip from the rule's templates, each secret the report declares and any stray key masked. */
function textsOf(draft, { uncommitted, catalog }) {
    const { meta, descriptor: d } = draft;
    const secrets = declaredSecrets(draft);
    const mask = (text) => (0,core_redact/* maskStraySecrets */.xd)((0,core_redact/* scrubSecrets */.Zg)(text, secrets), catalog);
    const rendered = (0,core_message/* fillTemplate */.o)(meta.messages[d.messageId] ?? d.messageId, d.data);
    // Read only with `--include-ignored`: every finding says so, so no advice reads as if the file were committed.
    const message = mask(uncommitted.has(d.file) ? `${rendered} (not committed: git ignores this file)` : rendered);
    const tipTemplate = meta.tips?.[d.messageId];
    return tipTemplate === undefined ? { message } : { message, tip: mask((0,core_message/* fillTemplate */.o)(tipTemplate, d.data)) };
}
/** The fix as advice (masked), its edit when nothing in it needed masking, and the corrected line the edit gives. */
function fixOf(draft, { lines, secretLines, catalog }) {
    const { meta, descriptor: d, origin } = draft;
    if (d.fix === undefined)
        return {};
    const fix = (0,core_redact/* maskStraySecrets */.xd)((0,core_redact/* scrubSecrets */.Zg)(d.fix, declaredSecrets(draft)), catalog);
    // A fix that needed masking holds a secret: shown masked as advice, never an edit to apply.
    const edit = fix === d.fix && !d.secrets?.length ? editFor(d) : undefined;
    if (!edit)
        return { fix };
    const line = edit.range.start.line;
    const fixedLine = origin === 'tree' && !meta.security && !secretLines.has(`${d.file}\0${line}`) ? lineAfter(edit, lines(d.file)?.get(line), catalog) : undefined;
    return { fix, edit, ...(fixedLine !== undefined && { fixedLine }) };
}
/** The kept lines of a file, or those cut from its kept text, once, when a fix first needs them (few files have one). */
function linesByFile(files) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const cut = new Map();
    return (path) => {
        const file = byPath.get(path);
        if (file?.text === undefined)
            return file?.lines;
        let lines = cut.get(path);
        if (!lines)
            cut.set(path, (lines = (0,analyze/* settingLines */.mP)(file.text, file.entries)));
        return lines;
    };
}
/** An inline directive covers it. A line a commit added has none of its own: the tree's, at that number, are about another line. */
const isSuppressed = ({ meta, descriptor: d, origin }, { ignores }) => origin !== 'history' && (0,core_ignores/* isIgnored */.pi)(ignores.get(d.file) ?? [], meta.id, d.span.start.line);
/**
 * The line after a one-line edit; undefined when the line is unknown, would not change, or holds anything like a
 * credential (a key of any format, a random-looking token, a URL password, a credential query value): it goes out
 * unmasked, as the replacement of the line.
 */
function lineAfter(edit, line, catalog) {
    const { start, end } = edit.range;
    if (line === undefined || start.line !== end.line || end.column - 1 > line.length || /[\r\n]/.test(edit.replacement))
        return undefined;
    if ((0,core_redact/* secretLikeTokens */.is)(line, catalog).length > 0 || (0,core_redact/* maskStraySecrets */.xd)(line, catalog) !== line)
        return undefined;
    const fixed = line.slice(0, start.column - 1) + edit.replacement + line.slice(end.column - 1);
    return fixed === line ? undefined : fixed;
}

;// CONCATENATED MODULE: ./src/engine/skipped.ts
/** Files discovery could not read, as `parse-error` notes: never dropped in silence. */

const SKIP_REASONS = {
    'too-large': 'not scanned: the file is larger than the size limit',
    'symlink-outside-root': 'not scanned: a symbolic link that points outside the scanned folder',
    unreadable: 'not scanned: the file could not be read'
};
/**
 * One note per file not scanned, except files that vanished between listing and reading (a build deleting its
 * output while the scan runs): those are one note, on the first of them, with their count — thousands of them
 * would otherwise bury every other finding.
 */
function skippedNotes(skipped) {
    const isVanished = (f) => f.reason === 'unreadable' && f.detail === 'ENOENT';
    const vanished = skipped.filter(isVanished);
    if (vanished.length < 2)
        return skipped.map((f) => skippedFacts(f.path, SKIP_REASONS[f.reason] + (f.detail ? ` (${f.detail})` : '')));
    const others = vanished.length - 1;
    return [
        ...skipped.filter((f) => !isVanished(f)).map((f) => skippedFacts(f.path, SKIP_REASONS[f.reason] + (f.detail ? ` (${f.detail})` : ''))),
        skippedFacts(vanished[0].path, `not scanned: this file and ${others} other${others === 1 ? '' : 's'} vanished while the scan ran`)
    ];
}
function skippedFacts(path, message) {
    return {
        path,
        kind: 'text',
        entries: [],
        diagnostics: [{ message, span: (0,core_text/* lineSpan */.ZX)(1), severity: 'note' }],
        keyHits: [],
        ignores: [],
        fingerprints: []
    };
}

;// CONCATENATED MODULE: ./src/engine/lint.ts
/**
 * The run of the rules as a chain of small steps: analyse (analyze.ts) → model (src/model) → rules → cap (cap.ts) →
 * finalise (finalize.ts); files not read join as notes (skipped.ts), probe reports join the same chain later.
 */










/** A rule threw: the message names the rule so one broken rule is easy to find. */
class RuleError extends Error {
    ruleId;
    constructor(ruleId, cause) {
        super(`rule ${ruleId} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
        this.ruleId = ruleId;
    }
}
/** The whole pure pipeline over files already read: analyse, model, rules, then finalise. */
function lint(files, settings, options = {}) {
    const catalog = options.catalog ?? createCatalog(settings.providers);
    return lintFacts(files.map((f) => analyzeFile(f, catalog)), settings, { ...options, catalog });
}
/**
 * Runs the rules over analysed files and turns their reports into findings: masked, suppressed by
 * inline directives, fingerprinted and sorted.
 */
function lintFacts(facts, settings, options = {}) {
    const catalog = options.catalog ?? (0,providers_catalog/* createCatalog */.C)(settings.providers);
    const skipped = (options.skipped ?? []).filter((f) => f.reason !== 'binary');
    const model = buildModel([...facts, ...skippedNotes(skipped)], settings);
    return {
        findings: finalize(runRules(options.rules ?? rules, model, settings, catalog), model, catalog),
        model,
        stats: {
            files: options.scannedFiles ?? facts.filter((f) => !f.history).length,
            entries: facts.reduce((n, f) => n + f.entries.length, 0)
        }
    };
}
/**
 * Merges the reports of the live probes (which need the finished model to know what to probe) into a result,
 * under the probe rules' metadata and finalised by the same steps as the rules' reports: configured severity,
 * masking, inline suppression, fingerprint, order.
 */
function addProbeReports(result, reports, settings, catalog = (0,providers_catalog/* createCatalog */.C)(settings.providers)) {
    const drafts = reports.flatMap((report) => {
        const meta = PROBE_RULES.find((rule) => rule.id === report.ruleId);
        const configured = settings.rules[meta.id];
        return configured === 'off' ? [] : [{ meta, descriptor: report, severity: severityOf(meta, report, configured), origin: 'probe' }];
    });
    const added = finalize(capDrafts(drafts), result.model, catalog);
    return { ...result, findings: [...result.findings, ...added].sort(order/* compareFindings */.Eg) };
}
function runRules(rules, model, settings, catalog) {
    const drafts = [];
    for (const rule of rules) {
        const configured = settings.rules[rule.meta.id];
        if (configured === 'off')
            continue;
        const collect = (descriptor) => {
            const origin = descriptor.commit === undefined ? 'tree' : 'history';
            drafts.push({ meta: rule.meta, descriptor, severity: severityOf(rule.meta, descriptor, configured), origin });
        };
        try {
            rule.check({ model, providers: catalog, report: collect, ...(settings.secretValues && { secretValues: settings.secretValues }), ...(settings.staged && { staged: true }) });
        }
        catch (error) {
            throw new RuleError(rule.meta.id, error);
        }
    }
    return capDrafts(drafts);
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/engine/report.ts




/** Turns a lint result into what reporters read: masked scope tables, rule metadata, counts. */
function buildReportContext(result, options) {
    return {
        findings: result.findings,
        rules: options.rules,
        scopes: result.model.scopes.filter((s) => s.pairs.length > 0).map((s) => scopeReport(s, options.catalog)),
        tool: version/* TOOL */.j,
        stats: result.stats,
        failOn: options.failOn
    };
}
function scopeReport(scope, catalog) {
    return {
        id: scope.id,
        file: scope.file,
        label: scope.label,
        client: scope.client.profile.name,
        clientBasis: scope.client.how,
        ...(scope.client.evidence ? { clientEvidence: (0,core_redact/* maskStraySecrets */.xd)(scope.client.evidence, catalog) } : {}),
        clientConfidence: scope.client.confidence,
        rows: scope.pairs.map((pair) => row(pair, catalog))
    };
}
/** Fields set one by one, in the report's order, absent ones left out: a row per pairing, thousands in a repository. */
function row(pair, catalog) {
    // An empty setting is the client's default (`BASE_URL || DEFAULT`), never an empty base.
    const written = pair.baseUrl?.value;
    const usesDefault = written === undefined || written.trim() === '';
    const base = usesDefault ? pair.baseUrlVar?.defaultUrl : written;
    const effective = base !== undefined && pair.baseUrlVar && pair.baseUrl?.form !== 'reference' ? shownEffectiveUrl(base, pair.baseUrlVar, catalog) : undefined;
    const keyProvider = pair.key?.form === 'literal' && pair.key.value ? catalog.identifyKey(pair.key.value)?.provider.name : undefined;
    const out = {};
    if (pair.key) {
        out.keyName = pair.key.key;
        out.keyMasked = showKey(pair.key, catalog);
    }
    if (keyProvider)
        out.keyProvider = keyProvider;
    if (pair.baseUrl)
        out.baseUrlName = pair.baseUrl.key;
    if (base !== undefined)
        out.baseUrl = maskText(base, catalog);
    if (usesDefault && base !== undefined)
        out.baseUrlDefault = true;
    if (pair.model?.value)
        out.model = maskText(pair.model.value, catalog);
    if (effective)
        out.effectiveUrl = effective;
    return out;
}
/** Rows repeat the same URLs, models and references across scopes: each distinct text is masked once. */
const maskText = (0,memo/* memoizeBy */.yx)(core_redact/* maskStraySecrets */.xd);
/** The URL a client calls for a base, masked; remembered per variable, as the bases are. */
const shownEffectiveUrl = (0,memo/* memoizeBy2 */.uW)((base, variable, catalog) => (0,core_redact/* maskStraySecrets */.xd)((0,effective_url/* effectiveUrl */.ZT)(base, variable).url, catalog));
/**
 * References (`${{ secrets.X }}`) are shown as written, but a default (`${OPENAI_API_KEY:-sk-…}`) is a literal key
 * like any other; literal keys only masked.
 */
function showKey(entry, catalog) {
    if (entry.form !== 'reference')
        return entry.value ? (0,core_redact/* maskSecret */.$l)(entry.value) : '';
    const written = (entry.raw ?? entry.value ?? '').trim();
    const fallback = entry.ref?.fallback;
    return maskText(fallback ? (0,core_redact/* scrubSecrets */.Zg)(written, [fallback]) : written, catalog);
}

;// CONCATENATED MODULE: ./src/config/index.ts






/** The part of the config the pure core reads. */
function toLintSettings(config) {
    return {
        rules: config.rules,
        ...(config.client === undefined ? {} : { client: config.client }),
        providers: config.providers
    };
}

;// CONCATENATED MODULE: ./src/engine/history.ts
/**
 * Key hits in lines that commits added, as facts the `leaked-key` rule reads like any file's. Each hit
 * carries its commit; the rule reports only keys that are no longer in the tree (the others it reports
 * where they stand now).
 */
function historyFacts(lines, catalog) {
    const byFile = new Map();
    for (const added of lines) {
        for (const match of catalog.scanText(added.text)) {
            const hits = byFile.get(added.file) ?? [];
            hits.push({
                file: added.file,
                span: { start: { line: added.line, column: match.start + 1 }, end: { line: added.line, column: match.end + 1 } },
                token: match.token,
                provider: match.provider.id,
                format: match.format.id,
                line: added.text,
                commit: added.commit,
                ...(added.history && { history: added.history })
            });
            byFile.set(added.file, hits);
        }
    }
    return [...byFile].map(([path, keyHits]) => ({ path, kind: 'text', entries: [], diagnostics: [], keyHits, ignores: [], fingerprints: [], history: true }));
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discover/filter.ts

/** Folders never scanned, even when git tracks them: git internals and installed dependencies, at any depth. */
const ALWAYS_SKIPPED = /(?:^|\/)(?:\.git|node_modules)(?:\/|$)/;
/** True for a repository-relative path inside `.git/` or `node_modules/` at any depth (asked of every path). */
function isAlwaysSkipped(path) {
    return ALWAYS_SKIPPED.test(path);
}
/**
 * A matcher for gitignore-style patterns, relative to the scan root.
 * Case-sensitive, like git on Linux (the CI runners), so the same patterns match the same files everywhere.
 */
function createIgnoreMatcher(patterns) {
    const matcher = ignore_default()({ ignorecase: false }).add(patterns);
    // `ignore` marks directories by a trailing slash, which is how `dir/` patterns match only folders.
    return (path, isDirectory = false) => matcher.ignores(isDirectory ? `${path}/` : path);
}
/** The matcher for one scan: the fixed folders plus the config's `ignore` patterns. */
function createPathFilter(patterns) {
    const ignoredByConfig = patterns.length > 0 ? createIgnoreMatcher(patterns) : () => false;
    return (path, isDirectory) => isAlwaysSkipped(path) || ignoredByConfig(path, isDirectory);
}

// EXTERNAL MODULE: ./src/discover/git.ts + 1 modules
var git = __webpack_require__(3473);
// EXTERNAL MODULE: ./src/discover/counts.ts
var counts = __webpack_require__(4803);
;// CONCATENATED MODULE: ./src/discover/order.ts

/** Orders by path in UTF-16 code unit order: the same on every machine, whatever the locale. */
const byPath = (a, b) => (0,order/* compareText */.n6)(a.path, b.path);

// EXTERNAL MODULE: ./src/discover/read.ts
var discover_read = __webpack_require__(9711);
;// CONCATENATED MODULE: ./src/discover/inspect.ts





/**
 * Sorts candidate paths into files to scan and files to report as skipped: symlinks leaving the root,
 * unreadable entries. A symlink to a file inside the root is kept only when its target is not scanned
 * anyway (and not excluded by `isSkipped`, the scan's path filter), so every file is read once.
 * Sizes are not looked at here: reading measures each file on its open descriptor.
 *
 * Synchronous: 20,000 `lstat` calls take ~70 ms this way and ~250 ms through the thread pool — and a walked
 * tree needs none but for its links.
 */
function inspectCandidates(root, candidates, isSkipped) {
    const inspections = inspectorOf(root)(candidates.unsure);
    return settle(candidates.files, inspections, candidates.skipped, isSkipped);
}
/**
 * {@link inspectCandidates} in two turns, for paths that come in two lists (git's tracked files at once, its untracked
 * ones once it has walked the tree): the first list's files now, the rest's with `later`. A link waits for the second
 * turn, when every plain file is known, so a link and its target are still read once.
 */
function inspectInTwoTurns(root, first, rest, isSkipped) {
    const inspect = inspectorOf(root);
    const inspected = inspect(first);
    const links = inspected.filter((inspection) => inspection.type === 'link');
    const now = settle([], inspected.filter((inspection) => inspection.type !== 'link'), [], isSkipped);
    const later = rest.then((paths) => {
        const all = settle(now.files.map((file) => file.path), [...links, ...inspect(paths)], [], isSkipped);
        const earlier = new Set(now.files.map((file) => file.path));
        return { files: all.files.filter((file) => !earlier.has(file.path)), skipped: all.skipped };
    });
    return { ...now, later };
}
/** Looks at paths one by one (`lstat`, and `realpath` for links), against the root's real path. */
function inspectorOf(root) {
    let inspect;
    return (paths) => {
        if (paths.length === 0)
            return [];
        if (inspect === undefined) {
            // Listed paths are already normal: the root's is put before them as it is (see readSource).
            const base = (0,discover_read/* readRoot */.XD)(root);
            const realRoot = external_node_fs_.realpathSync.native(root);
            const folderInside = folderCheck(base, realRoot);
            inspect = (path) => inspectPath(base, realRoot, path, folderInside);
        }
        return paths.map(inspect);
    };
}
/** The files to scan and the skipped ones: `files` as they are, the inspected paths by what they turned out to be. */
function settle(files, inspections, skippedAlready, isSkipped) {
    const scanned = files.map((path) => ({ path }));
    const skipped = [...skippedAlready];
    const regular = new Set([...files, ...inspections.flatMap((i) => (i.type === 'file' ? [i.path] : []))]);
    const linkedTargets = new Set();
    for (const inspection of inspections) {
        if (inspection.type === 'skipped')
            skipped.push(inspection.skipped);
        if (inspection.type === 'link') {
            const { target } = inspection;
            if (regular.has(target) || linkedTargets.has(target) || isSkipped(target))
                continue;
            linkedTargets.add(target);
        }
        if (inspection.type === 'file' || inspection.type === 'link')
            scanned.push({ path: inspection.path });
    }
    return { files: scanned.sort(byPath), skipped: skipped.sort(byPath) };
}
/**
 * Whether a folder of a listed path really lies inside the root. Git lists paths from its index, so a tracked
 * folder replaced by a symbolic link (`config -> /etc`) would have `config/passwd` read from outside the root:
 * `lstat` only looks at the last part of a path. Each folder is looked at once, after its parent: a folder that is
 * no link, in a folder inside the root, is inside too (one `lstat`); only a link is resolved (`realpath`).
 */
function folderCheck(base, realRoot) {
    const known = new Map([['.', true]]);
    const inside = (folder) => {
        let answer = known.get(folder);
        if (answer === undefined) {
            answer = inside(external_node_path_.posix.dirname(folder)) && !leavesRoot(base + folder, realRoot);
            known.set(folder, answer);
        }
        return answer;
    };
    return inside;
}
/** Whether the folder at `absolute` (in a folder inside the root) is a link whose target lies outside the root. */
function leavesRoot(absolute, realRoot) {
    try {
        counts/* ioCounts */.R.lstat++;
        if (!(0,external_node_fs_.lstatSync)(absolute).isSymbolicLink())
            return false;
        counts/* ioCounts */.R.realpath++;
        return !isInside((0,external_node_path_.relative)(realRoot, external_node_fs_.realpathSync.native(absolute)));
    }
    catch {
        return false; // gone or unreadable: lstat of the file says so
    }
}
function inspectPath(base, realRoot, path, folderInside) {
    const absolute = base + path;
    try {
        if (!folderInside(external_node_path_.posix.dirname(path)))
            return { type: 'skipped', skipped: { path, reason: 'symlink-outside-root' } };
        counts/* ioCounts */.R.lstat++;
        const entry = (0,external_node_fs_.lstatSync)(absolute);
        if (entry.isFile())
            return { type: 'file', path };
        if (!entry.isSymbolicLink())
            return { type: 'none' };
        counts/* ioCounts */.R.realpath++;
        const real = external_node_fs_.realpathSync.native(absolute);
        const target = (0,external_node_path_.relative)(realRoot, real);
        if (!isInside(target))
            return { type: 'skipped', skipped: { path, reason: 'symlink-outside-root' } };
        // Links to folders are not followed: that is how a walk loops forever.
        if (!(0,external_node_fs_.statSync)(real).isFile())
            return { type: 'none' };
        return { type: 'link', path, target: target.split(external_node_path_.sep).join('/') };
    }
    catch (error) {
        const code = error.code;
        // Deleted but still tracked, or a dangling link: there is nothing to scan.
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { type: 'none' };
        return { type: 'skipped', skipped: { path, reason: 'unreadable', detail: code ?? String(error) } };
    }
}
/** A path relative to the real root stays inside it ('' is the root itself). */
function isInside(relativePath) {
    return !(0,external_node_path_.isAbsolute)(relativePath) && relativePath.split(external_node_path_.sep)[0] !== '..';
}

;// CONCATENATED MODULE: ./src/discover/walk.ts




/**
 * Walks `root` the way git would see it outside a repository: honouring every `.gitignore` on the way
 * (nested ones too) and never entering a folder that `isSkipped` rejects. Symlinks are returned as
 * candidates, not followed, so a link to a folder cannot make the walk loop. The type each directory entry
 * comes with is trusted: only links are looked at again (by the caller), so a tree of files costs one
 * `readdir` per folder and nothing per file. Special files (sockets, FIFOs) are left out. Synchronous, like
 * the rest of discovery: the thread-pool round trips of async calls cost more than the calls themselves.
 */
function walkFiles(root, isSkipped, includeIgnored) {
    const result = { files: [], links: [], unreadable: [], ignored: [] };
    // Normalised once; a folder's absolute path is then the root's plus its relative one, without a `join` per folder.
    walkDirectory((0,external_node_path_.join)(root, '/'), '', [], { isSkipped, includeIgnored, inIgnored: false }, result);
    return result;
}
function walkDirectory(root, dir, inherited, options, result) {
    const entries = listDirectory(root, dir, result);
    const own = entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) ? readGitignore(root, dir) : undefined;
    const levels = own ? [...inherited, own] : inherited;
    const { isSkipped, includeIgnored } = options;
    const prefix = dir === '' ? '' : `${dir}/`;
    for (const entry of entries) {
        const path = prefix + entry.name;
        const isDirectory = entry.isDirectory();
        if (isSkipped(path, isDirectory))
            continue;
        const ignored = options.inIgnored || isGitignored(levels, path, isDirectory);
        if (isDirectory) {
            if (!ignored || includeIgnored)
                walkDirectory(root, path, levels, { ...options, inIgnored: ignored }, result);
        }
        else if (!ignored) {
            if (entry.isFile())
                result.files.push(path);
            else if (entry.isSymbolicLink())
                result.links.push(path);
        }
        else if (includeIgnored?.(path)) {
            result.ignored.push(path);
        }
    }
}
/** A folder's entries (`root` ends with a separator); a subfolder that cannot be listed is recorded, the root itself must be listable. */
function listDirectory(root, dir, result) {
    try {
        counts/* ioCounts */.R.readdir++;
        return (0,external_node_fs_.readdirSync)(root + dir, { withFileTypes: true });
    }
    catch (error) {
        if (dir === '')
            throw error;
        result.unreadable.push({ path: dir, reason: 'unreadable', detail: error.code });
        return [];
    }
}
function readGitignore(root, dir) {
    try {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, dir, '.gitignore'), 'utf8');
        return { base: dir, rules: ignore_default()({ ignorecase: false }).add(text), mayMatchFiles: matchesFiles(text) };
    }
    catch {
        return undefined;
    }
}
/**
 * Whether any rule of a `.gitignore` may match a file. A rule ending in `/` matches folders only (git's rule, and
 * trailing spaces do not count unless escaped); the walk enters no folder such a rule ignores, so it has no opinion
 * on the files it finds. A negation counts as one that may: it can re-include what a level above excludes.
 */
function matchesFiles(gitignore) {
    return gitignore.split(/\r?\n/).some((line) => {
        const rule = line.replace(/(?<!\\)\s+$/, '');
        return rule !== '' && !rule.startsWith('#') && (rule.startsWith('!') || !rule.endsWith('/'));
    });
}
/**
 * Git's precedence: the deepest `.gitignore` that has an opinion on a path wins, so a nested
 * `!keep.log` re-includes what the root's `*.log` excludes.
 */
function isGitignored(levels, path, isDirectory) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const { base, rules, mayMatchFiles } = levels[i];
        if (!isDirectory && !mayMatchFiles)
            continue;
        const relative = base === '' ? path : path.slice(base.length + 1);
        const verdict = rules.test(isDirectory ? `${relative}/` : relative);
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/discover/index.ts











/**
 * The files to scan under `root`. Inside a git work tree: what git tracks plus untracked files it does
 * not ignore (deleted-but-tracked files drop out silently). Elsewhere: a walk honouring `.gitignore`
 * files. Either way `.git/`, `node_modules/` and the config's `ignore` patterns are left out, and
 * symlinks leaving the root and unreadable entries come back in `skipped` (files over `maxFileSize` are
 * told apart when read: their descriptor says how large they are). Gitignored files that
 * `includeIgnored` accepts are added, marked `ignored`.
 *
 * Inside a work tree the folder is walked too, while git lists it in its own process: the walk's directory
 * entries say which paths are plain files, so only links and the few paths git lists that the walk did not
 * see (files added with `--force` under an ignored folder, paths through a folder replaced by a link) are
 * looked at one by one. git is not run at all when no `.git` is up the tree.
 *
 * Throws only when `root` is not a readable folder.
 */
async function discoverFiles(root, options) {
    if (!(0,external_node_fs_.statSync)(root).isDirectory())
        throw new Error(`${root} is not a directory`);
    const isSkipped = createPathFilter(options.ignore);
    const { includeIgnored } = options;
    // A root that holds nothing but `.git` (an empty repository): whatever git would list is gone from the work tree,
    // and so dropped anyway; one readdir spares the spawn.
    const inRepository = mayBeInGitRepository(root) && (0,external_node_fs_.readdirSync)(root).some((name) => name !== '.git');
    // Started before the walk, which blocks this thread while git works in its own process. For a selection, the
    // tracked files (git reads its index) apart from the untracked ones (git walks the tree): the scan starts on the first.
    const inTurns = inRepository && options.select !== undefined;
    const tracked = inTurns ? (0,git/* listGitFiles */.K1)(root, 'tracked') : undefined;
    const untracked = inTurns ? (0,git/* listGitFiles */.K1)(root, 'untracked') : undefined;
    const wholeListing = inRepository && !inTurns ? (0,git/* listGitFiles */.K1)(root) : Promise.resolve(undefined);
    // A selection's two listings are joined (20,000 paths into one more array) only when something asks for them all.
    let joined;
    const listing = () => (joined ??= tracked && untracked ? bothListings(tracked, untracked) : wholeListing);
    const ignoredListing = inRepository && includeIgnored ? (0,git/* listIgnoredFiles */.cl)(root) : Promise.resolve([]);
    const ignoredOf = async (walked) => ignoredFiles(root, { walked, listing, inRepository, ignoredListing, isSkipped, includeIgnored });
    const selected = tracked && untracked && (await selectedFromGit(root, { tracked, untracked, ignored: ignoredOf }, options.select, isSkipped));
    if (selected)
        return selected;
    const candidates = await walkedCandidates(root, listing(), options.select, isSkipped, inRepository ? undefined : includeIgnored);
    const ignored = await ignoredOf(candidates.walked);
    return markIgnored(inspectCandidates(root, { ...candidates, unsure: [...candidates.unsure, ...ignored] }, isSkipped), ignored);
}
/** Git's tracked and untracked files together, as one listing of them all: undefined when either is. */
async function bothListings(tracked, untracked) {
    const [first, rest] = await Promise.all([tracked, untracked]);
    return first && rest && [...new Set([...first, ...rest])];
}
/** The files of `discovery` that git ignores (`includeIgnored`), marked so. */
function markIgnored(discovery, ignored) {
    if (ignored.length === 0)
        return discovery;
    const isIgnored = new Set(ignored);
    return { ...discovery, files: discovery.files.map((file) => (isIgnored.has(file.path) ? { ...file, ignored: true } : file)) };
}
/**
 * scope: changed in a work tree: git's listing narrowed by `select`, each path then looked at by itself (`lstat`), so
 * the work follows the selection rather than the tree, and no folder is walked. The tracked files come first; the
 * untracked ones (and the ignored ones `includeIgnored` asks for) follow in `later`, when git has walked the tree, so
 * the scan reads the first while git works. Undefined when git could not list the tracked files or the change is
 * unknown: every file is then walked as in a full scan.
 */
async function selectedFromGit(root, listings, selecting, isSkipped) {
    if (selecting === undefined)
        return undefined;
    const [listed, select] = await Promise.all([listings.tracked, selecting]);
    if (listed === undefined || select === undefined)
        return undefined;
    const wanted = (path) => select(path) && !isSkipped(path, false);
    const first = listed.filter(wanted);
    // A wanted path git lists both ways (added to the index between the two listings) is among the wanted tracked ones.
    const firstPaths = new Set(first);
    const ignored = listings.ignored();
    const rest = Promise.all([listings.untracked, ignored]).then(([untracked = [], ignoredPaths]) => [
        ...untracked.filter((path) => wanted(path) && !firstPaths.has(path)),
        ...ignoredPaths
    ]);
    const turns = inspectInTwoTurns(root, first, rest, isSkipped);
    return { ...turns, later: Promise.all([turns.later, ignored]).then(([later, ignoredPaths]) => markIgnored(later, ignoredPaths)) };
}
/** The walk's candidates (git's listing, when there is one, says which of its paths count), narrowed by `select`. */
async function walkedCandidates(root, listing, selecting, isSkipped, includeIgnored) {
    const walked = walkFiles(root, isSkipped, includeIgnored);
    const listed = await listing;
    const all = listed === undefined ? fromWalk(walked) : fromGit(walked, listed, isSkipped);
    const select = await selecting;
    return { ...(select ? { ...all, files: all.files.filter(select), unsure: all.unsure.filter(select) } : all), walked };
}
/** The gitignored files `includeIgnored` accepts: git's list in a work tree, else the walk's. */
async function ignoredFiles(root, { walked, listing, inRepository, ignoredListing, isSkipped, includeIgnored }) {
    if (includeIgnored === undefined)
        return [];
    if ((await listing()) !== undefined)
        return (await ignoredListing).filter((path) => !isSkipped(path, false) && includeIgnored(path));
    // A work tree whose git refused to list it (a root git ignores): walked without looking into ignored folders.
    return inRepository || walked === undefined ? walkFiles(root, isSkipped, includeIgnored).ignored : walked.ignored;
}
/** A walk's findings as they are: files trusted, links to look at. */
function fromWalk(walked) {
    return { files: walked.files, unsure: walked.links, skipped: walked.unreadable };
}
/**
 * Git's listing, with the walk telling which of its paths are plain files. A walked path git does not list is
 * left out (ignored by `.git/info/exclude` or a global excludes file, or above the root's own `.gitignore`s).
 * Folders the walk could not list are git's to judge: their files are looked at one by one.
 */
function fromGit(walked, listed, isSkipped) {
    const gitListed = new Set(listed);
    const files = walked.files.filter((path) => gitListed.has(path));
    const seen = new Set([...walked.files, ...walked.links]);
    const links = walked.links.filter((path) => gitListed.has(path));
    const others = listed.filter((path) => !seen.has(path) && !isSkipped(path, false));
    return { files, unsure: [...links, ...others], skipped: [] };
}
/**
 * Whether git could find a repository for `root`: `GIT_DIR` is set, or a `.git` (a folder, or the file of a linked
 * work tree) is in it or a folder above, by its path as given or its real path, short of the folders
 * `GIT_CEILING_DIRECTORIES` names (git does not go up into those). Outside one, git is not spawned: it would only fail.
 */
function mayBeInGitRepository(root) {
    if (process.env.GIT_DIR)
        return true;
    const ceilings = ceilingDirectories(process.env.GIT_CEILING_DIRECTORIES);
    const hasGitAbove = (start) => {
        for (let dir = start;;) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
                return true;
            const up = (0,external_node_path_.dirname)(dir);
            if (up === dir || ceilings.has(up))
                return false;
            dir = up;
        }
    };
    return hasGitAbove((0,external_node_path_.resolve)(root)) || hasGitAbove((0,external_node_fs_.realpathSync)(root));
}
/** The absolute paths of a `GIT_CEILING_DIRECTORIES` value (a PATH-style list), as given and as real paths. */
function ceilingDirectories(value) {
    const ceilings = new Set();
    for (const entry of value?.split(external_node_path_.delimiter) ?? []) {
        if (!(0,external_node_path_.isAbsolute)(entry))
            continue; // git ignores relative entries (and an empty one only changes symlink handling)
        ceilings.add((0,external_node_path_.resolve)(entry));
        try {
            ceilings.add((0,external_node_fs_.realpathSync)(entry));
        }
        catch {
            // a ceiling that does not exist holds no repository anyway
        }
    }
    return ceilings;
}
/** `--staged` outside a git work tree: there is no index to read (a usage error, not a crash). */
class NoGitIndexError extends Error {
    name = 'NoGitIndexError';
}
/** The working tree's files ({@link discoverFiles}), read from disk. */
async function workTreeFiles(root, options) {
    const discovery = await discoverFiles(root, options);
    const base = (0,discover_read/* readRoot */.XD)(root);
    return { ...discovery, read: (path, wholeUpTo = Infinity) => (0,discover_read/* readSource */.o$)(base, path, { maxFileSize: options.maxFileSize, wholeUpTo }) };
}
/** Staged blobs read per `git cat-file --batch` run: the most of the index held in memory at once. */
const STAGED_BATCH_BYTES = 32 * 1024 * 1024;
/**
 * What the next commit would hold under `root`: each staged file with its staged path and its staged content
 * (`git ls-files --stage`, sizes from `git cat-file --batch-check`, then the blobs from `git cat-file --batch`, a
 * batch of up to 32 MiB at a time as the scan asks for them), whatever the working tree holds now. Symlinks and
 * submodules hold no text; the config's `ignore` patterns and `maxFileSize` apply as in a working-tree scan.
 *
 * Throws NoGitIndexError when `root` is not in a git work tree.
 */
async function stagedFiles(root, options, batchBytes = STAGED_BATCH_BYTES) {
    const staged = await (0,git/* listStagedFiles */.I8)(root);
    if (staged === undefined)
        throw new NoGitIndexError(`${root} is not in a git work tree, so there is no index to scan (--staged)`);
    const isSkipped = createPathFilter(options.ignore);
    const regular = staged.filter((file) => /^100[67]/.test(file.mode) && !isSkipped(file.path, false)).sort(byPath);
    const sizes = await (0,git/* blobSizes */.Iv)(root, [...new Set(regular.map((file) => file.object))]);
    const files = [];
    const skipped = [];
    for (const { path, object } of regular) {
        const size = sizes.get(object);
        if (size === undefined)
            skipped.push({ path, reason: 'unreadable', detail: 'the staged blob is missing' });
        else if (size > options.maxFileSize)
            skipped.push({ path, reason: 'too-large', detail: `${size} bytes` });
        else
            files.push({ path, size, object });
    }
    const index = new Map(files.map((file, i) => [file.path, i]));
    let batch = new Map();
    /** The blobs of the files from `first` on, up to `batchBytes` (at least one). */
    const loadBatch = async (first) => {
        let bytes = 0;
        let end = first;
        while (end < files.length && (end === first || bytes + files[end].size <= batchBytes))
            bytes += files[end++].size;
        batch = await (0,git/* readBlobs */.b4)(root, [...new Set(files.slice(first, end).map((file) => file.object))]);
    };
    return {
        files: files.map(({ path }) => ({ path })),
        skipped,
        async read(path) {
            const at = index.get(path);
            const object = at === undefined ? undefined : files[at].object;
            if (object === undefined)
                return { path, reason: 'unreadable', detail: 'not staged' };
            if (!batch.has(object))
                await loadBatch(at);
            const bytes = batch.get(object);
            return bytes === undefined ? { path, reason: 'unreadable', detail: 'the staged blob is missing' } : (0,discover_read/* decodeSource */.E4)(path, bytes, options.maxFileSize);
        }
    };
}

// EXTERNAL MODULE: ./src/discover/history.ts
var discover_history = __webpack_require__(2623);
// EXTERNAL MODULE: ./src/clients/fingerprints.ts
var fingerprints = __webpack_require__(1075);
// EXTERNAL MODULE: ./src/core/path-patterns.ts
var path_patterns = __webpack_require__(7530);
// EXTERNAL MODULE: ./src/sources/claims.ts
var claims = __webpack_require__(4609);
;// CONCATENATED MODULE: ./src/engine/scope.ts
/**
 * `scope: changed` (a pull request costs its change): which files a scan reads. The files the repository's model
 * rests on — any a parser may read, any a client fingerprint may come from — are read in full whatever changed; of
 * the other files, which are only searched for keys, just the ones the pull request changes. Findings on the changed
 * files are those of a full scan: a changed file is read whole, and every rule but `leaked-key` judges only the
 * files the model rests on.
 */



/**
 * The parsers' and the fingerprints' patterns in one pair: asked of every path git lists, they rule out nearly all
 * of them in two regex tests, before the claims are walked.
 */
const modelPaths = (0,path_patterns/* anyPathOf */.j2)([claims/* parsablePaths */.Dw, fingerprints/* fingerprintedPaths */.UI]);
/** Whether the model may need a file whatever the change: by its path, before reading it. */
const isModelFile = (path) => (0,path_patterns/* matchesPath */.$h)(modelPaths, path) && ((0,claims/* mayParse */.Lj)(path) || (0,fingerprints/* mayFingerprint */.mH)(path));
/**
 * The discovery filter for a change still coming from git (`DiscoverOptions.select`): the model's files and the
 * changed ones; undefined when the change is unknown, and every file is read.
 */
async function changedSelection(changed) {
    const paths = await changed;
    return paths && ((path) => paths.has(path) || isModelFile(path));
}
/**
 * Whether a key the pull request's commits added is in none of the files read. It may still stand in a file that was
 * not read, and `leaked-key` reports a key where it stands rather than as a history leak: the scan must read them all.
 */
function hasUnplacedKeys(committed, read, catalog) {
    const found = new Set(read.flatMap((file) => file.keyHits.map((hit) => hit.token)));
    return committed.some((line) => catalog.scanText(line.text).some((match) => !found.has(match.token)));
}

// EXTERNAL MODULE: ./src/sources/index.ts
var sources = __webpack_require__(1006);
// EXTERNAL MODULE: ./src/sources/limits.ts
var limits = __webpack_require__(5632);
// EXTERNAL MODULE: ./src/engine/outcome.ts + 1 modules
var outcome = __webpack_require__(1298);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/engine/worker-role.ts
var worker_role = __webpack_require__(1807);
;// CONCATENATED MODULE: ./src/engine/workers.ts
/**
 * The worker pool of a scan: the per-file work (./scan-worker.ts) spread over `worker_threads` when more than two
 * cores are free; model building, rules and reports stay on the main thread. Results come back by listing index, so
 * the facts, and every output built from them, are the same as a single-thread scan's.
 */




/** The environment variable that sets the thread count (`1`: no workers); unset or `auto`: {@link threadsFor} decides. */
const THREADS_VARIABLE = 'LLM_ENV_LINT_THREADS';
const MAX_THREADS = 64;
/** The thread count {@link THREADS_VARIABLE} sets, or undefined for automatic. Throws for a value that is no count. */
function threadsSetting(env = process.env) {
    const value = env[THREADS_VARIABLE]?.trim();
    if (value === undefined || value === '' || value === 'auto')
        return undefined;
    const threads = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(threads >= 1 && threads <= MAX_THREADS))
        throw new Error(`${THREADS_VARIABLE} must be auto or a whole number from 1 to ${MAX_THREADS}, not "${value}"`);
    return threads;
}
/**
 * Files per worker, at least: a worker costs about 0.09 s of CPU to start from the CLI bundle, what one thread spends
 * scanning some 550 files of the benchmark tree (3.3 s for 20,000). Counted in files because discovery does not look
 * at sizes (it trusts the directory entries).
 */
const FILES_PER_WORKER = 1000;
/** Workers at most, however many cores. */
const MAX_AUTO_THREADS = 8;
/**
 * The threads to scan `files` with: the setting ({@link threadsSetting}) when there is one, else one thread on up to
 * two cores (there two workers would save a tenth of the time at best, for a fifth more CPU: README, Performance), else
 * a worker per core (at most 8) with at least FILES_PER_WORKER files each.
 */
function threadsFor(files, setting, cores = (0,external_node_os_.availableParallelism)()) {
    if (setting !== undefined)
        return setting;
    if (cores <= 2)
        return 1;
    return Math.max(1, Math.min(cores, MAX_AUTO_THREADS, Math.floor(files.length / FILES_PER_WORKER)));
}
/**
 * Files of a batch: a few round trips per thousand files, small enough that the threads finish together (a file over
 * the parse cap is streamed in its worker, so one large file holds up one batch, not a thread's memory).
 */
const BATCH_FILES = 64;
/** Batches sent ahead to each worker, so it never waits for the main thread between two. */
const IN_FLIGHT = 2;
/**
 * Scans `files` (working-tree paths under `root`, as listed) in `threads` workers. Resolves once every batch is
 * answered or its worker is gone, after every worker has exited: nothing is left running. Never rejects.
 */
async function scanInWorkers(root, files, options) {
    const outcomes = new Array(files.length);
    const batches = batchesOf(files);
    const data = { role: worker_role/* SCAN_WORKER_ROLE */.q, root, maxFileSize: options.maxFileSize, providers: options.providers };
    const entry = options.entry ?? workerEntry();
    // Loaded here: a run on two cores or fewer starts no worker, and need not load the module.
    const { Worker } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 23));
    const workers = Array.from({ length: Math.min(options.threads, batches.length) }, () => startWorker(Worker, entry, data)).filter((worker) => worker !== undefined);
    let next = 0;
    let inWorkers = 0;
    await new Promise((resolve) => {
        let running = workers.length;
        if (running === 0)
            resolve();
        for (const worker of workers) {
            const pending = new Set();
            const send = () => {
                while (pending.size < IN_FLIGHT && next < batches.length) {
                    const batch = next++;
                    const { start, end } = batches[batch];
                    pending.add(batch);
                    worker.postMessage({ batch, paths: files.slice(start, end).map((file) => file.path) });
                }
                if (pending.size === 0)
                    stop();
            };
            let stopped = false;
            // A worker that is done, or gone: its unanswered batches stay undefined for the main thread.
            const stop = () => {
                if (stopped)
                    return;
                stopped = true;
                if (--running === 0)
                    resolve();
            };
            worker.on('message', ({ batch, outcomes: answered }) => {
                const start = batches[batch].start;
                answered.forEach((outcome, i) => (outcomes[start + i] = outcome));
                inWorkers += answered.length;
                pending.delete(batch);
                send();
            });
            worker.on('error', stop);
            worker.on('exit', stop);
            send();
        }
    });
    await Promise.all(workers.map((worker) => worker.terminate()));
    return { outcomes, inWorkers };
}
/** A worker, or undefined when the system refuses one (the main thread then scans its share). */
function startWorker(WorkerThread, entry, workerData) {
    try {
        return new WorkerThread(entry, { workerData, argv: [worker_role/* SCAN_WORKER_ARG */.e] });
    }
    catch {
        return undefined;
    }
}
/** Consecutive runs of at most BATCH_FILES files. */
function batchesOf(files) {
    const batches = [];
    for (let start = 0; start < files.length; start += BATCH_FILES)
        batches.push({ start, end: Math.min(files.length, start + BATCH_FILES) });
    return batches;
}
/**
 * What a worker starts: ./scan-worker.js beside this module when run from the sources (tsc output), else the ncc
 * bundle's entry beside its chunks, which hands a worker thread to scan-worker (see there). The name is built at run
 * time: ncc would otherwise copy a literal `new URL('./…', import.meta.url)` target into dist/ as a raw asset.
 */
function workerEntry() {
    const [sibling, bundleEntry] = [`scan-worker.js`, `index.js`].map((name) => new URL(`./${name}`, import.meta.url));
    return (0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(sibling)) ? sibling : bundleEntry;
}

;// CONCATENATED MODULE: ./src/engine/scan.ts












/**
 * Scans a repository from disk: discover the files, then read and analyse them one at a time, letting
 * each text go as soon as its facts are taken, and run the rules over what was kept. A file over the parse cap
 * is scanned for keys chunk by chunk (`analyzeStream`). Memory follows
 * the number of settings and key hits found, not the size of the repository or of its largest file. Reads
 * are synchronous (see readSource): on 2 cores that beats overlapping promise-based reads with the analysis.
 *
 * Throws when `root` is not a readable folder, or when a rule fails (RuleError).
 */
async function scanRepository(root, scanOptions) {
    const { config, history = [], secretValues, includeIgnored, staged = false, only, gitHistory, changed, threads } = scanOptions;
    const settings = { ...toLintSettings(config), ...(secretValues && { secretValues }), ...(staged && { staged }) };
    const catalog = (0,providers_catalog/* createCatalog */.C)(settings.providers);
    const options = {
        ignore: config.ignore,
        maxFileSize: config.maxFileSize,
        ...(includeIgnored && { includeIgnored: (path) => (0,claims/* isClaimedBy */.vi)('dotenv', path) }),
        ...(changed && { select: changedSelection(changed) })
    };
    // Git reads the history beside the scan; awaited after the files (the catch only keeps an early throw handled).
    const past = gitHistory && (0,discover_history/* keysAddedInHistory */.K)(root, { ...gitHistory, findKeys: (text) => catalog.scanText(text), isSkipped: createPathFilter(config.ignore) });
    past?.catch(() => { });
    const fileSet = staged ? await stagedFiles(root, options) : await workTreeFiles(root, options);
    const reported = (path) => only === undefined || only.has(path);
    const facts = [];
    const read = [];
    const skipped = fileSet.skipped.filter((file) => reported(file.path));
    let scannedFiles = 0;
    // Workers hook (./workers.ts): the working tree's files in worker threads; any file they did not answer for is
    // scanned below as on one thread.
    const workers = staged ? 1 : (threads ?? threadsFor(fileSet.files, threadsSetting()));
    // Only the parsers (and YAML/TOML/JSON libraries) the listed files may need, before the synchronous analysis.
    const parsers = (0,sources/* loadParsers */.lB)((0,claims/* kindsFor */.Hk)(fileSet.files.map((file) => file.path)));
    const pooled = workers > 1 ? await scanInWorkers(root, fileSet.files, { threads: workers, maxFileSize: config.maxFileSize, providers: settings.providers }) : undefined;
    await parsers;
    /** A file read and analysed here. Awaited only when it is a promise (the index's batches): working-tree reads stay synchronous. */
    const scanHere = (path) => {
        // A file over the parse cap would only be key-scanned anyway: it comes as a stream.
        const reading = fileSet.read(path, limits/* PARSE_CAP_BYTES */.T);
        return reading instanceof Promise ? reading.then((source) => (0,outcome/* fileOutcome */.p)(source, catalog)) : (0,outcome/* fileOutcome */.p)(reading, catalog);
    };
    /** One listed file's outcome into the facts, or the skipped files. */
    const keep = ({ path, ignored }, outcome) => {
        if (outcome !== null && (0,discover_read/* isSkippedFile */.Xh)(outcome)) {
            if (reported(path))
                skipped.push(outcome);
            return;
        }
        if (reported(path))
            scannedFiles++;
        if (outcome === null)
            return;
        const file = ignored ? { ...outcome, uncommitted: true } : outcome;
        if (file.matchedBy)
            read.push({ path, kind: file.kind, matchedBy: file.matchedBy, ...(ignored && { uncommitted: true }) });
        facts.push(file);
    };
    for (let at = 0; at < fileSet.files.length; at++) {
        const file = fileSet.files[at];
        const answered = pooled?.outcomes[at];
        const outcome = answered === undefined ? scanHere(file.path) : answered;
        keep(file, outcome instanceof Promise ? await outcome : outcome);
    }
    // Files listed later (git's untracked ones, on a pull request) come after, and everything back in path order.
    const later = await fileSet.later;
    if (later && (later.files.length > 0 || later.skipped.length > 0)) {
        await (0,sources/* loadParsers */.lB)((0,claims/* kindsFor */.Hk)(later.files.map((file) => file.path)));
        for (const file of later.files)
            keep(file, await scanHere(file.path));
        skipped.push(...later.skipped.filter((file) => reported(file.path)));
        facts.sort(byPath);
        read.sort(byPath);
    }
    skipped.sort(byPath);
    const committed = await history;
    // scope: changed, when a key the PR's commits added is in no file read: it may stand in one not read.
    if ((await options.select) && hasUnplacedKeys(committed, facts, catalog))
        return scanRepository(root, { ...scanOptions, history: committed, changed: undefined });
    const pastLines = ((await past)?.lines ?? []).filter((line) => reported(line.file)).map((line) => ({ ...line, history: 'repository' }));
    facts.push(...historyFacts([...committed, ...pastLines], catalog));
    const result = lintFacts(facts, settings, { skipped, catalog, scannedFiles });
    const findings = only === undefined ? result.findings : result.findings.filter((finding) => reported(finding.file));
    return { ...result, findings, skipped, files: { read, skipped }, settings, catalog, unlisted: only === undefined ? [] : notListed(only, [fileSet.files, fileSet.skipped, later?.files ?? [], later?.skipped ?? []]) };
}
/** The named paths in none of the lists, in their order (a set of every listed path cost a scan's end several MB). */
function notListed(named, lists) {
    const missing = new Set(named);
    for (const list of lists)
        for (const file of list)
            missing.delete(file.path);
    return [...missing];
}

;// CONCATENATED MODULE: ./src/engine/pipeline.ts







/** The rule ids and client ids a config file may name. */
const configVocabulary = () => ({ knownRuleIds: ALL_RULE_METAS.map((meta) => meta.id), knownClients: Object.keys(profiles/* clientProfiles */.k) });
/**
 * Config, scan, the optional live probes, report context: the one pipeline the CLI and the action share.
 * Throws ConfigError for a bad config file; anything else thrown is an internal failure.
 */
async function lintRepository({ root, configFile, failOn, history, secretValues, probe, includeIgnored, staged, only, baseline, gitHistory, changed }) {
    const config = await loadConfig({
        root,
        ...(configFile !== undefined && { file: configFile }),
        ...configVocabulary()
    });
    const scanned = await scanRepository(root, {
        config,
        ...(history && { history }),
        ...(secretValues && { secretValues }),
        ...(staged && { staged }),
        ...(only && { only }),
        ...(gitHistory && { gitHistory }),
        ...(changed && { changed }),
        ...(includeIgnored && { includeIgnored })
    });
    const { catalog, settings } = scanned;
    // Probes enter here: their reports become findings by the engine's own steps, their summaries join the context.
    // The probes (and the baseline, with zod) are loaded only by the runs that use them: a plain scan starts faster.
    const probed = probe && (await (await Promise.all(/* import() */[__webpack_require__.e(935), __webpack_require__.e(4481)]).then(__webpack_require__.bind(__webpack_require__, 4481))).probeStep(scanned.model, catalog, probe));
    const result = probed ? addProbeReports(scanned, probed.reports, settings, catalog) : scanned;
    const built = buildReportContext(result, { rules: ALL_RULE_METAS, catalog, failOn });
    const baselined = baseline && (await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(6187)]).then(__webpack_require__.bind(__webpack_require__, 6187))).applyBaseline(built.findings, baseline);
    const notices = [
        ...scanned.unlisted.map((path) => `${path} was not scanned: ${staged ? 'it is not staged' : 'git ignores it, or the config file\'s ignore patterns leave it out'}`),
        ...(probed ? probed.notices : []),
        ...staleBaseline(baselined?.unmatched.filter((file) => only === undefined || only.has(file)) ?? [], baseline)
    ];
    // The one masking path: every string bound for any reporter or log line, whatever field it sits in.
    const probeKey = probe?.keys.apiKey;
    const redact = (0,core_redact/* createRedactor */.lY)((0,core_redact/* knownSecrets */.xU)(result.model.files, catalog, { ...(secretValues && { values: secretValues }), ...(probeKey && { keys: [probeKey] }) }), catalog);
    const findings = (baselined?.findings ?? built.findings).map((finding) => keepFixedLine(finding, redact));
    const withBaseline = { ...built, findings, files: scanned.files };
    const { rules, tool, ...reported } = probed ? { ...withBaseline, probes: probed.probes } : withBaseline;
    return {
        context: { rules, tool, ...(0,core_redact/* redactAll */.$I)(reported, redact) },
        catalog,
        notices: (0,core_redact/* redactAll */.$I)(notices, redact),
        redact
    };
}
/** A corrected line is a replacement to commit: one the masking would change is dropped, never shown masked. */
function keepFixedLine(finding, redact) {
    if (finding.fixedLine === undefined || redact(finding.fixedLine) === finding.fixedLine)
        return finding;
    const { fixedLine: _dropped, ...rest } = finding;
    return rest;
}
/** A notice for baseline entries no finding matched (in the files this run reports on). */
function staleBaseline(unmatched, baseline) {
    if (unmatched.length === 0 || baseline === undefined)
        return [];
    const entries = unmatched.length === 1 ? '1 entry' : `${unmatched.length} entries`;
    return [`${entries} of the baseline ${baseline.file} matched no finding (fixed, or changed since): rewrite it with --write-baseline to drop them`];
}

// EXTERNAL MODULE: ./src/reporters/index.ts
var reporters = __webpack_require__(7166);
// EXTERNAL MODULE: ./src/reporters/severity.ts
var severity = __webpack_require__(5271);
// EXTERNAL MODULE: ./src/reporters/text.ts
var reporters_text = __webpack_require__(955);
// EXTERNAL MODULE: ./src/action/commands.ts
var commands = __webpack_require__(530);
// EXTERNAL MODULE: ./src/probes/limits.ts
var probes_limits = __webpack_require__(6747);
;// CONCATENATED MODULE: ./src/action/inputs.ts






const COMMENT_MODES = ['auto', 'always', 'never'];
const SUGGESTION_MODES = ['auto', 'never'];
const SCOPES = ['changed', 'all'];
/** An input the action cannot use; the message names the input and what it accepts. */
class InputError extends Error {
    name = 'InputError';
}
/**
 * Reads and validates every input; throws {@link InputError} on the first bad one. The keys are read and masked
 * first, so nothing that follows (an error message included) can print them.
 */
async function getSettings() {
    const secrets = secretsInput();
    const apiKey = maskedInput('api-key');
    const env = process.env;
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const root = (0,external_node_path_.resolve)(workspace, commands/* getInput */.V4('path') || '.');
    assertDirectory(root);
    const configFile = commands/* getInput */.V4('config');
    const sarifFile = commands/* getInput */.V4('sarif-file');
    const baselineFile = commands/* getInput */.V4('baseline');
    const workflowFile = workflowFileIn(root, workspace);
    return {
        workspace,
        root,
        ...(configFile && { configFile: (0,external_node_path_.resolve)(workspace, configFile) }),
        ...(baselineFile && { baselineFile: (0,external_node_path_.resolve)(workspace, baselineFile) }),
        failOn: choice('fail-on', 'error', severity/* FAIL_ON_VALUES */.Qm, severity/* isFailOn */.A1),
        ...(sarifFile && { sarifFile: (0,external_node_path_.resolve)(workspace, sarifFile) }),
        githubToken: commands/* getInput */.V4('github-token'),
        comment: choice('comment', 'auto', COMMENT_MODES),
        // Two workflows or jobs on one pull request keep a comment each; matrix legs share a job id and set the input.
        suggestions: choice('suggestions', 'auto', SUGGESTION_MODES),
        commentKey: commands/* getInput */.V4('comment-key') || [env.GITHUB_WORKFLOW, env.GITHUB_JOB].filter(Boolean).join('/'),
        scope: choice('scope', isPullRequest(env.GITHUB_EVENT_NAME) ? 'changed' : 'all', SCOPES),
        tempDir: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        secrets,
        probe: await probeInputs(apiKey),
        includeIgnored: flag('include-ignored'),
        ...(workflowFile !== undefined && { workflowFile })
    };
}
async function probeInputs(apiKey) {
    const baseUrl = commands/* getInput */.V4('base-url');
    const model = commands/* getInput */.V4('model');
    return {
        enabled: flag('probe'),
        ...(apiKey && { apiKey }),
        ...(baseUrl && { baseUrl }),
        ...(model && { model }),
        hosts: await probeHosts(),
        chat: flag('probe-chat'),
        failOnIndeterminate: flag('fail-on-indeterminate'),
        timeoutMs: probeTimeout(),
        maxRequests: maxRequests()
    };
}
/** Parts of a secret shorter than this are not masked on their own: masking `1` would blank every 1 in the log. */
const MIN_MASKED_PART = 8;
/**
 * Masks a secret in the log: the whole value, each of its lines (the runner masks line by line) and each item of a
 * key list (`k1,k2`), since an item may be used alone.
 */
function mask(value) {
    commands/* setSecret */.Pq(value);
    for (const part of value.split(/[\r\n,;]+/).map((p) => p.trim())) {
        if (part.length >= MIN_MASKED_PART && part !== value)
            commands/* setSecret */.Pq(part);
    }
}
/** An input holding a key, masked before anything else happens. */
function maskedInput(name) {
    const value = commands/* getInput */.V4(name);
    if (value)
        mask(value);
    return value;
}
/**
 * Input `secrets`: a JSON object of names and string values, as `${{ toJSON(secrets) }}` gives it. Errors never
 * quote the input: it is made of secrets.
 */
function secretsInput() {
    const text = commands/* getInput */.V4('secrets');
    if (!text)
        return new Map();
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new InputError("Input 'secrets' is not valid JSON; pass ${{ toJSON(secrets) }} or a JSON object of secret names and values");
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
        throw new InputError("Input 'secrets' must be a JSON object of secret names and string values, such as ${{ toJSON(secrets) }}");
    }
    const secrets = new Map(Object.entries(parsed).filter(([, value]) => value !== ''));
    secrets.forEach(mask);
    return secrets;
}
/** A true/false input; empty means false. */
function flag(name) {
    const value = commands/* getInput */.V4(name).toLowerCase();
    if (value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw new InputError(`Input '${name}' must be true or false; got '${commands/* getInput */.V4(name)}'`);
}
/** Input `probe-max-requests`; empty means the default. */
function maxRequests() {
    const text = commands/* getInput */.V4('probe-max-requests');
    if (text === '')
        return probes_limits/* PROBE_DEFAULTS */.ic.maxRequests;
    const count = (0,probes_limits/* probeMaxRequests */.dz)(text);
    if (count === undefined)
        throw new InputError(`Input 'probe-max-requests' must be a whole number from 1 to ${probes_limits/* MAX_PROBE_REQUESTS */.pr}; got '${text}'`);
    return count;
}
/** Input `probe-timeout`, in seconds; empty means the default. */
function probeTimeout() {
    const text = commands/* getInput */.V4('probe-timeout');
    if (text === '')
        return probes_limits/* PROBE_DEFAULTS */.ic.timeoutMs;
    const timeoutMs = (0,probes_limits/* probeTimeoutMs */.mM)(text);
    if (timeoutMs === undefined) {
        throw new InputError(`Input 'probe-timeout' must be a number of seconds greater than 0 and at most ${probes_limits/* MAX_PROBE_TIMEOUT_S */.cG}; got '${text}'`);
    }
    return timeoutMs;
}
/** Input `probe-hosts`: entries separated by commas, spaces or new lines; its checker (with the public suffix list) is loaded only for entries. */
async function probeHosts() {
    const text = commands/* getInput */.V4('probe-hosts');
    if (text === '')
        return [];
    const { parseProbeHosts } = await Promise.all(/* import() */[__webpack_require__.e(935), __webpack_require__.e(8281)]).then(__webpack_require__.bind(__webpack_require__, 8281));
    const { hosts, invalid } = parseProbeHosts(text);
    if (invalid.length > 0) {
        throw new InputError(`Input 'probe-hosts' has entries that are not hosts: ${invalid.join(', ')}; write host, host:port, *.domain or a URL`);
    }
    return hosts;
}
/**
 * The running workflow's file (`GITHUB_WORKFLOW_REF` is `owner/repo/.github/workflows/ci.yml@refs/heads/main`),
 * relative to the scanned folder; undefined outside a workflow or when the folder does not hold it.
 */
function workflowFileIn(root, workspace) {
    const { GITHUB_WORKFLOW_REF: ref, GITHUB_REPOSITORY: repository } = process.env;
    if (!ref || !repository || !ref.startsWith(`${repository}/`))
        return undefined;
    const path = ref.slice(repository.length + 1).replace(/@[^@]*$/, '');
    const within = (0,external_node_path_.relative)(root, (0,external_node_path_.join)(workspace, path));
    return within === '' || within.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(within) ? undefined : within.split(external_node_path_.sep).join('/');
}
/** An input limited to a few values; empty means `fallback`. */
function choice(name, fallback, allowed, isAllowed = (value) => allowed.includes(value)) {
    const value = commands/* getInput */.V4(name) || fallback;
    if (!isAllowed(value)) {
        throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'`);
    }
    return value;
}
function assertDirectory(root) {
    const stats = (0,external_node_fs_.statSync)(root, { throwIfNoEntry: false });
    if (!stats?.isDirectory()) {
        throw new InputError(`Input 'path': ${root} ${stats ? 'is not a folder' : 'does not exist'}`);
    }
}
const isPullRequest = (eventName) => eventName === 'pull_request' || eventName === 'pull_request_target';

;// CONCATENATED MODULE: ./src/action/paths.ts

/**
 * Findings, scopes, live probes and the file lists with paths relative to the workspace instead of the scanned folder (`.env` →
 * `examples/app/.env`): GitHub attaches annotations, and code scanning its SARIF results, to
 * repository-relative paths only. A folder outside the workspace leaves the paths as they are.
 */
function relativeToWorkspace(context, workspace, root) {
    const between = (0,external_node_path_.relative)(workspace, root);
    const outside = between === '..' || between.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(between);
    if (between === '' || outside)
        return context;
    const folder = between.split(external_node_path_.sep).join('/');
    // A probe of the inputs alone has no file, and gets none.
    const rebase = (file) => (file === '' ? file : `${folder}/${file}`);
    return {
        ...context,
        findings: context.findings.map((finding) => ({
            ...finding,
            file: rebase(finding.file),
            ...(finding.scope !== undefined && { scope: rebase(finding.scope) })
        })),
        scopes: context.scopes.map((scope) => ({ ...scope, id: rebase(scope.id), file: rebase(scope.file) })),
        ...(context.probes && { probes: context.probes.map((probe) => ({ ...probe, file: rebase(probe.file) })) }),
        ...(context.files && {
            files: {
                read: context.files.read.map((file) => ({ ...file, path: rebase(file.path) })),
                skipped: context.files.skipped.map((file) => ({ ...file, path: rebase(file.path) }))
            }
        })
    };
}

;// CONCATENATED MODULE: ./src/action/main.ts








// The runner protocol as @actions/core speaks it, without loading @actions/core (see commands.ts).



/**
 * The action: read the inputs, scan, then report through the log, annotations, files and outputs, and
 * fail the step per `fail-on`. Every error ends here as one `setFailed`.
 */
async function run() {
    try {
        const settings = await getSettings();
        // Local runs have no summary file.
        const summaryFile = process.env.GITHUB_STEP_SUMMARY;
        (0,reporters/* preloadReporters */.c1)(['text', 'annotations', 'json', ...(summaryFile ? ['summary'] : []), ...(settings.sarifFile ? ['sarif'] : [])]);
        const pr = await pullRequest();
        // What only some runs use is loaded when used (ncc puts each in its own chunk): a push run starts faster.
        const pulls = pr && (await __webpack_require__.e(/* import() */ 1679).then(__webpack_require__.bind(__webpack_require__, 1679)));
        // Git reads the PR's commits and change beside the scan, which awaits each when it needs it.
        const change = pulls && pulls.startChange(settings, pr);
        const probe = await probeOptions(settings, pr);
        const { context: report, notices, redact } = await lintRepository({
            root: settings.root,
            ...(settings.configFile !== undefined && { configFile: settings.configFile }),
            failOn: settings.failOn,
            ...(change && { history: change.history, ...(change.changedPaths && { changed: change.changedPaths }) }),
            ...(settings.secrets.size > 0 && { secretValues: settings.secrets }),
            ...(probe && { probe }),
            ...(settings.includeIgnored && { includeIgnored: true }),
            ...(settings.baselineFile !== undefined && { baseline: await baselineOf(settings.baselineFile, settings.workspace) })
        });
        notices.forEach((notice) => commands/* notice */.lm(`llm-env-lint: ${notice}`));
        const context = relativeToWorkspace(report, settings.workspace, settings.root);
        const listed = await change?.changedLines;
        // Paths in the report went through the masking (a folder named after a key); the changed set must match them.
        const changed = listed && new Map([...listed].map(([path, lines]) => [redact(path), lines]));
        // What the PR author is shown and judged by; the log, summary and files keep every finding.
        const shown = changed && pulls ? pulls.onlyChanged(context, changed) : context;
        await logFullReport(context);
        const annotations = await (0,reporters/* reporter */.YX)('annotations');
        annotations.render(shown).annotations.forEach(issue);
        const written = await writeReports(context, settings);
        if (summaryFile)
            commands/* appendSummary */.fe(summaryFile, (await (0,reporters/* reporter */.YX)('summary')).render(context));
        // Outputs before the comment: whatever GitHub answers, the counts and files are set.
        setOutputs(collectOutputs(context, written, ''));
        const commentUrl = pulls && settings.comment !== 'never' ? await orWarning('comment', () => pulls.postComment(shown, settings, pr, changed), '') : '';
        if (commentUrl)
            commands/* setOutput */.uH('comment-url', commentUrl);
        if (!pr && settings.comment === 'always')
            commands/* notice */.lm('llm-env-lint did not comment: this run is not for a pull request');
        failPerThreshold(shown, settings);
    }
    catch (error) {
        commands/* setFailed */.C1(error instanceof Error ? error.message : String(error));
    }
}
/**
 * A step that talks to GitHub: whatever goes wrong there (a malformed answer we failed to foresee included) is a
 * warning, never a lost report or a failed step.
 */
async function orWarning(what, step, fallback) {
    try {
        return await step();
    }
    catch (error) {
        commands/* warning */.$e(`llm-env-lint could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
        return fallback;
    }
}
/**
 * The live probes to run, or undefined (with a notice saying why when probe inputs were given) when they must not
 * run: `probe` is off, or the pull request comes from a fork, whose runs get no secrets and whose code must never
 * run next to them.
 */
async function probeOptions(settings, pr) {
    const { probe } = settings;
    if (!probe.enabled) {
        if (probe.apiKey || probe.baseUrl)
            commands/* notice */.lm('llm-env-lint did not probe: api-key or base-url is set, but probe is not true');
        return undefined;
    }
    if (pr?.isFork) {
        commands/* notice */.lm('llm-env-lint did not probe: this pull request comes from a fork, and forks get no secrets');
        return undefined;
    }
    const { proxyFromEnv } = await __webpack_require__.e(/* import() */ 5659).then(__webpack_require__.bind(__webpack_require__, 5659));
    return {
        keys: {
            ...(probe.apiKey !== undefined && { apiKey: probe.apiKey }),
            ...(probe.baseUrl !== undefined && { baseUrl: probe.baseUrl }),
            ...(probe.model !== undefined && { model: probe.model }),
            valueFor: (ref) => settings.secrets.get(ref.name),
            origin: 'the secrets input',
            ...(settings.workflowFile !== undefined && { inputsFile: settings.workflowFile })
        },
        hosts: probe.hosts,
        chat: probe.chat,
        failOnIndeterminate: probe.failOnIndeterminate,
        timeoutMs: probe.timeoutMs,
        // A self-hosted runner behind a proxy sets HTTPS_PROXY for every step.
        proxy: proxyFromEnv(process.env),
        maxRequests: probe.maxRequests
    };
}
/**
 * The whole list in a log group, since annotations are capped. Workflow commands are paused around
 * it: file names and messages come from the repository, and a line starting with `::` must not be
 * taken as a command.
 */
async function logFullReport(context) {
    const text = await (0,reporters/* reporter */.YX)('text');
    await commands/* group */.Os(`${context.tool.name}: ${(0,reporters_text.summaryLine)(context)}`, async () => {
        const token = (0,external_node_crypto_.randomUUID)();
        commands/* info */.pq(`::stop-commands::${token}`);
        commands/* info */.pq(text.render(context).trimEnd());
        commands/* info */.pq(`::${token}::`);
    });
}
const ISSUE = { error: commands/* error */.z3, warning: commands/* warning */.$e, note: commands/* notice */.lm };
/** The message and properties are escaped, so repository text cannot break the command. */
function issue({ level, message, properties }) {
    ISSUE[level](message, properties);
}
async function writeReports(context, settings) {
    // A fresh folder per run, so two steps of one job never overwrite each other's report.
    const reportJson = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)(settings.tempDir, 'llm-env-lint-')), 'report.json');
    await (0,promises_.writeFile)(reportJson, (await (0,reporters/* reporter */.YX)('json')).render(context));
    if (settings.sarifFile === undefined)
        return { reportJson };
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(settings.sarifFile), { recursive: true });
    await (0,promises_.writeFile)(settings.sarifFile, (await (0,reporters/* reporter */.YX)('sarif')).render(context));
    return { reportJson, sarifFile: settings.sarifFile };
}
/**
 * The pull request of the event; its reader (with zod) is loaded only for pull request events, whose names all start
 * with `pull_request`. The payload is read as @actions/github's `context` reads it (the file at GITHUB_EVENT_PATH, `{}`
 * when there is none: actions/toolkit packages/github/src/context.ts), without loading its HTTP client: a pull request that comments nothing never needs it.
 */
async function pullRequest() {
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    if (!eventName.startsWith('pull_request'))
        return undefined;
    const { isPullRequestEvent, prContext } = await __webpack_require__.e(/* import() */ 9556).then(__webpack_require__.bind(__webpack_require__, 9556));
    if (!isPullRequestEvent(eventName))
        return undefined;
    const eventPath = process.env.GITHUB_EVENT_PATH;
    const payload = eventPath && (0,external_node_fs_.existsSync)(eventPath) ? JSON.parse(await (0,promises_.readFile)(eventPath, 'utf8')) : {};
    return prContext(eventName, payload);
}
function collectOutputs(context, written, commentUrl) {
    const { errors, warnings, notes } = (0,severity/* countFindings */.Gt)(context.findings);
    return {
        findings: errors + warnings + notes,
        errors,
        warnings,
        notes,
        'comment-url': commentUrl,
        'sarif-file': written.sarifFile ?? '',
        'report-json': written.reportJson
    };
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        commands/* setOutput */.uH(name, value);
}
function failPerThreshold(context, settings) {
    const failing = (0,severity/* failingFindings */.v9)(context.findings, settings.failOn).length;
    if (failing === 0)
        return;
    const findings = failing === 1 ? '1 finding' : `${failing} findings`;
    commands/* setFailed */.C1(`${findings} at or above fail-on: ${settings.failOn}`);
}
/** Input `baseline`, read and checked; named in messages as the workflow wrote it (relative to the workspace). */
async function baselineOf(file, workspace) {
    const { readBaseline } = await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(6187)]).then(__webpack_require__.bind(__webpack_require__, 6187));
    const named = (0,external_node_path_.relative)(workspace, file).split(external_node_path_.sep).join('/');
    const text = await (0,promises_.readFile)(file, 'utf8').catch((error) => {
        throw new InputError(`Input 'baseline': cannot read ${named} (${error.code ?? error.message})`);
    });
    return readBaseline(text, named);
}


/***/ }),

/***/ 9149:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ suggestedBase),
/* harmony export */   AJ: () => (/* binding */ expectedBase),
/* harmony export */   Ri: () => (/* binding */ servesFamily),
/* harmony export */   ZT: () => (/* binding */ effectiveUrl),
/* harmony export */   q5: () => (/* binding */ acceptedBases)
/* harmony export */ });
/* harmony import */ var _core_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38);
/**
 * The URL a client really calls for a chat request, built exactly as each client builds it, and the base
 * a variable should hold to reach a given provider. See `reference/clients.md` §1.2–1.4 and §3.
 */

/** OpenAI-compatible endpoints, relative to a provider's `apiRoot`. */
const OPENAI_ENDPOINTS = ['/chat/completions', '/responses'];
/**
 * Joins a base URL and the variable's chat path the way the client does:
 * - `nextchat`: `https://` prefixed unless the value starts with `http` (a prefix test, so `httpbin.org`
 *   stays schemeless), ONE trailing `/` stripped, then NextChat's Cloudflare AI Gateway rewrite;
 * - `sdk`: one `/` dropped where base and path meet;
 * - `none`: appended as written.
 * For `verbatim` variables the base is first cut where it already holds the start of the chat path
 * (NextChat's `AZURE_URL.split("/deployments")`). Nothing else is touched: no trimming, no `/v1` removal.
 */
function effectiveUrl(base, variable) {
    const { chatPath } = variable;
    const normalized = normalizeBase(base, variable);
    const joined = normalized + chatPath;
    const url = variable.cloudflareRewrite === true ? cloudflareAIGatewayUrl(joined) : joined;
    return { url, base: normalized, chatPath };
}
function normalizeBase(base, variable) {
    let b = base;
    switch (variable.normalize ?? 'sdk') {
        case 'nextchat':
            if (!b.startsWith('http'))
                b = `https://${b}`;
            if (b.endsWith('/'))
                b = b.slice(0, -1);
            break;
        case 'sdk':
            if (b.endsWith('/') && variable.chatPath.startsWith('/'))
                b = b.slice(0, -1);
            break;
        case 'adds-v1-if-missing':
            // chatgpt-web: `OPENAI_API_BASE_URL.includes('/v1') ? base : base + '/v1'`, no slash trimmed.
            if (!b.includes('/v1'))
                b = `${b}/v1`;
            break;
        case 'none':
            break;
    }
    const cut = variable.strips?.find(({ tail }) => b.toLowerCase().endsWith(tail));
    if (cut !== undefined)
        b = b.slice(0, b.length - cut.tail.length) + (cut.keep ?? '');
    return variable.convention === 'verbatim' ? cutAtChatPath(b, variable.chatPath) : b;
}
/** `https://r.openai.azure.com/openai/deployments/gpt4` → `https://r.openai.azure.com/openai`. */
function cutAtChatPath(base, chatPath) {
    const firstSegment = /^\/[^/]+/.exec(chatPath)?.[0];
    const at = firstSegment === undefined ? -1 : base.indexOf(firstSegment);
    return at === -1 ? base : base.slice(0, at);
}
/**
 * NextChat's `app/utils/cloudflare.ts`: for `gateway.ai.cloudflare.com/v1/<account>/<gateway>/<provider>`
 * it keeps the gateway prefix and only the last path segments, which drops the doubled `v1` NextChat's
 * own path adds. Handles the `openai`, `anthropic` and `azure-openai` segments only, as NextChat does.
 */
function cloudflareAIGatewayUrl(url) {
    const parts = url.split('/');
    if (parts[2] !== 'gateway.ai.cloudflare.com')
        return url;
    if (parts[6] === 'azure-openai')
        return [...parts.slice(0, 8), ...parts.slice(-3)].join('/');
    if (parts[6] === 'openai' || parts[6] === 'anthropic')
        return [...parts.slice(0, 7), ...parts.slice(-2)].join('/');
    return url;
}
/**
 * The request path each non-OpenAI family appends to its root (`FamilyRoots` in providers/types.ts).
 * OpenAI-compatible endpoints are `OPENAI_ENDPOINTS` relative to `apiRoot`.
 */
const FAMILY_PATHS = {
    anthropic: '/v1/messages',
    gemini: '/models/{model}:streamGenerateContent',
    ollama: '/api/chat',
    dashscope: '/services/aigc/text-generation/generation',
    baidu: '/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/{endpoint}',
    azure: '/deployments/{deployment}/chat/completions',
    cohere: '/chat'
};
/** Whether the registry says `provider` serves `family`. */
function servesFamily(provider, family) {
    return family === 'openai' || provider.apis?.[family] !== undefined;
}
/**
 * Every base that makes `variable`'s client reach `provider` in the variable's API family, preferred
 * first: the provider's root for that family plus the family's request path, less the path the client
 * appends itself (`https://api.groq.com/openai/v1` → `https://api.groq.com/openai` for NextChat's
 * `/v1/chat/completions`; DeepSeek's `https://api.deepseek.com/anthropic` as is for Claude Code's
 * `/v1/messages`). For `verbatim` variables, the root as is. Empty when the provider does not serve the
 * family, or when no base can work (NextChat `BASE_URL` always adds `/v1`, so it cannot reach Ark's
 * `/api/v3`). `at`, the URL actually written, gives the root the host it uses when the provider serves it there
 * (`api.moonshot.cn` keeps its own accounts; `{resource}.openai.azure.com` is a template), and a local server the
 * host and port it is reached at (`host.docker.internal:11434`, `ollama:11434`).
 */
function acceptedBases(provider, variable, at) {
    const host = at === undefined ? undefined : provider.local === true ? (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .hostOf */ .w4)(at) : at.host;
    const found = familyEndpoints(provider, variable)
        .map(({ root, endpoint }) => (variable.convention === 'verbatim' ? (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutTrailingSlashes */ .A$)(root) : baseFor(root, endpoint, variable)))
        .filter((b) => b !== undefined)
        .map((b) => (host === undefined ? b : withHost(b, host, provider)));
    return [...new Set(found)];
}
/** The preferred base for `variable` to reach `provider` (the first of `acceptedBases`), if any. */
function expectedBase(provider, variable, at) {
    return acceptedBases(provider, variable, at)[0];
}
/**
 * A base to suggest for `variable`: the expected one, else the client's own default; never a root of
 * another API family (an OpenAI root for a variable that speaks Anthropic Messages would break it).
 */
function suggestedBase(provider, variable) {
    if (!variable)
        return provider.apiRoot;
    return expectedBase(provider, variable) ?? variable.defaultUrl ?? (variable.family === 'openai' ? provider.apiRoot : undefined);
}
/** The provider's roots in the variable's family, each with the endpoint the client asks for. */
function familyEndpoints(provider, variable) {
    if (variable.family !== 'openai') {
        const root = provider.apis?.[variable.family];
        const endpoint = FAMILY_PATHS[variable.family];
        return root === undefined ? [] : [root, ...(provider.apiAliases?.[variable.family] ?? [])].map((r) => ({ root: r, endpoint }));
    }
    const endpoint = OPENAI_ENDPOINTS.find((e) => variable.chatPath.endsWith(e)) ?? variable.chatPath;
    return [provider.apiRoot, ...(provider.apiRootAliases ?? [])].map((root) => ({ root, endpoint }));
}
/** The base that, joined with `chatPath`, gives `root` + `endpoint`; undefined when the client cannot get there. */
function baseFor(root, endpoint, variable) {
    const full = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutTrailingSlashes */ .A$)(root) + endpoint;
    if (!full.endsWith(variable.chatPath))
        return undefined;
    const base = full.slice(0, full.length - variable.chatPath.length);
    // The client's own tidying must leave the base as it is (chatgpt-web adds /v1 to a base without one).
    return effectiveUrl(base, variable).url === full ? base : undefined;
}
/** Puts the host actually used in place of a templated one, or of another API host of the same provider. */
function withHost(url, host, provider) {
    const servedHere = provider.apiHosts.some((h) => h === host || (h.startsWith('*.') && host.endsWith(h.slice(1))));
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/]*)/i, (whole, scheme, authority) => authority.includes('{') || provider.local === true || (servedHere && !authority.includes(':')) ? `${scheme}${host}` : whole);
}


/***/ }),

/***/ 7827:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ formatFieldPath),
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * A config file that cannot be used: missing, malformed YAML, or a field with a value that is not
 * allowed. The message has one line per issue, `file:line:col: field: what is allowed`; the CLI
 * prints it and exits with 2, the action fails the step with it.
 */
class ConfigError extends Error {
    file;
    issues;
    name = 'ConfigError';
    constructor(
    /** The config file as the user named it, or as found under the scan root. */
    file, issues) {
        super(issues.map((issue) => formatIssue(file, issue)).join('\n'));
        this.file = file;
        this.issues = issues;
    }
}
function formatIssue(file, { field, message, line, column }) {
    const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
    return field === '' ? `${where}: ${message}` : `${where}: ${field}: ${message}`;
}
/** `['providers', 0, 'apiRoot']` → `providers[0].apiRoot`. */
function formatFieldPath(path) {
    return path
        .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
        .join('');
}


/***/ }),

/***/ 2143:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_FILE_SIZE */
/**
 * Default for `maxFileSize`: logs and dumps included. Memory stays flat whatever the size (a file over 1 MiB
 * is scanned for keys in chunks, and none is parsed past 1 MiB); the cap bounds the time a stray huge file costs.
 */
const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;
/** The settings used when a repository has no config file. */
const defaultConfig = { rules: {}, ignore: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, providers: [] };


/***/ }),

/***/ 3252:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ fillTemplate),
/* harmony export */   q: () => (/* binding */ withTip)
/* harmony export */ });
/** Filling a rule's message and tip templates, and joining the two where an output has one line for both. */
/** Fills `{{name}}` placeholders; an unknown name stays visible so tests catch it. */
function fillTemplate(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => data[name] ?? whole);
}
/**
 * Message and tip as one line (`…, so it calls https://…/v1/v1/chat/completions: use "https://…"`), for the
 * outputs with room for one line only (text, annotations, SARIF result text) and for fingerprints, which were
 * made from this line before tips were split off and so stay the same.
 */
function withTip(message, tip) {
    return tip === undefined ? message : `${message}: ${tip}`;
}


/***/ }),

/***/ 2831:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Qr: () => (/* binding */ compareLocations),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/** Higher is more severe. */
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
/** File, line, column, rule, message id: the same order on every run, whatever order rules reported in. */
const compareFindings = (a, b) => compareLocations(a, a.ruleId, b, b.ruleId);
/**
 * {@link compareFindings} for what carries its rule apart (a rule's report and the rule's id): sorting thousands of
 * reports asks this tens of thousands of times, and no object is made per question.
 */
function compareLocations(a, aRule, b, bRule) {
    return (compareText(a.file, b.file) ||
        a.span.start.line - b.span.start.line ||
        a.span.start.column - b.span.start.column ||
        compareText(aRule, bRule) ||
        compareText(a.messageId, b.messageId));
}
/** UTF-16 code unit order: the same on every machine, whatever the locale. */
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

/***/ 2258:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ redactAll),
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   is: () => (/* binding */ secretLikeTokens),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   n4: () => (/* binding */ cleanDetail),
/* harmony export */   xU: () => (/* binding */ knownSecrets),
/* harmony export */   xd: () => (/* binding */ maskStraySecrets)
/* harmony export */ });
/* unused harmony exports knownSecretScrubber, scrubKey */
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2616);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7485);
/**
 * Masking of secrets. Reports show provider, prefix and the last 4 characters at most, so a reader can
 * tell which key it is without being able to use it.
 */



/** Prefixes that name a key format; longest first so `sk-ant-api03-` wins over `sk-`. */
const KNOWN_PREFIXES = [
    'sk-ant-admin01-',
    'sk-ant-api03-',
    'sk-ant-oat01-',
    'sk-svcacct-',
    'sk-service-',
    'sk-or-v1-',
    'sk-admin-',
    'sk-proj-',
    'tgp_v1_',
    'nvapi-',
    'pplx-',
    'xai-',
    'gsk_',
    'csk-',
    'AIza',
    'hf_',
    'r8_',
    'sk-'
];
/** Values shorter than this show no tail at all: four characters of a short secret are too much of it. */
const MIN_LENGTH_FOR_TAIL = 16;
/** `sk-ant-api03-…x7Qa`: the known prefix and the last 4 characters; `…` alone for short values. */
function maskSecret(value) {
    const v = value.trim();
    if (v.length < MIN_LENGTH_FOR_TAIL)
        return '…';
    const prefix = KNOWN_PREFIXES.find((p) => v.startsWith(p)) ?? '';
    return `${prefix}…${v.slice(-4)}`;
}
/** Replaces every occurrence of each secret in `text`, in any letter case, by its masked form. */
function scrubSecrets(text, secrets) {
    return secrets.length === 0 ? text : knownSecretScrubber(secrets)(text);
}
/** Secrets shorter than this are too likely to be ordinary words to mask wherever they occur. */
const MIN_SECRET = 4;
/** Window of the index below: every secret at least this long is found by its first characters. */
const WINDOW = 8;
/** ASCII lower case, which keeps every index where it was (`toLowerCase` may not, for some scripts). */
const lower = (text) => text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
/**
 * A function that masks every occurrence of the given secrets, in any letter case (`SK-PROJ-…` in an upper-cased
 * URL is the same key). Secrets are indexed by their last {@link WINDOW} characters — keys share their first ones
 * (`sk-ant-api03-`), not their random tails — so masking a text costs about one lookup per character whatever the
 * number of secrets (a repository may hold a hundred thousand keys).
 */
function knownSecretScrubber(secrets) {
    const byTail = new Map();
    const short = [];
    for (const secret of new Set([...secrets].map((s) => s.trim()))) {
        if (secret.length < MIN_SECRET)
            continue;
        if (secret.length < WINDOW)
            short.push(secret);
        else {
            const folded = lower(secret);
            const tail = folded.slice(-WINDOW);
            const list = byTail.get(tail);
            if (list)
                list.push({ secret, folded });
            else
                byTail.set(tail, [{ secret, folded }]);
        }
    }
    const shortPattern = short.length === 0 ? undefined : new RegExp(short.map(_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt).sort((a, b) => b.length - a.length).join('|'), 'gi');
    // A window is looked up only when its first and last characters pair as some tail's do: most texts hold no such
    // pair, so they cost a table read per character, not a slice and a map lookup.
    const ends = new Uint8Array(1 << 10);
    for (const tail of byTail.keys())
        ends[endsOf(tail, WINDOW)] = 1;
    return (text) => {
        const hits = [];
        if (byTail.size > 0 && text.length >= WINDOW) {
            const folded = lower(text);
            for (let end = WINDOW; end <= text.length; end++) {
                if (ends[endsOf(folded, end)] === 0)
                    continue;
                for (const candidate of byTail.get(folded.slice(end - WINDOW, end)) ?? []) {
                    const start = end - candidate.folded.length;
                    if (start >= 0 && folded.startsWith(candidate.folded, start))
                        hits.push({ start, end, secret: candidate.secret });
                }
            }
        }
        // Earliest first, the longest of those that start together; overlaps are part of a secret already masked.
        hits.sort((a, b) => a.start - b.start || b.end - a.end);
        let out = '';
        let from = 0;
        for (const hit of hits) {
            if (hit.start < from)
                continue;
            out += text.slice(from, hit.start) + maskSecret(hit.secret);
            from = hit.end;
        }
        out += text.slice(from);
        return shortPattern ? out.replace(shortPattern, (hit) => maskSecret(hit)) : out;
    };
}
/**
 * The first and last characters of the window ending at `end`, 5 bits of each (a filter: a collision only costs a
 * lookup; the table stays small enough to make for every {@link scrubSecrets} call).
 */
function endsOf(text, end) {
    return ((text.charCodeAt(end - WINDOW) & 0x1f) << 5) | (text.charCodeAt(end - 1) & 0x1f);
}
/** Runs of the characters keys are made of, long enough to be one. */
const KEY_TOKEN = /[A-Za-z0-9_-]{16,}/g;
/** Query parameters that carry credentials (`?key=` for Gemini, `?api-key=`, `?access_token=`…). */
const CREDENTIAL_QUERY = /([?&](?:key|api[-_]?key|apikey|access[-_]?token|token|auth|secret|password|sig)=)([^&#\s"'<>]+)/gi;
/** The password of `scheme://user:password@host`. */
const USERINFO_PASSWORD = /(\/\/[^/@\s:]*:)[^/@\s]+@/g;
/**
 * Keys in free text that no rule declared: the catalog's `unique` formats, and tokens behind a known key
 * prefix that match any format or look random (one-api's `sk-` + 48 characters is a `shared` format the
 * text scan skips). Random tokens without a prefix are left alone: account ids and hashes look the same.
 */
function strayKeys(text, catalog) {
    const prefixed = (text.match(KEY_TOKEN) ?? []).flatMap(prefixedKeys).filter((token) => !catalog.isPlaceholder(token) && (catalog.identifyKey(token) !== undefined || catalog.looksLikeSecret(token)));
    return [...catalog.scanText(text).map((hit) => hit.token), ...prefixed];
}
/**
 * The tails of a token that start at a known key prefix: the token itself (`sk-proj-…`), or the key glued to a word
 * before it (`x_sk-ant-…`, `MYsk-proj-…`), which no boundary-respecting scanner reports.
 */
function prefixedKeys(token) {
    const starts = new Set();
    for (const prefix of KNOWN_PREFIXES) {
        for (let at = token.indexOf(prefix); at !== -1; at = token.indexOf(prefix, at + 1))
            starts.add(at);
    }
    return [...starts].map((at) => token.slice(at)).filter((tail) => tail.length >= 16);
}
/**
 * Text from the repository (a message quoting a value, a URL in a scope table) with what may be a
 * credential masked: stray keys, credential query values and URL passwords.
 */
function maskStraySecrets(text, catalog) {
    const out = text.replace(USERINFO_PASSWORD, '$1…@').replace(CREDENTIAL_QUERY, (_, name, value) => name + maskSecret(value));
    return scrubSecrets(out, strayKeys(out, catalog));
}
/**
 * What may be a key in text quoted raw from a file (a parser's message, a whole line): the stray keys,
 * and every random-looking token too, prefixed or not, since nothing else in such text needs showing.
 */
function secretLikeTokens(text, catalog) {
    const random = (text.match(KEY_TOKEN) ?? []).filter((token) => catalog.looksLikeSecret(token));
    return [...new Set([...strayKeys(text, catalog), ...random])];
}
/** Names a setting's value refers to: `${NAME}`, `$NAME`, `${{ secrets.NAME }}`, `${NAME:-default}`. */
const REFERENCED_NAME = /\$\{\{\s*[\w.]*?\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}|\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
/** Names of keys, tokens and passwords: an opaque random value there is a credential. */
const CREDENTIAL_NAME = /key|token|secret|passw|pwd|auth|credential/i;
/** Secret values by name shorter than this are not hunted in reports: a value such as `true` is no secret's body. */
const MIN_GIVEN_SECRET = 8;
/**
 * Every value a run knows to be secret: each key found in the text, each setting that holds a key or a random
 * credential (and the defaults of references), the base64 text of each value a Secret's `data` holds, and each given
 * secret value (the action's `secrets` input, the environment under `--probe`) whose name a setting refers to — once
 * resolved, it could be shown anywhere.
 */
function knownSecrets(files, catalog, given = {}) {
    const secrets = new Set(given.keys?.filter((k) => k.trim() !== '') ?? []);
    const isSecret = (name, value) => catalog.identifyKey(value) !== undefined || (CREDENTIAL_NAME.test(name) && catalog.looksLikeSecret(value));
    for (let f = 0; f < files.length; f++) {
        const { keyHits, entries } = files[f];
        for (let h = 0; h < keyHits.length; h++)
            secrets.add(keyHits[h].token);
        for (let e = 0; e < entries.length; e++) {
            const entry = entries[e];
            if (entry.value !== undefined && isSecret(entry.key, entry.value))
                secrets.add(entry.value);
            const fallback = entry.ref?.fallback;
            if (fallback !== undefined && isSecret(entry.key, fallback))
                secrets.add(fallback);
            if ((0,_base64_js__WEBPACK_IMPORTED_MODULE_1__/* .decodedFromBase64 */ .gc)(entry) && entry.value !== undefined)
                for (const secret of encodedSecrets(entry.key, entry.value))
                    secrets.add(secret);
        }
    }
    // Given values are looked for only when there are some (a plain scan has none).
    for (const name of given.values ? referencedNames(files) : []) {
        const value = given.values?.get(name);
        if (value === undefined || value.trim().length < MIN_GIVEN_SECRET)
            continue;
        secrets.add(value);
        // A secret URL is shown in parts (host, path without the user info): its random-looking parts are secrets too.
        for (const part of value.match(KEY_TOKEN) ?? [])
            if (catalog.looksLikeSecret(part))
                secrets.add(part);
    }
    return [...secrets];
}
/**
 * What a value a Kubernetes Secret keeps in base64 (`data`) adds to the secrets: its base64 text always, whatever it
 * decodes to — a report never needs to show it, and a line quoting it (a rename's corrected line) is then never
 * shown — and the decoded text under a credential's name even when it looks plain (`hatem123.` as a password).
 */
function encodedSecrets(name, value) {
    const encoded = (0,_base64_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeBase64 */ .WG)(value);
    return CREDENTIAL_NAME.test(name) && value.trim().length >= MIN_GIVEN_SECRET ? [encoded, value] : [encoded];
}
/** The names the settings and workflow jobs of `files` refer to. */
function referencedNames(files) {
    const referenced = new Set();
    for (const file of files) {
        for (const entry of file.entries) {
            if (entry.ref)
                referenced.add(entry.ref.name);
            const written = entry.raw ?? entry.value ?? '';
            // Every reference starts with `$`: most values have none, and skip the search.
            if (written.includes('$'))
                for (const m of written.matchAll(REFERENCED_NAME))
                    referenced.add(m[1] ?? m[2]);
        }
        for (const job of file.workflow?.jobs ?? [])
            for (const use of job.secretUses)
                referenced.add(use.name);
    }
    return referenced;
}
/**
 * Masks, in any text bound for a report, the known secrets in every letter case and any stray key. A report repeats
 * the same strings (paths, rule ids, URLs in every finding): each distinct one is masked once and its answer kept.
 */
function createRedactor(secrets, catalog) {
    const known = knownSecretScrubber(secrets);
    return (0,_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .memoize */ .Bj)((text) => maskStraySecrets(known(text), catalog));
}
/**
 * `value` with every string in it passed through `redact`: findings, scope ids, labels, file and folder names, table
 * rows, probe summaries. Walking everything, rather than fields picked one by one, is what keeps a field added later
 * from carrying a secret past the masking. A plain object or array in which nothing changed is returned as it is
 * (a report's thousands of scope rows mostly hold nothing to mask); anything else comes back as a plain copy.
 */
function redactAll(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value)) {
        let copy;
        for (let i = 0; i < value.length; i++) {
            const masked = redactAll(value[i], redact);
            if (copy === undefined && masked !== value[i])
                copy = value.slice(0, i);
            copy?.push(masked);
        }
        return (copy ?? value);
    }
    if (value === null || typeof value !== 'object' || value instanceof Set || value instanceof Map)
        return value;
    const fields = value;
    const prototype = Object.getPrototypeOf(value);
    let copy = prototype === Object.prototype || prototype === null ? undefined : {};
    const keys = Object.keys(fields);
    for (let i = 0; i < keys.length; i++) {
        const field = fields[keys[i]];
        const masked = redactAll(field, redact);
        if (copy === undefined && masked !== field) {
            copy = {};
            for (const key of keys.slice(0, i))
                setField(copy, key, fields[key]);
        }
        if (copy !== undefined)
            setField(copy, keys[i], masked);
    }
    return (copy ?? value);
}
/** Defined, not assigned: a key `__proto__` stays a key and never sets a prototype. */
function setField(target, key, value) {
    if (key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
}
/**
 * Text a provider sent back (live probes) is shown to users, and some providers echo part of the key (`Incorrect
 * API key provided: sk-proj-****abcd`, `[sk-abc***xyz] 该令牌额度已用尽`, LiteLLM's `Received API Key = sk-...wxyz`).
 * Everything the probes take from an answer passes through {@link cleanDetail} before it is kept; the report then
 * goes through {@link createRedactor} like every other text.
 */
const REDACTED = '[key redacted]';
/** Shorter shared runs are too likely to be ordinary text (`sk-proj`, `-api03-`) to be worth removing. */
const MIN_FRAGMENT = 8;
/** Masked echoes: characters around a run of `*`, or a `...`/`…` gap followed by the key's tail. */
const MASKED_ECHO = /[\w-]*\*{2,}[\w-]*|[\w-]+(?:\.{3}|…)[\w-]{2,}/g;
/** Removes the key, any run of 8 or more of its characters, and masked echoes of it from `text`. */
function scrubKey(text, key) {
    return removeFragments(text.replace(MASKED_ECHO, REDACTED), key).replace(/(?:\[key redacted\])+/g, REDACTED);
}
/** Provider text made fit to show: one line, no control characters, scrubbed, at most `max` characters. */
function cleanDetail(text, key, max = 200) {
    // Cut before scrubbing to bound the work, but well past `max` so a fragment at the first cut cannot survive the second.
    const oneLine = text.slice(0, max * 4).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
    const scrubbed = scrubKey(oneLine, key);
    return scrubbed.length > max ? `${scrubbed.slice(0, max - 1)}…` : scrubbed;
}
function removeFragments(text, key) {
    if (key.length < MIN_FRAGMENT)
        return text.split(key).join(REDACTED);
    const grams = new Set();
    for (let i = 0; i + MIN_FRAGMENT <= key.length; i++)
        grams.add(key.slice(i, i + MIN_FRAGMENT));
    let out = '';
    let i = 0;
    while (i < text.length) {
        if (!grams.has(text.slice(i, i + MIN_FRAGMENT))) {
            out += text[i++];
            continue;
        }
        let end = i + MIN_FRAGMENT;
        // Overlapping windows that are all in the key form one fragment; extend while they last.
        while (end < text.length && grams.has(text.slice(end - MIN_FRAGMENT + 1, end + 1)))
            end++;
        out += REDACTED;
        i = end;
    }
    return out;
}


/***/ }),

/***/ 38:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ urlAsFetched),
/* harmony export */   A$: () => (/* binding */ withoutTrailingSlashes),
/* harmony export */   AQ: () => (/* binding */ isInternalHost),
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   JF: () => (/* binding */ segments),
/* harmony export */   XM: () => (/* binding */ pathOf),
/* harmony export */   jr: () => (/* binding */ showUrl),
/* harmony export */   oc: () => (/* binding */ looksLikeHost),
/* harmony export */   t_: () => (/* binding */ withoutQueryOrSlashes),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7485);
/**
 * URLs as people write them in settings: split without normalising (the WHATWG parser would hide the very
 * mistakes the rules look for), and the few host and path helpers clients, rules and probes share.
 */

const URL_SHAPE = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?(?:([^@/?#\s]*)@)?(\[[^\]\s]+\]|[^:/?#\s]+)(?::(\d*))?([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/;
/** Splits a URL without normalising it. Remembered per text: the same base URL is set in many files. */
const parseUrl = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoize */ .Bj)(splitUrl);
function splitUrl(text) {
    const m = URL_SHAPE.exec(text);
    if (!m)
        return undefined;
    const [, scheme, userinfo, host, port, path, query, fragment] = m;
    return {
        ...(scheme ? { scheme: scheme.toLowerCase() } : {}),
        ...(userinfo !== undefined ? { userinfo } : {}),
        host: host.toLowerCase().replace(/^\[|\]$/g, ''),
        ...(port ? { port } : {}),
        path: path ?? '',
        query: query ?? '',
        fragment: fragment ?? ''
    };
}
/** `host` or `host:port`, as written in a URL. */
const hostOf = (url) => (url.port ? `${url.host}:${url.port}` : url.host);
/** Path segments without empty ones: `/openai/v1/` → `['openai', 'v1']`. */
const segments = (path) => path.split('/').filter((s) => s !== '');
/** The path of a URL string, or empty. */
const pathOf = (url) => parseUrl(url)?.path ?? '';
/** `https://x/v1//` → `https://x/v1`. */
const withoutTrailingSlashes = (url) => url.replace(/\/+$/, '');
/** A URL without its query, fragment and trailing slashes: what a test of how its path ends compares. */
const withoutQueryOrSlashes = (url) => withoutTrailingSlashes(url.replace(/[?#].*$/, ''));
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/**
 * Whether text without a scheme still names a host: `localhost`, an address, a dotted name ending in
 * a real top-level label, or anything with a port. `gpt-3.5-turbo` and `true` do not.
 */
function looksLikeHost(url) {
    if (url.scheme !== undefined || url.port !== undefined)
        return true;
    if (url.host === 'localhost' || IPV4.test(url.host) || url.host.includes(':'))
        return true;
    return /\.[a-z][a-z-]*[a-z]$/.test(url.host);
}
/** Loopback, private ranges, link-local, `.local`/`.internal` names and single-label service names. */
function isInternalHost(host) {
    if (host === 'localhost' || host === '::1' || host.endsWith('.localhost'))
        return true;
    if (!host.includes('.') && !host.includes(':'))
        return true;
    // Kubernetes service names (`ollama.ai.svc`, `….svc.cluster.local`) resolve inside the cluster only.
    if (/\.(?:local|internal|lan|home\.arpa|svc)$/.test(host))
        return true;
    const ip = IPV4.exec(host) ? host.split('.').map(Number) : undefined;
    if (!ip)
        return /^f[cd][0-9a-f]{2}:/.test(host);
    const [a, b] = ip;
    return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}
/**
 * The URL as `fetch` will read it (WHATWG, resolved against `base`), or undefined: what a probe decides which host it
 * talks to by, where `parseUrl` keeps what a person wrote.
 */
function urlAsFetched(text, base) {
    try {
        return new URL(text, base);
    }
    catch {
        return undefined;
    }
}
/** A URL for a message: credentials and query values never shown. */
function showUrl(text) {
    return text.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^@/?#\s]*@/, '$1…@').replace(/\?.*$/, '?…');
}


/***/ }),

/***/ 7460:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ toChangedLines),
/* harmony export */   iH: () => (/* binding */ readDiff),
/* harmony export */   pJ: () => (/* binding */ DIFF_OPTIONS)
/* harmony export */ });
/* unused harmony export unquote */
/**
 * The one reader of unified diffs: `git diff`, `git log -p` (src/discover/git.ts, src/discover/history.ts) and a
 * pull request file's `patch` from the API (src/github/changed-files.ts). Pure: text in, files and added lines out.
 */
/**
 * The added lines of each changed file, in the shape `renderPrComment` takes as `changedLines`. Every changed
 * file is in the map: one whose lines are unknown (binary, or a diff too large for GitHub to send a `patch`) is
 * judged whole, with no line known as added, so a key in it is never filtered out of the PR's report.
 */
function toChangedLines(files) {
    return new Map(files.map(file => [file.path, file.addedLines ?? new Set()]));
}
/**
 * Options for every diff we read: no context lines, explicit `a/` `b/` prefixes whatever the user's config
 * says (`diff.noprefix`, `diff.mnemonicPrefix`), and no external diff or textconv programs.
 */
const DIFF_OPTIONS = ['--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];
/**
 * Reads unified diff text as git prints it (`git diff`, `git log -p --format='commit %H'`) or as an API
 * patch. Hunk line counts decide where a hunk ends, so added lines that look like headers (`+++ x`) are
 * read as content.
 */
function readDiff(lines) {
    const files = [];
    let commit;
    let file;
    let oldLeft = 0;
    let newLeft = 0;
    let newLine = 0;
    const startFile = (path = '') => {
        const started = { commit, path, status: 'modified', binary: false, added: [] };
        files.push(started);
        return started;
    };
    for (const line of lines) {
        if (oldLeft > 0 || newLeft > 0) {
            const mark = line[0];
            if (mark === '+') {
                file?.added.push({ line: newLine++, text: line.slice(1) });
                newLeft--;
            }
            else if (mark === '-')
                oldLeft--;
            else if (mark === ' ') {
                oldLeft--;
                newLeft--;
                newLine++;
            }
            // `\ No newline at end of file` belongs to the hunk but counts for neither side.
            continue;
        }
        const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk) {
            oldLeft = Number(hunk[1] ?? 1);
            newLine = Number(hunk[2]);
            newLeft = Number(hunk[3] ?? 1);
            file ??= startFile();
        }
        else if (line.startsWith('commit ')) {
            commit = line.slice('commit '.length).trim();
            file = undefined;
        }
        else if (line.startsWith('diff --git ')) {
            file = startFile(pathFromDiffHeader(line.slice('diff --git '.length)));
        }
        else if (line.startsWith('+++ ')) {
            file ??= startFile();
            const path = stripPrefix(line.slice(4), 'b/');
            if (path !== undefined)
                file.path = path;
        }
        else if (line.startsWith('--- ') && file !== undefined && file.path === '') {
            file.path = stripPrefix(line.slice(4), 'a/') ?? '';
        }
        else if (file !== undefined) {
            readExtendedHeader(file, line);
        }
    }
    return files;
}
/** `new file mode`, `rename from`, `Binary files … differ` and friends. */
function readExtendedHeader(file, line) {
    if (line.startsWith('new file mode'))
        file.status = 'added';
    else if (line.startsWith('deleted file mode'))
        file.status = 'removed';
    else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
        file.status = line.startsWith('rename') ? 'renamed' : 'copied';
        file.previousPath = unquote(line.slice(line.indexOf(' from ') + ' from '.length));
    }
    else if (line.startsWith('rename to ') || line.startsWith('copy to '))
        file.path = unquote(line.slice(line.indexOf(' to ') + ' to '.length));
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
        file.binary = true;
}
/** `a/x b/x` → `x`, when both sides name the same path (renames are read from `rename to`). */
function pathFromDiffHeader(rest) {
    if (rest.startsWith('"')) {
        const end = closingQuote(rest);
        const path = stripPrefix(rest.slice(0, end + 1), 'a/');
        return path ?? '';
    }
    const half = (rest.length - 1) / 2;
    const left = rest.slice(0, half);
    return Number.isInteger(half) && rest === `${left} b/${left.slice(2)}` ? left.slice(2) : '';
}
function closingQuote(text) {
    for (let i = 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i;
    }
    return text.length - 1;
}
/** The path of a `---`/`+++` line without its prefix; undefined for `/dev/null`. */
function stripPrefix(raw, prefix) {
    // git appends a tab to paths with spaces in ---/+++ lines so that tools can find the end.
    const path = unquote(raw.replace(/\t$/, ''));
    if (path === '/dev/null')
        return undefined;
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
/** Undoes git's C-style quoting of unusual paths (`"a/t\303\251st\tfile"`); octal escapes are UTF-8 bytes. */
function unquote(path) {
    if (!(path.startsWith('"') && path.endsWith('"') && path.length >= 2))
        return path;
    const named = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
    const bytes = [];
    const body = path.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            i += 3;
        }
        else {
            const next = body[++i] ?? '';
            bytes.push(named[next] ?? next.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}


/***/ }),

/***/ 3473:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XS: () => (/* binding */ GitError),
  Iv: () => (/* binding */ blobSizes),
  mD: () => (/* binding */ changedFilesFromGit),
  ny: () => (/* binding */ checkedRevision),
  oM: () => (/* binding */ gitOutput),
  K1: () => (/* binding */ listGitFiles),
  cl: () => (/* binding */ listIgnoredFiles),
  I8: () => (/* binding */ listStagedFiles),
  b4: () => (/* binding */ readBlobs),
  EO: () => (/* binding */ runGit)
});

// UNUSED EXPORTS: HARDENED_CONFIG

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/discover/counts.ts
var counts = __webpack_require__(4803);
// EXTERNAL MODULE: ./src/discover/diff.ts
var diff = __webpack_require__(7460);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/discover/read.ts
var read = __webpack_require__(9711);
;// CONCATENATED MODULE: ./src/discover/git-index.ts
/**
 * The tracked paths of a work tree read from git's index file itself, as `git ls-files --cached` lists them, without
 * starting git: a pull request's scan waits for that listing before it can choose what to read, and a spawn of git
 * costs the thread more than reading the index. Anything this reader does not model (another repository layout, a
 * split or sparse index, SHA-256 object names, settings in the environment, an owner git may refuse, a system other
 * than Linux, whose file systems may fold case or compose Unicode in paths) gives undefined, and git is asked as
 * before. Files the repository's config includes are not read: only what moves the work tree or changes the index
 * matters here, and a clone's own config is where git and its tools write that.
 *
 * Format: git/git Documentation/gitformat-index.txt @ 00d3e8d (entries, version 4 path compression, extensions);
 * the number before a version 4 path is the offset encoding of pack-format.txt (varint.c `decode_varint`). What git
 * reads and refuses, and how it finds the work tree: git v2.39.5 read-cache.c (`create_from_disk`, `ondisk_ce_size`,
 * the extensions and extended flags it dies on), setup.c (`is_git_directory`, `check_repository_format_gently`,
 * `setup_discovered_git_dir`), path.c (`validate_headref`) and builtin/ls-files.c (which entries `--cached` shows).
 */



/** Settings of the environment that change where git looks or what it reads: with any of them, git decides. */
const GIT_LOCATION_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_COMMON_DIR',
    'GIT_CEILING_DIRECTORIES',
    'GIT_DISCOVERY_ACROSS_FILESYSTEM',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'GIT_OBJECT_DIRECTORY'
];
/**
 * Repository settings that move the work tree (`core.worktree`, and `extensions.worktreeConfig`, which reads more of
 * them from `config.worktree`) or change what the index holds (`extensions.objectFormat`, `core.splitIndex`): whatever
 * their value, git decides. `core.bare` only counts when true, and the format version when not 0.
 */
const UNMODELLED_KEYS = new Set(['worktree', 'worktreeconfig', 'objectformat', 'splitindex']);
/** What git reads as false (config.c `git_parse_maybe_bool_text`); a key with no value is true. */
const FALSE_VALUES = new Set(['false', 'no', 'off', '0', '']);
/** One `key` or `key = value` of a config line, after any `[section]` header on the same line. */
const CONFIG_LINE = /^\s*(?:\[[^\]]*\]\s*)?([A-Za-z][A-Za-z0-9-]*)\s*(=.*)?$/;
/** The index is read whole; a larger one (some 2 million paths) goes to git. */
const MAX_INDEX_BYTES = 256 * 1024 * 1024;
const SHA1_BYTES = 20;
/** ctime, mtime (seconds and nanoseconds), dev, ino, mode, uid, gid, size: ten 32-bit fields. */
const STAT_BYTES = 40;
const FLAGS_BYTES = 2;
const NAME_LENGTH_MASK = 0x0fff;
const EXTENDED_FLAG = 0x4000;
/** The extended flags git 2.39 knows (skip-worktree, intent-to-add); any other makes it refuse the index. */
const KNOWN_EXTENDED_FLAGS = 0x6000;
const STAGE_MASK = 0x3000;
/** The high 4 bits of the mode's low 16 for a folder (mode 040000). */
const DIRECTORY_TYPE_BITS = 0x40;
/**
 * The paths under `root` that git's index holds, relative to `root` with '/' separators, in the index's order with a
 * path of several conflict stages once: what `git ls-files -z --cached` run in `root` prints. Undefined when git
 * should be asked instead (see the module's comment); never throws.
 */
function indexedPaths(root) {
    try {
        if (process.platform !== 'linux' || GIT_LOCATION_VARIABLES.some((name) => process.env[name] !== undefined))
            return undefined;
        const realRoot = external_node_fs_.realpathSync.native(root);
        const top = workTreeTop(realRoot);
        if (top === undefined)
            return undefined;
        const gitDir = (0,external_node_path_.join)(top, '.git');
        if (hasUnmodelledSetting((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'config'), 'utf8')))
            return undefined;
        const index = readIndex((0,external_node_path_.join)(gitDir, 'index'));
        if (index === undefined)
            return undefined;
        const folder = (0,external_node_path_.relative)(top, realRoot).split(external_node_path_.sep).join('/');
        return folder === '' ? index : underFolder(index, `${folder}/`);
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a repository's config holds a setting this reader does not model (see UNMODELLED_KEYS), read the way git
 * reads a line: a key may follow its section's header, and a bare key means true. Keys are taken in any section:
 * one in another section than git's only sends the listing to git.
 */
function hasUnmodelledSetting(config) {
    for (const line of config.split('\n')) {
        const match = CONFIG_LINE.exec(line);
        if (match === null)
            continue;
        const key = match[1].toLowerCase();
        const value = (match[2] ?? '=').slice(1).replace(/\s[#;].*$|^[#;].*$/, '').trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase();
        if (UNMODELLED_KEYS.has(key))
            return true;
        if (key === 'bare' && (match[2] === undefined || !FALSE_VALUES.has(value)))
            return true;
        if (key === 'repositoryformatversion' && value !== '0')
            return true;
    }
    return false;
}
/**
 * The folder git would take as the top of the work tree for `realRoot`: the nearest folder up the tree with a `.git`
 * folder that is a repository by git's test, on the same file system (git stops at a boundary), both owned by this
 * user (git refuses another's unless `safe.directory` says so, which is git's to read). Undefined whenever git could
 * answer otherwise: a `.git` file (a linked work tree, a submodule) or link, a `.git` folder git would pass by (a
 * `HEAD` that is no ref nor object name) or that shares another's (`commondir`), a `config.worktree`, a root inside a
 * `.git` folder, a folder up the way that looks like a repository itself (bare).
 */
function workTreeTop(realRoot) {
    if (realRoot.split(external_node_path_.sep).includes('.git'))
        return undefined;
    let device;
    for (let dir = realRoot;; dir = (0,external_node_path_.dirname)(dir)) {
        const here = (0,external_node_fs_.statSync)(dir);
        device ??= here.dev;
        if (here.dev !== device)
            return undefined;
        const gitDir = (0,external_node_path_.join)(dir, '.git');
        const dotGit = (0,external_node_fs_.lstatSync)(gitDir, { throwIfNoEntry: false });
        if (dotGit !== undefined) {
            const user = process.geteuid?.();
            if (!dotGit.isDirectory() || dotGit.uid !== user || here.uid !== user)
                return undefined;
            const plain = hasValidHead(gitDir) && looksLikeRepository(gitDir) && !exists((0,external_node_path_.join)(gitDir, 'commondir')) && !exists((0,external_node_path_.join)(gitDir, 'config.worktree'));
            return plain ? dir : undefined;
        }
        if (looksLikeRepository(dir))
            return undefined;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/** git's own test (setup.c `is_git_directory`), but for `HEAD`'s content: a `HEAD`, an `objects` folder and a `refs` folder. */
function looksLikeRepository(dir) {
    return exists((0,external_node_path_.join)(dir, 'HEAD')) && isFolder((0,external_node_path_.join)(dir, 'objects')) && isFolder((0,external_node_path_.join)(dir, 'refs'));
}
/** A `HEAD` git takes (path.c `validate_headref`): `ref: refs/…`, an object name, or a link into `refs/`. */
function hasValidHead(gitDir) {
    const head = (0,external_node_path_.join)(gitDir, 'HEAD');
    if ((0,external_node_fs_.lstatSync)(head).isSymbolicLink())
        return (0,external_node_fs_.readlinkSync)(head).startsWith('refs/');
    const text = (0,external_node_fs_.readFileSync)(head, 'latin1');
    return /^ref:\s*refs\//.test(text) || /^[0-9a-f]{40}\s*$/.test(text);
}
const exists = (path) => (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false }) !== undefined;
const isFolder = (path) => (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isDirectory() === true;
/** The paths of an index file; [] when there is none (nothing added yet), undefined for what this reader does not read. */
function readIndex(file) {
    let bytes;
    try {
        bytes = readWhole(file);
    }
    catch (error) {
        return error.code === 'ENOENT' ? [] : undefined;
    }
    return bytes.length === 0 ? undefined : parseIndex(bytes);
}
function readWhole(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (size > MAX_INDEX_BYTES)
            throw new Error('index too large');
        const bytes = Buffer.allocUnsafe(size);
        return bytes.subarray(0, (0,read/* readInto */.Pq)(fd, bytes, 0, size));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The paths of an index's entries, a path of several conflict stages once; undefined for a version this does not
 * read, a sparse directory entry, a split or sparse index, or bytes that do not hold together. The names are gathered
 * into one run, each ended by a NUL, which is decoded and split once: the bytes `git ls-files -z` prints, read the
 * same way, with no call per path. They are gathered at the start of `bytes` itself (each entry's name is preceded
 * by at least 62 bytes the listing drops), so `bytes` is overwritten; a version 4 name, which repeats what it keeps of
 * the one before, is put together in a buffer of its own.
 */
function parseIndex(bytes) {
    if (bytes.length < 12 + SHA1_BYTES || bytes.toString('latin1', 0, 4) !== 'DIRC')
        return undefined;
    const version = bytes.readUInt32BE(4);
    if (version < 2 || version > 4)
        return undefined;
    const count = bytes.readUInt32BE(8);
    const end = bytes.length - SHA1_BYTES;
    // A version 4 index whose names take more than 8 times its size goes to git.
    const names = version === 4 ? Buffer.allocUnsafe(Math.min(MAX_INDEX_BYTES, end * 8)) : bytes;
    let written = 0;
    let listed = 0;
    let previousStart = 0;
    let previousLength = -1;
    let at = 12;
    for (let i = 0; i < count; i++) {
        const start = at;
        if (at + STAT_BYTES + SHA1_BYTES + FLAGS_BYTES > end)
            return undefined;
        // The mode's object type, in the high 4 bits of its low 16: a folder is a sparse index's entry.
        if ((bytes[at + 26] & 0xf0) === DIRECTORY_TYPE_BITS)
            return undefined;
        at += STAT_BYTES + SHA1_BYTES;
        const flags = (bytes[at] << 8) | bytes[at + 1];
        at += FLAGS_BYTES;
        if (flags & EXTENDED_FLAG) {
            if (version < 3 || (((bytes[at] << 8) | bytes[at + 1]) & ~KNOWN_EXTENDED_FLAGS) !== 0)
                return undefined;
            at += 2;
        }
        // The name's length is in the flags up to 0xFFE; 0xFFF stands for any longer one, which ends at its NUL.
        const length = flags & NAME_LENGTH_MASK;
        const nameStart = written;
        if (version === 4) {
            // The first name is taken off an empty one.
            const before = Math.max(previousLength, 0);
            const strip = readVarint(bytes, at, end);
            if (strip === undefined || strip.value > before)
                return undefined;
            const kept = before - strip.value;
            names.copyWithin(written, previousStart, previousStart + kept);
            written += kept;
            at = strip.next;
        }
        const nul = length < NAME_LENGTH_MASK ? at + length - (written - nameStart) : bytes.indexOf(0, at);
        if (nul < at || nul >= end || bytes[nul] !== 0 || written + (nul - at) >= names.length)
            return undefined;
        if (names === bytes)
            names.copyWithin(written, at, nul);
        else
            names.set(bytes.subarray(at, nul), written);
        written += nul - at;
        at = nul;
        const nameLength = written - nameStart;
        if (nameLength === 0 || (length < NAME_LENGTH_MASK ? length !== nameLength : nameLength < NAME_LENGTH_MASK))
            return undefined;
        // A path in conflict comes once per stage (1 to 3), one after the other: kept once, as the caller keeps git's.
        if ((flags & STAGE_MASK) !== 0 && nameLength === previousLength && names.compare(names, previousStart, previousStart + previousLength, nameStart, written) === 0) {
            written = nameStart;
        }
        else {
            previousStart = nameStart;
            previousLength = nameLength;
            names[written++] = 0;
            listed++;
        }
        // Past the NUL: in versions 2 and 3, 1 to 8 NULs pad the entry to a multiple of eight bytes.
        at = version === 4 ? at + 1 : start + ((at - start + 8) & ~7);
        if (at > end)
            return undefined;
    }
    if (hasUnreadExtension(bytes, at, end))
        return undefined;
    const paths = written === 0 ? [] : names.toString('utf8', 0, written - 1).split('\0');
    // A name with a NUL inside (a crafted index; git prints it cut there) would come out as two: left to git.
    return paths.length === listed ? paths : undefined;
}
/** The offset encoding of pack-format.txt: 7 bits a byte, high bit set on all but the last, plus 2^7 + … per extra byte. */
function readVarint(bytes, at, end) {
    if (at >= end)
        return undefined;
    let byte = bytes[at++];
    let value = byte & 0x7f;
    while (byte & 0x80) {
        // No path is longer than this: a larger number is not an index this reader understands.
        if (at >= end || value > 0xffffff)
            return undefined;
        byte = bytes[at++];
        value = (value + 1) * 128 + (byte & 0x7f);
    }
    return { value, next: at };
}
/**
 * Whether the extensions after the entries hold one git does not let a reader ignore: a signature that does not start
 * with an upper-case letter (a split index's `link`, a sparse index's `sdir`, or one git would refuse). Extensions
 * that do not hold together count too.
 */
function hasUnreadExtension(bytes, at, end) {
    while (at < end) {
        if (at + 8 > end)
            return true;
        const first = bytes[at];
        const size = bytes.readUInt32BE(at + 4);
        if (first < 0x41 || first > 0x5a || at + 8 + size > end)
            return true;
        at += 8 + size;
    }
    return false;
}
/** The paths under `prefix` (a folder ending with '/'), relative to it. */
function underFolder(paths, prefix) {
    const under = [];
    for (const path of paths)
        if (path.startsWith(prefix))
            under.push(path.slice(prefix.length));
    return under;
}

;// CONCATENATED MODULE: ./src/discover/git.ts
/**
 * The one way this tool runs git. The folder it runs in is the repository under review, whose `.git/config` is
 * written by whoever made the clone — or by a tarball a user was asked to scan — so every call overrides the
 * settings that make git run programs: `core.fsmonitor` (run on every index refresh), `core.hooksPath`, and
 * `log.showSignature` with `gpg.program` (run by `git log` on signed commits). Options on the command line beat
 * every config file. The system config is skipped; the user's global config is kept, since it holds their own
 * `safe.directory` entries (actions/checkout adds one in containers). `safe.directory` itself is never widened: a
 * repository owned by another user is refused by git, and the caller walks the folder instead.
 */




/** Overrides for settings of the scanned repository that would make git run a program of its choosing. */
const HARDENED_CONFIG = [
    '-c', 'core.fsmonitor=false',
    '-c', 'core.hooksPath=/dev/null',
    '-c', 'log.showSignature=false',
    '-c', 'gpg.program=false',
    '-c', 'gpg.ssh.program=false',
    '-c', 'core.quotePath=false'
];
/** The environment git runs with: no system config, no prompts, no index writes for a read-only listing. */
function gitEnv() {
    return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}
/** A git command that failed, or a revision that cannot be passed to git; the message says what to do. */
class GitError extends Error {
    exitCode;
    name = 'GitError';
    constructor(message, 
    /** The exit status, when git ran. */
    exitCode) {
        super(message);
        this.exitCode = exitCode;
    }
}
/** Rejects revisions git could read as options; whether they exist is git's to judge. */
function checkedRevision(rev) {
    if (rev === '' || rev.startsWith('-') || /[\s\0]/.test(rev))
        throw new GitError(`not a git revision: ${JSON.stringify(rev)}`);
    return rev;
}
/** `git diff base...head failed (exit 128): fatal: bad revision 'x'.` plus a hint for shallow clones. */
function explainGitFailure(args, exitCode, stderr) {
    const firstLine = stderr.split('\n').find(line => line.trim() !== '')?.trim() ?? 'no error output';
    const revisions = args.includes('--end-of-options') ? args.slice(args.indexOf('--end-of-options') + 1).filter(arg => arg !== '--') : [];
    const hint = /bad revision|unknown revision|no merge base|bad object|invalid symmetric difference/i.test(stderr)
        ? ' The base or head commit is not in the clone: check out with `fetch-depth: 0` (actions/checkout).'
        : '';
    // The subcommand follows any `-c name=value` options.
    let at = 0;
    while (args[at] === '-c')
        at += 2;
    return `git ${[args[at], ...revisions].join(' ')} failed (exit ${exitCode ?? 'by signal'}): ${firstLine}.${hint}`;
}
/** Starts git hardened, without a shell; `input`, when given, is written to its stdin. */
function startGit(cwd, args, input) {
    counts/* ioCounts */.R.gitSpawn++;
    const child = (0,external_node_child_process_.spawn)('git', [...HARDENED_CONFIG, ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk;
    });
    // Settled from the start, so a spawn error (no git, no cwd) is never an unhandled rejection.
    const ended = new Promise((resolve) => {
        child.on('error', (error) => resolve({ error: new GitError(`git could not be run in ${cwd}: ${error.message}`) }));
        child.on('close', (code) => resolve(code === 0 ? {} : { error: new GitError(explainGitFailure(args, code, stderr), code) }));
    });
    // git may exit before reading its input (not a repository): its exit status tells, not the broken pipe.
    child.stdin.on('error', () => { });
    child.stdin.end(input ?? '');
    return { stdout: child.stdout, stop: () => void (child.exitCode === null && child.kill()), ended };
}
/**
 * Runs git hardened, without a shell, and returns its output split at `separator` (for lines, a trailing `\r`
 * dropped). Throws {@link GitError} when git cannot run or exits non-zero.
 */
async function runGit(cwd, args, { separator = '\n' } = {}) {
    const parts = [];
    for await (const batch of gitOutput(cwd, args, { separator })) {
        for (const part of batch)
            parts.push(separator === '\n' && part.endsWith('\r') ? part.slice(0, -1) : part);
    }
    return parts;
}
/**
 * The files changed between the merge base of `base` and `head`, and the lines `head` adds, from
 * `git diff --unified=0 base...head` in `cwd`. Needs both commits in the clone (`fetch-depth: 0`).
 * Throws {@link GitError} when git fails.
 */
async function changedFilesFromGit(cwd, base, head) {
    const lines = await runGit(cwd, ['diff', ...diff/* DIFF_OPTIONS */.pJ, '--end-of-options', `${checkedRevision(base)}...${checkedRevision(head)}`, '--']);
    return (0,diff/* readDiff */.iH)(lines).map(file => ({
        path: file.path,
        status: file.status,
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
        ...(file.binary ? {} : { addedLines: new Set(file.added.map(added => added.line)) })
    }));
}
const LISTING_OPTIONS = {
    all: ['--cached', '--others', '--exclude-standard'],
    tracked: ['--cached'],
    // Git walks the whole work tree for these: the slow part of a listing.
    untracked: ['--others', '--exclude-standard']
};
/**
 * The files git would commit under `root` (or of them, the tracked or the untracked ones): tracked files plus
 * untracked ones it does not ignore, as paths relative to `root` with '/' separators. Run from `root`, git limits the
 * listing to that folder and prints paths relative to it, so a root inside a work tree needs no prefix handling.
 *
 * Returns undefined when `root` is not in a git work tree, when git cannot run (not installed, a
 * repository owned by another user), or when git ignores `root` itself (someone asked to scan a
 * build folder): the caller then walks the folder instead of silently scanning nothing.
 */
async function listGitFiles(root, which = 'all') {
    // The tracked files alone are what the index holds: read there when it can be (git-index.ts), with no git to start.
    const indexed = which === 'tracked' ? indexedPaths(root) : undefined;
    if (indexed !== undefined && indexed.length > 0)
        return indexed;
    try {
        const listed = await runGit(root, ['ls-files', '-z', ...LISTING_OPTIONS[which]], { separator: '\0' });
        // Unmerged paths are listed once per conflict stage, one stage after another (git lists its index in path order,
        // after the untracked files, which are never in it): dropping repeats needs no Set of every path.
        const paths = listed.filter((path, at) => path !== '' && path !== listed[at - 1]);
        if (paths.length === 0 && which !== 'untracked' && (await isIgnoredByGit(root)))
            return undefined;
        return paths;
    }
    catch {
        return undefined;
    }
}
/** `git check-ignore` exits 0 when the path is ignored and 1 when it is not. */
async function isIgnoredByGit(root) {
    return runGit(root, ['check-ignore', '--quiet', '.']).then(() => true, () => false);
}
/**
 * Runs git hardened (as {@link runGit}) with `input` on its stdin and returns its stdout as bytes, for
 * `cat-file --batch`, whose answers hold blobs of any content. Throws {@link GitError} on failure.
 */
async function gitBytes(root, args, input = '') {
    const git = startGit(root, args, input);
    const chunks = [];
    for await (const chunk of git.stdout)
        chunks.push(chunk);
    const { error } = await git.ended;
    if (error)
        throw error;
    return Buffer.concat(chunks);
}
/**
 * The files git ignores under `root`, for `--include-ignored` (a local `.env.local` beside the app), without
 * descending into `node_modules` (`--directory` would be cheaper, but it folds a folder holding nothing but
 * ignored files, `app/` with its `.env.local`, into one entry). Empty when git cannot run.
 */
async function listIgnoredFiles(root) {
    try {
        const args = ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--', '.', ':(exclude,glob)**/node_modules/**'];
        return (await runGit(root, args, { separator: '\0' })).filter((path) => path !== '');
    }
    catch {
        return [];
    }
}
/**
 * What `git commit` would commit under `root`: the index's entries (stage 0; paths in conflict are left out until
 * resolved), with paths relative to `root`. Undefined when `root` is not in a git work tree or git cannot run.
 */
async function listStagedFiles(root) {
    try {
        // `<mode> SP <object> SP <stage> TAB <path>`
        return (await runGit(root, ['ls-files', '-z', '--stage'], { separator: '\0' }))
            .map((record) => /^(\d{6}) ([0-9a-f]+) (\d)\t(.+)$/s.exec(record))
            .filter((match) => match !== null && match[3] === '0')
            .map(([, mode, object, , path]) => ({ mode: mode, object: object, path: path }));
    }
    catch {
        return undefined;
    }
}
/** The sizes of blobs by id, in one `git cat-file --batch-check` run (`<id> <type> <size>` per id); missing ids are left out. */
async function blobSizes(root, objects) {
    if (objects.length === 0)
        return new Map();
    const out = (await gitBytes(root, ['cat-file', '--batch-check'], objects.map((object) => `${object}\n`).join(''))).toString('utf8');
    return new Map(out
        .split('\n')
        .map((line) => line.split(' '))
        .filter((parts) => parts.length === 3)
        .map(([object, , size]) => [object, Number(size)]));
}
/**
 * The contents of blobs by id, in one `git cat-file --batch` run (git answers each id named on stdin with
 * `<id> <type> <size> LF <bytes> LF`, or `<id> missing LF`). Ids that are missing are left out of the map.
 */
async function readBlobs(root, objects) {
    const blobs = new Map();
    if (objects.length === 0)
        return blobs;
    const out = await gitBytes(root, ['cat-file', '--batch'], objects.map((object) => `${object}\n`).join(''));
    let at = 0;
    while (at < out.length) {
        const headerEnd = out.indexOf(0x0a, at);
        if (headerEnd === -1)
            break;
        const [object, type, size] = out.toString('utf8', at, headerEnd).split(' ');
        at = headerEnd + 1;
        if (type === 'missing' || size === undefined)
            continue;
        blobs.set(object, out.subarray(at, at + Number(size)));
        at += Number(size) + 1;
    }
    return blobs;
}
/**
 * Runs git in `root` and yields its stdout split at `separator` as it comes, the complete parts of each chunk read
 * in one batch (lines without the `\n`; a trailing `\r` is kept), so output of any size passes through in constant
 * memory: a stream, not execFile, whose `maxBuffer` would cut a large diff or listing; a batch, not a part at a
 * time, since each step of an async iteration costs more than the work on a short line. Throws {@link GitError}
 * when git cannot run or exits with an error, after the parts it did print.
 */
async function* gitOutput(root, args, { separator = '\n' } = {}) {
    const git = startGit(root, args);
    let partial = '';
    let read = false;
    try {
        for await (const chunk of git.stdout.setEncoding('utf8')) {
            const parts = (partial + chunk).split(separator);
            partial = parts.pop() ?? '';
            if (parts.length > 0)
                yield parts;
        }
        if (partial !== '')
            yield [partial];
        read = true;
    }
    finally {
        // A consumer that stops early must not leave git running; one that read it all lets git exit by itself.
        if (!read)
            git.stop();
    }
    const { error } = await git.ended;
    if (error)
        throw error;
}


/***/ }),

/***/ 2623:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ keysAddedInHistory),
/* harmony export */   R: () => (/* binding */ addedLinesInCommits)
/* harmony export */ });
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7460);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3473);
/**
 * The lines commits added, read from the local clone with `git log -p`: those of a pull request's commits (the
 * action), and the keys of the whole history (`--history`). A key committed and removed again in a later commit is
 * gone from the final diff but still in the history (and in every clone), so both are scanned.
 */


/**
 * Every line added by the non-merge commits in `base..head`, oldest commit first, from
 * `git log -p --no-merges --unified=0` in `cwd`. Binary files are skipped. Needs the commits in the clone
 * (`fetch-depth: 0`); throws `GitError` otherwise.
 */
async function addedLinesInCommits(cwd, base, head) {
    const lines = await (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(cwd, [
        'log',
        '-p',
        '--no-merges',
        '--reverse',
        '--format=commit %H',
        ..._diff_js__WEBPACK_IMPORTED_MODULE_1__/* .DIFF_OPTIONS */ .pJ,
        '--end-of-options',
        `${(0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .checkedRevision */ .ny)(base)}..${(0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .checkedRevision */ .ny)(head)}`,
        '--'
    ]);
    return (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .readDiff */ .iH)(lines).flatMap(file => file.added.map(added => ({ commit: file.commit ?? '', file: file.path, line: added.line, text: added.text })));
}
/**
 * Every key any commit reachable from HEAD added under `cwd` (or since `since`), each once, where it first appeared.
 * One streaming pass over `git log -p --reverse` (oldest first, merges left out as for pull requests): the
 * diff is read one commit at a time and only lines with a key are kept, so memory follows the keys, not the history.
 * Throws GitError when git fails (not a repository, an unknown revision, no commits yet).
 */
async function keysAddedInHistory(cwd, { since, findKeys, isSkipped }) {
    const range = since === undefined ? 'HEAD' : `${(0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .checkedRevision */ .ny)(since)}..HEAD`;
    const seen = new Set();
    const lines = [];
    let commits = 0;
    let bytes = 0;
    let commit = [];
    const readCommit = () => {
        for (const file of (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .readDiff */ .iH)(commit)) {
            if (file.binary || isSkipped(file.path))
                continue;
            for (const added of file.added) {
                const fresh = findKeys(added.text).filter((key) => !seen.has(key.token));
                if (fresh.length === 0)
                    continue;
                fresh.forEach((key) => seen.add(key.token));
                lines.push({ commit: file.commit ?? '', file: file.path, line: added.line, text: added.text });
            }
        }
        commit = [];
    };
    const args = ['log', '-p', '--no-merges', '--reverse', '--format=commit %H', ..._diff_js__WEBPACK_IMPORTED_MODULE_1__/* .DIFF_OPTIONS */ .pJ, '--relative'];
    for await (const batch of (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .gitOutput */ .oM)(cwd, [...args, '--end-of-options', range, '--'])) {
        for (const raw of batch) {
            bytes += Buffer.byteLength(raw) + 1;
            // With --unified=0 every line of a hunk starts with +, - or \, so `commit ` can only start the next commit.
            if (raw.startsWith('commit ')) {
                readCommit();
                commits++;
            }
            commit.push(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
        }
    }
    readCommit();
    return { lines, commits, bytes };
}


/***/ }),

/***/ 2290:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ HTTP_CASES),
/* harmony export */   SF: () => (/* binding */ ALL_CASES),
/* harmony export */   WR: () => (/* binding */ HOST_NOT_ALLOWED),
/* harmony export */   p0: () => (/* binding */ MODEL_MISSING),
/* harmony export */   wc: () => (/* binding */ MODEL_LISTED),
/* harmony export */   yT: () => (/* binding */ MADE_UP_MODEL),
/* harmony export */   yX: () => (/* binding */ KEY_MALFORMED)
/* harmony export */ });
/* unused harmony export PUBLIC_MODEL_LISTS */
/** Providers whose models list needs no key (OpenRouter), so listing proves the route but not the key. */
const PUBLIC_MODEL_LISTS = ['openrouter'];
/** Model name for the free chat probe: no provider has it, so a valid key gets "no such model" and nothing is billed. */
const MADE_UP_MODEL = 'llm-env-lint-probe-no-such-model';
const NO_CREDIT_CODES = [
    'insufficient_quota',
    'credit_balance_exhausted',
    'organization_spend_limit_exceeded',
    'project_spend_limit_exceeded',
    'organization_usage_limit_exceeded',
    'billing_error',
    'insufficient_user_quota',
    'pre_consume_token_quota_failed'
];
const NO_CREDIT_MESSAGE = /额度不足|预扣费额度失败|余额不足|credit balance is too low|used all available credits|spending limit|insufficient (balance|credits?|quota)|exceeded your current quota|arrearage/i;
const MODEL_WORDS = /model|模型|渠道|channel/i;
/** Ordered: the first case with a matching signature wins. */
const HTTP_CASES = [
    // No answer at all.
    {
        id: 'dnsFailure',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['dns'] }],
        explanation: '{{host}} does not resolve ({{answer}})',
        nextStep: 'check the host name for typos; a localhost or internal name cannot be reached from the runner'
    },
    {
        id: 'tlsFailure',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['tls'] }],
        explanation: 'the TLS handshake with {{host}} failed ({{answer}}), so the key was not sent',
        nextStep: 'check the host name: its certificate does not match it or is not trusted'
    },
    {
        id: 'connectionRefused',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['refused'] }],
        explanation: '{{host}} refused the connection ({{answer}})',
        nextStep: 'check the host and port: nothing is listening there'
    },
    {
        id: 'connectionReset',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['reset'] }],
        explanation: 'the connection to {{host}} was reset before an answer arrived ({{answer}})',
        nextStep: 'retry later; if it keeps happening, a proxy or firewall in front of the API is dropping requests'
    },
    {
        id: 'timeout',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['timeout'] }],
        explanation: 'no answer from {{host}} within {{timeout}}',
        nextStep: 'retry later; an API that hangs for the probe also hangs the app'
    },
    {
        id: 'budgetExhausted',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['budget'] }],
        explanation: 'the overall probe budget ran out before {{host}} answered',
        nextStep: 'retry later, or probe fewer deployments per run: the budget is six times probe-timeout, and at least 60 s'
    },
    {
        id: 'networkFailure',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['unreachable', 'network'] }],
        explanation: '{{host}} could not be reached ({{answer}})',
        nextStep: "check the host name and the runner's network"
    },
    // Answers that are not from the API at all.
    {
        id: 'cloudflareChallenge',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ header: { name: 'cf-mitigated', value: /challenge/i } }],
        explanation: '{{host}} answered with a Cloudflare bot challenge instead of the API ({{answer}})',
        nextStep: 'not a key problem: ask the provider to exempt API traffic from the challenge'
    },
    {
        id: 'redirectElsewhere',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: ['3xx'], crossHost: true }],
        explanation: '{{url}} redirects to another host ({{location}}); the redirect was not followed, so the key was not sent there',
        nextStep: 'if that host serves the API, use it in the base URL'
    },
    {
        id: 'redirect',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: ['3xx'] }],
        explanation: '{{url}} redirects to {{location}}, as a dashboard or login page does',
        nextStep: "use the provider's API root as the base URL"
    },
    {
        id: 'webPage',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: ['2xx', 404, 405], html: true }],
        explanation: '{{url}} answered with a web page ({{answer}}{{title}}), not the API: the base URL is a website, a dashboard or has a wrong prefix',
        nextStep: 'use the API root, {{apiRoot}}'
    },
    {
        id: 'chatAppNotApi',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [401, 403], message: /empty access code|wrong access code|not allowed to access with your own api key|you are not allowed to request/i }],
        explanation: '{{host}} is a NextChat deployment, not a provider API ({{detail}})',
        nextStep: 'point the base URL at the provider or gateway, not at a chat app'
    },
    // Wrong paths.
    {
        id: 'doubleVersion',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [404], doubleVersion: true }, { status: [404], message: /Invalid URL \([A-Z]+ [^)]*\/v1\/v1[/)]/ }],
        explanation: 'the request path has /v1 twice ({{path}}), so the API answers 404',
        nextStep: 'remove the trailing /v1 from the base URL: NextChat-style clients add /v1 themselves'
    },
    {
        id: 'wrongPath',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [404], message: /^Invalid URL \(/ }],
        explanation: '{{host}} has no API at {{path}} ({{detail}})',
        nextStep: "check the base URL's path prefix: some APIs live under /openai/v1 (Groq), /inference/v1 (Fireworks), /api/paas/v4 (Zhipu) or /api/v3 (Ark)"
    },
    {
        id: 'methodNotAllowed',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [405] }],
        explanation: '{{url}} does not accept {{method}} ({{answer}}): the base URL looks like a full endpoint',
        nextStep: 'use the API root, without /chat/completions'
    },
    {
        id: 'notImplemented',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [501] }],
        explanation: '{{host}} does not implement {{path}} ({{answer}})',
        nextStep: 'use a client route the gateway supports, or another gateway'
    },
    // The key, and gateway tokens.
    {
        id: 'restrictedKey',
        rule: 'probe-key',
        outcome: 'indeterminate',
        proceed: true,
        when: [{ status: [401, 403], step: ['models'], message: /missing scopes?:/i }],
        explanation: 'the key may not list models ({{detail}}): it is a restricted key or token',
        nextStep: 'nothing to fix if it may chat; the chat probe decides'
    },
    {
        id: 'keyLacksScope',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401, 403], step: ['chat-free', 'chat-real'], message: /missing scopes?:|insufficient permissions/i }],
        explanation: 'the key may not send chat requests ({{detail}})',
        nextStep: 'give the key the permission to call models (for OpenAI: model.request, or all permissions)'
    },
    {
        id: 'tokenExhausted',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401, 403], message: /额度已用尽|quota (is )?(exhausted|used up)/i }],
        explanation: 'the gateway token {{key}} has used up its quota ({{answer}})',
        nextStep: "raise the token's quota in the gateway's dashboard, or create a new token"
    },
    {
        id: 'tokenExpired',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401], message: /令牌已过期|token (has )?expired/i }],
        explanation: 'the gateway token {{key}} has expired ({{answer}})',
        nextStep: "extend it or create a new token in the gateway's dashboard"
    },
    {
        id: 'tokenDisabled',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401], message: /状态不可用|token (is )?disabled/i }],
        explanation: 'the gateway token {{key}} is disabled ({{answer}})',
        nextStep: "enable it or create a new token in the gateway's dashboard"
    },
    {
        id: 'madeUpModelRefused',
        rule: 'probe-key',
        outcome: 'verified',
        alsoSettles: ['probe-route'],
        when: [
            { step: ['chat-free'], status: [400, 403, 404, 422, 503], codes: ['model_not_found', 'not_found_error', 'invalid_model'] },
            { step: ['chat-free'], status: [400, 403, 404, 422, 503], message: MODEL_WORDS },
            { step: ['chat-free'], status: [401], message: /not allowed to access model/i }
        ],
        explanation: '{{host}} accepted the key and the route, and refused a made-up model name as expected ({{answer}})',
        nextStep: 'nothing to do'
    },
    {
        id: 'modelForbidden',
        rule: 'probe-model',
        outcome: 'rejected',
        when: [
            { status: [401, 403], message: /无权使用模型|no access to model|not allowed to use .* model|not allowed to access model|can only access models/i },
            { status: [403], codes: ['token_model_forbidden', 'distributor.token_model_forbidden'] }
        ],
        explanation: 'the key may not use {{model}} ({{detail}})',
        nextStep: 'allow the model for this key in the dashboard, or configure a model it allows'
    },
    {
        id: 'ipNotAllowed',
        rule: 'probe-key',
        outcome: 'indeterminate',
        when: [{ status: [401, 403], message: /IP 不在|指定网段|ip (address )?(is )?not (authorized|allowed)|not in the (ip )?allow ?list/i }],
        explanation: 'the provider accepts this key only from certain IP addresses, and the runner is not one of them ({{answer}})',
        nextStep: "nothing to fix if the app's server is allowed; to probe from CI, allow the runner's addresses"
    },
    {
        id: 'keyProviderMismatch',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [
            { status: [401, 403], keyMismatch: true },
            { status: [400], keyMismatch: true, codes: ['API_KEY_INVALID'] },
            { status: [400], keyMismatch: true, message: /incorrect api key|api key not valid/i }
        ],
        explanation: '{{host}} rejected {{key}}, a {{keyProvider}} key: the key and the base URL belong to different providers ({{answer}})',
        nextStep: 'use a {{hostProvider}} key with this base URL, or the base URL of {{keyProvider}}'
    },
    {
        id: 'gatewayTokenRejected',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401], oneApi: true }],
        explanation: 'the gateway rejected the token {{key}} ({{answer}}): it is unknown, disabled, expired or out of quota',
        nextStep: "check the token in the gateway's dashboard (new-api gives the same answer in all four cases) and that it was issued by this gateway"
    },
    {
        id: 'keyRejected',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [
            { status: [401] },
            { status: [400], codes: ['API_KEY_INVALID'] },
            { status: [400, 403], message: /incorrect api key|api key not valid|invalid api key/i },
            { status: [404], step: ['models'], hostProvider: ['anthropic'] }
        ],
        explanation: '{{host}} rejected the key {{key}} ({{answer}}): it is wrong, revoked, or belongs to another provider',
        nextStep: "create a key where the base URL's provider issues them, store it as a secret, and keep key and base URL from the same provider"
    },
    {
        id: 'noCredits',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [402] }, { status: [400, 403, 429], codes: NO_CREDIT_CODES }, { status: [400, 403, 429], message: NO_CREDIT_MESSAGE }],
        explanation: 'the account behind {{key}} has no credits left or reached its spend limit ({{answer}})',
        nextStep: "add credits or raise the limit in the provider's billing settings; retrying will not help"
    },
    {
        id: 'regionUnsupported',
        rule: 'probe-key',
        outcome: 'indeterminate',
        when: [{ status: [403], codes: ['unsupported_country_region_territory'] }],
        explanation: "{{host}} does not serve the runner's region ({{answer}})",
        nextStep: "nothing to fix if the app's server is in a supported region"
    },
    {
        id: 'accountBanned',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401, 403], message: /封禁|banned/i }],
        explanation: 'the account behind {{key}} is banned ({{answer}})',
        nextStep: 'contact the provider'
    },
    {
        id: 'permissionDenied',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [403] }],
        explanation: '{{host}} refused the key {{key}} ({{answer}}): it exists but lacks permission, or the account has no credits',
        nextStep: "check the key's permissions, project and model access, and the account's credits"
    },
    // The model.
    {
        id: 'noChannel',
        rule: 'probe-model',
        outcome: 'rejected',
        when: [
            { step: ['chat-real'], status: [503], message: /无可用渠道|no available channel/i },
            { step: ['chat-real'], status: [503], codes: ['model_not_found'] }
        ],
        explanation: "the gateway has no channel serving {{model}} for this key's group ({{answer}})",
        nextStep: 'configure a model GET /models lists for this key, or ask the gateway to enable {{model}} for your group'
    },
    {
        id: 'modelNotFound',
        rule: 'probe-model',
        outcome: 'rejected',
        when: [
            { step: ['chat-real'], status: [400, 404], codes: ['model_not_found', 'DeploymentNotFound', 'invalid_model'] },
            { step: ['chat-real'], status: [404], message: /model.*(does not exist|not found)|no such model/i },
            { step: ['chat-real'], status: [400], message: /not a valid model|invalid model/i },
            { step: ['chat-real'], status: [404], codes: ['not_found_error'] }
        ],
        explanation: '{{host}} does not offer {{model}} to this key ({{answer}})',
        nextStep: 'configure one of the ids GET /models returns for this key'
    },
    // Temporary trouble.
    {
        id: 'upstreamSaturated',
        rule: 'probe-route',
        outcome: 'indeterminate',
        retry: true,
        when: [{ status: [429, 503], message: /上游负载已饱和|upstream.*saturated/i }, { status: [429], codes: ['channel.upstream_saturated'] }],
        explanation: "the gateway's upstream for this key's group is saturated ({{answer}}): temporary trouble on the gateway's side",
        nextStep: 'retry later; ask the gateway if it persists'
    },
    {
        id: 'rateLimited',
        rule: 'probe-key',
        outcome: 'indeterminate',
        retry: true,
        when: [{ status: [429] }],
        explanation: '{{host}} rate-limited the probe ({{answer}}{{retryAfter}})',
        nextStep: "retry later, or raise the account's rate limit"
    },
    {
        id: 'overloaded',
        rule: 'probe-route',
        outcome: 'indeterminate',
        retry: true,
        when: [
            { status: [529] },
            { status: [503], codes: ['overloaded_error', 'server_is_overloaded', 'slow_down'] },
            { status: [503], message: /overload/i }
        ],
        explanation: '{{host}} is overloaded ({{answer}})',
        nextStep: 'retry later: this is temporary, not a configuration problem'
    },
    {
        id: 'unavailable',
        rule: 'probe-route',
        outcome: 'indeterminate',
        retry: true,
        when: [{ status: [503] }],
        explanation: '{{host}} is temporarily unavailable ({{answer}})',
        nextStep: 'retry later; if it persists, ask the provider which route or model is down'
    },
    {
        id: 'serverError',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: [500, 502, 504] }],
        explanation: '{{host}} failed with a server error ({{answer}})',
        nextStep: 'retry later; if it persists, send the support block to the provider'
    },
    {
        id: 'tokenLimitRefused',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [
            { status: [400], codes: ['unsupported_parameter'], message: /max_(completion_)?tokens/ },
            { status: [400], message: /max_completion_tokens/ }
        ],
        explanation: '{{host}} refused the one-token limit of the probe ({{detail}})',
        nextStep: 'nothing to fix in the configuration; the probe could not ask for a one-token answer'
    },
    // Success, and 2xx answers that are not what an API sends.
    {
        id: 'publicModelsListed',
        rule: 'probe-route',
        outcome: 'verified',
        proceed: true,
        when: [{ status: ['2xx'], step: ['models'], modelsList: true, hostProvider: PUBLIC_MODEL_LISTS }],
        explanation: '{{host}} listed {{count}} models; its list needs no key, so the chat probe checks the key',
        nextStep: 'nothing to do'
    },
    {
        id: 'modelsListed',
        rule: 'probe-key',
        outcome: 'verified',
        alsoSettles: ['probe-route'],
        when: [{ status: ['2xx'], step: ['models'], modelsList: true }],
        explanation: '{{host}} accepted the key and listed {{count}} models',
        nextStep: 'nothing to do'
    },
    {
        id: 'chatReplied',
        rule: 'probe-route',
        outcome: 'verified',
        alsoSettles: ['probe-key', 'probe-model'],
        when: [{ status: ['2xx'], step: ['chat-real'], chatReply: true }],
        explanation: '{{model}} answered through {{url}}',
        nextStep: 'nothing to do'
    },
    {
        id: 'madeUpModelAnswered',
        rule: 'probe-key',
        outcome: 'verified',
        alsoSettles: ['probe-route'],
        when: [{ status: ['2xx'], step: ['chat-free'], chatReply: true }],
        explanation: '{{host}} answered even for a made-up model name: it maps unknown names to a default model',
        nextStep: 'nothing to fix; the gateway may have billed a one-token answer'
    },
    {
        id: 'errorInSuccess',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: ['2xx'], bodyError: true }],
        explanation: '{{host}} answered {{answer}} with an error in the body ({{detail}})',
        nextStep: 'retry later; send the support block to the provider if it persists'
    },
    {
        id: 'notJson',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: ['2xx'], json: false }],
        explanation: '{{url}} answered {{answer}} with something that is not JSON ({{contentType}}): not an OpenAI-compatible API',
        nextStep: 'use the API root, {{apiRoot}}'
    },
    {
        id: 'unexpectedJson',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: ['2xx'] }],
        explanation: '{{url}} answered JSON that is neither a models list nor a chat reply',
        nextStep: 'check that the base URL is the root of an OpenAI-compatible API'
    },
    // Everything else.
    {
        id: 'noModelsList',
        rule: 'probe-model',
        outcome: 'indeterminate',
        proceed: true,
        when: [{ step: ['models'], status: [400, 404] }],
        explanation: '{{host}} offers no models list at {{path}} ({{answer}}), so the configured models could not be checked',
        nextStep: 'nothing to fix if chat works; the chat probe checks the route'
    },
    {
        id: 'badRequest',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: [400, 422] }],
        explanation: '{{host}} refused the probe request ({{answer}}: {{detail}})',
        nextStep: 'check the base URL and the model; send the support block to the provider if the app fails the same way'
    },
    {
        id: 'notFound',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [404] }],
        explanation: '{{url}} does not exist ({{answer}})',
        nextStep: "check the base URL's path"
    },
    {
        id: 'unexpectedAnswer',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{}],
        explanation: '{{host}} answered {{answer}}, which the probe cannot interpret ({{detail}})',
        nextStep: 'send the support block to the provider if the app fails too'
    }
];
/** The base URL's host may not receive the key ({@link isProbeAllowed}): nothing was sent. */
const HOST_NOT_ALLOWED = {
    id: 'hostNotAllowed',
    rule: 'probe-route',
    outcome: 'indeterminate',
    severity: 'warning',
    explanation: 'the key was not sent to {{host}}: {{reason}}',
    nextStep: 'if you trust {{host}} with the key, add it to probe-hosts'
};
/** Checked before any request: such a key cannot be sent in a header at all. */
const KEY_MALFORMED = {
    id: 'keyMalformed',
    rule: 'probe-key',
    outcome: 'rejected',
    explanation: 'the key {{key}} contains spaces, line breaks or other characters no API key has',
    nextStep: 'store the key without quotes, spaces or line breaks'
};
const MODEL_LISTED = {
    id: 'modelListed',
    rule: 'probe-model',
    outcome: 'verified',
    explanation: '{{host}} lists {{model}} for this key',
    nextStep: 'nothing to do'
};
const MODEL_MISSING = {
    id: 'modelMissing',
    rule: 'probe-model',
    outcome: 'rejected',
    explanation: '{{model}} is not among the {{count}} models {{host}} lists for this key{{suggestions}}',
    nextStep: 'configure one of the listed ids exactly as written'
};
/** Every case, for rule metadata and docs. */
const ALL_CASES = [...HTTP_CASES, HOST_NOT_ALLOWED, KEY_MALFORMED, MODEL_LISTED, MODEL_MISSING];


/***/ }),

/***/ 6747:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cG: () => (/* binding */ MAX_PROBE_TIMEOUT_S),
/* harmony export */   dz: () => (/* binding */ probeMaxRequests),
/* harmony export */   ic: () => (/* binding */ PROBE_DEFAULTS),
/* harmony export */   mM: () => (/* binding */ probeTimeoutMs),
/* harmony export */   pr: () => (/* binding */ MAX_PROBE_REQUESTS)
/* harmony export */ });
/**
 * The probes' defaults and the bounds of their inputs: what the CLI's flags and the action's inputs are checked
 * against on every run, apart from the probe runner, which only a run that probes loads.
 */
const PROBE_DEFAULTS = {
    timeoutMs: 10_000,
    budgetMs: 60_000,
    concurrency: 20,
    maxBodyBytes: 1024 * 1024,
    maxRequests: 50
};
/** Longer than any provider takes to answer a tiny request; a run should not hang on one host. */
const MAX_PROBE_TIMEOUT_S = 300;
/** A per-request timeout given in seconds (`probe-timeout`), in milliseconds; undefined unless in (0, 300]. */
function probeTimeoutMs(seconds) {
    const value = Number(seconds);
    return seconds.trim() !== '' && Number.isFinite(value) && value > 0 && value <= MAX_PROBE_TIMEOUT_S ? value * 1000 : undefined;
}
/** The most `probe-max-requests` accepts: beyond it a run is a load test, not a check. */
const MAX_PROBE_REQUESTS = 1000;
/** `probe-max-requests` as a count; undefined unless a whole number in [1, 1000]. */
function probeMaxRequests(text) {
    const value = Number(text);
    return /^\s*\d+\s*$/.test(text) && value >= 1 && value <= MAX_PROBE_REQUESTS ? value : undefined;
}


/***/ }),

/***/ 8841:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isKeyProviderMismatch)
/* harmony export */ });
/* unused harmony export KEY_PASSTHROUGH_PROVIDERS */
/** Gateways that carry the upstream provider's key through, so a foreign key there is no mismatch. */
const KEY_PASSTHROUGH_PROVIDERS = ['cloudflare-ai-gateway', 'litellm-proxy'];
/**
 * A key whose format surely names one provider (`sk-ant-`, `T3BlbkFJ`, `gsk_`…) sent to another provider's host.
 * Shared shapes (`sk-` + 48: gateways, Moonshot) never count, nor do gateways that pass provider keys through.
 */
function isKeyProviderMismatch(keyMatch, hostProvider) {
    if (!keyMatch || !hostProvider || keyMatch.format.confidence !== 'unique')
        return false;
    return keyMatch.provider.id !== hostProvider.id && !KEY_PASSTHROUGH_PROVIDERS.includes(hostProvider.id);
}


/***/ }),

/***/ 7166:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YX: () => (/* binding */ reporter),
/* harmony export */   c1: () => (/* binding */ preloadReporters)
/* harmony export */ });
/* unused harmony exports REPORTERS, FILE_FORMATS */
const REPORTERS = {
    text: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 955))).textReporter,
    json: async () => (await __webpack_require__.e(/* import() */ 4310).then(__webpack_require__.bind(__webpack_require__, 4310))).jsonReporter,
    sarif: async () => (await __webpack_require__.e(/* import() */ 2959).then(__webpack_require__.bind(__webpack_require__, 2959))).sarifReporter,
    summary: async () => (await Promise.all(/* import() */[__webpack_require__.e(4369), __webpack_require__.e(9654)]).then(__webpack_require__.bind(__webpack_require__, 9654))).summaryReporter,
    annotations: async () => (await __webpack_require__.e(/* import() */ 3684).then(__webpack_require__.bind(__webpack_require__, 3684))).annotationsReporter,
    'pr-comment': async () => (await Promise.all(/* import() */[__webpack_require__.e(4369), __webpack_require__.e(5454)]).then(__webpack_require__.bind(__webpack_require__, 5454))).prCommentReporter
};
const loading = new Map();
/** The reporter of `format`, loaded on first use (or by {@link preloadReporters}) and kept. */
function reporter(format) {
    let loaded = loading.get(format);
    if (loaded === undefined)
        loading.set(format, (loaded = REPORTERS[format]()));
    return loaded;
}
/**
 * Starts loading the reporters a run will write with, as it begins: their chunks are then read from disk while the
 * scan runs, where loading them at the end left the thread waiting on the read. A load that fails is reported when
 * the reporter is asked for.
 */
function preloadReporters(formats) {
    for (const format of formats)
        reporter(format).catch(() => { });
}
/** The formats that render a whole report as one file: what the CLI's `--format` accepts. */
const FILE_FORMATS = (/* unused pure expression or super */ null && (['text', 'json', 'sarif']));


/***/ }),

/***/ 5271:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ isFailOn),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   v9: () => (/* binding */ failingFindings)
/* harmony export */ });
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2831);

/** Every accepted threshold, most severe first (the order help texts and error messages list them in). */
const FAIL_ON_VALUES = ['error', 'warning', 'note', 'never'];
/** Severities from most to least severe. */
const SEVERITIES = ['error', 'warning', 'note'];
/** Whether a finding of `severity` reaches the `failOn` threshold; nothing reaches `never`. */
function atOrAbove(severity, failOn) {
    return failOn !== 'never' && _core_order_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[severity] >= _core_order_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[failOn];
}
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
function countFindings(findings) {
    const counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 };
    for (const finding of findings) {
        if (finding.suppressed)
            counts.suppressed++;
        else if (finding.severity === 'error')
            counts.errors++;
        else if (finding.severity === 'warning')
            counts.warnings++;
        else
            counts.notes++;
    }
    return counts;
}
/** The findings that fail the run: not suppressed, and at or above the threshold. */
const failingFindings = (findings, failOn) => findings.filter((finding) => !finding.suppressed && atOrAbove(finding.severity, failOn));


/***/ }),

/***/ 955:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commandSafe: () => (/* binding */ commandSafe),
/* harmony export */   escapeControl: () => (/* binding */ escapeControl),
/* harmony export */   formatFindingLine: () => (/* binding */ formatFindingLine),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine),
/* harmony export */   textReporter: () => (/* binding */ textReporter)
/* harmony export */ });
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2831);
/* harmony import */ var _core_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3252);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5271);



/** `3 errors`, `1 warning`, `0 notes`. */
const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/**
 * Repository text (file names, quoted values) made safe for a terminal or a CI log: line breaks and other
 * control characters become `\u....` escapes, so a file named `a\n::error::…` cannot start a line of its own
 * (a forged finding, or a workflow command when the CLI runs in GitHub Actions) and ANSI sequences stay inert.
 * Bidirectional overrides and marks are escaped too: they make a line read differently from what it says.
 */
const escapeControl = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/**
 * A whole output line that cannot be a workflow command: the runner takes a line starting with `::` (spaces
 * before it allowed) as one, so a file named `::error::…` at the start of a finding line gets its first colon escaped.
 */
const commandSafe = (line) => line.replace(/^(\s*):(?=:)/, '$1\\u003a');
/** One finding as `file:line:col: severity message: tip [rule-id]` (actionlint's format, with the severity added). */
const formatFindingLine = (finding) => commandSafe(`${where(finding)}: ${finding.severity} ${escapeControl((0,_core_message_js__WEBPACK_IMPORTED_MODULE_0__/* .withTip */ .q)(finding.message, finding.tip))} [${finding.ruleId}]`);
/** A probe of the `--base-url` given on the command line belongs to no file. */
const where = (finding) => finding.file === '' ? '(command line)' : `${escapeControl(finding.file)}:${finding.span.start.line}:${finding.span.start.column}`;
/** `3 errors, 1 warning, 0 notes in 12 files`, plus `(2 suppressed)` when any were. */
function summaryLine(context) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(context.findings);
    const line = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')} in ${plural(context.stats.files, 'file')}`;
    return counts.suppressed > 0 ? `${line} (${counts.suppressed} suppressed)` : line;
}
/**
 * The human format: one line per finding, sorted, then the summary line. Suppressed findings are left
 * out (they only show in the summary's count). Ends with a newline.
 */
const textReporter = {
    format: 'text',
    render(context) {
        const lines = context.findings
            .filter((finding) => !finding.suppressed)
            .sort(_core_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareFindings */ .Eg)
            .map(formatFindingLine);
        return [...lines, summaryLine(context)].join('\n') + '\n';
    }
};


/***/ })

};

//# sourceMappingURL=6079.index.js.map