import {describe, expect, it} from 'vitest';
import {paddingFor, paddingForText, presentPadding, safeArea16x9} from './text-padding.ts';

describe('paddingForText', () => {
  it('keeps targets right of the text column on a desktop', () => {
    expect(paddingForText({width: 1280, height: 800})).toEqual({top: 96, right: 40, bottom: 40, left: 512});
  });

  it('narrows the column share on a small laptop', () => {
    expect(paddingForText({width: 800, height: 600}).left).toBe(32 + 320 + 30);
  });

  it('keeps targets above the cards on a phone', () => {
    expect(paddingForText({width: 390, height: 844})).toEqual({top: 76, right: 20, bottom: 380, left: 20});
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

  it('ignores the legend on a phone, where it sits over the cards', () => {
    expect(paddingFor('scroll', {width: 390, height: 844}, {legendWidth: 200})).toEqual(paddingForText({width: 390, height: 844}));
  });

  it('frames briefing targets in the safe area, clear of the legend', () => {
    expect(paddingFor('present', {width: 1920, height: 1080}, {legendWidth: 300})).toEqual({top: 54, right: 324, bottom: 54, left: 784});
  });

  it('keeps an even margin inside an embedded map frame', () => {
    expect(paddingFor('stepper', {width: 1280, height: 800}, {mapFrame: {width: 640, height: 360}})).toEqual({top: 22, right: 22, bottom: 46, left: 22});
    expect(paddingFor('step', {width: 390, height: 844}, {mapFrame: {width: 390, height: 219}}).left).toBe(13);
  });
});
