/** The duration presets of the sanction forms (seconds); `permanent` only for a ban. */
export type Preset = '60' | '300' | '3600' | '86400' | '604800' | 'permanent';

export const presets: Record<Preset, number | undefined> = {
  '60': 60,
  '300': 300,
  '3600': 3600,
  '86400': 86400,
  '604800': 604800,
  permanent: undefined,
};

export const presetKeys = Object.keys(presets) as Preset[];
