/** Messages between the presenting window and its speaker-notes window. */
export type BriefingMessage =
  | {type: 'step'; id: string; index: number}
  | {type: 'go'; id: string}
  | {type: 'hello'};

/** The channel both windows of one story open; same origin, same browser, no server. */
const CHANNEL = 'ganzhou-story-briefing';

/** Opens the briefing channel; returns a sender and a way to close it. */
export function openBriefingChannel(onMessage: (message: BriefingMessage) => void): {post(message: BriefingMessage): void; close(): void} {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<BriefingMessage>) => onMessage(event.data);
  return {post: (message) => channel.postMessage(message), close: () => channel.close()};
}
