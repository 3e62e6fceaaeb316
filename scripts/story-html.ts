/**
 * The story text's Lit templates (src/components/text-templates.ts) as HTML, at build time: for the
 * pages' light DOM (scripts/vite-story-plugin.ts) and the handout (scripts/handout.ts). Lit SSR
 * escapes every value, as Lit does in the browser, so all outputs get the same escaping.
 */
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import type {TemplateResult} from 'lit';
import {storyPage} from '../src/components/text-templates.ts';
import type {Story} from '../src/story/schema.ts';

/**
 * Lit's hydration markers. Nothing hydrates this HTML (the page's steps are read, not re-rendered),
 * so they would only add weight. Story text cannot produce them: its `<` is always escaped.
 */
const HYDRATION_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->/g;

/** A Lit template as static HTML. */
export function toHtml(template: TemplateResult): string {
  return collectResultSync(render(template)).replace(HYDRATION_MARKERS, '');
}

/** The whole story as static HTML for the page's light DOM ({@link storyPage}). */
export function renderStoryHtml(story: Story): string {
  return toHtml(storyPage(story));
}
