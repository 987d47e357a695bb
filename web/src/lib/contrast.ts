/**
 * WCAG 2.x contrast, computed for colours the admin picks (role colours) and what is derived from
 * them, which axe cannot judge: it only sees the colours of one render in one theme.
 */
type Rgb = readonly [number, number, number];

export function parseHex(color: string): Rgb | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const hex =
    m[1]!.length === 3
      ? m[1]!
          .split('')
          .map((c) => c + c)
          .join('')
      : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return 1;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA for normal text. */
export const AA = 4.5;

/**
 * The colour closest to `color` that reads at AA on every one of `backgrounds`: mixed step by step
 * towards black (light backgrounds) or white (dark ones) until it does.
 */
export function readableOn(color: string, backgrounds: readonly string[], min = AA): string {
  const rgb = parseHex(color);
  if (!rgb || backgrounds.length === 0) return color;
  const dark = backgrounds.every((b) => luminance(parseHex(b) ?? [0, 0, 0]) < 0.2);
  const target: Rgb = dark ? [255, 255, 255] : [0, 0, 0];
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const mixed = toHex(rgb.map((c, i) => c + (target[i]! - c) * t) as unknown as Rgb);
    if (backgrounds.every((b) => contrastRatio(mixed, b) >= min)) return mixed;
  }
  return toHex(target);
}

/** Black or white, whichever reads better on `background` (text over a role-coloured banner). */
export function textOn(background: string): string {
  return contrastRatio('#ffffff', background) >= contrastRatio('#000000', background) ? '#ffffff' : '#000000';
}

/** The surfaces a name can sit on in each theme (page, sidebar, hovered and selected rows); see app/theme.ts. */
export const surfaces = {
  light: ['#ffffff', '#f2f3f5', '#ebedef', '#dfe1e5'],
  dark: ['#313338', '#2b2d31', '#393c41', '#404249'],
} as const;
