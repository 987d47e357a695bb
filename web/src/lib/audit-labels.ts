import i18n from 'i18next';
import type { Bundle } from './i18n/resources';

type ActionKey = keyof Bundle['common']['auditActions'];

/** Actions the server records today; anything else is shown as its raw name. */
export const knownAuditActions = [
  'auth.login',
  'auth.logout',
  'auth.refresh_reuse',
  'auth.rate_limited',
  'setup.completed',
  'user.created',
  'user.updated',
  'user.deleted',
  'user.disabled',
  'user.enabled',
  'user.roles_changed',
  'role.created',
  'role.updated',
  'role.deleted',
  'role.reordered',
  'role.rolled_back',
  'demo.seeded',
] as const;

type OperationKey = keyof Bundle['common']['operations'];

/** A readable label for an audit action ("user.roles_changed" → "Roles changed"), in the UI language. */
export function auditActionLabel(action: string): string {
  const t = i18n.getFixedT(null, 'common');
  // "refused.CreateUser": a request the server refused, named by its endpoint.
  if (action.startsWith('refused.')) {
    const endpoint = action.slice('refused.'.length);
    const operation = t(`operations.${endpoint as OperationKey}`, { defaultValue: endpoint });
    return t('auditActions.refused', { operation });
  }
  if (!(knownAuditActions as readonly string[]).includes(action)) return action;
  const key = action.replace('.', '_') as ActionKey;
  return t(`auditActions.${key}`);
}

/** The before/after of an update payload, when the entry has that shape. */
export function payloadDiff(
  payload: unknown,
): { before: Record<string, unknown>; after: Record<string, unknown> } | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const p = payload as Record<string, unknown>;
  const inner = p.diff && typeof p.diff === 'object' ? (p.diff as Record<string, unknown>) : p;
  const before = inner.before;
  const after = inner.after;
  const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(after) && !isObject(before)) return undefined;
  return { before: isObject(before) ? before : {}, after: isObject(after) ? after : {} };
}
