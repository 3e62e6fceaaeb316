declare module '*.geojson?url' {
  const url: string;
  export default url;
}

declare module 'virtual:ganzhou-story/*' {
  import type {Story} from './story/schema.ts';
  const story: Story;
  export default story;
}
