import {preview} from 'vite';
import type {TestProject} from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ (built by `npm run test:browser` before the tests) on a free loopback port. */
export default async function serveBuild(project: TestProject): Promise<() => Promise<void>> {
  const server = await preview({preview: {host: '127.0.0.1', port: 0, strictPort: false}, logLevel: 'silent'});
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
