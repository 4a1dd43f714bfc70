export const id = 8340;
export const ids = [8340];
export const modules = {

/***/ 8340:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tuneRuntime: () => (/* binding */ tuneRuntime)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/background-threads.ts
/**
 * V8 optimises hot functions and helps its garbage collector in a pool of background threads, four in Node whatever
 * the cores. On 2 cores each job they are woken for preempts the thread that scans: on the 5,000 `.env` files of the
 * benchmark the main thread spent ~95 ms of a ~650 ms run off its core while runnable (perf, sched_switch), 22–29 ms
 * once the pool ran at the lowest priority, which leaves it the spare core and the main thread's idle time.
 * Linux gives each thread its own nice value (setpriority(2) on a thread id, listed under /proc/self/task); elsewhere
 * nothing changes. Threads started later (libuv's pool on node 22 and 24, scan workers) keep the normal priority.
 */



/** The lowest priority; a process may lower its own threads' priority without privileges, never raise it again. */
const LOWEST_PRIORITY = 19;
/**
 * Lowers the priority of every thread of the process but the main one, as they are now. Called by the entries once
 * their chunks are loaded, on the main thread only: a worker would lower the main thread's too.
 */
function yieldCoresToMainThread(tasks = '/proc/self/task') {
    if (!external_node_worker_threads_.isMainThread)
        return;
    let threads;
    try {
        threads = (0,external_node_fs_.readdirSync)(tasks).map(Number);
    }
    catch {
        return;
    }
    // Another PID namespace's /proc would name other processes' threads.
    if (!threads.includes(process.pid))
        return;
    for (const thread of threads) {
        if (thread === process.pid)
            continue;
        try {
            (0,external_node_os_.setPriority)(thread, LOWEST_PRIORITY);
        }
        catch {
            // The thread ended since it was listed.
        }
    }
}

// EXTERNAL MODULE: ./src/young-generation.ts
var young_generation = __webpack_require__(5678);
;// CONCATENATED MODULE: ./src/tune-runtime.ts


/**
 * Sets the process up for a run; the entries call it once their chunks are loaded. From then on V8's background
 * threads yield the cores to the run (background-threads.ts) and its young generation is held (young-generation.ts,
 * which says why only after loading).
 */
function tuneRuntime() {
    yieldCoresToMainThread();
    (0,young_generation/* keepYoungGenerationSmall */.Dd)();
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

//# sourceMappingURL=8340.index.js.map