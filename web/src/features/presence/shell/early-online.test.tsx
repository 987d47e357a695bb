import i18next from 'i18next';
import type { RoleChip } from '@/lib/api/types';
import type { MemberCard } from '@/lib/live/user-directory';
import type { PresenceUpdate } from '@/lib/live/types';
import { prerenderEarly, renderInApp } from '@/shell/prerender';
import { OnlineGroupSection, OnlineRow } from '../components/online-group-section';
import { OnlineToolbar } from '../components/online-toolbar';
import { drawEarlyOnline } from './early-online';
import type { EarlyOnlineTemplates } from './early-online-tokens';

// The early Who's online (boot script) against the app's own components: the templates are rendered
// by the build's prerender, the reference cards by React's server renderer in the same providers.
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
let templates: Record<'en' | 'fr', EarlyOnlineTemplates>;

beforeAll(async () => {
  templates = (await prerenderEarly('online', parse)) as typeof templates;
}, 120_000);

const mods: RoleChip = { id: 'r-mods', name: 'Mods', color: '#e67e22', hoist: true, priority: 50 };
const staff: RoleChip = { id: 'r-staff', name: 'Staff', color: '#2ecc71', hoist: true, priority: 30 };
const fans: RoleChip = { id: 'r-fans', name: 'Fans', color: '#9b59b6', hoist: false, priority: 10 };

let version = 0;
function presence(
  id: string,
  status: string,
  user: Partial<MemberCard> | null,
  extra: Partial<PresenceUpdate> = {},
): PresenceUpdate {
  const card: MemberCard | undefined = user
    ? { id, username: id, display_name: id, avatar_url: null, roles: [], ...user }
    : undefined;
  return {
    type: 'presence.update',
    user_id: id,
    status: status as PresenceUpdate['status'],
    status_message: null,
    activity: null,
    client_status: { web: status },
    last_seen_at: null,
    roles: (card?.roles ?? []).map((r) => r.id),
    version: ++version,
    ...(card && { user: card }),
    ...extra,
  };
}

/** The document boot.js draws into: the prerendered shell's frame with the page's heading in <main>. */
function shellPage(search = '') {
  window.history.replaceState(null, '', `/online${search}`);
  document.body.innerHTML =
    '<div id="root"><div data-gatehouse-shell inert><main><div class="header"><h1>Who’s online</h1></div></main></div></div>';
  return document.querySelector('main')!;
}

const draw = (snapshot: PresenceUpdate[], language: 'en' | 'fr' = 'en') =>
  drawEarlyOnline(templates[language], snapshot, { language, nonce: 'n0nce' });

/** An element as the eye sees it: tag, attributes, classes (not the hoisted ones), every style declaration, children. */
function shape(element: Element, css: string): unknown {
  const declarations = document.createElement('div').style;
  const own = element.getAttribute('style');
  if (own) declarations.cssText = own;
  const classes: string[] = [];
  for (const name of element.classList) {
    const rule = new RegExp(`\\.${name}\\{([^}]*)\\}`).exec(css);
    if (!rule) {
      classes.push(name);
      continue;
    }
    for (const declaration of rule[1]!.split(';')) {
      const at = declaration.indexOf(':');
      if (at > 0)
        declarations.setProperty(
          declaration.slice(0, at).trim(),
          declaration
            .slice(at + 1)
            .replace('!important', '')
            .trim(),
        );
    }
  }
  const style = [...Array.from({ length: declarations.length }, (_, i) => declarations[i]!)]
    .map((p) => `${p}:${declarations.getPropertyValue(p)}`)
    .sort();
  const attributes = [...element.attributes]
    // Mantine's generated ids (useId) differ with the place in the tree, not what is drawn.
    .filter((a) => a.name !== 'class' && a.name !== 'style' && !a.value.startsWith('mantine-'))
    .map((a) => `${a.name}=${a.value}`)
    .sort();
  return {
    tag: element.tagName,
    attributes,
    classes: classes.sort(),
    style,
    // React's server render splits text with comments ("Online<!-- -->: <!-- -->2"): read as one text.
    children: [...element.childNodes]
      .filter((n) => n.nodeType !== Node.COMMENT_NODE)
      .map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : shape(n as Element, css)))
      .reduce<unknown[]>((all, child) => {
        const last = all.length - 1;
        if (typeof child === 'string' && typeof all[last] === 'string') all[last] += child;
        else all.push(child);
        return all;
      }, []),
  };
}

/** The card the app renders for this member at this place, laid out in one column as the test's window is. */
async function appCard(entry: PresenceUpdate, position: number, setSize: number, language: 'en' | 'fr') {
  await i18next.changeLanguage(language);
  const html = renderInApp(
    <ul>
      <OnlineRow
        presence={entry}
        user={entry.user}
        canOpen
        place={{
          top: (position - 1) * 52,
          left: 'calc((calc((100% - 0px) / 1) + 12px) * 0)',
          width: 'calc((100% - 0px) / 1)',
        }}
        position={position}
        setSize={setSize}
        labels={{ loading: i18next.t('live:online.loadingMember'), unknown: i18next.t('live:online.unknownMember') }}
      />
    </ul>,
    '/online',
    'dark',
  );
  const container = document.createElement('div');
  container.innerHTML = html;
  return container.querySelector('li')!;
}

it.each(['en', 'fr'] as const)('draws each card as the app renders it (%s)', async (language) => {
  const snapshot = [
    presence(
      'ana',
      'online',
      { display_name: 'Ana Nova', avatar_url: '/avatars/ana.svg', roles: [mods] },
      {
        status_message: 'Back at 5',
        activity: { name: 'Chess', type: 'playing' },
      },
    ),
    presence(
      'bo',
      'idle',
      { display_name: 'Bo Pixel', roles: [mods, fans] },
      { activity: { name: 'Jazz', type: 'listening' } },
    ),
    presence('cy', 'dnd', { display_name: 'Cy <b>&"Quote"</b>', roles: [] }),
    presence('dee', 'online', null),
  ];
  shellPage();
  expect(draw(snapshot, language)).toBeUndefined();
  const cards = [...document.querySelectorAll<HTMLElement>('[data-testid=online-member]')];
  expect(cards.map((c) => c.dataset.userId)).toEqual(['ana', 'bo', 'cy', 'dee']);
  const css = templates[language].css;
  const sections = [...document.querySelectorAll('[data-testid=online-group]')];
  for (const card of cards) {
    const entry = snapshot.find((p) => p.user_id === card.dataset.userId)!;
    const list = card.parentElement!;
    const position = [...list.children].indexOf(card) + 1;
    const reference = await appCard(entry, position, list.children.length, language);
    expect(shape(card, css)).toEqual(shape(reference, css));
  }
  expect(sections).toHaveLength(2);

  // The groups' headings and the toolbar, as the app's components draw them with the same figures.
  await i18next.changeLanguage(language);
  for (const section of sections) {
    const key = section.getAttribute('data-group')!;
    const group = {
      key,
      role: key === 'online' ? undefined : { ...mods, id: key },
      entries: snapshot
        .filter((p) => section.querySelector(`[data-user-id="${p.user_id}"]`))
        .map((p) => ({ presence: p, user: p.user })),
    };
    const reference = document.createElement('div');
    reference.innerHTML = renderInApp(<OnlineGroupSection group={group} canOpen />, '/online', 'dark');
    expect(shape(section.querySelector('h2')!, css)).toEqual(shape(reference.querySelector('h2')!, css));
  }
  const toolbar = document.createElement('div');
  toolbar.innerHTML = renderInApp(
    <OnlineToolbar
      total={4}
      counts={{ online: 2, idle: 1, dnd: 1 }}
      canUsers
      roles={undefined}
      query=""
      roleId={undefined}
      matching={undefined}
      onQuery={() => {}}
      onRole={() => {}}
    />,
    '/online',
    'dark',
  );
  expect(shape(document.querySelector('main section[aria-labelledby=status-counts]')!, css)).toEqual(
    shape(toolbar.querySelector('section')!, css),
  );
});

it('groups, orders and counts as the app does, in the UI language', () => {
  const snapshot = [
    presence('z', 'online', { display_name: 'Zoé', roles: [staff] }),
    presence('e', 'online', { display_name: 'Émile', roles: [staff, mods] }),
    presence('a', 'idle', { display_name: 'Adam', roles: [mods] }),
    presence('f', 'dnd', { display_name: 'Fan', roles: [fans] }),
    presence('o', 'offline', { display_name: 'Gone', roles: [mods] }),
    presence('i', 'invisible', { display_name: 'Hidden', roles: [mods] }),
  ];
  shellPage();
  draw(snapshot, 'fr');
  const groups = [...document.querySelectorAll<HTMLElement>('[data-testid=online-group]')];
  expect(groups.map((g) => g.dataset.group)).toEqual(['r-mods', 'r-staff', 'online']);
  expect(groups.map((g) => g.querySelector('h2 span:not([class])')!.textContent)).toEqual([
    'Mods — 2',
    'Staff — 1',
    'En ligne — 1',
  ]);
  expect(groups[0]!.querySelector('h2')!.style.getPropertyValue('--role-color')).toBe('#e67e22');
  expect(groups[0]!.getAttribute('aria-labelledby')).toBe(groups[0]!.querySelector('h2')!.id);
  // By name, accents folded as the UI language sorts them.
  expect([...groups[0]!.querySelectorAll('li a')].map((a) => a.textContent)).toEqual(['Adam', 'Émile']);
  expect(document.querySelector('[data-testid=online-total]')).toHaveTextContent('4 membres en ligne');
  expect(document.querySelector('[data-testid=count-online]')).toHaveTextContent('En ligne: 2');
  expect(document.querySelector('[data-testid=count-idle]')).toHaveTextContent('Inactif: 1');
  expect(document.querySelector('[data-testid=count-dnd]')).toHaveTextContent('Ne pas déranger: 1');
  // The page's own stylesheet and the templates' classes come with it, with the page's nonce.
  const styles = [...document.querySelectorAll('main style')] as HTMLStyleElement[];
  expect(styles.map((s) => s.nonce)).toEqual(['n0nce']);
  expect(styles[0]!.textContent).toBe(templates.fr.css);
});

it('says "1 member" for one', () => {
  shellPage();
  draw([presence('a', 'online', { display_name: 'Ada' })]);
  expect(document.querySelector('[data-testid=online-total]')).toHaveTextContent(/^1 member online$/);
});

it('draws only the lines in the window and the overscan, with the whole list’s height', () => {
  const many = Array.from({ length: 200 }, (_, i) =>
    presence(`m${String(i).padStart(3, '0')}`, 'online', { display_name: `Member ${String(i).padStart(3, '0')}` }),
  );
  shellPage();
  draw(many);
  const list = document.querySelector<HTMLElement>('[data-testid=online-group] ul')!;
  // jsdom lays nothing out: the list is at the window's top, one card wide, in a 768 px window.
  expect(list.style.height).toBe(`${200 * 52}px`);
  const cards = [...list.querySelectorAll<HTMLElement>('li')];
  expect(cards).toHaveLength(Math.ceil(768 / 52) + 6);
  expect(cards[3]!.style.top).toBe(`${3 * 52}px`);
  expect(cards[3]).toHaveAttribute('aria-posinset', '4');
  expect(cards[3]).toHaveAttribute('aria-setsize', '200');
});

it('keeps names as text', () => {
  shellPage();
  draw([presence('x', 'online', { display_name: '<img src=x onerror="alert(1)">' })]);
  const card = document.querySelector('[data-testid=online-member]')!;
  expect(card.querySelectorAll('img')).toHaveLength(0);
  expect(card.querySelector('a')).toHaveTextContent('<img src=x onerror="alert(1)">');
});

it('leaves the page to the app when the address filters it, without a shell, or with nobody online', () => {
  const one = [presence('a', 'online', { display_name: 'Ada' })];
  shellPage('?q=ada');
  expect(draw(one)).toBe('filtered');
  shellPage('?role=r-mods');
  expect(draw(one)).toBe('filtered');
  shellPage();
  expect(draw([presence('o', 'offline', { display_name: 'Gone' })])).toBe('empty');
  document.body.innerHTML = '<div id="root"><main><h1>The app</h1></main></div>';
  expect(draw(one)).toBe('no shell');
  expect(document.querySelector('[data-testid=online-member]')).toBeNull();
});
