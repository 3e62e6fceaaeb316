/**
 * `npm run docs:api` (after the analyzer has written docs/custom-elements.json): writes the
 * README's element tables from the manifest, so the API the README documents is the one the
 * code's JSDoc declares. A table goes between `<!-- api:tag-name -->` and `<!-- /api -->`.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

interface ManifestMember {
  kind: 'field' | 'method';
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  description?: string;
  parameters?: {name: string; optional?: boolean; default?: string}[];
}

interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  members?: ManifestMember[];
  attributes?: {name: string; fieldName?: string; description?: string}[];
  events?: {name: string; description?: string}[];
}

export interface Manifest {
  modules: {declarations?: ManifestDeclaration[]}[];
}

const root = fileURLToPath(new URL('..', import.meta.url));
export const MANIFEST_PATH = `${root}docs/custom-elements.json`;
const README_PATH = `${root}README.md`;

/** One line of Markdown table text: newlines joined, pipes escaped. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

/** The member table of one element, from its manifest declaration. */
export function apiTable(manifest: Manifest, tagName: string): string {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
  if (!element) throw new Error(`docs/custom-elements.json has no <${tagName}>: is its file in scripts/custom-elements-manifest.config.mjs's globs?`);
  const members = (element.members ?? []).filter((member) => !member.static && (member.privacy ?? 'public') === 'public');
  const rows: string[][] = [];
  for (const member of members.filter((m) => m.kind === 'field')) {
    const name = member.attribute && member.attribute !== member.name ? `\`${member.attribute}\` / \`${member.name}\`` : `\`${member.name}\``;
    const kind = member.attribute ? 'attribute / property' : member.readonly ? 'read-only property' : 'property';
    rows.push([name, kind, cell(member.description)]);
  }
  const fields = new Set(members.map((member) => member.name));
  for (const attribute of (element.attributes ?? []).filter((a) => !a.fieldName || !fields.has(a.fieldName))) rows.push([`\`${attribute.name}\``, 'attribute', cell(attribute.description)]);
  for (const method of members.filter((m) => m.kind === 'method')) {
    const parameters = (method.parameters ?? []).map((parameter) => (parameter.optional || parameter.default !== undefined ? `${parameter.name}?` : parameter.name)).join(', ');
    rows.push([`\`${method.name}(${parameters})\``, 'method', cell(method.description)]);
  }
  for (const event of element.events ?? []) rows.push([`\`${event.name}\``, 'event', cell(event.description)]);
  return ['| member | kind | description |', '|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The README with every `<!-- api:tag -->` table regenerated from the manifest. */
export function withApiTables(readme: string, manifest: Manifest): string {
  return readme.replace(/(<!-- api:([a-z-]+) -->)[\s\S]*?(<!-- \/api -->)/g, (_, open: string, tagName: string, close: string) => `${open}\n${apiTable(manifest, tagName)}\n${close}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;
  writeFileSync(README_PATH, withApiTables(readFileSync(README_PATH, 'utf8'), manifest));
  console.log('docs:api: README element tables written from docs/custom-elements.json');
}
