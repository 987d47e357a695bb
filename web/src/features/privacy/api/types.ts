import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

export type ProcessingActivity = Schemas['GetProcessingRegisterActivity'];
export type RetentionSetting = Schemas['ManageRetentionSetting'];
export type ConsentText = Schemas['ManageConsentsTextResponse'];
export type ErasureResult = Schemas['ErasePersonResponse'];
