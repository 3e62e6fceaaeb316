/**
 * `npm run check:own-words -- <source.txt>`: lists every run of 25 or more characters that the
 * Chinese story's body shares with a source text (the article it retells), punctuation and
 * whitespace ignored, and exits 1 when there is any, 0 when there is none, 2 on a usage error.
 *
 * The body is everything after the front matter: chapter and step titles, step text, and the map
 * blocks with their captions, sources, notes and legend labels (their keys and ids are ASCII and
 * never match Chinese prose). The front matter's byline and credits name the article and its
 * reporters on purpose and are not checked. Marked quotations are skipped: text in 「」 or “”
 * with a verb of saying (说, 介绍, 表示 …) next to it, so the reader knows who said it — see
 * `markedQuotations` in scripts/own-words.ts for the exact rule.
 *
 * The article is not ours to publish and stays out of the repository; pass its path.
 * `--story FILE` checks another story file (default stories/ganzhou/story.zh.md).
 */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {MIN_RUN_LENGTH, bodyStart, sharedRuns} from './own-words.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'Usage: npm run check:own-words -- [--story stories/ganzhou/story.zh.md] <source.txt>';

/** The command line's story file and source file; a bad one stops with the usage. */
function readArguments(): {story: string; source: string} {
  try {
    const {values, positionals} = parseArgs({
      options: {story: {type: 'string', default: 'stories/ganzhou/story.zh.md'}},
      allowPositionals: true,
    });
    const [source, ...extra] = positionals;
    if (source === undefined) throw new Error('no source text given');
    if (extra.length > 0) throw new Error(`one source text at a time, got ${positionals.length}`);
    return {story: values.story, source};
  } catch (error) {
    console.error(`check:own-words: ${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
    process.exit(2);
  }
}

/** A file's text, or a message naming the file and stopping with exit code 2. */
function read(path: string, what: string, base: string): string {
  try {
    return readFileSync(resolve(base, path), 'utf8');
  } catch (error) {
    console.error(`check:own-words: cannot read the ${what} ${path}: ${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
    process.exit(2);
  }
}

const {story, source} = readArguments();
// The story is named relative to the repository; the source relative to where the command runs.
const storyText = read(story, 'story', root);
const sourceText = read(source, 'source text', process.cwd());
const runs = sharedRuns(storyText, sourceText, {from: bodyStart(storyText)});

for (const run of runs) {
  console.error(`${story}:${run.line}:${run.column} shares ${run.length} characters with ${source}: ${run.text.replaceAll('\n', ' ⏎ ')}`);
}
if (runs.length > 0) {
  console.error(
    `check:own-words: ${runs.length} run${runs.length === 1 ? '' : 's'} of ${MIN_RUN_LENGTH}+ characters in ${story} copied from ${source}. ` +
      'Tell these facts in your own words (keep every figure), or, for a quotation, put it in “” or 「」 and say who said it (…说、…介绍). ' +
      'Only document titles (《…》) and lists of proper names may stay as they are.',
  );
  process.exit(1);
}
console.log(`check:own-words: ${story} shares no run of ${MIN_RUN_LENGTH}+ characters with ${source} outside marked quotations.`);
