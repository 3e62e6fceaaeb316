import './components/story-map.ts';
import './components/story-notes.ts';
import {openBriefingChannel} from './load/briefing-channel.ts';
import {loadBasemapStyle} from './load/load-basemap.ts';
import {loadGeoLayers} from './load/load-geo.ts';
import {LAYER_NAMES, STORY_MODES} from './story/names.ts';
import type {StoryMode} from './story/names.ts';
import {strings} from './story/strings.ts';
import {loadSnapshotManifest} from './load/load-snapshots.ts';
import {readStoryData} from './load/load-story.ts';
import {startPymChild} from './load/pym-child.ts';

/** The stories this build contains (the address's `story=` must name one). */
const STORIES = ['ganzhou'];

const element = document.querySelector('story-map');
const params = new URLSearchParams(location.search);
const mode = params.get('mode');
const storyName = params.get('story');

if (element && storyName !== null && !STORIES.includes(storyName)) {
  const problem = document.createElement('p');
  problem.className = 'load-problem';
  problem.setAttribute('role', 'alert');
  problem.textContent = `Unknown story "${storyName}" in the address (story=…). Available: ${STORIES.join(', ')}.`;
  element.before(problem);
}

if (element && mode === 'notes') {
  // The speaker-notes window: no map, just notes that follow the presenting window.
  const notes = document.createElement('story-notes');
  notes.story = readStoryData(document);
  notes.language = element.language;
  element.replaceWith(notes);
  document.title = `${document.title} — notes`;
  const channel = openBriefingChannel((message) => {
    if (message.type === 'step') notes.step = message.id;
  });
  notes.addEventListener('story-navigate', (event) => channel.post({type: 'go', id: event.detail.id}));
  channel.post({type: 'hello'});
} else if (element) {
  element.story = readStoryData(document);
  if (mode && (STORY_MODES as readonly string[]).includes(mode)) element.mode = mode as StoryMode;
  const start = params.get('step');
  if (start) element.start = start;
  const channel = openBriefingChannel((message) => {
    if (message.type === 'go') element.goTo(message.id);
    if (message.type === 'hello' && element.currentStep) channel.post({type: 'step', id: element.currentStep, index: element.steps.indexOf(element.currentStep)});
  });
  const pym = startPymChild();
  // The notes window is this page in notes mode; the two follow each other over the briefing channel.
  element.addEventListener('story-speaker-notes', () => {
    const url = new URL(location.href);
    url.searchParams.set('mode', 'notes');
    window.open(url.href, 'story-speaker-notes', 'popup,width=960,height=640');
  });
  element.addEventListener('story-step-enter', (event) => {
    channel.post({type: 'step', id: event.detail.id, index: event.detail.index});
    pym?.sendHeight();
  });
  // Without a map, each step shows its snapshot picture (when the build made them).
  element.addEventListener('story-map-error', () => {
    void loadSnapshotManifest().then((manifest) => {
      const files = manifest?.[element.language] ?? [];
      const story = element.story;
      element.querySelectorAll<HTMLElement>('.step[data-step]').forEach((section, index) => {
        const file = files[index];
        const step = story?.steps[index];
        if (!file || !step || section.querySelector('.step-snapshot')) return;
        const image = document.createElement('img');
        image.className = 'step-snapshot';
        image.src = file;
        image.alt = strings(element.language).page.snapshotAlt(step.caption ?? step.title);
        image.loading = 'lazy';
        section.querySelector('h3')?.after(image);
      });
    });
  });
  // Offline by default: a remote basemap only when the page or its URL asks for one. The
  // attribute tells the element to wait for it before it starts the map.
  const basemapUrl = element.getAttribute('basemap') ?? params.get('basemap');
  if (basemapUrl) element.setAttribute('basemap', basemapUrl);
  // The layers the opening step shows come first; the rest after its first picture, so they
  // neither delay it nor compete with it for the network, the main thread and MapLibre's worker.
  try {
    // Under the page's poster, the reader's first move starts the live map: its data loads then,
    // the layers of the step it opens on (the one in view, or the deep-linked one) first.
    const opening = await element.mapWanted;
    const first = element.story.steps.find((step) => step.id === opening)?.layers ?? LAYER_NAMES;
    const [geo, basemap] = await Promise.all([loadGeoLayers(first), basemapUrl ? loadBasemapStyle(basemapUrl) : undefined]);
    element.basemapStyle = basemap;
    element.geo = geo;
    // No map (no WebGL): the snapshots stand in and the other layers are not needed.
    const shown = await element.ready.then(() => true, () => false);
    if (shown) element.geo = {...geo, ...(await loadGeoLayers(LAYER_NAMES.filter((name) => !first.includes(name))))};
  } catch (error) {
    // The text is already on the page; the notice says which file failed and what to do.
    element.reportDataError(error instanceof Error ? error.message : String(error));
  }
}
