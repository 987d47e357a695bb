import { describe, expect, it } from 'vitest';
import { cardPlace, columnsFor } from './grid-columns';

describe('columnsFor', () => {
  it('fits as many 260 px cards with 12 px gaps as the width allows', () => {
    expect(columnsFor(260)).toBe(1);
    expect(columnsFor(531)).toBe(1);
    expect(columnsFor(532)).toBe(2);
    expect(columnsFor(1100)).toBe(4);
  });

  it('keeps one column when the list is narrower than a card or not measured yet', () => {
    expect(columnsFor(200)).toBe(1);
    expect(columnsFor(0)).toBe(1);
    expect(columnsFor(Number.NaN)).toBe(1);
  });
});

describe('cardPlace', () => {
  it('fills each line left to right before starting the next', () => {
    expect(cardPlace(0, 3)).toEqual({ line: 0, column: 0 });
    expect(cardPlace(2, 3)).toEqual({ line: 0, column: 2 });
    expect(cardPlace(3, 3)).toEqual({ line: 1, column: 0 });
    expect(cardPlace(7, 1)).toEqual({ line: 7, column: 0 });
  });
});
