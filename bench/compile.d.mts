/** Types of compile.mjs, for the tests that run compiled sources (worker threads cannot run ts-jest's modules). */
export declare const PROJECT: string
export declare function compileDir(): Promise<string>
export declare function compile(outDir: string, inputs: readonly string[]): Promise<(path: string) => Promise<unknown>>
