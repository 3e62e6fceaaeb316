import type {Plugin} from 'vite';
import type {Language} from '../src/story/schema.ts';
import {storyData} from '../src/story/story-data.ts';
import {escapeHtml} from '../src/story/escape-html.ts';
import {formatStoryError} from '../src/story/story-error.ts';
import {checkAllStories, loadStoryContext} from './check-story.ts';
import {isMapLibreChunk} from './maplibre-source-plugin.ts';
import {renderStoryHtml} from './story-html.ts';
import {snapshotPath} from '../src/story/snapshot-path.ts';

/** Page file → story language. */
const PAGES: Record<string, Language> = {'index.html': 'zh', 'en.html': 'en', 'embed.html': 'zh', 'embed-en.html': 'en'};

/** Virtual modules with a whole checked story (text as data) for the embeddable element. */
const VIRTUAL_PREFIX = 'virtual:ganzhou-story/';

/** The placeholder in the page templates that the story replaces. */
const PLACEHOLDER = '<!-- story -->';
/** The placeholder for the map's picture before the live map shows (reading pages). */
const POSTER = '<!-- poster -->';

/**
 * Pre-renders the story into each page at build time (and on every request in dev): the steps'
 * text as static HTML in `<story-map>`'s light DOM, and the steps' map states and the findable
 * places (each with its pinyin and the steps that show or name it, worked out by the checker) as a
 * JSON data block that the app reads. An invalid story stops the build (and shows in the dev page) with the
 * checker's errors.
 */
export function storyPlugin(): Plugin {
  const checkedStories = () => {
    const {stories, errors} = checkAllStories(loadStoryContext());
    if (errors.length > 0) throw new Error(`The story has ${errors.length} problem(s):\n${errors.map(formatStoryError).join('\n')}`);
    return stories;
  };
  return {
    name: 'ganzhou-story',
    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL_PREFIX}`)) return undefined;
      const language = id.slice(VIRTUAL_PREFIX.length + 1);
      const story = checkedStories().find((s) => s.language === language);
      if (!story) throw new Error(`No story in language "${language}"`);
      return `export default ${JSON.stringify(story)};`;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const page = context.filename.slice(context.filename.lastIndexOf('/') + 1);
        const language = PAGES[page];
        if (!language || !html.includes(PLACEHOLDER)) return html;
        const story = checkedStories().find((s) => s.file === `stories/ganzhou/story.${language}.md`);
        if (!story) throw new Error(`stories/ganzhou/story.${language}.md is missing`);
        // `<` is escaped so the JSON can never close its script element.
        const data = JSON.stringify(storyData(story)).replace(/</g, '\\u003c');
        // Replacer functions, not strings: in a replacement string `$&`, `$\`` and `$'` would splice
        // the page into itself wherever the story's text has them.
        // The opening step's picture, in the page from the start: the first thing a reader sees of
        // the map (and the largest paint) does not wait for the map's code or WebGL.
        const first = story.steps[0];
        const poster = first ? `<img class="map-poster" slot="poster" src="${snapshotPath(language, 0, first.id)}" alt="" width="1138" height="640" fetchpriority="high" elementtiming="map-poster">` : '';
        return html
          .replace(POSTER, () => poster)
          .replace(PLACEHOLDER, () => `${renderStoryHtml(story)}\n<script type="application/json" id="story-data">${data}</script>`)
          .replace(/<title>.*<\/title>/, () => `<title>${escapeHtml(story.title)}</title>`);
      },
    },
    handleHotUpdate({file, server}) {
      if (/\/(stories|geo)\//.test(file)) server.ws.send({type: 'full-reload'});
    },
  };
}

/**
 * The page runs MapLibre's module only after the story text has painted (a dynamic import in
 * `<story-map>`); this hint lets the browser download it meanwhile, so the map does not wait
 * for the network after the paint. Not on a page with a poster: its live map waits for the
 * reader's first move, and 300 kB of code would compete with the poster for a phone's network.
 */
export function preloadMapPlugin(): Plugin {
  return {
    name: 'ganzhou-preload-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (html.includes('class="map-poster"')) return html;
        const chunks = Object.values(context.bundle ?? {}).filter((file) => file.type === 'chunk' && !file.isEntry && isMapLibreChunk(file.moduleIds));
        const links = chunks.map((chunk) => `<link rel="modulepreload" crossorigin href="./${chunk.fileName}">`).join('\n    ');
        return links ? html.replace('</head>', `    ${links}\n  </head>`) : html;
      },
    },
  };
}
