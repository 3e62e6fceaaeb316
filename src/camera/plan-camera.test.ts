import {describe, expect, it} from 'vitest';
import {FIT_MAX_ZOOM, FLIGHT_MS, planCamera, stepTarget} from './plan-camera.ts';

const padding = {top: 40, right: 40, bottom: 40, left: 512};

describe('planCamera', () => {
  it('fits a target’s bounds, padded clear of the text, in a flight', () => {
    expect(planCamera({bounds: [114, 24.5, 116.6, 27.2]}, {padding, reducedMotion: false})).toEqual({
      kind: 'fit',
      bounds: [114, 24.5, 116.6, 27.2],
      padding,
      maxZoom: FIT_MAX_ZOOM,
      duration: FLIGHT_MS,
    });
  });

  it('jumps instead of flying when the reader prefers reduced motion', () => {
    expect(planCamera({bounds: [114, 24.5, 116.6, 27.2]}, {padding, reducedMotion: true}).duration).toBe(0);
  });

  it('uses an explicit camera as given', () => {
    const plan = planCamera({camera: {center: [114.9, 25.8], zoom: 9, bearing: 10, pitch: 30}}, {padding, reducedMotion: false});
    expect(plan).toEqual({kind: 'fly', center: [114.9, 25.8], zoom: 9, bearing: 10, pitch: 30, padding, duration: FLIGHT_MS});
  });
});

describe('stepTarget', () => {
  it('aims at a step’s explicit camera before its bounds, and at nothing without either', () => {
    const camera = {center: [115, 26] as [number, number], zoom: 9, bearing: 0, pitch: 30};
    expect(stepTarget({camera, bounds: [114, 25, 116, 27]})).toEqual({camera});
    expect(stepTarget({bounds: [114, 25, 116, 27]})).toEqual({bounds: [114, 25, 116, 27]});
    expect(stepTarget({})).toBeUndefined();
  });
});
