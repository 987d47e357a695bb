export const authKeys = {
  setupStatus: () => ['setup'] as const,
};
