import {describe, expect, it} from 'vitest';
import {parseCsv} from './csv.ts';
import {position, waypoints} from './fields.ts';

const FILE = 'geo/sources/points.csv';
const row = (csv: string) => {
  const [first] = parseCsv(csv, FILE);
  if (!first) throw new Error('no row');
  return first;
};

describe('position', () => {
  it('reads a WGS84 lon/lat inside the region', () => {
    expect(position(row('id,lon,lat\nx,114.9,25.8\n'), FILE)).toEqual([114.9, 25.8]);
  });

  it('names file, row and field when a coordinate is missing', () => {
    expect(() => position(row('id,lon,lat\nx,,25.8\n'), FILE)).toThrow('geo/sources/points.csv:2 lon: is missing');
  });

  it('recognises a swapped pair and says how to fix it', () => {
    expect(() => position(row('id,lon,lat\nx,25.8,114.9\n'), FILE)).toThrow('geo/sources/points.csv:2 lon/lat: 25.8, 114.9 looks swapped: write longitude first (114.9, 25.8).');
  });

  it('rejects a coordinate outside the region', () => {
    expect(() => position(row('id,lon,lat\nx,-114.9,25.8\n'), FILE)).toThrow('longitude -114.9 is outside the story');
  });

  it('rejects text that is not a number', () => {
    expect(() => position(row('id,lon,lat\nx,114.9E,25.8\n'), FILE)).toThrow('geo/sources/points.csv:2 lon: "114.9E" is not a number.');
  });
});

describe('waypoints', () => {
  it('reads "lon lat; lon lat" in order', () => {
    expect(waypoints(row('id,waypoints\nr,114.1 25.1; 114.2 25.2\n'), FILE)).toEqual([
      [114.1, 25.1],
      [114.2, 25.2],
    ]);
  });

  it('names the waypoint that is wrong', () => {
    expect(() => waypoints(row('id,waypoints\nr,114.1 25.1; 25.2 114.2\n'), FILE)).toThrow('geo/sources/points.csv:2 waypoints point 2: 25.2, 114.2 looks swapped');
  });
});
