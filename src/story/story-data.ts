import type {StepState, Story, StoryData} from './schema.ts';

/** The run-time data of a story: what the page needs besides the pre-rendered text. */
export function storyData(story: Story): StoryData {
  return {
    language: story.language,
    title: story.title,
    attribution: story.attribution,
    chapters: story.chapters,
    steps: story.steps.map((step): StepState => {
      const {body, line, ...state} = step;
      void body;
      void line;
      return state;
    }),
    places: story.places ?? [],
  };
}
