/** One problem in a story file, located for the author to fix. */
export interface StoryError {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where in the story, e.g. `steps[3].fit` or `front matter.title`. */
  path: string;
  message: string;
}

/**
 * The style-spec's error style, one line per problem:
 * `stories/ganzhou/story.zh.md:42:7 steps[3].fit: unknown id "龙南县" — did you mean "longnan" (龙南市), "dingnan" (定南县), "quannan" (全南县) or "station-longnan-east" (龙南东)?`
 */
export function formatStoryError(error: StoryError): string {
  return `${error.file}:${error.line}:${error.column} ${error.path}: ${error.message}`;
}
