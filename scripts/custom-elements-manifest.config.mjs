/**
 * The element API manifest (docs/custom-elements.json), generated from the elements' JSDoc by
 * `npm run docs:api`; the README's element tables are generated from it (scripts/api-docs.ts).
 */

/** Lit's internal reactive state (`{state: true}`, named `_…`) is not API, though the analyzer lists it. */
function dropReactiveState() {
  return {
    name: 'drop-reactive-state',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter((member) => !member.name.startsWith('_'));
          declaration.attributes = declaration.attributes?.filter((attribute) => !attribute.name.startsWith('_'));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/story-*.ts'],
  exclude: ['src/components/*.styles.ts'],
  outdir: 'docs',
  // package.json's `customElements` field is kept by hand: the test's run into a temp folder must not rewrite it.
  packagejson: false,
  litelement: true,
  plugins: [dropReactiveState()],
};
