/**
 * The child side of the pym.js protocol (no library needed): newsrooms that embed with pym get an
 * iframe whose height follows the content. Messages are strings
 * `pymxPYMx{childId}xPYMx{type}xPYMx{value}`; the parent sends `width`, the child answers `height`.
 */
const SEPARATOR = 'xPYMx';

function message(childId: string, type: string, value: string): string {
  return ['pym', childId, type, value].join(SEPARATOR);
}

/** Starts reporting this page's height to a pym parent, if the page was opened by one. */
export function startPymChild(): {sendHeight(): void} | undefined {
  const params = new URLSearchParams(location.search);
  const childId = params.get('childId');
  if (!childId || window.parent === window) return undefined;
  const sendHeight = () => window.parent.postMessage(message(childId, 'height', String(document.body.offsetHeight)), '*');
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (typeof event.data !== 'string') return;
    const [prefix, id, type] = event.data.split(SEPARATOR);
    if (prefix === 'pym' && id === childId && type === 'width') sendHeight();
  });
  window.addEventListener('resize', sendHeight);
  new ResizeObserver(sendHeight).observe(document.body);
  sendHeight();
  return {sendHeight};
}
