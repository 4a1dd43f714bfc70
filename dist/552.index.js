export const id = 552;
export const ids = [552];
export const modules = {

/***/ 7552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   envListEntries: () => (/* binding */ envListEntries),
/* harmony export */   kubernetesParser: () => (/* binding */ kubernetesParser)
/* harmony export */ });
/* harmony import */ var _clients_fingerprints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1075);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8518);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(307);



/** A Kubernetes object: `apiVersion:` and `kind:` at the top level of a YAML document. */
const API_VERSION = /^apiVersion[ \t]*:/m;
const KIND = /^kind[ \t]*:/m;
/** Helm chart templates (`templates/*.yaml`) are Go templates, not YAML until rendered: `{{ .Values.x }}`. */
const GO_TEMPLATE = /\{\{/;
/**
 * Where workload kinds keep their pod spec (https://kubernetes.io/docs/concepts/workloads/): a Pod has it
 * as `spec`, Deployments, StatefulSets, DaemonSets, ReplicaSets and Jobs under `spec.template.spec`, a
 * CronJob under `spec.jobTemplate.spec.template.spec`. The first of these routes that has containers wins.
 */
const POD_SPEC_ROUTES = [
    ['spec'],
    ['spec', 'template', 'spec'],
    ['spec', 'jobTemplate', 'spec', 'template', 'spec']
];
/** Container lists of a pod spec (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/). */
const CONTAINER_LISTS = ['initContainers', 'containers'];
/**
 * Kubernetes manifests, found by content (they have no fixed name), every document of a `---` stream:
 * container `env` items (`name`/`value`, or `valueFrom` a Secret or ConfigMap key), `envFrom` Secrets and
 * ConfigMaps, ConfigMap `data` and Secret `stringData` (plain text in the repository; Secret `data` is
 * base64 and left to the key scan). Each container is a scope, whose image is a `docker-image`
 * fingerprint of it. A Secret or ConfigMap key that exactly one container of the same file reads
 * (through `valueFrom` or `envFrom`) belongs to that container's scope, so its key pairs with the base
 * URL beside it; any other is a scope of its own object (`<file>#Secret/<name>`).
 */
const kubernetesParser = {
    kind: 'kubernetes',
    sniff: (text) => API_VERSION.test(text) && KIND.test(text) && !GO_TEMPLATE.test(text),
    parse(file) {
        const docs = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYamlStream */ .b8)(file);
        const read = docs.map(readObject);
        const containers = read.flatMap((r) => r.containers);
        const objects = new Map(read.flatMap((r) => (r.object ? [[r.object.id, r.object.entries]] : [])));
        return {
            entries: linkSameFile(containers, objects),
            diagnostics: docs.flatMap((d) => d.diagnostics),
            fingerprints: containers.flatMap((c) => c.fingerprints)
        };
    }
};
function readObject(src) {
    const root = src.doc.contents;
    const kind = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, root, 'kind')?.value);
    if (kind === undefined)
        return { containers: [] };
    const name = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, root, 'metadata')?.value, 'name')?.value) ?? '';
    const object = `${kind}/${name}`;
    if (kind === 'ConfigMap' || kind === 'Secret') {
        const block = kind === 'ConfigMap' ? 'data' : 'stringData';
        const scope = (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeId */ .IW)(src.path, object);
        const entries = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .mapEntries */ .Nn)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, root, block)?.value, (f) => ({ kind: 'kubernetes', scope, path: [object, block, f.key] }));
        return { containers: [], object: { id: object, entries } };
    }
    const podSpec = POD_SPEC_ROUTES.map((route) => route.reduce((node, key) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, node, key)?.value, root)).find((spec) => CONTAINER_LISTS.some((list) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, spec, list) !== undefined));
    const containers = CONTAINER_LISTS.flatMap((list) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .items */ .ld)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, podSpec, list)?.value));
    return { containers: containers.map((container, i) => readContainer(src, object, container, i)) };
}
/** `envFrom` item fields and the kind of object each names. */
const ENV_FROM = { secretRef: 'Secret', configMapRef: 'ConfigMap' };
/** `valueFrom` fields that name a key of an object. */
const VALUE_FROM = { secretKeyRef: 'Secret', configMapKeyRef: 'ConfigMap' };
function readContainer(src, object, container, index) {
    const name = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, container, 'name')?.value) ?? String(index);
    const scope = (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeId */ .IW)(src.path, `${object}/${name}`);
    const image = (0,_clients_fingerprints_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerImageFingerprint */ .ck)((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, container, 'image')?.value), src.path, scope);
    const envFrom = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .items */ .ld)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, container, 'envFrom')?.value).flatMap((item) => {
        const source = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(src, item).find((f) => ENV_FROM[f.key] !== undefined);
        const ref = source && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, source.value, 'name')?.value);
        if (!source || ref === undefined)
            return [];
        return [{ object: `${ENV_FROM[source.key]}/${ref}`, prefix: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, item, 'prefix')?.value) ?? '' }];
    });
    return {
        scope,
        path: [object, name],
        env: envListEntries(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, container, 'env')?.value, 'kubernetes', scope, [object, name, 'env']),
        envFrom,
        fingerprints: image ? [image] : []
    };
}
/** The object key a `valueFrom` entry reads (`Secret/llm-keys` + `api-key`), from its meta. */
function valueSource(entry) {
    const kind = VALUE_FROM[String(entry.meta?.valueFrom)];
    const from = entry.meta?.from;
    if (kind === undefined || typeof from !== 'string' || !from.includes('/'))
        return undefined;
    const [name, key] = from.split('/');
    return { object: `${kind}/${name}`, key };
}
/**
 * Container entries with the same-file object keys each reads, and the object entries no single container
 * of the file reads. In a container, `envFrom` entries come first: its own `env` wins over them.
 */
function linkSameFile(containers, objects) {
    const readers = new Map();
    const read = (object, key, scope) => {
        const id = `${object}\0${key}`;
        readers.set(id, (readers.get(id) ?? new Set()).add(scope));
    };
    for (const c of containers) {
        for (const entry of c.env) {
            const source = valueSource(entry);
            if (source)
                read(source.object, source.key, c.scope);
        }
        for (const from of c.envFrom)
            for (const entry of objects.get(from.object) ?? [])
                read(from.object, entry.key, c.scope);
    }
    const soleReader = (object, key) => readers.get(`${object}\0${key}`)?.size === 1;
    const objectEntry = (object, key) => (soleReader(object, key) ? objects.get(object)?.find((e) => e.key === key) : undefined);
    const fromContainers = containers.flatMap((c) => [
        ...c.envFrom.flatMap(({ object, prefix }) => (objects.get(object) ?? [])
            .filter((e) => soleReader(object, e.key))
            .map((e) => ({ ...e, scope: c.scope, key: prefix + e.key, path: [...c.path, 'envFrom', object, e.key] }))),
        ...c.env.map((entry) => {
            const source = valueSource(entry);
            const value = source && objectEntry(source.object, source.key);
            return value ? { ...entry, ...valueParts(value) } : entry;
        })
    ]);
    const unread = [...objects].flatMap(([object, entries]) => entries.filter((e) => !soleReader(object, e.key)));
    return [...fromContainers, ...unread];
}
/** What an entry says about its value, without its key and place. */
function valueParts(entry) {
    const { value, valueSpan, raw, form, ref, resolved } = entry;
    return Object.fromEntries(Object.entries({ value, valueSpan, raw, form, ref, resolved }).filter(([, v]) => v !== undefined));
}
/**
 * Entries of a Kubernetes-style env list (`- name: X` with `value:` or `valueFrom:`), which Helm values
 * use too. A `valueFrom` item has no value in the file; its source is kept as meta
 * (`{ valueFrom: 'secretKeyRef', from: 'llm/api-key' }`).
 */
function envListEntries(src, node, kind, scope, path) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .items */ .ld)(src, node).flatMap((item) => {
        const keyNode = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, item, 'name')?.value;
        const key = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, keyNode);
        if (key === undefined || !keyNode)
            return [];
        const meta = valueFromMeta(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, item, 'valueFrom')?.value);
        const place = { kind, scope, path: [...path, key], key, keySpan: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(src, keyNode), ...(meta && { meta }) };
        return [(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .buildEntry */ .Jo)(src, place, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarValue */ .Um)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, item, 'value')?.value))];
    });
}
function valueFromMeta(src, valueFrom) {
    const [source] = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(src, valueFrom);
    if (!source)
        return undefined;
    const ref = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, source.value, 'name')?.value);
    const key = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, source.value, 'key')?.value);
    return { valueFrom: source.key, ...(ref !== undefined && { from: key === undefined ? ref : `${ref}/${key}` }) };
}


/***/ }),

/***/ 307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ scalarString),
/* harmony export */   Hq: () => (/* binding */ spanInValue),
/* harmony export */   Jo: () => (/* binding */ buildEntry),
/* harmony export */   Nn: () => (/* binding */ mapEntries),
/* harmony export */   OA: () => (/* binding */ fields),
/* harmony export */   Um: () => (/* binding */ scalarValue),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   b8: () => (/* binding */ parseYamlStream),
/* harmony export */   bX: () => (/* binding */ stringAt),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   hF: () => (/* binding */ rawInValue),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   hd: () => (/* binding */ resolve),
/* harmony export */   ix: () => (/* binding */ namedEntries),
/* harmony export */   ld: () => (/* binding */ items),
/* harmony export */   uN: () => (/* binding */ valueOffsets)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8518);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5632);




/**
 * How many nodes aliases may add to a file (or as many as it has, if more): enough for any real
 * compose file or workflow, far too few for "billion laughs", whose expansion is never walked.
 */
const EXTRA_NODES_FROM_ALIASES = 100_000;
/** Aliases in one file: compose files use tens, generated ones thousands. Counted on the text, before the parser allocates a node for each. */
const MAX_ALIASES = 50_000;
const ALIAS_TOKEN = /(?:^|[\s,[{:-])\*[^\s,[\]{}]/g;
/** Why the text is not handed to the YAML parser, or undefined when it may be. */
function oversized(text) {
    if (text.length > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_CAP_BYTES */ .T)
        return `the file is larger than ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_CAP_BYTES */ .T / 1024} KiB, more than any configuration: its settings were not read (its text was still scanned for keys)`;
    if (!text.includes('*'))
        return undefined;
    let aliases = 0;
    ALIAS_TOKEN.lastIndex = 0;
    while (ALIAS_TOKEN.exec(text) !== null)
        if (++aliases > MAX_ALIASES)
            return `the file has more than ${MAX_ALIASES} aliases: its settings were not read (its text was still scanned for keys)`;
    return undefined;
}
/** A source with no nodes and one diagnostic saying why the text was not parsed. */
function unparsed(file, lines, why) {
    return { path: file.path, text: file.text, lines, doc: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)('', PARSE_OPTIONS), aliases: new Map(), diagnostics: [{ message: why, span: lines.span(0, 0) }] };
}
/**
 * Parses YAML (and JSON, which is YAML 1.2) without throwing. `<<` merge keys are enabled because
 * compose files and LibreChat configs use them; a broken file still yields whatever nodes could be read.
 */
function parseYaml(file) {
    const lines = new _core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(file.text);
    const tooBig = oversized(file.text);
    return tooBig ? unparsed(file, lines, tooBig) : sourceOf(file, lines, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(file.text, PARSE_OPTIONS));
}
/**
 * Every document of a multi-document stream (`---` separators, as Kubernetes manifests have them), each
 * with its own anchors and diagnostics; offsets stay those of the whole file.
 */
function parseYamlStream(file) {
    const lines = new _core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(file.text);
    const tooBig = oversized(file.text);
    if (tooBig)
        return [unparsed(file, lines, tooBig)];
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(file.text, PARSE_OPTIONS);
    // An empty stream is an array with no documents (and no errors worth reporting).
    return Array.isArray(docs) ? docs.map((doc) => sourceOf(file, lines, doc)) : [];
}
// `uniqueKeys: false`: the package compares each key with every earlier one, quadratic in a mapping's size.
const PARSE_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false };
function sourceOf(file, lines, doc) {
    const { targets, unresolved, duplicates, nodes } = indexNodes(doc);
    const diagnostics = [
        ...doc.errors.map((e) => ({ at: e.pos[0], message: e.message, span: lines.span(e.pos[0], e.pos[1]) })),
        ...duplicates.map((at) => ({ at, message: 'Map keys must be unique', span: lines.span(at, at + 1) }))
    ]
        .sort((a, b) => a.at - b.at)
        .map(({ message, span }) => ({ message, span }));
    const limit = Math.max(nodes, EXTRA_NODES_FROM_ALIASES) + nodes;
    const bomb = targets.size > 0 && expandedSize(doc, targets, limit) > limit;
    const unresolvedDiagnostics = unresolved.map((alias) => ({
        message: `Unresolved alias *${alias.source}: no anchor &${alias.source} before it`,
        span: aliasSpan(lines, alias)
    }));
    const first = targets.keys().next().value;
    const bombDiagnostics = bomb && first
        ? [{ message: `aliases here would expand the file past ${limit} nodes, or into themselves: they were not followed`, span: aliasSpan(lines, first) }]
        : [];
    return {
        path: file.path,
        text: file.text,
        lines,
        doc,
        aliases: bomb ? new Map() : targets,
        diagnostics: [...diagnostics, ...unresolvedDiagnostics, ...bombDiagnostics]
    };
}
/**
 * One pass over the document: every alias with the node it names (the last anchor of that name before
 * it, as `Alias.resolve` finds it), the aliases without an anchor (the `yaml` package only notices them
 * when converting to JS; compose and Actions reject them), where a mapping repeats a key (the check
 * the package does as `uniqueKeys`, in linear time), and how many nodes the file has. A walk of its own
 * rather than the package's `visit`, which copies and freezes the path to every collection and pair.
 */
function indexNodes(doc) {
    const anchors = new Map();
    const targets = new Map();
    const unresolved = [];
    const duplicates = [];
    let nodes = 0;
    const enter = (node) => {
        nodes++;
        if (node.anchor)
            anchors.set(node.anchor, node);
    };
    // Depth first, a node before its children and a key before its value: the order anchors are defined in.
    // Scalars are tested first, as most nodes are. Pairs only sit in mappings: the package composes the flow
    // sequence `[a: 1]` as a sequence holding a one-pair mapping.
    const walk = (node) => {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            enter(node);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            enter(node);
            repeatedKeys(node.items, duplicates);
            for (const pair of node.items) {
                walk(pair.key);
                walk(pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            enter(node);
            for (const item of node.items)
                walk(item);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
            nodes++;
            const target = anchors.get(node.source);
            if (target)
                targets.set(node, target);
            else
                unresolved.push(node);
        }
    };
    walk(doc.contents);
    return { targets, unresolved, duplicates, nodes };
}
/** Adds to `repeated` the offsets of scalar keys equal to an earlier key of the same mapping (the `yaml` package's own rule). */
function repeatedKeys(pairs, repeated) {
    const seen = new Set();
    for (const { key } of pairs) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
            continue;
        if (seen.has(key.value))
            repeated.push(key.range?.[0] ?? 0);
        seen.add(key.value);
    }
}
/** How many nodes the document has with every alias expanded, counted up to just past `limit`; a cycle counts as endless. */
function expandedSize(doc, targets, limit) {
    const sizes = new Map();
    const open = new Set();
    const size = (node) => {
        const target = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? targets.get(node) : node;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(target) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(target))
            return 1;
        const known = sizes.get(target);
        if (known !== undefined)
            return known;
        if (open.has(target))
            return Infinity;
        open.add(target);
        let total = 1;
        for (const item of target.items) {
            total += (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? size(item.key) + size(item.value) : size(item);
            if (total > limit)
                break;
        }
        open.delete(target);
        sizes.set(target, total);
        return total;
    };
    return size(doc.contents);
}
function aliasSpan(lines, alias) {
    const [start, end] = alias.range ?? [0, 0];
    return lines.span(start, end);
}
/** Follows aliases to the node they name; undefined for a missing node or an unknown anchor. */
function resolve(src, node) {
    // An alias names an anchored node, which is never itself an alias.
    const target = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? src.aliases.get(node) : node;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(target) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(target) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(target) ? target : undefined;
}
const isMergeKey = (key) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value === 'symbol' && key.value.description === '<<';
/**
 * Calls `take` with the fields of a mapping in the order `<<` merges rank them (https://yaml.org/type/merge.html):
 * the mapping's own keys, then each merge source's, earlier sources first, each followed by its own merges. A key
 * can come more than once; the application sees its first. Stops as soon as `take` returns true, and says whether
 * it did. Values are passed as written (maybe aliases). `visited` holds the mappings already met: a mapping met
 * again (through another merge, or merging itself) adds only keys already taken, so it is skipped, which keeps
 * merge chains linear.
 */
function eachField(src, node, take, merged = false, visited = new Set()) {
    const map = resolve(src, node);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) || visited.has(map))
        return false;
    visited.add(map);
    let merges = false;
    for (const pair of map.items) {
        if (isMergeKey(pair.key))
            merges = true;
        else {
            const key = scalarString(pair.key);
            if (key !== undefined && take(key, pair.key, pair.value, merged))
                return true;
        }
    }
    if (!merges)
        return false;
    for (const pair of map.items) {
        if (!isMergeKey(pair.key))
            continue;
        const source = resolve(src, pair.value);
        for (const s of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(source) ? source.items : [source])
            if (eachField(src, s, take, true, visited))
                return true;
    }
    return false;
}
/**
 * The keys of a mapping as the application sees them after `<<` merges: the mapping's own keys win
 * over merged ones, and earlier merge sources over later ones. Merged fields keep the nodes of their
 * anchor definition, so their spans point where the text is. A key the mapping itself repeats is kept
 * each time (and reported as a diagnostic).
 */
function fields(src, node) {
    const result = [];
    const taken = new Set();
    eachField(src, node, (key, keyNode, value, merged) => {
        if (!merged || !taken.has(key))
            result.push({ key, keyNode, value: resolve(src, value) });
        taken.add(key);
        return false;
    });
    return result;
}
/** The field named `name` of a mapping node, after merges: the first of {@link fields} with that key, without listing them all. */
function field(src, node, name) {
    let found;
    eachField(src, node, (key, keyNode, value) => {
        if (key === name)
            found = { key, keyNode, value: resolve(src, value) };
        return found !== undefined;
    });
    return found;
}
/** The resolved items of a sequence node; empty for anything else. */
function items(src, node) {
    const seq = resolve(src, node);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq))
        return [];
    return seq.items.map((item) => resolve(src, item)).filter((n) => n !== undefined);
}
/**
 * A scalar as text: strings as they are, numbers and booleans as written (`3000`, `true`, `1.10`
 * keep their source text, which is what an environment variable receives), null as undefined.
 */
function scalarString(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    return node.source ?? String(node.value);
}
/** A scalar's string value, or undefined for anything else (null, maps, sequences). */
const stringAt = (src, node) => scalarString(resolve(src, node));
/** The span of a node's value, without trailing comments. */
function spanOf(src, node) {
    const [start, end] = node.range ?? [0, 0];
    return src.lines.span(start, end);
}
/** The value of a scalar node, or undefined when there is none (null, empty, a map or a sequence). */
function scalarValue(src, node) {
    const scalar = resolve(src, node);
    const value = scalarString(scalar);
    if (value === undefined || !scalar?.range)
        return undefined;
    const [start, end] = scalar.range;
    return { value, raw: src.text.slice(start, end), span: src.lines.span(start, end) };
}
/** Builds an entry; without `at` the setting is declared with no value (`- KEY`, `KEY:`, `sync: false`). */
function buildEntry(src, place, at) {
    const meta = place.meta && Object.keys(place.meta).length > 0 ? place.meta : undefined;
    const value = at && { value: at.value, raw: at.raw, valueSpan: at.span, literal: at.literal };
    const entry = (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .makeEntry */ .lq)({ file: src.path, ...place, meta, ...value });
    return at?.computed && entry.form === 'literal' ? { ...entry, form: 'template' } : entry;
}
/** The entry of one `key: value` field; none when the value is a map or a list, which is not a setting. */
function fieldEntry(src, f, placeFor, interpret) {
    if (f.value !== undefined && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(f.value))
        return undefined;
    const at = scalarValue(src, f.value);
    return buildEntry(src, { ...placeFor(f), key: f.key, keySpan: spanOf(src, f.keyNode) }, at && interpret(at));
}
const asWritten = (at) => at;
/**
 * Entries for every `KEY: value` of a mapping (env blocks, `with:` inputs, build args). Null values
 * give entries without a value. `interpret` lets a format apply its own value rules (compose `$$`).
 */
function mapEntries(src, node, placeFor, interpret = asWritten) {
    return fields(src, node).flatMap((f) => fieldEntry(src, f, placeFor, interpret) ?? []);
}
/** Entries for the named scalar fields of an object (`apiKey`, `baseURL`, …), in the order given. */
function namedEntries(src, node, names, placeFor) {
    const present = fields(src, node);
    return names.flatMap((name) => {
        const f = present.find((p) => p.key === name);
        return (f && fieldEntry(src, f, placeFor, asWritten)) ?? [];
    });
}
/** Characters the parser drops between value characters: indentation, line breaks, quotes, escapes. */
const DROPPED = new Set([' ', '\t', '\r', '\n', '\\', '"', "'"]);
/** How far to look for a character an escape sequence produced (`\x41` → `A`). */
const ESCAPE_LOOKAHEAD = 10;
/**
 * Maps each UTF-16 unit of a scalar's string value to its offset in the file, plus one final offset for
 * the end of the value, so that a match inside a value (an `export X=…` in a `run: |` script, `KEY=value`
 * in a compose list item) gets a file position.
 *
 * It walks value and source side by side, skipping what YAML removes: the header line of block scalars,
 * indentation, quotes and escape backslashes, `\r` of CRLF, and for folded scalars (`>` and multi-line
 * plain or quoted ones) the line break that became a space. Literal blocks (`|`) map exactly; other
 * styles map every character that is written as itself, which is all a match needs.
 */
function valueOffsets(src, scalar) {
    const value = scalarString(scalar) ?? '';
    const [start, end] = scalar.range ?? [0, 0];
    const block = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED';
    const headerEnd = src.text.indexOf('\n', start);
    let i = block ? (headerEnd === -1 || headerEnd >= end ? end : headerEnd + 1) : start;
    const offsets = [];
    // split(''): UTF-16 units, the unit of columns.
    for (const ch of value.split('')) {
        const j = nextSourceOf(src.text, ch, i, end);
        offsets.push(j);
        i = Math.min(j + 1, end);
    }
    // One more offset: where the value ends, so empty and final slices have a place too.
    offsets.push(value.length > 0 ? offsets[offsets.length - 1] + 1 : i);
    return offsets;
}
function nextSourceOf(text, ch, from, end) {
    for (let j = from; j < end; j++) {
        const c = text[j];
        // A folded line break turns into a space in the value.
        if (c === ch || (ch === ' ' && (c === '\n' || c === '\r')))
            return j;
        if (DROPPED.has(c))
            continue;
        for (let k = j + 1; k < Math.min(end, j + ESCAPE_LOOKAHEAD); k++)
            if (text[k] === ch)
                return k;
        return j;
    }
    return from;
}
/** File offsets `[start, end)` of value characters `[from, to)`, given the offsets from `valueOffsets`. */
function fileRange(offsets, from, to) {
    const at = (k) => offsets[Math.min(k, offsets.length - 1)];
    const start = at(from);
    return [start, to > from ? at(to - 1) + 1 : start];
}
/** The file span of value characters `[from, to)`. */
function spanInValue(src, offsets, from, to) {
    return src.lines.span(...fileRange(offsets, from, to));
}
/** The file text under value characters `[from, to)`: escapes and quotes as written. */
function rawInValue(src, offsets, from, to) {
    return src.text.slice(...fileRange(offsets, from, to));
}


/***/ })

};

//# sourceMappingURL=552.index.js.map