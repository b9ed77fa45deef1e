/** Settings for `cem analyze`: the manifest describes the elements, not tests or helpers. */
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-helpers/**', 'src/**/test-helpers.ts', 'src/**/test-support.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order it happens to read the files, which varies from
      // run to run; sorted by path, the committed manifest and a fresh one compare line by line.
      name: 'ix-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
