import {describe, expect, it} from 'vitest';
import {paddingFor, paddingForText, presentPadding, safeArea16x9} from './text-padding.ts';

describe('paddingForText', () => {
  it('keeps targets right of the text column on a desktop', () => {
    expect(paddingForText({width: 1280, height: 800})).toEqual({top: 96, right: 40, bottom: 40, left: 512});
  });

  it('narrows the column share on a small laptop', () => {
    expect(paddingForText({width: 800, height: 600}).left).toBe(32 + 320 + 30);
  });

  it('keeps targets right of the column as the page laid it out, when measured', () => {
    expect(paddingForText({width: 844, height: 390}, {textRight: 369.6}).left).toBe(370 + 20);
  });

  it('keeps targets above the key button strip when the legend is folded (landscape phones)', () => {
    expect(paddingForText({width: 844, height: 390}, {compactKey: true, textRight: 370})).toEqual({top: 76, right: 20, bottom: 56, left: 390});
  });

  it('keeps targets above credits that run to two lines over the strip, with the scale bar above them', () => {
    expect(paddingForText({width: 844, height: 390}, {compactKey: true, textRight: 370, bottomControls: 66}).bottom).toBe(72);
    expect(paddingForText({width: 390, height: 844}, {layout: 'split', mapFrame: {width: 390, height: 473}, bottomControls: 46}).bottom).toBe(56);
  });

  it('frames targets inside the map on top of a phone, under the progress bar, above the strip, with room for names at the sides', () => {
    expect(paddingForText({width: 390, height: 844}, {layout: 'split', mapFrame: {width: 390, height: 473}})).toEqual({top: 76, right: 40, bottom: 56, left: 40});
    expect(paddingForText({width: 360, height: 640}, {layout: 'split', mapFrame: {width: 360, height: 358}})).toEqual({top: 74, right: 40, bottom: 54, left: 40});
  });
});

describe('presentPadding', () => {
  it('keeps targets right of the briefing panel in a 16:9 projector image', () => {
    expect(presentPadding({width: 1920, height: 1080})).toEqual({top: 54, right: 54, bottom: 54, left: 784});
  });

  it('works inside the 16:9 safe area of a wider screen', () => {
    expect(safeArea16x9({width: 2560, height: 1080})).toEqual({x: 320, y: 0, width: 1920, height: 1080});
    expect(presentPadding({width: 2560, height: 1080}).right).toBe(320 + 54);
  });
});

describe('paddingFor', () => {
  it('keeps a reading target clear of the legend at the right', () => {
    expect(paddingFor('scroll', {width: 1280, height: 800}, {legendWidth: 200})).toEqual({top: 96, right: 224, bottom: 40, left: 512});
  });

  it('leaves the right margin when the legend is narrower than it or absent', () => {
    expect(paddingFor('scroll', {width: 1280, height: 800}, {legendWidth: 10}).right).toBe(40);
    expect(paddingFor('scroll', {width: 1280, height: 800}).right).toBe(40);
  });

  it('has no legend at the right of a phone’s map: the key button folds it', () => {
    const frames = {layout: 'split', compactKey: true, mapFrame: {width: 390, height: 473}} as const;
    expect(paddingFor('scroll', {width: 390, height: 844}, {...frames, legendWidth: 0})).toEqual(paddingForText({width: 390, height: 844}, frames));
  });

  it('frames briefing targets in the safe area, clear of the legend', () => {
    expect(paddingFor('present', {width: 1920, height: 1080}, {legendWidth: 300})).toEqual({top: 54, right: 324, bottom: 54, left: 784});
  });

  it('keeps an even margin inside an embedded map frame', () => {
    expect(paddingFor('stepper', {width: 1280, height: 800}, {mapFrame: {width: 640, height: 360}})).toEqual({top: 22, right: 22, bottom: 46, left: 22});
    expect(paddingFor('step', {width: 390, height: 844}, {mapFrame: {width: 390, height: 219}}).left).toBe(13);
  });
});
