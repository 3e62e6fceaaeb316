import type {CDPSession} from 'playwright-core';

/** The page's JS heap after a full garbage collection, from a heap snapshot, in bytes. */
export interface HeapSize {
  total: number;
  /** Machine code V8 compiled for hot functions: it grows while the engine warms up, not with retained data. */
  compiledCode: number;
  /** Everything else: the objects, strings, arrays and buffers the page keeps. */
  retained: number;
}

interface HeapSnapshotJson {
  snapshot: {meta: {node_fields: string[]; node_types: [string[], ...unknown[]]}};
  nodes: number[];
}

export async function measureHeap(session: CDPSession): Promise<HeapSize> {
  await session.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const collect = ({chunk}: {chunk: string}) => chunks.push(chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await session.send('HeapProfiler.takeHeapSnapshot', {reportProgress: false});
  session.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const {snapshot, nodes} = JSON.parse(chunks.join('')) as HeapSnapshotJson;
  const fields = snapshot.meta.node_fields;
  const typeField = fields.indexOf('type');
  const sizeField = fields.indexOf('self_size');
  const codeType = snapshot.meta.node_types[0].indexOf('code');
  let total = 0;
  let compiledCode = 0;
  for (let node = 0; node < nodes.length; node += fields.length) {
    const size = nodes[node + sizeField] as number;
    total += size;
    if (nodes[node + typeField] === codeType) compiledCode += size;
  }
  return {total, compiledCode, retained: total - compiledCode};
}
