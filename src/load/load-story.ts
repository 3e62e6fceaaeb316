import type {Language} from '../story/names.ts';
import type {Story, StoryData} from '../story/schema.ts';

/** The story's step data, embedded in the page by the build as a JSON data block. */
export function readStoryData(document: Document): StoryData {
  const element = document.getElementById('story-data');
  if (!element?.textContent) throw new Error('The page has no #story-data block: build it with `npm run build` (the story plugin embeds it).');
  return JSON.parse(element.textContent) as StoryData;
}

/** The whole checked story (text as data) for the embeddable element, loaded as its own chunk. */
export async function loadStory(language: Language): Promise<Story> {
  const module = language === 'en' ? await import('virtual:ganzhou-story/en') : await import('virtual:ganzhou-story/zh');
  return module.default as Story;
}
