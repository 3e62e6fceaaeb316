/**
 * The one renderer of story text (docs/decisions/0007-one-text-renderer.md). `<story-embed>` renders
 * these templates live; the build renders them to HTML with Lit SSR (scripts/story-html.ts) for the
 * pages' light DOM and the handout. Lit escapes every value it puts in text or an attribute, so no
 * line here writes or escapes markup by hand.
 */
import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import type {Block, Inline, Language, Step, Story} from '../story/schema.ts';
import {isSafeHref} from '../story/safe-href.ts';
import {strings} from '../story/strings.ts';

function inline(nodes: readonly Inline[]): (TemplateResult | string)[] {
  return nodes.flatMap((node) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'strong':
        return html`<strong>${inline(node.children)}</strong>`;
      case 'em':
        return html`<em>${inline(node.children)}</em>`;
      case 'code':
        return html`<code>${node.text}</code>`;
      case 'link':
        // Defence in depth: the checker refuses unsafe links, and the renderer never writes one.
        if (!isSafeHref(node.href)) return inline(node.children);
        // A step link stays in the story; only other sites get the opener cut off.
        return node.href.startsWith('#')
          ? html`<a href=${node.href}>${inline(node.children)}</a>`
          : html`<a href=${node.href} rel="noopener noreferrer">${inline(node.children)}</a>`;
      case 'break':
        return html`<br>`;
    }
  });
}

function block(node: Block): TemplateResult {
  switch (node.type) {
    case 'paragraph':
      return html`<p>${inline(node.children)}</p>`;
    case 'list': {
      const items = node.items.map((item) => html`<li>${inline(item)}</li>`);
      return node.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
  }
}

/** What {@link storyStep} shows of a step. */
export type StepText = Pick<Step, 'id' | 'title' | 'body' | 'caption' | 'source'>;

/**
 * One step as readers get it everywhere — page, embed and handout: its heading, text (paragraphs,
 * lists, emphasis, code, safe links), caption and source, in a `section.step` that `<story-map>`
 * finds by `data-step`, and that deep links (`#step-id`) and screen readers find by id and heading.
 */
export function storyStep(step: StepText, language: Language): TemplateResult {
  return html`<section class="step" id=${step.id} data-step=${step.id} aria-labelledby="${step.id}-title">
<h3 id="${step.id}-title">${step.title}</h3>
${step.body.map(block)}
${step.caption ? html`<p class="caption">${step.caption}</p>` : nothing}${step.source ? html`<p class="source">${strings(language).page.source(step.source)}</p>` : nothing}
</section>`;
}

/**
 * The story's title, subtitle and byline. `level` is the title's heading level: 1 on the story's
 * own page, 2 inside a news page that has its own `<h1>`.
 */
export function storyHeader(story: Pick<Story, 'title' | 'subtitle' | 'byline'>, level: 1 | 2): TemplateResult {
  return html`<header class="story-header">
${level === 1 ? html`<h1>${story.title}</h1>` : html`<h2>${story.title}</h2>`}
${story.subtitle ? html`<p class="subtitle">${story.subtitle}</p>` : nothing}
<p class="byline">${story.byline}</p>
</header>`;
}

/**
 * The whole story for the page's light DOM, rendered at build time: it reads before any script
 * runs, without JavaScript, to search engines and screen readers, and it is the no-WebGL fallback.
 * Steps sit under their chapters' headings; the credits close the story.
 */
export function storyPage(story: Story): TemplateResult {
  const labels = strings(story.language).page;
  const chapters = story.chapters.map(
    (chapter, index) => html`<section class="chapter" aria-labelledby="chapter-${index + 1}">
<h2 class="chapter-title" id="chapter-${index + 1}">${chapter}</h2>
${story.steps.filter((step) => step.chapter === chapter).map((step) => storyStep(step, story.language))}
</section>`,
  );
  return html`${storyHeader(story, 1)}
${chapters}
<footer class="story-credits">
<h2>${labels.credits}</h2>
<ul>${story.credits.map((line) => html`<li>${line}</li>`)}</ul>
</footer>`;
}
