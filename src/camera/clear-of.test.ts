import {describe, expect, it} from 'vitest';
import {clearOf} from './clear-of.ts';

describe('clearOf', () => {
  const desktop = {width: 1280, height: 800};

  it('keeps the margin on every side when nothing covers the map', () => {
    expect(clearOf(desktop, [], 20)).toEqual({top: 20, right: 20, bottom: 20, left: 20});
  });

  it('cuts a toolbar across the top off from the top', () => {
    expect(clearOf(desktop, [{left: 10, top: 10, right: 330, bottom: 60}], 20)).toEqual({top: 80, right: 20, bottom: 20, left: 20});
  });

  it('cuts a tall card on the right off from the right', () => {
    expect(clearOf(desktop, [{left: 930, top: 10, right: 1270, bottom: 600}], 20)).toEqual({top: 20, right: 370, bottom: 20, left: 20});
  });

  it('cuts a phone sheet along the bottom off from the bottom, and a toolbar from the top', () => {
    const phone = {width: 390, height: 844};
    const boxes = [
      {left: 0, top: 0, right: 390, bottom: 100},
      {left: 0, top: 480, right: 390, bottom: 844},
    ];
    expect(clearOf(phone, boxes, 16)).toEqual({top: 116, right: 16, bottom: 380, left: 16});
  });

  it('ignores boxes outside the frame and empty ones', () => {
    const boxes = [
      {left: -200, top: 10, right: -10, bottom: 600},
      {left: 500, top: 900, right: 700, bottom: 1000},
      {left: 100, top: 100, right: 100, bottom: 300},
    ];
    expect(clearOf(desktop, boxes, 20)).toEqual({top: 20, right: 20, bottom: 20, left: 20});
  });

  it('never pads the map down to less than a usable area', () => {
    const small = {width: 300, height: 200};
    expect(clearOf(small, [{left: 0, top: 0, right: 300, bottom: 190}], 10)).toEqual({top: 10, right: 10, bottom: 10, left: 10});
  });
});
