export const id = 4964;
export const ids = [4964,7552];
export const modules = {

/***/ 4964:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   helmParser: () => (/* binding */ helmParser)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _clients_fingerprints_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1075);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8518);
/* harmony import */ var _kubernetes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7552);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9662);





/**
 * Where charts take environment variables from their values: `env` (a map, or a Kubernetes-style list of
 * `name`/`value` items), `extraEnv` and `extraEnvVars` (Bitnami charts' list). Conventions, not a schema:
 * the chart's templates decide, so every map of the values is searched for them.
 */
const ENV_BLOCKS = ['env', 'extraEnv', 'extraEnvVars'];
/**
 * Helm values files. Each map holding an env block is a scope (`values.yaml#ui`, or the file itself at the
 * top level), and the image next to it (`image.repository`, with `image.registry` when given, or `image`
 * as one string) is a `docker-image` fingerprint of that scope.
 */
const helmParser = {
    kind: 'helm',
    parse(file) {
        const src = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(file);
        const found = { entries: [], fingerprints: [] };
        walk(src, src.doc.contents, [], new Set(), found);
        return { entries: found.entries, diagnostics: src.diagnostics, fingerprints: found.fingerprints };
    }
};
function walk(src, node, path, seen, found) {
    const map = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .resolve */ .hd)(src, node);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) || seen.has(map))
        return;
    seen.add(map);
    const scope = path.length === 0 ? src.path : (0,_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .scopeId */ .IW)(src.path, path.join('.'));
    const before = found.entries.length;
    for (const block of ENV_BLOCKS) {
        const env = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .resolve */ .hd)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, map, block)?.value);
        const route = [...path, block];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(env))
            found.entries.push(...(0,_kubernetes_js__WEBPACK_IMPORTED_MODULE_3__.envListEntries)(src, env, 'helm', scope, route));
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(env))
            found.entries.push(...(0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, env, (f) => ({ kind: 'helm', scope, path: [...route, f.key] })));
    }
    if (found.entries.length > before) {
        const image = (0,_clients_fingerprints_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerImageFingerprint */ .ck)(imageOf(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, map, 'image')?.value), src.path, scope);
        if (image)
            found.fingerprints.push(image);
    }
    for (const f of (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(src, map)) {
        if (!ENV_BLOCKS.includes(f.key))
            walk(src, f.value, [...path, f.key], seen, found);
    }
}
/** `image: repo:tag`, or `image: { registry, repository, tag }` as most charts write it. */
function imageOf(src, node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .stringAt */ .bX)(src, node);
    const repository = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, node, 'repository')?.value);
    if (repository === undefined)
        return undefined;
    const registry = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, node, 'registry')?.value);
    return registry ? `${registry}/${repository}` : repository;
}


/***/ }),

/***/ 7552:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   envListEntries: () => (/* binding */ envListEntries),
/* harmony export */   kubernetesParser: () => (/* binding */ kubernetesParser)
/* harmony export */ });
/* harmony import */ var _clients_fingerprints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1075);
/* harmony import */ var _core_base64_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2616);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8518);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9662);




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
 * ConfigMaps, ConfigMap `data`, Secret `stringData` and Secret `data` decoded from base64 (see
 * {@link secretDataEntries}). Each container is a scope, whose image is a `docker-image` fingerprint of it.
 * A Secret or ConfigMap key that exactly one container of the same file reads (through `valueFrom` or
 * `envFrom`) belongs to that container's scope, so its key pairs with the base URL beside it; any other is
 * a scope of its own object (`<file>#Secret/<name>`).
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
        const scope = (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeId */ .IW)(src.path, object);
        const placeIn = (block) => (f) => ({ kind: 'kubernetes', scope, path: [object, block, f.key] });
        if (kind === 'ConfigMap')
            return { containers: [], object: { id: object, entries: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .mapEntries */ .Nn)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, root, 'data')?.value, placeIn('data')) } };
        const plain = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .mapEntries */ .Nn)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, root, 'stringData')?.value, placeIn('stringData'));
        // A key both maps set takes stringData's value (https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/,
        // "Specify both data and stringData").
        const shadowed = new Set(plain.map((e) => e.key));
        const encoded = secretDataEntries(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, root, 'data')?.value, placeIn('data')).filter((e) => !shadowed.has(e.key));
        return { containers: [], object: { id: object, entries: [...plain, ...encoded] } };
    }
    const podSpec = POD_SPEC_ROUTES.map((route) => route.reduce((node, key) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, node, key)?.value, root)).find((spec) => CONTAINER_LISTS.some((list) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, spec, list) !== undefined));
    const containers = CONTAINER_LISTS.flatMap((list) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .items */ .ld)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, podSpec, list)?.value));
    return { containers: containers.map((container, i) => readContainer(src, object, container, i)) };
}
/**
 * A Secret's `data`: base64 in the file, decoded by Kubernetes before `env`/`envFrom` hand it to a container
 * (https://kubernetes.io/docs/concepts/configuration/secret/), so the entry holds the decoded text, which the rules
 * judge like any value (a published sample secret, an LLM key under a key name, a base URL). Its `raw` and
 * `valueSpan` stay the base64 token as written, and `meta.base64` says so: that token is the secret too, and a fix
 * can never be written in its place. A value that is not strictly base64 of printable text (binary data, plain text
 * Kubernetes would refuse) gives no entry: what the container gets is not known, and the key scan still reads the
 * text. Kubernetes expands no `$(VAR)` in it, so it is a literal whatever it holds
 * (https://kubernetes.io/docs/tasks/inject-data-application/define-interdependent-environment-variables/: only
 * `env` values are expanded).
 */
function secretDataEntries(src, node, placeFor) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(src, node).flatMap((f) => {
        const at = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarValue */ .Um)(src, f.value);
        const value = at && (0,_core_base64_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBase64Text */ .BB)(at.value);
        if (at === undefined || value === undefined)
            return [];
        const place = { ...placeFor(f), key: f.key, keySpan: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(src, f.keyNode), meta: { base64: true } };
        return [(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .buildEntry */ .Jo)(src, place, { ...at, value, literal: true })];
    });
}
/** `envFrom` item fields and the kind of object each names. */
const ENV_FROM = { secretRef: 'Secret', configMapRef: 'ConfigMap' };
/** `valueFrom` fields that name a key of an object. */
const VALUE_FROM = { secretKeyRef: 'Secret', configMapKeyRef: 'ConfigMap' };
function readContainer(src, object, container, index) {
    const name = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, container, 'name')?.value) ?? String(index);
    const scope = (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeId */ .IW)(src.path, `${object}/${name}`);
    const image = (0,_clients_fingerprints_js__WEBPACK_IMPORTED_MODULE_3__/* .dockerImageFingerprint */ .ck)((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, container, 'image')?.value), src.path, scope);
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
            // The value's own facts (decoded from base64) join the item's (`valueFrom`).
            return value ? { ...entry, ...valueParts(value), ...(value.meta && { meta: { ...entry.meta, ...value.meta } }) } : entry;
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


/***/ })

};

//# sourceMappingURL=4964.index.js.map