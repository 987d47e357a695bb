import { navItems } from '@/app/features';
import { PAGE_SLOT, PRERENDER_NONCE, SHELL_ATTRIBUTE } from './markers';
import { prerenderShells, type PrerenderedRoute } from './prerender';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
let routes: PrerenderedRoute[];

beforeAll(async () => {
  routes = await prerenderShells(parse);
}, 120_000);

/** The shell as the boot script puts it in the page. */
function shellOf(path: string, key: keyof PrerenderedRoute['shells']) {
  const route = routes.find((r) => r.path === path)!;
  const { frame, page } = route.shells[key];
  const container = document.createElement('div');
  container.innerHTML = frame.replace(PAGE_SLOT, page);
  return container;
}

it('puts the page heading, translated, in the frame of a signed-in route', () => {
  for (const [key, heading, nav] of [
    ['en-dark', "Who's online", 'Dashboard'],
    ['fr-light', 'Qui est en ligne', 'Tableau de bord'],
  ] as const) {
    const shell = shellOf('online', key);
    expect(shell.querySelector('main h1[elementtiming="page-heading"]')).toHaveTextContent(heading);
    expect(shell.querySelector('nav')).toHaveTextContent(nav);
    // Only the heading: the page's list waits for data the shell does not have.
    expect(shell.querySelectorAll('[data-testid=online-member]')).toHaveLength(0);
  }
});

it('leaves out every navigation item that depends on a permission', () => {
  const shell = shellOf('members', 'en-dark');
  const links = [...shell.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
  const open = navItems.filter((i) => !i.permission).map((i) => i.to);
  expect(links).toEqual(open);
  expect(navItems.some((i) => i.permission)).toBe(true);
});

it('is inert until the app replaces it', () => {
  const shell = shellOf('login', 'en-light');
  const top = [...shell.children].filter((e) => e.nodeName !== 'STYLE');
  expect(top.length).toBeGreaterThan(0);
  for (const element of top) {
    expect(element).toHaveAttribute(SHELL_ATTRIBUTE);
    expect(element).toHaveAttribute('inert');
  }
  expect(shell.querySelector('h1')).toHaveTextContent('Welcome back!');
  expect(shell.querySelector('input[type=password]')).toBeDisabled();
  expect(shell.querySelector('button[type=submit]')).toBeDisabled();
});

it('draws the colour scheme it is for', () => {
  expect(shellOf('roles', 'en-dark').querySelector('[data-testid=theme-toggle]')).toHaveAttribute(
    'aria-label',
    'Switch to the light theme',
  );
  expect(shellOf('roles', 'en-light').querySelector('[data-testid=theme-toggle]')).toHaveAttribute(
    'aria-label',
    'Switch to the dark theme',
  );
});

it('greets without a name on the dashboard, which the shell does not know', () => {
  expect(shellOf('', 'en-dark').querySelector('h1')).toHaveTextContent(/^Hello$/);
  expect(shellOf('', 'fr-dark').querySelector('h1')).toHaveTextContent(/^Bonjour$/);
});

it('has no style attribute, which the CSP would block: the styles are in nonced <style>s', () => {
  const shell = shellOf('members', 'fr-dark');
  expect(shell.querySelectorAll('[style]')).toHaveLength(0);
  const hoisted = [...shell.querySelectorAll('style')].find((s) => s.textContent.includes('!important'));
  expect(hoisted).toHaveAttribute('nonce', PRERENDER_NONCE);
  // The header's layout comes from such a rule, as its style attribute said.
  const styled = shell.querySelector('header [class*=gh-f]');
  const name = [...styled!.classList].find((c) => c.startsWith('gh-f'))!;
  expect(hoisted!.textContent).toMatch(new RegExp(`\\.${name}\\{[^}]*!important`));
});
