import {describe, expect, it} from 'vitest';
import {cumulativeLayoutShift} from './layout-shift.ts';

const shift = (startTime: number, value: number, hadRecentInput = false) => ({startTime, value, hadRecentInput});

describe('cumulativeLayoutShift', () => {
  it('is 0 without shifts', () => {
    expect(cumulativeLayoutShift([])).toBe(0);
  });

  it('sums shifts less than 1 s apart into one window', () => {
    expect(cumulativeLayoutShift([shift(0, 0.1), shift(900, 0.05), shift(1800, 0.02)])).toBeCloseTo(0.17);
  });

  it('takes the largest window when a gap of more than 1 s separates them', () => {
    expect(cumulativeLayoutShift([shift(0, 0.1), shift(500, 0.05), shift(3000, 0.12)])).toBeCloseTo(0.15);
  });

  it('ends a window after 5 s even without a gap', () => {
    const steady = Array.from({length: 12}, (_, i) => shift(i * 800, 0.01));
    // 0, 800 … 4800 in the first window (7 shifts); 5600 starts the next.
    expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.07);
  });

  it('leaves out shifts right after an input', () => {
    expect(cumulativeLayoutShift([shift(0, 0.3, true), shift(100, 0.01)])).toBeCloseTo(0.01);
  });
});
