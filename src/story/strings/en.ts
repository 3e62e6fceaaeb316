import type {Strings} from './zh.ts';

/** Every word the story's elements, page and live region say in English (the shape of zh.ts). */
export const en: Strings = {
  map: {
    map: 'Map of Ganzhou',
    reduceMotion: 'Reduce motion',
    legend: 'Legend',
    counter: 'Current step',
    previous: 'Previous',
    next: 'Next',
  },
  notice: {
    'webgl-unavailable': 'This browser cannot show the interactive map (WebGL 2 is unavailable). The story text below is complete.',
    'map-failed': 'The map could not be loaded. The story text below is complete.',
    'context-lost': 'The map’s graphics context was lost (WebGL). The story continues as text with still maps.',
    'data-failed': 'The map data could not be loaded. The story text below is complete.',
  },
  progress: {
    chapters: 'Chapters',
    previous: 'Previous step',
    next: 'Next step',
    progress: 'Reading progress',
    step: (n: number, total: number) => `${n} / ${total}`,
  },
  notes: {
    title: 'Speaker notes',
    now: 'Now',
    next: 'Next',
    none: '(last step)',
    notes: 'Notes',
    elapsed: 'Elapsed',
    previous: 'Previous',
    forward: 'Next',
    waiting: 'Waiting for the presenting window…',
  },
  page: {
    source: (source: string) => `Source: ${source}`,
    credits: 'Credits',
    snapshotAlt: (caption: string) => `Map: ${caption}`,
  },
  describe: {
    step: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}.`,
    view: (names: string) => `The map shows ${names}.`,
    area: 'the selected area',
    highlight: (names: string) => `Highlighted: ${names}.`,
    approximate: ' (approximate location)',
    disputed: ' (location disputed)',
    drawing: (name: string, km: number, total: number) => `Drawing the ${name}: ${km} of ${total} km.`,
    drawn: (names: string) => `Railways drawn: ${names}.`,
    list: (names: string[]) => names.join(', '),
  },
};
