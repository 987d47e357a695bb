import type { TFunction } from 'i18next';
import type { PresenceActivity } from './types';

export const activityTypes = ['playing', 'streaming', 'listening', 'watching', 'competing', 'custom'] as const;

/** "Playing Chess", "Listening to Jazz"… in the UI language; unknown types read as "Playing". */
export function activityLabel(t: TFunction<'live'>, activity: PresenceActivity): string {
  const type = activityTypes.find((k) => k === activity.type) ?? 'playing';
  return t(`activity.${type}`, { name: activity.name });
}
