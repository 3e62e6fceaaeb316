import type {Block, Inline, Story} from './schema.ts';
import {isSafeHref} from './safe-href.ts';
import {strings} from './strings.ts';

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

function inline(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeHtml(node.text);
        case 'strong':
          return `<strong>${inline(node.children)}</strong>`;
        case 'em':
          return `<em>${inline(node.children)}</em>`;
        case 'code':
          return `<code>${escapeHtml(node.text)}</code>`;
        case 'link':
          // Defence in depth: the checker refuses unsafe links, and the renderer never writes one.
          if (!isSafeHref(node.href)) return inline(node.children);
          return `<a href="${escapeHtml(node.href)}"${node.href.startsWith('#') ? '' : ' rel="noopener noreferrer"'}>${inline(node.children)}</a>`;
        case 'break':
          return '<br>';
      }
    })
    .join('');
}

function block(node: Block): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${inline(node.children)}</p>`;
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      return `<${tag}>${node.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
  }
}

/** A step's text as escaped HTML (paragraphs and lists), for the handout. */
export function renderBlocks(blocks: readonly Block[]): string {
  return blocks.map(block).join('\n');
}

/**
 * The story as static HTML for the page's light DOM: it reads before any script runs, without
 * JavaScript, to search engines and screen readers, and it is the no-WebGL fallback. Every piece
 * of story text is escaped; the only markup is what this function writes.
 */
export function renderStoryHtml(story: Story): string {
  const labels = strings(story.language).page;
  const chapters = story.chapters.map((chapter, chapterIndex) => {
    const steps = story.steps
      .filter((step) => step.chapter === chapter)
      .map((step) => {
        const caption = step.caption ? `<p class="caption">${escapeHtml(step.caption)}</p>` : '';
        const source = step.source ? `<p class="source">${labels.source}：${escapeHtml(step.source)}</p>` : '';
        return `<section class="step" id="${escapeHtml(step.id)}" data-step="${escapeHtml(step.id)}" aria-labelledby="${escapeHtml(step.id)}-title">
<h3 id="${escapeHtml(step.id)}-title">${escapeHtml(step.title)}</h3>
${step.body.map(block).join('\n')}
${caption}${source}
</section>`;
      });
    return `<section class="chapter" aria-labelledby="chapter-${chapterIndex + 1}">
<h2 class="chapter-title" id="chapter-${chapterIndex + 1}">${escapeHtml(chapter)}</h2>
${steps.join('\n')}
</section>`;
  });
  return `<header class="story-header">
<h1>${escapeHtml(story.title)}</h1>
${story.subtitle ? `<p class="subtitle">${escapeHtml(story.subtitle)}</p>` : ''}
<p class="byline">${escapeHtml(story.byline)}</p>
</header>
${chapters.join('\n')}
<footer class="story-credits">
<h2>${labels.credits}</h2>
<ul>${story.credits.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>
</footer>`;
}
