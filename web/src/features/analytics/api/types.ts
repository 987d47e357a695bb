import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type AnalyticsWindow = Schemas['AnalyticsWindow'];
export type MetricSet = Schemas['MetricSet'];
export type EndpointStats = Schemas['EndpointStats'];
export type LatencyBucket = Schemas['LatencyBucket'];
export type SeriesResponse = Schemas['GetSeriesResponse'];

export const intervals = ['1s', '5s', '1m'] as const;
export type Interval = (typeof intervals)[number];

export const segmentDimensions = ['role', 'region', 'device', 'version'] as const;
export type SegmentDimension = (typeof segmentDimensions)[number];

/** How many windows each chart keeps: a fixed window, so memory never grows however long the page stays open. */
export const windowsKept: Record<Interval, number> = { '1s': 120, '5s': 120, '1m': 60 };

export type CompareResponse = Schemas['CompareSegmentsResponse'];
export type CompareMetric = Schemas['CompareSegmentsMetric'];
