import {describe, expect, it} from 'vitest';
import {largestBodies} from './page-bytes.ts';

const body = (url: string, size: number) => ({url, body: Buffer.alloc(size)});

describe('largestBodies', () => {
  it('counts a URL fetched twice once, with its largest body', () => {
    const bodies = largestBodies([body('/a.js', 10), body('/a.js', 0), body('/b.js', 5), body('/b.js', 7)], () => true);
    expect([...bodies].map(([url, buffer]) => [url, buffer.length])).toEqual([
      ['/a.js', 10],
      ['/b.js', 7],
    ]);
  });

  it('leaves out the responses it is told not to count', () => {
    expect([...largestBodies([body('/a.js', 10), body('/later.geojson', 99)], (url) => url !== '/later.geojson').keys()]).toEqual(['/a.js']);
  });

  it('stops with the URL of a body that could not be read', () => {
    expect(() => largestBodies([body('/a.js', 10), {url: '/b.geojson', error: 'status 200: gone'}], () => true)).toThrow(/\/b\.geojson \(status 200: gone\)/);
  });

  it('does not mind an unreadable body it does not count', () => {
    expect(largestBodies([{url: '/later.geojson', error: 'closed'}], () => false).size).toBe(0);
  });
});
