import type { components } from './schema';

type Schemas = components['schemas'];

export type User = Schemas['UserResponse'];
export type RoleChip = Schemas['RoleChip'];
export type Role = Schemas['RoleResponse'];
export type RoleVersion = Schemas['ListRoleVersionsItem'];
export type RoleVersionDiff = Schemas['ListRoleVersionsVersionDiff'];
/** A name from the server's permission catalogue (the OpenAPI `Permission` enum), never a free string. */
export type Permission = Schemas['Permission'];
/** The catalogue endpoint only ever answers catalogue names. */
export type PermissionInfo = Omit<Schemas['ListPermissionsItem'], 'name'> & { name: Permission };
export type Me = Schemas['GetMeResponse'];
export type TokenResponse = Schemas['TokenResponse'];
export type UserPermissions = Schemas['GetUserPermissionsResponse'];
export type PermissionExplanation = Schemas['GetUserPermissionsExplanation'];
export type AuditEntry = Schemas['AuditEntryResponse'];
export type AuditPage = Schemas['PageOfAuditEntryResponse'];
export type UserPage = Schemas['PageOfUserResponse'];
export type AuditVerification = Schemas['VerifyAuditChainResponse'];
export type CreateUserRequest = Partial<Schemas['CreateUserRequest']>;
export type UpdateUserRequest = Partial<Schemas['UpdateUserRequest']>;
export type CreateRoleRequest = Partial<Schemas['CreateRoleRequest']>;
export type UpdateRoleRequest = Partial<Schemas['UpdateRoleRequest']>;
export type SetupRequest = Schemas['SetupRequest'];

export const userStatuses = ['online', 'idle', 'dnd', 'invisible', 'offline'] as const;
export type UserStatus = (typeof userStatuses)[number];
/** What a member (or an admin for them) can choose; offline is what presence shows, never a choice. */
export const chosenStatuses = ['online', 'idle', 'dnd', 'invisible'] as const;
