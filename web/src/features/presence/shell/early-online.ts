import { avatarColorIndex, initialsOf } from '@/components/avatar-color';
import { roleNameProps, topRoleColor } from '@/components/role-name';
import { isShownOnline } from '@/lib/live/presence-store';
import type { PresenceUpdate } from '@/lib/live/types';
import { CARD_GAP, LINE_HEIGHT, OVERSCAN_LINES, cardPlace, columnsFor } from '../components/grid-columns';
import { countStatuses, groupOnline, type OnlineEntry } from '../components/group-online';
import { T, rowKey, type EarlyOnlineTemplates } from './early-online-tokens';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

/** The template with each token replaced by its value, escaped for HTML (text and attributes alike). */
export function fill(template: string, values: Partial<Record<string, string>>): string {
  let html = template;
  for (const [token, value] of Object.entries(values)) html = html.split(token).join(escape(value ?? ''));
  return html;
}

function detailOf(p: PresenceUpdate, words: EarlyOnlineTemplates['words']) {
  const activity = p.activity && (words.activity[p.activity.type ?? ''] ?? words.activity.playing);
  const label = p.activity && activity ? activity.split(T.name).join(p.activity.name) : null;
  return [p.status_message, label].filter(Boolean).join(' · ');
}

function cardHtml(templates: EarlyOnlineTemplates, entry: OnlineEntry, position: number, setSize: number) {
  const { presence, user } = entry;
  const words = templates.words;
  const name = user?.display_name ?? words.loading;
  const detail = detailOf(presence, words);
  const avatarName = user?.display_name ?? '?';
  const inner = user?.avatar_url
    ? fill(templates.avatarImage, { [T.src]: user.avatar_url })
    : fill(templates.avatarInitials, { [T.initials]: initialsOf(avatarName) });
  const avatar = templates.avatars[avatarColorIndex(avatarName)]!.split(T.inner).join(inner);
  const status = presence.status as keyof typeof words.presence;
  const card = templates.rows[rowKey(!!user, !!detail)]!.split(T.avatar).join(avatar);
  return fill(card, {
    [T.detail]: detail,
    [T.id]: presence.user_id,
    [T.name]: name,
    [T.position]: String(position),
    [T.setSize]: String(setSize),
    [T.status]: status,
    [T.label]: words.presence[status],
  });
}

/** Why the early list was not drawn, for the tests; nothing when it was. */
export type Skipped = 'filtered' | 'no shell' | 'empty';

/**
 * Draws Who's online from the snapshot boot.js asked for, into the prerendered shell, before the
 * app's code has run: the first render of the app comes ~0.5 s later on this project's reference
 * machine, and until then the page showed only its heading. The same markup as the app's components
 * (their templates, rendered at build time), the same grouping and order (group-online.ts), the same
 * cards in view (the virtualizer's lines in the window, and its overscan); the app's first render
 * then replaces it in place. Inert, like the rest of the shell. The counts above the list come from
 * the same snapshot. A search or role filter in the address is left to the app.
 */
export function drawEarlyOnline(
  templates: EarlyOnlineTemplates,
  snapshot: readonly PresenceUpdate[],
  { language, nonce, css, doc = document }: { language: string; nonce: string; css?: HTMLStyleElement; doc?: Document },
): Skipped | undefined {
  const params = new URLSearchParams(doc.location.search);
  if (params.get('q') || params.get('role')) return 'filtered';
  const main = doc.querySelector('#root [data-gatehouse-shell] main');
  if (!main) return 'no shell';
  const online = snapshot.filter(isShownOnline);
  if (online.length === 0) return 'empty';

  const users = new Map(online.map((p) => [p.user_id, p.user]));
  const groups = groupOnline(online, (id) => users.get(id), undefined, new Intl.Collator(language));
  const counts = countStatuses(online);
  const number = new Intl.NumberFormat(language);
  const plural = new Intl.PluralRules(language).select(online.length);
  const total = (templates.words.total[plural] ?? templates.words.total.other ?? '').split(T.count);

  const style = doc.createElement('style');
  style.nonce = nonce;
  style.setAttribute('data-gatehouse-shell', '');
  style.textContent = templates.css;
  main.append(...(css ? [css, style] : [style]));
  main.insertAdjacentHTML(
    'beforeend',
    fill(templates.body, {
      [T.total]: total.join(String(online.length)),
      [T.online]: number.format(counts.online),
      [T.idle]: number.format(counts.idle),
      [T.dnd]: number.format(counts.dnd),
      [T.groups]: '',
    }),
  );
  const list = main.querySelector('[data-testid=online-list]')!;
  const view = doc.defaultView!;
  // Every group's section first, then one read of where their lists sit, then the cards: the page is laid out
  // twice in all. Read group by group, after the previous group's cards, it was laid out twice per group, which was
  // most of this function's time on a cold load (50-250 ms on this project's reference machine).
  const sections = groups.map((group) => {
    const name = group.role?.name ?? templates.words.groupOnline;
    const count = group.entries.length;
    list.insertAdjacentHTML(
      'beforeend',
      fill(templates.section, {
        [T.key]: group.key,
        [T.heading]: fill(templates.words.groupHeading, { [T.name]: name, [T.count]: number.format(count) }),
        [T.groupLabel]: fill(templates.words.groupLabel, { [T.name]: name, [T.count]: String(count) }),
      }),
    );
    const section = list.lastElementChild as HTMLElement;
    if (group.role?.color) section.querySelector('h2')!.style.setProperty('--role-color', group.role.color);
    return { group, ul: section.querySelector('ul')! };
  });
  // Every group's list is as wide as the list.
  const columns = columnsFor(sections[0]!.ul.getBoundingClientRect().width);
  const width = `calc((100% - ${(columns - 1) * CARD_GAP}px) / ${columns})`;
  for (const { group, ul } of sections)
    ul.style.height = `${Math.ceil(group.entries.length / columns) * LINE_HEIGHT}px`;
  const tops = sections.map(({ ul }) => ul.getBoundingClientRect().top);
  sections.forEach(({ group, ul }, g) => {
    const count = group.entries.length;
    const lines = Math.ceil(count / columns);
    // The lines in the window, and the overscan either side, as the virtualizer picks them.
    const top = tops[g]!;
    const first = Math.max(0, Math.floor(-top / LINE_HEIGHT) - OVERSCAN_LINES);
    const last = Math.min(lines - 1, Math.ceil((view.innerHeight - top) / LINE_HEIGHT) + OVERSCAN_LINES - 1);
    if (last < first) return;
    const from = first * columns;
    const shown = group.entries.slice(from, (last + 1) * columns);
    ul.insertAdjacentHTML(
      'beforeend',
      shown.map((entry, i) => cardHtml(templates, entry, from + i + 1, count)).join(''),
    );
    shown.forEach((entry, i) => {
      const li = ul.children[i] as HTMLElement;
      const { line, column } = cardPlace(from + i, columns);
      li.style.top = `${line * LINE_HEIGHT}px`;
      li.style.left = `calc((${width} + ${CARD_GAP}px) * ${column})`;
      li.style.width = width;
      const colour = roleNameProps(entry.user?.roles ? topRoleColor(entry.user.roles) : undefined);
      const nameElement = li.querySelector<HTMLElement>('a, p');
      if (colour.className && nameElement) {
        nameElement.classList.add(colour.className);
        for (const [property, value] of Object.entries(colour.style ?? {}))
          nameElement.style.setProperty(property, String(value));
      }
    });
  });
  return undefined;
}
