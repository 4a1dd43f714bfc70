import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3007:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/** The CLI's exit codes, as actionlint has them; apart from main.ts so the entry can name one without loading it. */
const EXIT = { clean: 0, findings: 1, usage: 2, internal: 3 };


/***/ }),

/***/ 7485:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ USAGE)
/* harmony export */ });
/* harmony import */ var _reporters_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7166);
/**
 * The CLI's help text, apart from the argument parser: `--help` prints it without loading the parser's imports
 * (the probe policy and its public suffix list) or the scanner.
 */

const USAGE = `Usage: llm-env-lint [options] [folder | file...]

Lints the LLM configuration of a repository (default folder: .): leaked keys, wrong BASE_URL,
key/provider mismatches. Files named instead of a folder are judged with the rest of the current
folder (client detection, env_file, pairing) but only their findings are reported.

Options:
  --staged                              scan what the git index holds (the next commit), not the files
                                        on disk: for pre-commit hooks
  ${`--format ${_reporters_index_js__WEBPACK_IMPORTED_MODULE_0__/* .FILE_FORMATS */ .GM.join('|')}`.padEnd(38)}output format (default: text)
  --fail-on error|warning|note|never    exit 1 when a finding is at or above this severity (default: error)
  --config FILE                         config file (default: .llm-env-lint.yml in the scanned folder)
  --verbose                             first list each deployment scope with its client and the evidence,
                                        the files read as configuration (kind, matched by name or content)
                                        and the files not read, with the reason
  --include-ignored                     also read the env files git ignores (.env.local); their findings
                                        say the file is not committed
  --history                             also read every commit reachable from HEAD for keys that were
                                        added and removed again (each reported once, with its commit)
  --since REF                           with --history: only the commits after REF (REF..HEAD)
  --fix                                 apply the safe fixes in place (base URLs, renamed variables,
                                        model name case), then report what is left
  --fix-dry-run                         print the safe fixes as a unified diff instead; change nothing
  -o, --output FILE                     write the report to FILE instead of stdout
  -q, --quiet                           report errors only: warnings and notes neither show nor fail
  --baseline FILE                       report only findings not in this baseline; the others are
                                        listed as suppressed in JSON and SARIF and never fail the run
  --write-baseline FILE                 record the current findings in FILE, to adopt the tool on an
                                        existing repository; they are accepted, so the exit status is 0
  -h, --help                            show this help
  -v, --version                         show the version

Live probes (opt-in; see docs/probes.md):
  --probe                               check the keys live against the provider: models list, configured
                                        models, the chat route the client builds
  --probe-hosts LIST                    more hosts that may receive a key (comma-separated); the registry's
                                        API hosts are always allowed, plain http only to listed loopback hosts
  --probe-chat                          send a real one-token completion (billed) instead of a free request
  --fail-on-indeterminate               count probes that could not decide (timeouts, 5xx) as errors
  --probe-timeout SECONDS               per request (default: 10)
  --probe-max-requests N                requests carrying a key per run, retries included (default: 50)
  --base-url URL, --model NAME          probe LLM_ENV_LINT_API_KEY at this base URL alone, for this model
  Keys are never read from the command line: a setting OPENAI_API_KEY=\${OPENAI_API_KEY} or
  \${{ secrets.OPENAI_API_KEY }} is probed with the environment variable OPENAI_API_KEY, and
  LLM_ENV_LINT_API_KEY stands for every key the settings reference.

Reports of several repositories (each from --format json, or the action's report-json output):
  llm-env-lint merge [--format F] [--fail-on S] [-o FILE] [NAME=]REPORT.json...
                                        one report whose paths start with NAME/ (default: the report's
                                        file name without .json); to lint a folder named merge: ./merge

Exit status: 0 no failing findings, 1 findings at or above --fail-on, 2 usage or config error,
3 internal error.
`;


/***/ }),

/***/ 1807:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ SCAN_WORKER_ARG),
/* harmony export */   q: () => (/* binding */ SCAN_WORKER_ROLE)
/* harmony export */ });
/**
 * How a scan worker is told apart, by the entry points, without loading `node:worker_threads`: every run would pay
 * for that module, and only runs on more than two cores start workers.
 */
/** Appended to a worker's `process.argv` by the pool (./workers.ts): the entry hands the thread to ./scan-worker.ts. */
const SCAN_WORKER_ARG = '--llm-env-lint-scan-worker';
/** Marks the threads the pool starts (in their `workerData`), so a bundle entry started in some other worker is left alone. */
const SCAN_WORKER_ROLE = 'llm-env-lint scan worker';


/***/ }),

/***/ 7166:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ FILE_FORMATS),
/* harmony export */   YX: () => (/* binding */ reporter),
/* harmony export */   c1: () => (/* binding */ preloadReporters)
/* harmony export */ });
/* unused harmony export REPORTERS */
const REPORTERS = {
    text: async () => (await __nccwpck_require__.e(/* import() */ 955).then(__nccwpck_require__.bind(__nccwpck_require__, 955))).textReporter,
    json: async () => (await __nccwpck_require__.e(/* import() */ 310).then(__nccwpck_require__.bind(__nccwpck_require__, 4310))).jsonReporter,
    sarif: async () => (await __nccwpck_require__.e(/* import() */ 959).then(__nccwpck_require__.bind(__nccwpck_require__, 2959))).sarifReporter,
    summary: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(985), __nccwpck_require__.e(369), __nccwpck_require__.e(654)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9654))).summaryReporter,
    annotations: async () => (await __nccwpck_require__.e(/* import() */ 684).then(__nccwpck_require__.bind(__nccwpck_require__, 3684))).annotationsReporter,
    'pr-comment': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(985), __nccwpck_require__.e(369), __nccwpck_require__.e(454)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5454))).prCommentReporter
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
const FILE_FORMATS = ['text', 'json', 'sarif'];


/***/ }),

/***/ 311:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
/** The tool's name and version; a test keeps the version equal to package.json's. */
const TOOL = {
    name: 'llm-env-lint',
    version: '0.1.0',
    informationUri: 'https://github.com/llm-env-lint/llm-env-lint',
    docsBaseUrl: 'https://github.com/llm-env-lint/llm-env-lint/blob/main/docs/rules'
};


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __nccwpck_require__(7485);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/engine/worker-role.ts
var worker_role = __nccwpck_require__(1807);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
;// CONCATENATED MODULE: ./src/exit.ts
/**
 * How the entry points treat their output and end a run.
 *
 * A run ends with `exit` once what it wrote to stdout and stderr has reached the OS. Left to end by itself, Node frees
 * the whole V8 heap first, which a large scan makes slow: the CLI on 5,000 `.env` files ended 33 ms sooner this way
 * (medians of 11 interleaved runs, 1,023 against 990 ms), a pull request's action run 26 ms sooner.
 *
 * A reader that goes away (`llm-env-lint … | head`: EPIPE) takes no more output, which is no error: the run goes on (a
 * baseline it writes after the report is still written) and ends with its own exit code, without a stack trace. Any
 * other write error (a full disk) ends the run at once with a message on the other stream and the entry's code for a
 * run that could not finish. Whatever a run leaves unawaited (a git process of a run that failed early) ends with it.
 */


const OUTPUTS = [process.stdout, process.stderr];
/**
 * Called first thing by an entry: from then on a reader that went away is no error, and any other write error ends the
 * run with `unfinished`. Returns how the run ends once it has its exit code.
 */
function watchOutput(unfinished) {
    for (const stream of OUTPUTS) {
        stream.on('error', (error) => {
            if (!readerGone(error))
                failedWrite(stream, error, unfinished);
        });
    }
    return exitOnceFlushed;
}
/**
 * Exits with `code` once stdout and stderr are each flushed (an empty write's callback runs after every earlier write)
 * or gone. A write that fails otherwise is left to {@link watchOutput}'s listener, which ends the run itself.
 */
function exitOnceFlushed(code) {
    process.exitCode = code;
    let open = OUTPUTS.length;
    for (const stream of OUTPUTS) {
        let settled = false;
        const settle = () => {
            if (settled)
                return;
            settled = true;
            if (--open > 0)
                return;
            // Where the compile cache is on (Node ≥ 22.1), what this run compiled is written now, not left to the exit.
            external_node_module_default().flushCompileCache?.();
            process.exit(code);
        };
        // A pipe whose reader went away fails every write with EPIPE, this one too (Node keeps stdout and stderr open).
        stream.on('error', (error) => {
            if (readerGone(error))
                settle();
        });
        stream.write('', (error) => {
            if (!error)
                settle();
        });
    }
}
const readerGone = (error) => error.code === 'EPIPE';
/** Says on the other stream what could not be written, then exits with `unfinished` (whether that write works or not). */
function failedWrite(stream, error, unfinished) {
    const [name, other] = stream === process.stdout ? ['stdout', process.stderr] : ['stderr', process.stdout];
    process.exitCode = unfinished;
    other.write(`${version/* TOOL */.j.name}: cannot write to ${name}: ${error.code ?? error.message}\n`, () => process.exit(unfinished));
}

// EXTERNAL MODULE: ./src/cli/exit-status.ts
var exit_status = __nccwpck_require__(3007);
;// CONCATENATED MODULE: ./src/cli.ts
/** The CLI's entry point, bundled by ncc to dist/cli/index.js; `bin/llm-env-lint.js` adds the shebang. */





const argv = process.argv.slice(2);
const only = argv.length === 1 ? argv[0] : undefined;
// `--version` and `--help` alone answer from this small entry, before the parser and the scanner (chunks of their
// own) are loaded; `main` answers them too when they come with other arguments.
if (only === '--version' || only === '-v') {
    process.stdout.write(`${version/* TOOL */.j.name} ${version/* TOOL */.j.version}\n`);
}
else if (only === '--help' || only === '-h') {
    process.stdout.write(usage/* USAGE */.u);
}
else {
    // A scan worker (src/engine/workers.ts) starts this bundle again, marked: it serves the pool instead. Anyone else
    // passing the mark gets the CLI, which refuses it as an unknown option.
    if (argv.length === 1 && argv[0] === worker_role/* SCAN_WORKER_ARG */.e)
        void Promise.all(/* import() */[__nccwpck_require__.e(444), __nccwpck_require__.e(783)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1508)).then(({ served }) => (served ? undefined : runCli()));
    else
        void runCli();
}
function runCli() {
    const end = watchOutput(exit_status/* EXIT */.d.internal);
    return Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(298), __nccwpck_require__.e(985), __nccwpck_require__.e(444), __nccwpck_require__.e(948)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5948)), __nccwpck_require__.e(/* import() */ 340).then(__nccwpck_require__.bind(__nccwpck_require__, 8340))])
        .then(([{ main }, { tuneRuntime }]) => {
        tuneRuntime();
        return main(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });
    })
        .then(end);
}

