import './components/story-map.ts';
import {loadBasemapStyle} from './load/load-basemap.ts';
import {loadGeoLayers} from './load/load-geo.ts';
import {readStoryData} from './load/load-story.ts';

const element = document.querySelector('story-map');
if (element) {
  element.story = readStoryData(document);
  // Offline by default: a remote basemap only when the page or its URL asks for one.
  const basemapUrl = element.getAttribute('basemap') ?? new URLSearchParams(location.search).get('basemap');
  const [geo, basemap] = await Promise.all([loadGeoLayers(), basemapUrl ? loadBasemapStyle(basemapUrl) : undefined]);
  element.basemapStyle = basemap;
  element.geo = geo;
}
