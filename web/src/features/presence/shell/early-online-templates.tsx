import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { avatarColorIndex, avatarColors } from '@/components/avatar-color';
import { StaleLiveData } from '@/components/stale-live-data';
import { UserAvatar } from '@/components/user-avatar';
import type { PresenceUpdate } from '@/lib/live/types';
import { activityTypes } from '@/lib/live/describe';
import { OnlineGroupSection, OnlineRow } from '../components/online-group-section';
import { OnlineToolbar } from '../components/online-toolbar';
import { T, rowKey, type EarlyOnlineTemplates } from './early-online-tokens';

/** What the prerender lends: the app's render (providers, router, i18n in `language`) and its style hoisting. */
export interface TemplateKit {
  language: string;
  i18n: I18n;
  /** Renders in the app's context; the result's children are the node's top-level elements. */
  render: (node: ReactNode) => Element;
  /** Moves style attributes into classes; returns their CSS. */
  hoist: (container: Element) => string;
}

const member = (status: string, detail: string | null): PresenceUpdate => ({
  type: 'presence.update',
  user_id: T.id,
  status: status as PresenceUpdate['status'],
  status_message: detail,
  activity: null,
  client_status: {},
  last_seen_at: null,
  roles: [],
  version: 1,
});

const card = { id: T.id, username: T.name, display_name: T.name, avatar_url: null, roles: [] };
const labels = { loading: T.name, unknown: T.name };
/** Name as a link or as text, with a detail line or without. */
const rowVariants = [
  [true, false],
  [true, true],
  [false, false],
  [false, true],
] as const;

/** The first name (of a few letters) whose avatar gets colour `index`: its initials are then replaced. */
function nameForColor(index: number) {
  for (let n = 0; ; n++) if (avatarColorIndex(`Q${n}`) === index) return `Q${n}`;
}

const only = (element: Element | null, what: string) => {
  if (!element) throw new Error(`early Who's online: ${what} not found in the rendered markup`);
  return element;
};

/**
 * Who's online's markup from the app's own components, with tokens where a member's data goes, for
 * the boot script to draw the list from the early snapshot before the app has loaded. Rendered once
 * per language at build time (src/shell/prerender.tsx).
 */
export function onlineEarlyTemplates({ language, i18n, render, hoist }: TemplateKit): EarlyOnlineTemplates {
  const word = (key: string) => {
    const text = i18n.getResource(language, 'live', key) as unknown;
    if (typeof text !== 'string') throw new Error(`early Who's online: no live:${key} in ${language}`);
    return text;
  };
  const common = (key: string) => i18n.getResource(language, 'common', key) as string;
  const root = render(
    <>
      <div data-template="body">
        <OnlineToolbar
          total={0}
          counts={{ online: 0, idle: 0, dnd: 0 }}
          canUsers
          roles={undefined}
          query=""
          roleId={undefined}
          matching={undefined}
          onQuery={() => {}}
          onRole={() => {}}
        />
        <StaleLiveData>
          <div data-testid="online-list" />
        </StaleLiveData>
      </div>
      <div data-template="section">
        <OnlineGroupSection group={{ key: T.key, role: undefined, entries: [] }} canOpen />
      </div>
      {rowVariants.map(([link, detail]) => (
        <ul key={rowKey(link, detail)} data-template={rowKey(link, detail)}>
          <OnlineRow
            presence={member('online', detail ? T.detail : null)}
            user={link ? card : undefined}
            canOpen
            place={{}}
            position={1}
            setSize={1}
            labels={labels}
          />
        </ul>
      ))}
      <div data-template="avatarImage">
        <UserAvatar name={T.name} src={T.src} status="online" size={36} />
      </div>
      {avatarColors.map((_, index) => (
        <div key={index} data-template={`avatarInitials${index}`}>
          <UserAvatar name={nameForColor(index)} status="online" size={36} />
        </div>
      ))}
    </>,
  );
  const piece = (name: string) => only(root.querySelector(`[data-template="${name}"]`), name);

  // The toolbar's figures and the list's place.
  const body = piece('body');
  only(body.querySelector('[data-testid=online-total]'), 'the total').textContent = T.total;
  for (const status of ['online', 'idle', 'dnd'] as const) {
    const badge = only(body.querySelector(`[data-testid=count-${status}] .mantine-Badge-label`), `the ${status} count`);
    badge.textContent = `${common(`presence.${status}`)}: ${T[status]}`;
  }
  only(body.querySelector('[data-testid=online-list]'), 'the list').textContent = T.groups;

  // A group: its heading's words and its (empty) list, whose height is set as it fills.
  const section = only(piece('section').querySelector('section'), 'a group');
  section.setAttribute('data-group', T.key);
  section.setAttribute('aria-labelledby', `online-group-${T.key}`);
  const title = only(section.querySelector('h2'), "a group's heading");
  title.id = `online-group-${T.key}`;
  only(title.querySelector('span[aria-hidden]:not([class*=swatch])'), "the heading's text").textContent = T.heading;
  only(title.querySelector('.gh-visually-hidden'), "the heading's label").textContent = T.groupLabel;
  only(section.querySelector('ul'), "a group's list").removeAttribute('style');

  // A card: the avatar becomes a slot; its place is set when drawn.
  for (const name of rowVariants.map(([link, detail]) => rowKey(link, detail))) {
    const li = only(piece(name).querySelector('li'), 'a card');
    li.removeAttribute('style');
    li.setAttribute('aria-posinset', T.position);
    li.setAttribute('aria-setsize', T.setSize);
    li.setAttribute('data-presence', T.status);
    only(li.querySelector('.mantine-Avatar-root'), 'an avatar').parentElement!.replaceWith(T.avatar);
  }

  // Avatars: a frame per colour with the presence dot, and what goes in it (the picture or the initials).
  const image = only(piece('avatarImage').querySelector('img'), "an avatar's picture");
  image.setAttribute('src', T.src);
  const avatarImage = image.outerHTML;
  let avatarInitials = '';
  avatarColors.forEach((_, index) => {
    const box = piece(`avatarInitials${index}`);
    const initials = only(box.querySelector('.mantine-Avatar-placeholder'), "an avatar's initials");
    initials.textContent = T.initials;
    avatarInitials = initials.outerHTML;
    initials.replaceWith(T.inner);
    const dot = only(box.querySelector('[data-presence]'), 'a presence dot');
    dot.setAttribute('data-presence', T.status);
    dot.setAttribute('aria-label', T.label);
    dot.setAttribute('title', T.label);
  });

  const css = hoist(root);
  const html = (name: string) => piece(name).innerHTML;
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return {
    css,
    body: html('body'),
    section: html('section'),
    rows: Object.fromEntries(rowVariants.map(([link, detail]) => [rowKey(link, detail), html(rowKey(link, detail))])),
    avatars: avatarColors.map((_, index) => html(`avatarInitials${index}`)),
    avatarImage,
    avatarInitials,
    words: {
      total: Object.fromEntries(
        categories.flatMap((c) => {
          const text = i18n.getResource(language, 'live', `online.total_${c}`) as unknown;
          return typeof text === 'string' ? [[c, text.replace('{{count}}', T.count)]] : [];
        }),
      ),
      groupHeading: word('online.groupHeading').replace('{{name}}', T.name).replace('{{count}}', T.count),
      groupLabel: word('online.groupLabel').replace('{{name}}', T.name).replace('{{count}}', T.count),
      groupOnline: word('online.groupOnline'),
      loading: word('online.loadingMember'),
      presence: { online: common('presence.online'), idle: common('presence.idle'), dnd: common('presence.dnd') },
      activity: Object.fromEntries(
        activityTypes.map((type) => [type, word(`activity.${type}`).replace('{{name}}', T.name)]),
      ),
    },
  };
}
