/** Links a story may contain: https addresses and other steps (`#step-id`). Nothing else is ever a link. */
const SAFE_HREF = /^(https:\/\/[^\s]+|#[a-z0-9-]+)$/;

export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href);
}
