import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Imports go one way: story ← geo ← camera ← map ← components ← main (../shared/STYLE.md).
 * Each folder lists what it must not import; only src/map imports maplibre-gl at run time,
 * only src/scroll imports scrollama, only src/load does IO.
 */
const layers = ['story', 'geo', 'camera', 'map', 'scroll', 'components', 'load'];
const allowed = {
  story: [],
  geo: ['story'],
  camera: ['story', 'geo'],
  map: ['story', 'geo', 'camera'],
  scroll: ['story'],
  components: ['story', 'geo', 'camera', 'map', 'scroll'],
  load: ['story', 'geo'],
};

const layerRules = Object.entries(allowed).map(([layer, may]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: layers.filter((other) => other !== layer && !may.includes(other)).map((other) => `**/${other}/*`),
            message: `src/${layer} may import only from ${may.length ? may.map((m) => `src/${m}`).join(', ') : 'no other layer'} (see ../shared/STYLE.md).`,
          },
          ...(layer === 'map' ? [] : [{group: ['maplibre-gl'], allowTypeImports: true, message: 'Only src/map imports maplibre-gl at run time; use `import type` elsewhere.'}]),
          ...(layer === 'scroll' ? [] : [{group: ['scrollama'], message: 'Only src/scroll imports scrollama.'}]),
          // Pinyin is derived when the story is checked (scripts/check-story.ts), shipped in the data.
          {group: ['pinyin-pro'], message: 'Pinyin is derived at build time by scripts/check-story.ts; src/ reads it from the story data.'},
          // The page must not ship the schema library (size, and its eval probe trips a strict CSP).
          ...(layer === 'story' ? [] : [{group: ['**/story/schema.ts', '**/story/parse-story.ts', '**/story/markdown.ts', 'zod', 'yaml', 'mdast-util-*', 'micromark-*'], allowTypeImports: true, message: 'At run time import src/story/names.ts or story-data.ts; the schema and parsers (zod, yaml, mdast) are for build-time checks.'}]),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {ignores: ['dist/', 'dist-bench/', 'node_modules/', 'tests/artifacts/']},
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        {property: 'innerHTML', message: 'Story text is data: render it through Lit templates, never as raw HTML.'},
        {property: 'outerHTML', message: 'Story text is data: render it through Lit templates, never as raw HTML.'},
      ],
    },
  },
  ...layerRules,
  {
    files: ['src/main.ts'],
    rules: {'@typescript-eslint/no-restricted-imports': ['error', {patterns: [{group: ['maplibre-gl', 'scrollama'], allowTypeImports: true, message: 'main.ts composes elements; it does not talk to libraries.'}]}]},
  },
);
