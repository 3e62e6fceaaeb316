/**
 * The embeddable build's entry (dist/embed/story-map.js): defines `<story-embed>`. Everything it
 * loads — story chunks, geo layers, the map worker — resolves relative to this script, so a news
 * page can load it from wherever the story is deployed.
 */
import {StoryEmbed} from './components/story-embed.ts';
import {loadGeoLayers} from './load/load-geo.ts';
import {loadStory} from './load/load-story.ts';
import type {GeoLayers} from './geo/layers.ts';

const STORIES = ['ganzhou'];
/** One download of the geo layers for every instance on the page. */
let geo: Promise<Partial<GeoLayers>> | undefined;

StoryEmbed.loader = async (name, language) => {
  if (!STORIES.includes(name)) throw new Error(`Unknown story "${name}" (the story attribute). Available: ${STORIES.join(', ')}.`);
  geo ??= loadGeoLayers();
  const [story, layers] = await Promise.all([loadStory(language), geo]);
  return {story, geo: layers};
};
