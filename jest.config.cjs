/** Jest runs the TypeScript sources through SWC (ts-jest cannot use TypeScript 7). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2020', parser: { syntax: 'typescript' } } }] },
  testTimeout: 30000,
};
