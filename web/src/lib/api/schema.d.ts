// Generated from docs/openapi.json by `npm run api:gen`. Do not edit.

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify access tokens */
        get: operations["GetJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit log, newest first */
        get: operations["ListAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One audit entry */
        get: operations["GetAuditEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Streams every entry matching the filters of `GET /audit` (oldest first) as CSV or JSON,
         *     without holding the whole log in memory.
         */
        get: operations["ExportAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the hash chain and report the first broken link */
        get: operations["VerifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: operations["Login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends the caller's session: its refresh tokens stop working and so do its access tokens. */
        post: operations["Logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their permissions */
        get: operations["GetMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Swap a refresh token for a new pair */
        post: operations["Refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/moderation/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream the moderation log as CSV or JSON */
        get: operations["ExportSanctions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The permission catalogue with descriptions */
        get: operations["ListPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members with their live presence: filters, cursor paging, and the stream version to follow from */
        get: operations["GetPresence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/presence/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Presence changes as Server-Sent Events; resumes with Last-Event-ID */
        get: operations["StreamPresence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report queue, most urgent first */
        get: operations["ListReports"];
        put?: never;
        /** Report a member (any signed-in member) */
        post: operations["FileReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Assign, change severity, resolve (optionally with a sanction), dismiss or reopen a report (honours If-Match) */
        patch: operations["UpdateReport"];
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every role, highest priority first, with member counts. */
        get: operations["ListRoles"];
        put?: never;
        /** Create a role */
        post: operations["CreateRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a role */
        get: operations["GetRole"];
        put?: never;
        post?: never;
        /** Deletes a role. Built-in roles cannot be deleted; a role still held needs `?reassign=` (id or name). */
        delete: operations["DeleteRole"];
        options?: never;
        head?: never;
        /** Edit a role (honours If-Match) */
        patch: operations["UpdateRole"];
        trace?: never;
    };
    "/api/v1/roles/{id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a role to an earlier version (as a new version) */
        post: operations["RollbackRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versions of a role with the diff from the previous one */
        get: operations["ListRoleVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reorder roles */
        put: operations["ReorderRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The moderation log, with filters and cursor */
        get: operations["ListSanctions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/server-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this server is: version, mode, database, demo */
        get: operations["GetServerInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the owner still has to be created */
        get: operations["GetSetupStatus"];
        put?: never;
        /** Create the owner account, once */
        post: operations["CompleteSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List members with filters, sort and cursor */
        get: operations["ListUsers"];
        put?: never;
        /** Create a member */
        post: operations["CreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member with roles and effective permissions; the ETag is the version to send back in If-Match. */
        get: operations["GetUser"];
        put?: never;
        post?: never;
        /** Deletes a member: soft (tombstone, restorable) or hard, by the `Gatehouse:Users:DeleteMode` policy. */
        delete: operations["DeleteUser"];
        options?: never;
        head?: never;
        /** Update a member (honours If-Match) */
        patch: operations["UpdateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/ban": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban a member, for a duration or permanently */
        post: operations["BanUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a member and end their sessions */
        post: operations["DisableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled member */
        post: operations["EnableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/kick": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of a member */
        post: operations["KickUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/mute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mute a member for a duration (at most 28 days) */
        post: operations["MuteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Effective permissions, with ?explain=true the reason for each */
        get: operations["GetUserPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add and remove roles of a member */
        post: operations["AssignUserRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's sanctions in force, history and suggested next step */
        get: operations["GetMemberSanctions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a member's chosen status (yourself, or others with users.update); audited */
        post: operations["SetUserStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unban": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a member's ban */
        post: operations["UnbanUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unmute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a member's mute */
        post: operations["UnmuteUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/warn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Warn a member */
        post: operations["WarnUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/demo/avatars/{name}.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A generated initials avatar */
        get: operations["GetDemoAvatar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["Liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers */
        get: operations["Readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A sanction. */
        ApplySanctionRequest: {
            /** @description Mute and ban only: ISO 8601 (`PT1H`, `P7D`) or seconds. A mute lasts at most 28 days; a ban without duration is permanent. */
            duration?: unknown;
            /** @description Up to 10 http/https links. */
            evidence?: null | string[];
            /** @description Visible to moderators only. */
            note?: null | string;
            /** @description Why (required, at most 500 characters); the member sees it. */
            reason: null | string;
            /**
             * Format: uuid
             * @description The report this sanction answers.
             */
            report_id?: null | string;
        };
        /** @description Roles to add and to remove (ids or names), applied together. */
        AssignUserRolesRequest: {
            add?: null | string[];
            remove?: null | string[];
        };
        /** @description An audit entry as the API shows it; `payload` is the stored JSON. */
        AuditEntryResponse: {
            action: string;
            /** Format: uuid */
            actor_api_key_id: null | string;
            /** Format: uuid */
            actor_user_id: null | string;
            hash: string;
            /** Format: uuid */
            id: string;
            ip: null | string;
            payload: components["schemas"]["JsonElement"];
            prev_hash: string;
            request_id: null | string;
            result: string;
            /** Format: int64 */
            seq: number;
            signature: string;
            target_id: null | string;
            target_type: string;
            /** Format: date-time */
            timestamp: string;
            trace_id: null | string;
            user_agent: null | string;
        };
        /** @description The status on each platform where the user has a session; platforms without one are absent. */
        ClientStatus: {
            desktop?: null | string;
            mobile?: null | string;
            web?: null | string;
        };
        /** @description A new role. */
        CreateRoleRequest: {
            color?: null | string;
            /** @description Denied permissions; at equal priority deny beats allow. */
            denied_permissions?: null | string[];
            description?: null | string;
            /**
             * @description Shown as its own group in member lists.
             * @default false
             */
            hoist: boolean;
            icon?: null | string;
            /** @description Roles (ids or names) whose permissions this role also carries. */
            inherits?: null | string[];
            name: null | string;
            /** @description Allowed permissions (catalogue names or wildcards like `users.*`). */
            permissions?: null | string[];
            /** Format: int32 */
            priority?: null | number;
        };
        /** @description A new member. Without roles, the member gets the default role (member). */
        CreateUserRequest: {
            avatar_url?: null | string;
            display_name?: null | string;
            /** @description Unique without regard to case. */
            email: null | string;
            /** @description Optional initial password (strength policy applies). */
            password?: null | string;
            /** @description Role ids or names. */
            roles?: null | string[];
            tags?: null | string[];
            /** @description 2–32 letters, digits, '.', '_' or '-'; unique without regard to case. */
            username: null | string;
        };
        EscalationLadderSuggestion: {
            /** @description Strikes per kind, to explain the suggestion ("3 warnings in the last 30 days"). */
            counts: {
                [key: string]: number;
            };
            /**
             * Format: int64
             * @description Its duration; null for warn, kick and a permanent ban.
             */
            duration_seconds: null | number;
            /** @description The suggested action. */
            kind: string;
            /**
             * Format: int32
             * @description Sanctions counted, within WindowDays days.
             */
            strikes: number;
            /** Format: int32 */
            window_days: number;
        };
        FileReportRequest: {
            /** @description One of: violence, self_harm, sexual_content, harassment, hate, impersonation, cheating, spam, other. */
            category: null | string;
            /** @description What happened (at most 2000 characters). */
            description?: null | string;
            /** @description Up to 10 http/https links. */
            evidence?: null | string[];
            /**
             * Format: uuid
             * @description The member being reported.
             */
            target_id: null | string;
        };
        GetMemberSanctionsResponse: {
            /** @description Mutes and bans in force now. */
            active: components["schemas"]["SanctionResponse"][];
            /** @description Every sanction, newest first (at most 200; the full log is GET /sanctions?member=). */
            history: components["schemas"]["SanctionResponse"][];
            suggestion: components["schemas"]["EscalationLadderSuggestion"];
            /** Format: uuid */
            user_id: string;
        };
        /** @description The signed-in user, their effective permissions and their rank (highest role priority). */
        GetMeResponse: {
            permissions: string[];
            /** Format: int32 */
            rank: number;
            /** Format: uuid */
            session_id: null | string;
            user: components["schemas"]["UserResponse"];
        };
        GetPresencePresencePage: {
            items: components["schemas"]["PresenceUpdate"][];
            next_cursor: null | string;
            /**
             * Format: int64
             * @description The stream position this page was read at: pass it as Last-Event-ID to the stream to follow changes from here.
             */
            version: number;
        };
        /** @description The role that decided a permission. */
        GetUserPermissionsDecidingRole: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: int32 */
            priority: number;
        };
        /** @description One permission, granted or not, and why (the rule of DESIGN §3 that decided). */
        GetUserPermissionsExplanation: {
            granted: boolean;
            matched_grant: null | string;
            permission: string;
            role: null | components["schemas"]["GetUserPermissionsDecidingRole"];
            rule: string;
        };
        GetUserPermissionsResponse: {
            explain: null | components["schemas"]["GetUserPermissionsExplanation"][];
            permissions: string[];
            /** Format: uuid */
            user_id: string;
        };
        HttpValidationProblemDetails: {
            detail?: null | string;
            errors?: {
                [key: string]: string[];
            };
            instance?: null | string;
            /** Format: int32 */
            status?: null | number;
            title?: null | string;
            type?: null | string;
        };
        JsonElement: unknown;
        /** @description The sanctions this call ended (empty when none was in force). */
        LiftSanctionResponse: {
            lifted: components["schemas"]["SanctionResponse"][];
        };
        /** @description One catalogue permission with a description in the caller's language. */
        ListPermissionsItem: {
            area: string;
            description: string;
            name: string;
        };
        ListReportsQueue: {
            /**
             * Format: int32
             * @description Of those, how many are past their SLA.
             */
            breached_count: number;
            items: components["schemas"]["ReportResponse"][];
            next_cursor: null | string;
            /**
             * Format: int32
             * @description Open and assigned reports, all filters aside.
             */
            open_count: number;
        };
        ListRoleVersionsItem: {
            /** Format: uuid */
            actor_user_id: null | string;
            change: string;
            /** Format: date-time */
            created_at: string;
            diff: null | components["schemas"]["ListRoleVersionsVersionDiff"];
            snapshot: components["schemas"]["RoleSnapshot"];
            /** Format: int32 */
            version: number;
        };
        /** @description How a list field moved between two versions. */
        ListRoleVersionsListChange: {
            added: string[];
            removed: string[];
        };
        /** @description What changed from the previous version; scalar fields as [before, after]. */
        ListRoleVersionsVersionDiff: {
            denied_permissions: null | components["schemas"]["ListRoleVersionsListChange"];
            fields: {
                [key: string]: unknown[];
            };
            inherits: null | components["schemas"]["ListRoleVersionsListChange"];
            permissions: null | components["schemas"]["ListRoleVersionsListChange"];
        };
        /** @description Sign-in with e-mail and password. */
        LoginRequest: {
            /** @description The account's e-mail (case does not matter). */
            email: null | string;
            /** @description The account's password. */
            password: null | string;
            /**
             * @description API clients set this to get the refresh token in the body instead of a cookie.
             * @default false
             */
            refresh_in_body: boolean;
        };
        /** @description Health of the process and of its database. */
        OpsEndpointsHealth: {
            database?: null | string;
            status: string;
        };
        /** @description What the panel shows about the server; `demo` means the community is simulated. */
        OpsEndpointsServerInfo: {
            database: string;
            demo: boolean;
            mode: string;
            version: string;
        };
        /** @description The shape of every list answer. */
        PageOfAuditEntryResponse: {
            items: components["schemas"]["AuditEntryResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfSanctionResponse: {
            items: components["schemas"]["SanctionResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfUserResponse: {
            items: components["schemas"]["UserResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description A rich activity, as Discord shows it ("Playing Chess"). */
        PresenceActivity: {
            /** @description An https URL of a small image. */
            icon?: null | string;
            name: string;
            /**
             * Format: date-time
             * @description When it began; the server fills in the current time when absent.
             */
            started_at?: null | string;
            /**
             * @description One of `playing streaming listening watching competing custom`.
             * @default playing
             */
            type: string;
        };
        /**
         * @description A user's presence as an observer sees it. The same shape is a snapshot item and a pushed
         *     `presence.update` event, so clients apply both the same way: keep it when its version is
         *     higher than the one they hold, drop it otherwise.
         */
        PresenceUpdate: {
            activity: null | components["schemas"]["PresenceActivity"];
            client_status: components["schemas"]["ClientStatus"];
            /**
             * Format: date-time
             * @description The last moment the user had a live session.
             */
            last_seen_at: null | string;
            /**
             * @description The user's role ids (in no particular order): a role change is a presence change, so live
             *         member lists regroup and role-filtered observers see the user enter or leave at once.
             */
            roles: string[];
            /** @description One of `online idle dnd invisible offline`; `invisible` only for observers with presence.see_invisible. */
            status: string;
            status_message: null | string;
            /** @description Always `presence.update`. */
            type: string;
            /** Format: uuid */
            user_id: string;
            /**
             * Format: int64
             * @description Grows with every change of this user, across restarts and nodes.
             */
            version: number;
        };
        /** @description Roles (ids or names) in their new order, highest first. They swap their existing priorities among themselves. */
        ReorderRolesRequest: {
            role_ids: null | string[];
        };
        ReportNoteResponse: {
            /** Format: uuid */
            author_id: null | string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            text: string;
        };
        /** @description A report in the queue. */
        ReportResponse: {
            /** Format: uuid */
            assignee_id: null | string;
            /** @description Still open past its due time. */
            breached: boolean;
            category: string;
            /** Format: date-time */
            closed_at: null | string;
            /** Format: date-time */
            created_at: string;
            description: string;
            /**
             * Format: date-time
             * @description When the SLA of its severity runs out.
             */
            due_at: string;
            /**
             * Format: int32
             * @description How many times the reporter filed it again (merged into this one).
             */
            duplicates: number;
            evidence: string[];
            /** Format: uuid */
            id: string;
            notes: components["schemas"]["ReportNoteResponse"][];
            /** Format: uuid */
            reporter_id: string;
            resolution: null | string;
            severity: string;
            status: string;
            /** Format: uuid */
            target_id: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            version: number;
        };
        /** @description A role as shown on a member: enough to draw its chip. */
        RoleChip: {
            color: null | string;
            hoist: boolean;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: int32 */
            priority: number;
        };
        /** @description A role as the API shows it. `permissions` are allowed, `denied_permissions` denied. */
        RoleResponse: {
            color: null | string;
            /** Format: date-time */
            created_at: string;
            denied_permissions: string[];
            description: null | string;
            hoist: boolean;
            icon: null | string;
            /** Format: uuid */
            id: string;
            inherits: string[];
            is_system: boolean;
            /** Format: int32 */
            member_count: number;
            name: string;
            permissions: string[];
            /** Format: int32 */
            priority: number;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            version: number;
        };
        /** @description What a role version remembers: every editable field. */
        RoleSnapshot: {
            allow: string[];
            color: null | string;
            deny: string[];
            description: null | string;
            hoist: boolean;
            icon: null | string;
            inherits: string[];
            name: string;
            /** Format: int32 */
            priority: number;
        };
        /** @description The version to return to; the rollback is itself a new version. */
        RollbackRoleRequest: {
            /** Format: int32 */
            version: null | number;
        };
        /** @description A sanction as moderators see it. */
        SanctionResponse: {
            /** @description True while a mute or ban is in force. */
            active: boolean;
            /** Format: date-time */
            created_at: string;
            /** @description lifted, expired or replaced, once it has ended. */
            end_reason: null | string;
            /** Format: date-time */
            ended_at: null | string;
            /** Format: uuid */
            ended_by_id: null | string;
            evidence: string[];
            /**
             * Format: date-time
             * @description When a timed mute or ban ends by itself; null for a permanent ban and for warn and kick.
             */
            expires_at: null | string;
            /** Format: uuid */
            id: string;
            /** @description warn, mute, kick or ban. */
            kind: string;
            lift_reason: null | string;
            /** Format: uuid */
            moderator_id: null | string;
            /** @description The moderators' own note, never shown to the member. */
            note: null | string;
            reason: string;
            /** Format: uuid */
            report_id: null | string;
            /** Format: uuid */
            user_id: string;
        };
        /** @description Creates the owner account, once. */
        SetupRequest: {
            display_name?: null | string;
            email: null | string;
            password: null | string;
            /** @description The token from the set-up link printed in the server log. */
            token: null | string;
            username: null | string;
        };
        /** @description Whether this Gatehouse still waits for its owner. */
        SetupStatus: {
            needed: boolean;
        };
        SetUserStatusRequest: {
            /**
             * Format: date-time
             * @description When the status and message reset to online with no message.
             */
            expires_at?: null | string;
            /** @description One of `online idle dnd invisible`. */
            status: string;
            /** @description Custom status text (at most 128 characters); absent or blank clears it. */
            status_message?: null | string;
        };
        /** @description A new access token, and the refresh token when the client asked for it in the body. */
        TokenResponse: {
            access_token: string;
            /** Format: int32 */
            expires_in: number;
            refresh_token: null | string;
            token_type: string;
        };
        UpdateReportRequest: {
            /** @description A member holding reports.manage; null unassigns. */
            assignee_id?: unknown;
            /** @description Added to the report's notes thread. */
            note?: null | string;
            /** @description Required to resolve or dismiss. */
            resolution?: null | string;
            sanction?: null | components["schemas"]["UpdateReportResolutionSanction"];
            severity?: null | string;
            /** @description assigned, resolved, dismissed or open (reopen / unassign). */
            status?: null | string;
        };
        UpdateReportResolutionSanction: {
            duration?: unknown;
            evidence?: null | string[];
            /** @description warn, mute, kick or ban. */
            kind: null | string;
            note?: null | string;
            reason: null | string;
        };
        /** @description Fields to change; absent fields stay as they are. Honours If-Match. */
        UpdateRoleRequest: {
            color?: null | string;
            denied_permissions?: null | string[];
            description?: null | string;
            hoist?: null | boolean;
            icon?: null | string;
            inherits?: null | string[];
            name?: null | string;
            permissions?: null | string[];
            /** Format: int32 */
            priority?: null | number;
        };
        /** @description Fields to change; absent fields stay as they are, an empty string clears an optional text. */
        UpdateUserRequest: {
            /** @description Per-user allow grants; they decide before roles. */
            allow_overrides?: null | string[];
            avatar_url?: null | string;
            /** @description Per-user deny grants; deny beats allow. */
            deny_overrides?: null | string[];
            display_name?: null | string;
            email?: null | string;
            password?: null | string;
            /** @description Replaces the member's roles (ids or names). */
            roles?: null | string[];
            status?: null | string;
            status_message?: null | string;
            tags?: null | string[];
            username?: null | string;
        };
        /** @description A member as the API shows it. `status` is the live presence; `chosen_status` what the member picked. */
        UserResponse: {
            activity_name: null | string;
            avatar_url: null | string;
            chosen_status: string;
            /** Format: date-time */
            created_at: string;
            disabled_reason: null | string;
            display_name: string;
            email: string;
            /** Format: uuid */
            id: string;
            is_banned: boolean;
            is_disabled: boolean;
            is_owner: boolean;
            /** Format: date-time */
            last_seen_at: null | string;
            permissions?: null | string[];
            roles: components["schemas"]["RoleChip"][];
            status: string;
            status_message: null | string;
            tags: string[];
            /** Format: date-time */
            updated_at: string;
            username: string;
            /** Format: int32 */
            version: number;
        };
        /** @description Where the chain breaks: the first entry whose seq, link, hash or signature is wrong. */
        VerifyAuditChainBreak: {
            /** Format: uuid */
            id: string;
            reason: string;
            /** Format: int64 */
            seq: number;
        };
        /** @description The result of walking the whole chain. */
        VerifyAuditChainResponse: {
            /** Format: int64 */
            checked: number;
            first_broken: null | components["schemas"]["VerifyAuditChainBreak"];
            /** Format: int64 */
            last_seq: number;
            ok: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    ListAuditEntries: {
        parameters: {
            query?: {
                /** @description Exact action, or a prefix ending in '.' (`user.`). */
                Action?: string;
                Actor?: string;
                Cursor?: string;
                From?: string;
                Limit?: number;
                Result?: string;
                target_id?: string;
                target_type?: string;
                To?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfAuditEntryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GetAuditEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryResponse"];
                };
            };
        };
    };
    ExportAuditEntries: {
        parameters: {
            query?: {
                /** @description Exact action, or a prefix ending in '.' (`user.`). */
                Action?: string;
                Actor?: string;
                Cursor?: string;
                format?: string;
                From?: string;
                Limit?: number;
                Result?: string;
                target_id?: string;
                target_type?: string;
                To?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    VerifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyAuditChainResponse"];
                };
            };
        };
    };
    Login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    Logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMeResponse"];
                };
            };
        };
    };
    Refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
        };
    };
    ExportSanctions: {
        parameters: {
            query?: {
                /** @description true: mutes and bans in force now; false: everything else. */
                Active?: boolean;
                Cursor?: string;
                format?: string;
                From?: string;
                /** @description warn, mute, kick or ban. */
                Kind?: string;
                Limit?: number;
                /** @description The sanctioned member. */
                Member?: string;
                /** @description Who applied it. */
                Moderator?: string;
                To?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPermissionsItem"][];
                };
            };
        };
    };
    GetPresence: {
        parameters: {
            query?: {
                cursor?: string;
                exclude_offline?: boolean;
                limit?: number;
                /** @description Role ids or names: members holding any of them. */
                Roles?: string;
                /** @description Statuses as the caller sees them (online, idle, dnd, invisible, offline). */
                Statuses?: string;
                user_ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPresencePresencePage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    StreamPresence: {
        parameters: {
            query?: {
                exclude_offline?: boolean;
                /** @description Role ids or names: members holding any of them. */
                Roles?: string;
                /** @description Statuses as the caller sees them (online, idle, dnd, invisible, offline). */
                Statuses?: string;
                user_ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ListReports: {
        parameters: {
            query?: {
                /** @description A member id, `me` or `none`. */
                Assignee?: string;
                /** @description true: only open reports past their due time. */
                Breached?: boolean;
                Cursor?: string;
                Limit?: number;
                Severity?: string;
                /** @description open, assigned, resolved or dismissed; default: open and assigned (the queue). */
                Status?: string;
                Target?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListReportsQueue"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    FileReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileReportRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    UpdateReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReportRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ListRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"][];
                };
            };
        };
    };
    CreateRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GetRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
        };
    };
    DeleteRole: {
        parameters: {
            query?: {
                reassign?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UpdateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    RollbackRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RollbackRoleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ListRoleVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListRoleVersionsItem"][];
                };
            };
        };
    };
    ReorderRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReorderRolesRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ListSanctions: {
        parameters: {
            query?: {
                /** @description true: mutes and bans in force now; false: everything else. */
                Active?: boolean;
                Cursor?: string;
                From?: string;
                /** @description warn, mute, kick or ban. */
                Kind?: string;
                Limit?: number;
                /** @description The sanctioned member. */
                Member?: string;
                /** @description Who applied it. */
                Moderator?: string;
                To?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfSanctionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GetServerInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpsEndpointsServerInfo"];
                };
            };
        };
    };
    GetSetupStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupStatus"];
                };
            };
        };
    };
    CompleteSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetupRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    ListUsers: {
        parameters: {
            query?: {
                Banned?: boolean;
                created_after?: string;
                created_before?: string;
                Cursor?: string;
                Disabled?: boolean;
                Ids?: string;
                include_deleted?: boolean;
                include_total?: boolean;
                last_seen_after?: string;
                last_seen_before?: string;
                Limit?: number;
                Q?: string;
                Role?: string;
                Sort?: string;
                Status?: string;
                Tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageOfUserResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    CreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
        };
    };
    DeleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    BanUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplySanctionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SanctionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    DisableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    EnableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    KickUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplySanctionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SanctionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    MuteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplySanctionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SanctionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GetUserPermissions: {
        parameters: {
            query?: {
                explain?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUserPermissionsResponse"];
                };
            };
        };
    };
    AssignUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignUserRolesRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GetMemberSanctions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMemberSanctionsResponse"];
                };
            };
        };
    };
    SetUserStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetUserStatusRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceUpdate"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    UnbanUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiftSanctionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    UnmuteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiftSanctionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    WarnUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplySanctionRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SanctionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["HttpValidationProblemDetails"];
                };
            };
        };
    };
    GetDemoAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Liveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpsEndpointsHealth"];
                };
            };
        };
    };
    Readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
