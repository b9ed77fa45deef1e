/** Settings for `cem analyze`: the manifest describes the elements, not tests or helpers. */
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-helpers/**', 'src/**/test-helpers.ts', 'src/**/test-support.ts'],
  litelement: true,
  packagejson: false,
};
