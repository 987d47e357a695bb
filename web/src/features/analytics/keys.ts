/** Analytics reads its own resource (`analytics`): nothing another feature writes invalidates it. */
export const analyticsKeys = {
  root: ['analytics'] as const,
  series: (params: object) => ['analytics', 'series', params] as const,
  compare: (params: object) => ['analytics', 'compare', params] as const,
};
