export const id = 7063;
export const ids = [7063];
export const modules = {

/***/ 7063:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yieldCoresToMainThread: () => (/* binding */ yieldCoresToMainThread)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
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
    if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.isMainThread)
        return;
    let threads;
    try {
        threads = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(tasks).map(Number);
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
            (0,node_os__WEBPACK_IMPORTED_MODULE_1__.setPriority)(thread, LOWEST_PRIORITY);
        }
        catch {
            // The thread ended since it was listed.
        }
    }
}


/***/ })

};

//# sourceMappingURL=7063.index.js.map