import { AA, contrastRatio, readableOn, surfaces, textOn } from './contrast';

describe('contrast', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 0);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
    // The walkthrough's profile name over the grey banner: under 2:1.
    expect(contrastRatio('#dbdee1', '#95a5a6')).toBeLessThan(2);
  });

  it.each(['#95a5a6', '#f1c40f', '#3498db', '#2c3e50', '#ffffff', '#000000', '#e91e63'])(
    'derives a name colour from role colour %s that reads at AA on every surface of both themes',
    (role) => {
      for (const theme of ['light', 'dark'] as const) {
        const name = readableOn(role, surfaces[theme]);
        for (const bg of surfaces[theme]) expect(contrastRatio(name, bg)).toBeGreaterThanOrEqual(AA);
      }
    },
  );

  it('keeps a role colour that already reads well', () => {
    expect(readableOn('#a4acf9', surfaces.dark)).toBe('#a4acf9');
  });

  it('puts text over a coloured banner at AA', () => {
    for (const banner of ['#95a5a6', '#f1c40f', '#5865f2', '#2c3e50']) {
      expect(contrastRatio(textOn(banner), banner)).toBeGreaterThanOrEqual(AA);
    }
  });
});
