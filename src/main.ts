import './components/story-map.ts';
import {loadGeoLayers} from './load/load-geo.ts';
import {readStoryData} from './load/load-story.ts';

const element = document.querySelector('story-map');
if (element) {
  element.story = readStoryData(document);
  element.geo = await loadGeoLayers();
}
