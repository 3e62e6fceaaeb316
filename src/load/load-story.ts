import type {StoryData} from '../story/schema.ts';

/** The story's step data, embedded in the page by the build as a JSON data block. */
export function readStoryData(document: Document): StoryData {
  const element = document.getElementById('story-data');
  if (!element?.textContent) throw new Error('The page has no #story-data block: build it with `npm run build` (the story plugin embeds it).');
  return JSON.parse(element.textContent) as StoryData;
}
