export default {
  // Beside the project, not in the system's temporary folder: a test run leaves nothing behind there.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testEnvironment: 'node',
  // No test asserts a time; this only keeps a test that spawns git or the built action from failing on a machine
  // shared with other work (jest's 5 s default did, with the load average at 6).
  testTimeout: 60_000,
  // A worker ends with ~500 MB of heap: its event loop drains within 1 ms of jest's end message, then node takes
  // 0.8-1.4 s here to tear the heap down. Jest's 500 ms default killed it, with a warning that blames leaking tests.
  workerGracefulExitTimeout: 5_000,
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/__tests__/fixtures/'],
  // The real-world cases hold package.json files of real apps; keep them out of jest's module map.
  modulePathIgnorePatterns: ['<rootDir>/__tests__/real-world/cases/'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', useESM: true }] },
  clearMocks: true
}
