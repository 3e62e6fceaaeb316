/**
 * The element API manifest (docs/custom-elements.json), generated from the elements' JSDoc by
 * `npm run docs:api`; the README's element tables are generated from it (scripts/api-docs.ts).
 */

/**
 * Only the public API: Lit's internal reactive state (`{state: true}`, named `_…`) and private or
 * protected members are not API, though the analyzer lists them (with their code).
 */
function publicApiOnly() {
  return {
    name: 'public-api-only',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          declaration.members = declaration.members?.filter((member) => !/^[_#]/.test(member.name) && (member.privacy ?? 'public') === 'public');
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
  plugins: [publicApiOnly()],
};
