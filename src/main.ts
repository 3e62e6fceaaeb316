import './components/story-map.ts';
import {loadGeoLayers} from './load/load-geo.ts';

const element = document.querySelector('story-map');
if (element) element.geo = await loadGeoLayers();
