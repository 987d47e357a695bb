import i18n from 'i18next';
import { LANGUAGE_STORAGE_KEY, detectLanguage } from './setup';

describe('the UI language', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
    localStorage.clear();
  });

  it('starts with English alone, loads French when switched to, and remembers the choice', async () => {
    // testing/setup.ts started i18next as main.tsx does, with the detected language's bundle only.
    expect(i18n.hasResourceBundle('en', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('fr', 'common')).toBe(false);

    await i18n.changeLanguage('fr');
    expect(i18n.hasResourceBundle('fr', 'members')).toBe(true);
    expect(i18n.t('signOut')).toBe('Se déconnecter');
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    expect(detectLanguage()).toBe('fr');
  });

  it('picks the stored choice, else the first browser language it has, else English', () => {
    const languages = vi.spyOn(navigator, 'languages', 'get');
    languages.mockReturnValue(['de-DE', 'fr-CA', 'en-US']);
    expect(detectLanguage()).toBe('fr');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(detectLanguage()).toBe('en');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    languages.mockReturnValue(['de-DE']);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    expect(detectLanguage()).toBe('en');
    vi.restoreAllMocks();
  });
});
