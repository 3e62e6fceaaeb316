import type {StyleSpecification} from 'maplibre-gl';

/** How long a remote basemap style may take before the embedded style is used instead. */
export const BASEMAP_TIMEOUT_MS = 5000;

/**
 * Fetches an opt-in remote basemap style. Any failure (network, HTTP status, invalid JSON, not a
 * style, timeout) returns `undefined` so the story falls back to its embedded style; the reason is
 * logged for the developer as a warning, never shown to the reader.
 */
export async function loadBasemapStyle(url: string, timeoutMs = BASEMAP_TIMEOUT_MS): Promise<StyleSpecification | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {signal: controller.signal});
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const style = (await response.json()) as Partial<StyleSpecification>;
    if (style.version !== 8 || !Array.isArray(style.layers) || typeof style.sources !== 'object') throw new Error('not a MapLibre style (version 8 with sources and layers)');
    return style as StyleSpecification;
  } catch (error) {
    const reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : error instanceof Error ? error.message : String(error);
    console.warn(`story-map: basemap ${url} not used (${reason}); using the embedded style.`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
