/**
 * Finds the runs of text a story shares with a source article, so that we tell the article's
 * facts in our own words instead of republishing its sentences. `scripts/check-own-words.ts` is
 * the command line; this module is the pure part, tested on invented text in own-words.test.ts.
 *
 * Matching counts only letters and digits: punctuation, symbols and whitespace are ignored, and
 * both texts are NFKC-normalized and lower-cased first, so full-width and half-width digits match
 * and a copied sentence with its commas changed is still found.
 */

/** The shortest shared run reported, in counted characters (letters and digits). */
export const MIN_RUN_LENGTH = 25;

/**
 * How far (in characters, either side) from a quotation the verb of saying may stand: far enough
 * for 「农场负责人吴承肖说」 after the closing mark, near enough to stay in the same sentence.
 */
const ATTRIBUTION_REACH = 30;

/** Verbs that say who is speaking: 说, 介绍, 表示 …; 称 also catches 原报道称. */
const SAYING = /说|介绍|表示|告诉|指出|谈到|写道|称/;

/** Characters that do not count: punctuation (P), symbols (S), separators (Z), controls (Cc), whitespace. */
const IGNORED = /[\p{P}\p{S}\p{Z}\p{Cc}\s]/u;

/** Quotation marks: an opening mark and the mark that closes it. */
const MARKS: Readonly<Record<string, string>> = {'「': '」', '“': '”'};

/** A span of a text, as character offsets: `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A run a story shares with the source. */
export interface SharedRun {
  /** 1-based line and column in the story where the run starts. */
  line: number;
  column: number;
  /** The run as the story writes it, punctuation included. */
  text: string;
  /** Its length in counted characters (letters and digits). */
  length: number;
}

/** Options of {@link sharedRuns}. */
export interface SharedRunOptions {
  /** Offset in the story where the checked text starts (see {@link bodyStart}); default 0. */
  from?: number;
  /** Shortest run reported; default {@link MIN_RUN_LENGTH}. */
  minLength?: number;
}

/**
 * Where a story's body starts: after its YAML front matter (between two `---` lines), which names
 * the article, its title and its reporters on purpose; 0 when there is none.
 *
 * @example bodyStart('---\ntitle: t\n---\n# 序章\n') // 17, the offset of "# 序章"
 */
export function bodyStart(text: string): number {
  const match = /^---\r?\n(?:.*\r?\n)*?---[\t ]*(?:\r?\n|$)/.exec(text);
  return match ? match[0].length : 0;
}

/**
 * The marked quotations of a text: the span from an opening 「 or “ to its closing 」 or ” on the
 * same line (marks included), when a verb of saying (说, 介绍, 表示, 告诉, 指出, 谈到, 写道, 称)
 * stands within 30 characters before the opening mark or after the closing mark on that line,
 * so that the text names who said it. Quotation marks alone do not make a quotation: the stories
 * also put “” around names and slogans (“稀土王国”), and marks alone would let any copied
 * sentence pass by being put in quotes. Nested 『』 and ‘’ stay inside the quotation.
 *
 * @example markedQuotations('他说：“今年好。”') // [{start: 3, end: 9}]
 */
export function markedQuotations(text: string): TextRange[] {
  const found: TextRange[] = [];
  for (let open = 0; open < text.length; open++) {
    const close = MARKS[text.charAt(open)];
    if (close === undefined) continue;
    const lineEnd = text.indexOf('\n', open);
    const end = text.indexOf(close, open + 1);
    if (end < 0 || (lineEnd >= 0 && end > lineEnd)) continue;
    const lineStart = text.lastIndexOf('\n', open) + 1;
    const before = text.slice(Math.max(lineStart, open - ATTRIBUTION_REACH), open);
    const after = text.slice(end + 1, Math.min(lineEnd < 0 ? text.length : lineEnd, end + 1 + ATTRIBUTION_REACH));
    if (SAYING.test(before) || SAYING.test(after)) {
      found.push({start: open, end: end + 1});
      open = end;
    }
  }
  return found;
}

/** A text's counted characters, normalized, with the offset in the text each comes from. */
function counted(text: string, from: number, breaks: readonly TextRange[]): {chars: string; offsets: number[]} {
  let chars = '';
  const offsets: number[] = [];
  let nextBreak = 0;
  for (let offset = from; offset < text.length; ) {
    const range = breaks[nextBreak];
    if (range && offset >= range.start) {
      // A NUL never occurs in normalized text, so no shared window reaches across a quotation.
      if (offset < range.end) {
        chars += '\0';
        offsets.push(offset);
        offset = range.end;
      }
      nextBreak++;
      continue;
    }
    const codePoint = text.codePointAt(offset) ?? 0;
    const char = String.fromCodePoint(codePoint);
    for (const normal of char.normalize('NFKC').toLowerCase()) {
      if (IGNORED.test(normal)) continue;
      chars += normal;
      offsets.push(offset);
    }
    offset += char.length;
  }
  return {chars, offsets};
}

/** 1-based line and column of an offset. */
function placeOf(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {line: before.split('\n').length, column: offset - lineStart + 1};
}

/**
 * Every run of `minLength` (25) or more counted characters that `story` shares with `source`,
 * punctuation and whitespace ignored, outside marked quotations ({@link markedQuotations}).
 * A run is the union of overlapping shared windows of `minLength` characters, so a run of 24
 * shared characters is never reported, and a longer copied passage is reported once.
 *
 * @example sharedRuns(story, article, {from: bodyStart(story)}).map((run) => `${run.line}: ${run.text}`)
 */
export function sharedRuns(story: string, source: string, options: SharedRunOptions = {}): SharedRun[] {
  const minLength = options.minLength ?? MIN_RUN_LENGTH;
  const {chars, offsets} = counted(story, options.from ?? 0, markedQuotations(story));
  const sourceChars = counted(source, 0, []).chars;
  const windows = new Set<string>();
  for (let start = 0; start + minLength <= sourceChars.length; start++) windows.add(sourceChars.slice(start, start + minLength));

  const spans: TextRange[] = [];
  for (let start = 0; start + minLength <= chars.length; start++) {
    if (!windows.has(chars.slice(start, start + minLength))) continue;
    const last = spans.at(-1);
    if (last && start <= last.end) last.end = start + minLength;
    else spans.push({start, end: start + minLength});
  }

  return spans.map(({start, end}) => {
    const first = offsets[start] ?? 0;
    const lastOffset = offsets[end - 1] ?? first;
    const lastChar = String.fromCodePoint(story.codePointAt(lastOffset) ?? 0);
    return {...placeOf(story, first), text: story.slice(first, lastOffset + lastChar.length), length: end - start};
  });
}
