import type {Story} from './schema.ts';
import type {StoryError} from './story-error.ts';

/** The map state two language versions of a step must share. */
const SHARED_STATE = ['fit', 'camera', 'layers', 'highlight', 'draw', 'drawn'] as const;

/**
 * Checks that translations of one story tell the same steps with the same map: the same step
 * ids in the same order and chapters, identical map state, and a caption, legend entry, source,
 * notes and image alt text wherever the other language has one.
 */
export function checkParity(stories: readonly Story[]): StoryError[] {
  const [reference, ...others] = stories;
  if (!reference) return [];
  const errors: StoryError[] = [];
  for (const other of others) {
    const report = (story: Story, line: number, path: string, message: string) => errors.push({file: story.file, line, column: 1, path, message});
    const ids = new Set(other.steps.map((s) => s.id));
    const referenceIds = new Set(reference.steps.map((s) => s.id));
    for (const step of reference.steps) {
      if (!ids.has(step.id)) report(other, other.steps.at(-1)?.line ?? 1, 'steps', `step "${step.id}" (${reference.file}:${step.line}) is missing: translate it with the same id`);
    }
    for (const step of other.steps) {
      if (!referenceIds.has(step.id)) report(other, step.line, 'steps', `step "${step.id}" is not in ${reference.file}: every language has the same steps`);
    }
    if (other.chapters.length !== reference.chapters.length) {
      report(other, 1, 'chapters', `has ${other.chapters.length} chapters, ${reference.file} has ${reference.chapters.length}`);
    }
    other.steps.forEach((step, index) => {
      const match = reference.steps.find((s) => s.id === step.id);
      if (!match) return;
      const path = `steps[${index}]`;
      const referenceIndex = reference.steps.indexOf(match);
      if (referenceIndex !== index) report(other, step.line, `${path}.id`, `"${step.id}" is step ${index + 1} here but step ${referenceIndex + 1} in ${reference.file}`);
      if (reference.chapters.indexOf(match.chapter) !== other.chapters.indexOf(step.chapter)) {
        report(other, step.line, `${path}.chapter`, `is in chapter ${other.chapters.indexOf(step.chapter) + 1} here but ${reference.chapters.indexOf(match.chapter) + 1} in ${reference.file}`);
      }
      for (const field of SHARED_STATE) {
        if (JSON.stringify(step[field]) !== JSON.stringify(match[field])) {
          report(other, step.line, `${path}.${field}`, `differs from ${reference.file}:${match.line} — both languages show the same map`);
        }
      }
      for (const field of ['caption', 'source', 'notes'] as const) {
        if ((step[field] === undefined) !== (match[field] === undefined)) {
          const [missing, present] = step[field] === undefined ? [other, reference] : [reference, other];
          const missingStep = missing === other ? step : match;
          report(missing, missingStep.line, `${path}.${field}`, `is missing but ${present.file} has one: translate it`);
        }
      }
      if (step.legend.length !== match.legend.length) {
        report(other, step.line, `${path}.legend`, `has ${step.legend.length} entries, ${reference.file} has ${match.legend.length}: translate every legend entry`);
      } else {
        step.legend.forEach((entry, entryIndex) => {
          if (entry.symbol !== match.legend[entryIndex]?.symbol) report(other, step.line, `${path}.legend[${entryIndex}].symbol`, `is "${entry.symbol}" but "${match.legend[entryIndex]?.symbol}" in ${reference.file}`);
        });
      }
      if ((step.image === undefined) !== (match.image === undefined)) {
        report(other, step.line, `${path}.image`, `${step.image ? 'is' : 'is not'} given here but ${match.image ? 'is' : 'is not'} in ${reference.file}: both languages show the same image, each with its own alt text`);
      }
    });
  }
  return errors;
}
