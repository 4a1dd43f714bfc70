/** Types of eager-modules.mjs, for its test. */
export declare function eagerModules(text: string): { text: string; rewritten: number; kept: number; lines: number[] }
export declare function rewriteDir(dir: string): { rewritten: number; kept: number }
