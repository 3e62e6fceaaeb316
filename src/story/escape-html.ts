const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/**
 * Escapes text for HTML content and quoted attribute values, where story text meets a string of
 * HTML: the page's `<title>` (written around the templates), the handout's, and MapLibre's credit
 * line, which it reads as HTML. Story text itself is rendered by src/components/text-templates.ts,
 * whose values Lit escapes.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}
