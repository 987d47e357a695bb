export const privacyKeys = {
  root: ['privacy'] as const,
  register: () => [...privacyKeys.root, 'register'] as const,
  retention: () => [...privacyKeys.root, 'retention'] as const,
  consentTexts: () => [...privacyKeys.root, 'consent-texts'] as const,
};
