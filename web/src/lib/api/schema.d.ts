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
    "/api/v1/alert-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notification channels */
        get: operations["ListAlertChannels"];
        put?: never;
        /** Create an e-mail or webhook channel; a webhook's signing secret is shown only in this answer */
        post: operations["CreateAlertChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Removes the channel, its queued notices, and its place in every rule. */
        delete: operations["DeleteAlertChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-channels/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends one test notice through the channel now and says whether it arrived (no retries: the answer is the point). */
        post: operations["SendTestNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-silences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Silences that have not ended yet, soonest end first. */
        get: operations["ListAlertSilences"];
        put?: never;
        /** Silence one rule's (or every rule's) notifications until a time */
        post: operations["CreateAlertSilence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-silences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Ends a silence now (notices resume with the next transition). */
        delete: operations["DeleteAlertSilence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every rule (at most int AlertsOptions.MaxRules, so one page), by name, with its live state. */
        get: operations["ListAlertRules"];
        put?: never;
        /** Create an alert rule */
        post: operations["CreateAlertRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an alert rule */
        get: operations["GetAlertRule"];
        put?: never;
        post?: never;
        /** Removes the rule with its history and silences. */
        delete: operations["DeleteAlertRule"];
        options?: never;
        head?: never;
        /** Edit, enable or disable an alert rule (honours If-Match) */
        patch: operations["UpdateAlertRule"];
        trace?: never;
    };
    "/api/v1/alerts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transitions, newest first, paged with a cursor. */
        get: operations["ListAlertHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/backtest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replays a draft rule over the stored rollups of the last 24 hours and 7 days through the same
         *     state machine the engine runs, one step at a time. Nothing is saved.
         */
        post: operations["BacktestAlertRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Metrics and segment dimensions a rule may use */
        get: operations["ListAlertMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two segments (e.g. two client versions) side by side over a period, with B − A and a significance test per metric */
        get: operations["CompareSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this site requires analytics consent and the signed-in member's answer */
        get: operations["GetAnalyticsConsent"];
        /** Give or withdraw the signed-in member's analytics consent (audited) */
        put: operations["RecordConsent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream raw events as CSV or JSON */
        get: operations["ExportEvents"];
        put?: never;
        /** Record a batch of events from the site SDK, as the signed-in member or anonymously with a public site key (X-Site-Key); 429 past the source's budget */
        post: operations["IngestEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last closed live window (1s, 5s or 1m) and the recent windows' totals */
        get: operations["GetLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A metric over time from the rollups, optionally per segment and beside the previous day or week */
        get: operations["GetSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/site-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public site keys that may send events to POST /analytics/events */
        get: operations["ListSiteKeys"];
        put?: never;
        /** Create a public site key for the SDK (audited) */
        post: operations["CreateSiteKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/site-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a site key; it is refused at once (audited) */
        delete: operations["DeleteSiteKey"];
        options?: never;
        head?: never;
        /** Rename a site key or change its events-per-minute limit (audited) */
        patch: operations["UpdateSiteKey"];
        trace?: never;
    };
    "/api/v1/analytics/site-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a site key's value; the old one is refused at once (audited) */
        post: operations["RotateSiteKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live windows as Server-Sent Events as they close; resumes with Last-Event-ID */
        get: operations["StreamAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Keys, newest first. */
        get: operations["ListApiKeys"];
        put?: never;
        /** Create an API key; the answer is the only time its secret is shown */
        post: operations["CreateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoking only takes power away, so anyone who manages keys may do it; revoking twice changes nothing. */
        delete: operations["RevokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new secret; the previous one works for the grace period */
        post: operations["RotateApiKey"];
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
    "/api/v1/auth/email-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a new e-mail address with the link's token (one use); the account signs in with it from then on */
        post: operations["ConfirmEmailChange"];
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
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with a reset link's token (one use) */
        post: operations["CompletePasswordReset"];
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
    "/api/v1/auth/sso/{provider}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** After the provider's answer: the member's session, the two-factor step, or the sign-in page with the reason. */
        get: operations["CompleteSsoSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sends the browser to the provider (authorization code + PKCE). */
        get: operations["StartSsoSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Providers shown as "Sign in with …" buttons */
        get: operations["ListSsoButtons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The second factor of a single sign-on whose provider answer waits in the external cookie. */
        post: operations["ConfirmSsoTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List backups, newest first: size, checksum, encryption and the last self-test */
        get: operations["ListBackups"];
        put?: never;
        /** Starts a backup, or joins the one already running; the answer is the job to follow. */
        post: operations["CreateBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A backup holds every member's data and the audit key, so each download is audited. */
        get: operations["DownloadBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of a backup run: phase, percent, and the backup once written */
        get: operations["GetBackupJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Committed domain events as Server-Sent Events (the events topic); resumes with Last-Event-ID */
        get: operations["StreamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every rule (there are at most a few hundred), oldest first, with its member count. */
        get: operations["ListGroupRules"];
        put?: never;
        /** Saves a rule; the engine applies it right after the commit (unless paused). */
        post: operations["CreateGroupRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a dynamic group rule */
        get: operations["GetGroupRule"];
        put?: never;
        post?: never;
        /** Removes the rule with its history. Members keep what it gave them (take it away by hand, or with a remove rule). */
        delete: operations["DeleteGroupRule"];
        options?: never;
        head?: never;
        /**
         * Edits a rule (honours If-Match). The editor becomes the rule's owner (their rank bounds it from now on).
         *     Leaving or entering dry run forgets the group simulated so far. A change that changes nothing writes nothing.
         */
        patch: operations["UpdateGroupRule"];
        trace?: never;
    };
    "/api/v1/groups/rules/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes, newest first, paged with a cursor. */
        get: operations["ListGroupRuleHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/rules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Runs the engine's own planning over every member without writing anything, so what it shows is
         *     what saving applies. With `rule_id` the saved rule's group so far counts (an edit's preview).
         */
        post: operations["PreviewGroupRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invites, newest first, revoked and expired ones included (their state says so). */
        get: operations["ListInvites"];
        put?: never;
        /** Create an invite link (optional max uses, expiry, roles you may assign, note); audited */
        post: operations["CreateInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoking only closes a door, so anyone who manages invites may do it; revoking twice changes nothing. */
        delete: operations["RevokeInvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{code}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invite: create an account, come back to one you left, or join when signed in (rate-limited) */
        post: operations["AcceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{code}/landing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the public invite page shows: state, expiry, roles */
        get: operations["GetInviteLanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{code}/uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who came in through an invite, newest first (the last 500). */
        get: operations["ListInviteUses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether two-factor sign-in is on, pending or required */
        get: operations["GetMyTwoFactor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in on with a first code; answers 10 recovery codes, once */
        post: operations["ConfirmTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in off with a code or a recovery code */
        post: operations["DisableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start enrolling an authenticator app: secret and otpauth:// URI (needs a fresh step-up) */
        post: operations["StartTwoFactorEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/2fa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the recovery codes (needs a code); answers the new ones, once */
        post: operations["RenewRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consent texts and your answers */
        get: operations["ListMyConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/consents/{purpose}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give or withdraw consent to one version of a purpose's text; a withdrawal stops processing at once */
        put: operations["AnswerConsent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your e-mail (asks for the current password; ends your other sessions) */
        post: operations["ChangeOwnEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase your own account and personal data; asks you to confirm who you are first */
        post: operations["EraseMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Gatehouse holds about you, as a zip of JSON files */
        get: operations["ExportMyPersonalData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your accounts at single sign-on providers */
        get: operations["ListMyIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/identities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlinks one; refused when it is the member's only way in (no password, no other identity). */
        delete: operations["UnlinkMyIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The member leaves: every session ends and the account is soft-deleted (gone from lists, search
         *     and presence). They may come back within the return window by signing in or through an invite.
         */
        post: operations["LeaveCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (asks for the current one; ends your other sessions) */
        post: operations["ChangeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your live sessions (device, address, started, last used, current) */
        get: operations["ListMySessions"];
        put?: never;
        post?: never;
        /** Every session of yours except the one making the request ("sign out everywhere else"). */
        delete: operations["RevokeMyOtherSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** One of your own sessions (the current one too: that is a sign-out). */
        delete: operations["RevokeMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/step-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm who you are again (password or code) to unlock dangerous actions for 10 minutes */
        post: operations["ConfirmIdentity"];
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
    "/api/v1/privacy/consent-texts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current text of each consent purpose */
        get: operations["ListConsentTexts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/consent-texts/{purpose}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Publish a new version of a purpose's consent text (EN and FR) */
        put: operations["PublishConsentText"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Register of processing activities, generated from the features (?format=json|csv) */
        get: operations["GetProcessingRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How long each category of data is kept */
        get: operations["ListRetentionSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/privacy/retention/{category}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change how long a category of data is kept */
        put: operations["SetRetention"];
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
    "/api/v1/reports/scheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every scheduled report (at most int ScheduledReportsOptions.MaxReports, so one page), by name. */
        get: operations["ListScheduledReports"];
        put?: never;
        /** Schedule a report; its webhook signing secret is shown only in this answer */
        post: operations["CreateScheduledReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/scheduled/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a scheduled report */
        get: operations["GetScheduledReport"];
        put?: never;
        post?: never;
        /** Removes the report with its runs, deliveries and files. */
        delete: operations["DeleteScheduledReport"];
        options?: never;
        head?: never;
        /** Edit, enable or disable a scheduled report (honours If-Match) */
        patch: operations["UpdateScheduledReport"];
        trace?: never;
    };
    "/api/v1/reports/scheduled/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Makes the files now (the period ends now) and queues the deliveries, which start at once; the schedule is untouched. */
        post: operations["RunScheduledReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/scheduled/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report's runs, newest first, each with its deliveries. */
        get: operations["ListReportRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/scheduled/{id}/runs/{runId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run's file in one of its languages (the first when none is asked), streamed from disk; each download is audited. */
        get: operations["DownloadReportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/scheduled/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What the first page of a draft would say if it ran now (title, period, charts, first rows):
         *     the same content the PDF lays out, so the builder shows it before anything is saved. Writes nothing.
         */
        post: operations["PreviewScheduledReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/v1/site-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create or update a site's member just in time and get a short-lived connection token for their page */
        post: operations["MintSiteToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Configured providers (never their secrets) */
        get: operations["ListSsoProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sso/providers/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add or change a provider (needs a fresh step-up); audited */
        put: operations["SaveSsoProvider"];
        post?: never;
        /** Remove a provider and unlink its identities (needs a fresh step-up); audited */
        delete: operations["DeleteSsoProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/system/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This node at a glance: version, uptime, database, outbox backlog, webhook queue, connections, request rate, errors and p95 */
        get: operations["GetSystemStatus"];
        put?: never;
        post?: never;
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
    "/api/v1/users/{id}/2fa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member's authenticator app (member ranked below you); ends their sessions; audited */
        delete: operations["ResetMemberTwoFactor"];
        options?: never;
        head?: never;
        patch?: never;
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
    "/api/v1/users/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a member's personal data everywhere (right to be forgotten); cannot be undone */
        post: operations["EraseUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Gatehouse holds about a member, as a zip of JSON files (audited) */
        get: operations["ExportUserPersonalData"];
        put?: never;
        post?: never;
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
    "/api/v1/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a one-time password-reset link for a member ranked below you (mailed to them when SMTP is configured, else handed to you); ends their sessions; audited */
        post: operations["SendPasswordResetLink"];
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
    "/api/v1/users/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Brings back a soft-deleted member (deleted by an administrator or who left) as they were, roles
         *     included: restoring undoes the deletion. The actor must outrank the member, as for deleting them.
         */
        post: operations["RestoreUser"];
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
    "/api/v1/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's live sessions */
        get: operations["ListUserSessions"];
        put?: never;
        post?: never;
        /** End every session of a member ranked below you; audited */
        delete: operations["RevokeUserSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one session of a member ranked below you; audited */
        delete: operations["RevokeUserSession"];
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
    "/api/v1/users/{id}/temporary-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a member ranked below you a random temporary password they must replace at sign-in; ends their sessions; audited */
        post: operations["SetTemporaryPassword"];
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
    "/api/v1/users/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable, enable, delete, tag or untag many members at once (ids or the list's filters; all or nothing; dry_run for the summary) */
        post: operations["ApplyUserBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream the members the list's filters select as CSV or JSON (columns the import reads back) */
        get: operations["ExportUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a CSV or JSON file of members (the request body); answers the proposed mapping and a preview of every row */
        post: operations["UploadMemberImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import as last previewed (or its result, once committed). */
        get: operations["GetMemberImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write the import, all or nothing; committing again answers the same result */
        post: operations["CommitMemberImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import/{id}/password-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download once, as CSV, the set-password links of the members created that were not mailed (the importer only; audited) */
        get: operations["DownloadImportPasswordLinks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the mapping, policy or external source and check every row again */
        post: operations["PreviewMemberImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rows checked and written so far by a running pass, with an ETA; a finished or unstarted import answers its state.
         * @description The admin app follows the `imports` live topic instead; this is its one-off equivalent (and curl's).
         */
        get: operations["GetMemberImportProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every webhook with its health; a community has a handful, so one page holds them all. */
        get: operations["ListWebhooks"];
        put?: never;
        /** Create a webhook; the answer is the only time its signing secret is shown */
        post: operations["CreateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook */
        get: operations["GetWebhook"];
        put?: never;
        post?: never;
        /** Removes the webhook and its delivery log; nothing more is sent to it. */
        delete: operations["DeleteWebhook"];
        options?: never;
        head?: never;
        /** Edit, enable or disable a webhook (honours If-Match) */
        patch: operations["UpdateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of one webhook, newest first; filter by status. */
        get: operations["ListWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a delivery again now (same `webhook-id`): a failed one gets a fresh schedule, a succeeded one is re-sent. */
        post: operations["RetryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Every retained event since the time that this webhook subscribes to is queued again, in commit
         *     order and with its original `webhook-id`: missed ones (while disabled, before it existed)
         *     get a delivery, failed or delivered ones are re-sent.
         */
        post: operations["ReplayWebhookEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New signing secret; both signatures are sent during the overlap */
        post: operations["RotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queues a `webhook.test` event for this webhook only, ahead of its other deliveries. */
        post: operations["SendTestWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event types a webhook can receive */
        get: operations["ListWebhookEventTypes"];
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
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics in the Prometheus text format
         * @description Open without credentials to Gatehouse:Observability:MetricsAllowedNetworks (loopback by default); anyone else needs the permission 'settings.manage' (a bearer token or an API key).
         */
        get: operations["ScrapeMetrics"];
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
        /**
         * @description Signed in: send nothing (you join with the invite's roles). Otherwise: a username, e-mail and password
         *     create your account; the e-mail and password of an account you left bring it back.
         */
        AcceptInviteRequest: {
            display_name?: null | string;
            email?: null | string;
            password?: null | string;
            username?: null | string;
        };
        AcceptInviteResponse: {
            /** @description created (a new account), returned (an account that had left) or joined (already signed in). */
            outcome: string;
            /** @description The invite's roles, now held. */
            roles: components["schemas"]["RoleRef"][];
            /** @description For a return: whether the previous roles came back (the community's setting). */
            roles_restored: null | boolean;
            /** Format: uuid */
            user_id: string;
        };
        /** @description A notification channel; the webhook signing secret is never shown after creation. */
        AlertChannelResponse: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            kind: string;
            name: string;
            recipients: string[];
            url: null | string;
        };
        /** @description One test on one metric: `metric comparator threshold` over a window, guarded by a minimum sample count. */
        AlertCondition: {
            /**
             * Format: double
             * @description Hysteresis: once firing, the condition stays met until the value crosses this instead of the threshold.
             */
            clear_threshold?: null | number;
            /** @description gt, gte, lt or lte. */
            comparator: string;
            /** @description A metric name from `GET /api/v1/alerts/metrics`. */
            metric: string;
            /**
             * Format: int64
             * @description Below this many samples in the window the condition is not met (no firing on 1 failed request out of 2).
             * @default 0
             */
            min_samples: number;
            /** @description Optional `dimension:value`, e.g. `role:moderator` or `endpoint:GET /api/v1/users`. */
            segment: null | string;
            /** Format: double */
            threshold: number;
            /**
             * Format: int32
             * @description The evaluation window: the metric over the last this many seconds.
             */
            window_seconds: number;
        };
        /** @description A rule as written by the panel (create, full edit, backtest). */
        AlertRuleInput: {
            /** @description Notification channels told on firing and resolve. */
            channel_ids?: null | string[];
            conditions: null | components["schemas"]["AlertCondition"][];
            description?: null | string;
            /** @default true */
            enabled: boolean;
            /**
             * Format: int32
             * @description How long the conditions must hold before the alert fires (0: at once).
             * @default 0
             */
            for_seconds: number;
            /**
             * Format: int32
             * @description How long the conditions must stay clear before a firing alert resolves.
             * @default 0
             */
            keep_firing_seconds: number;
            /** @description all (AND, the default) or any (OR). */
            match?: null | string;
            name: null | string;
        };
        /** @description An alert rule and where it stands. */
        AlertRuleResponse: {
            channel_ids: string[];
            conditions: components["schemas"]["AlertCondition"][];
            /** Format: date-time */
            created_at: string;
            description: null | string;
            enabled: boolean;
            /** Format: int32 */
            for_seconds: number;
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            keep_firing_seconds: number;
            match: string;
            name: string;
            /** @description An active silence covers the rule now. */
            silenced: boolean;
            /** @description normal, pending, firing or resolved. */
            state: string;
            /**
             * Format: date-time
             * @description When the rule entered its state.
             */
            state_since: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            version: number;
        };
        /** @description A silence: no notices for its rule (null: every rule) until it ends. */
        AlertSilenceResponse: {
            /** Format: uuid */
            created_by_user_id: null | string;
            /** Format: date-time */
            ends_at: string;
            /** Format: uuid */
            id: string;
            reason: string;
            /** Format: uuid */
            rule_id: null | string;
            /** Format: date-time */
            starts_at: string;
        };
        /**
         * @description The aggregates of one closed live window, as pushed on the `analytics` topic and the SSE
         *     stream and answered by `GET /analytics/live`.
         */
        AnalyticsWindow: {
            /** Format: date-time */
            end: string;
            /** @description Requests per endpoint (route template), busiest first. */
            endpoints: components["schemas"]["EndpointStats"][];
            /** @description Events per type in the window. */
            event_types: {
                [key: string]: number;
            };
            /** @description 1s, 5s or 1m. */
            interval: string;
            /** @description Request latency distribution (upper bound in ms, count), for the histogram chart. */
            latency_histogram: components["schemas"]["LatencyBucket"][];
            /**
             * Format: int32
             * @description How many nodes' traffic the window merges: 1 on a single node; in a cluster, the nodes whose parts were in.
             */
            nodes: number;
            /**
             * @description True for a window still open, pushed only to followers that asked for progress: the counts so far,
             *         replaced by later progress and finally by the closed window of the same sequence. Gauges are the last closed second's.
             * @default false
             */
            open: boolean;
            /** @description True when the window misses a node known to be alive, or Redis was unreachable (this node's view only). */
            partial: boolean;
            /** @description Every metric per value of role, region, device and version. */
            segments: {
                [key: string]: {
                    [key: string]: components["schemas"]["MetricSet"];
                };
            };
            /**
             * Format: int64
             * @description The window's position in its interval's stream (its end as Unix milliseconds): the SSE event id.
             */
            sequence: number;
            /** Format: date-time */
            start: string;
            /**
             * Format: date-time
             * @description For an open window, the server time it counts up to: every event received before it is in.
             */
            through?: null | string;
            /** @description Every metric over the whole site. */
            totals: components["schemas"]["MetricSet"];
        };
        /** @description An API key as lists show it: never its secret. */
        ApiKeyResponse: {
            allowed_ips: string[];
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            created_by: string;
            created_by_username: null | string;
            /** Format: date-time */
            expires_at: null | string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_used_at: null | string;
            last_used_ip: null | string;
            name: string;
            /** @description The recognisable start of the key (`gh_live_` + public id). */
            prefix: string;
            /**
             * Format: date-time
             * @description After a rotation, until when the previous secret still works.
             */
            previous_valid_until: null | string;
            /** Format: int32 */
            rate_limit_per_minute: number;
            /** Format: date-time */
            revoked_at: null | string;
            /** Format: date-time */
            rotated_at: null | string;
            scopes: string[];
            /** @description `active`, `expired` or `revoked`. */
            status: string;
        };
        /** @description A key just created or rotated: the only answer that ever carries the secret. */
        ApiKeySecretResponse: {
            api_key: components["schemas"]["ApiKeyResponse"];
            /** @description The full secret key. Store it now: it is never shown again. */
            key: string;
        };
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
        /** @description The member list's filters (same meaning as on `GET /users`). */
        ApplyUserBatchMatch: {
            banned?: null | boolean;
            /** Format: date-time */
            created_after?: null | string;
            /** Format: date-time */
            created_before?: null | string;
            disabled?: null | boolean;
            /** Format: date-time */
            last_seen_after?: null | string;
            /** Format: date-time */
            last_seen_before?: null | string;
            q?: null | string;
            role?: null | string;
            status?: null | string;
            tag?: null | string;
        };
        /** @description A member the batch may not change, and why. */
        ApplyUserBatchRefusal: {
            /** Format: uuid */
            id: string;
            reason: string;
            username: string;
        };
        /** @description The action, the members (ids, or the list's filters in `match`), and `dry_run` to get the summary first. */
        ApplyUserBatchRequest: {
            action: null | string;
            dry_run?: null | boolean;
            ids?: null | string[];
            match?: null | components["schemas"]["ApplyUserBatchMatch"];
            reason?: null | string;
            tag?: null | string;
        };
        /** @description What the batch matched, changed (or would change), and the members that block it. */
        ApplyUserBatchResponse: {
            action: string;
            /** Format: int32 */
            changed: number;
            dry_run: boolean;
            /** Format: int32 */
            matched: number;
            refused: components["schemas"]["ApplyUserBatchRefusal"][];
            /** Format: int32 */
            unchanged: number;
        };
        /** @description Roles to add and to remove (ids or names), applied together. */
        AssignUserRolesRequest: {
            add?: null | string[];
            remove?: null | string[];
        };
        /** @description An audit entry as the API shows it; `payload` is the JSON as recorded (opened when it was sealed). */
        AuditEntryResponse: {
            action: string;
            /** Format: uuid */
            actor_api_key_id: null | string;
            /** Format: uuid */
            actor_user_id: null | string;
            /** @description The payload held personal data of a member who was erased since: it can no longer be read. */
            erased: boolean;
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
        /** @description How often a rule would have fired over one period (the last day, the last week). */
        BacktestAlertRulePeriod: {
            /**
             * Format: int32
             * @description Times it would have gone from normal/pending into firing.
             */
            fired: number;
            /**
             * Format: int32
             * @description Steps replayed.
             */
            points: number;
            /**
             * Format: int32
             * @description The rollup step the replay used (the longest condition window, rounded up to whole minutes).
             */
            step_seconds: number;
        };
        BacktestAlertRuleResponse: {
            last_day: components["schemas"]["BacktestAlertRulePeriod"];
            last_week: components["schemas"]["BacktestAlertRulePeriod"];
        };
        /** @description A backup file as the API lists it. */
        BackupCatalogEntry: {
            checksum: string;
            database: string;
            encrypted: boolean;
            name: string;
            /** Format: int64 */
            size_bytes: number;
            /** Format: date-time */
            taken_at: string;
            verification: null | components["schemas"]["BackupCatalogVerification"];
        };
        /** @description The last self-test of a backup: when, and whether the restored copy held up. */
        BackupCatalogVerification: {
            detail: string;
            ok: boolean;
            /** Format: date-time */
            verified_at: string;
        };
        /** @description One backup run as the panel follows it: phase (snapshot, pack, seal, done), percent, and the backup once written. */
        BackupJob: {
            backup?: null | components["schemas"]["BackupCatalogEntry"];
            error?: null | string;
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            percent?: number;
            phase?: string;
            /** Format: date-time */
            started_at: string;
            /** @description `running`, `succeeded` or `failed`. */
            state?: string;
            trigger: string;
        };
        ChangeOwnEmailRequest: {
            /** @description The password in use now. */
            current_password: null | string;
            /** @description The new e-mail address. */
            email: null | string;
        };
        ChangeOwnEmailResponse: {
            /** @description The address now on the account (the old one while a confirmation is pending). */
            email: string;
            /** @description The new address, waiting for the link mailed to it; null when the change applied at once. */
            pending_email: null | string;
            /**
             * Format: int32
             * @description How many other sessions were ended.
             */
            sessions_ended: number;
        };
        ChangeOwnPasswordRequest: {
            /** @description The password in use now. */
            current_password: null | string;
            /** @description The password to use from now on. */
            new_password: null | string;
        };
        ChangeOwnPasswordResponse: {
            /**
             * Format: int32
             * @description How many other sessions were ended.
             */
            sessions_ended: number;
        };
        /** @description The status on each platform where the user has a session; platforms without one are absent. */
        ClientStatus: {
            desktop?: null | string;
            mobile?: null | string;
            web?: null | string;
        };
        CompareSegmentsMetric: {
            /**
             * Format: double
             * @description Value for segment A (null when nothing to compute it from).
             */
            a: null | number;
            /** Format: double */
            b: null | number;
            /**
             * Format: double
             * @description B − A.
             */
            difference: null | number;
            /** @description active_users, error_rate_5xx, latency_p50|p95|p99 (ms), session_length_mean (s), conversion_rate. */
            name: string;
            /**
             * Format: int64
             * @description What A's value stands on (members, requests, latencies, sessions, members who started).
             */
            samples_a: number;
            /** Format: int64 */
            samples_b: number;
            test: null | components["schemas"]["SignificanceTest"];
        };
        CompareSegmentsResponse: {
            a: string;
            b: string;
            dimension: string;
            /** Format: date-time */
            from: string;
            metrics: components["schemas"]["CompareSegmentsMetric"][];
            /** Format: date-time */
            to: string;
        };
        CompletePasswordResetRequest: {
            /** @description The password to use from now on. */
            new_password: null | string;
            /** @description The token from the reset link. */
            token: null | string;
        };
        /** @description What one condition saw in one evaluation. */
        ConditionResult: {
            /** @description The minimum-sample guard kept it from counting. */
            guarded: boolean;
            /** @description The comparison held with enough samples. */
            met: boolean;
            metric: string;
            /** Format: int64 */
            samples: number;
            segment: null | string;
            /** Format: double */
            value: null | number;
        };
        ConfirmEmailChangeRequest: {
            /** @description The token from the confirmation link. */
            token: null | string;
        };
        ConfirmEmailChangeResponse: {
            /** @description The address the account signs in with from now on. */
            email: string;
        };
        ConfirmIdentityRequest: {
            /** @description …or a 6-digit code from the authenticator app. */
            code: null | string;
            /** @description The member's password… */
            password: null | string;
        };
        ConfirmIdentityResponse: {
            /**
             * Format: date-time
             * @description Dangerous actions need no new check until then.
             */
            stepped_up_until: string;
        };
        CreateAlertChannelRequest: {
            /** @description email or webhook. */
            kind: null | string;
            name: null | string;
            /** @description E-mail addresses (kind email). */
            recipients?: null | string[];
            /** @description https URL that receives signed POSTs (kind webhook). */
            url?: null | string;
        };
        CreateAlertSilenceRequest: {
            /**
             * Format: date-time
             * @description When notices resume (within 90 days).
             */
            ends_at: null | string;
            reason: null | string;
            /**
             * Format: uuid
             * @description The rule to silence; omit to silence every rule.
             */
            rule_id?: null | string;
        };
        /** @description A new API key; it acts for you, within these scopes. */
        CreateApiKeyRequest: {
            /** @description Optional CIDR blocks or addresses the key may be used from. */
            allowed_ips?: null | string[];
            /**
             * Format: date-time
             * @description Optional; after it the key is refused.
             */
            expires_at?: null | string;
            name: null | string;
            /**
             * Format: int32
             * @description Optional; requests per minute (the server default otherwise).
             */
            rate_limit_per_minute?: null | number;
            /** @description Catalogue permissions the key may use; each must be one you hold. */
            scopes: null | string[];
        };
        CreatedAlertChannelResponse: {
            channel: components["schemas"]["AlertChannelResponse"];
            /** @description The webhook channel's `whsec_` signing secret, shown this once (null for e-mail). */
            secret: null | string;
        };
        CreatedScheduledReportResponse: {
            report: components["schemas"]["ScheduledReportResponse"];
            /** @description The `whsec_` secret that signs this report's webhook deliveries, shown this once. */
            webhook_secret: string;
        };
        /** @description A new invite link. */
        CreateInviteRequest: {
            /**
             * Format: date-time
             * @description When it stops working (within a year); leave out for never.
             */
            expires_at?: null | string;
            /**
             * Format: int32
             * @description How many people may use it (1–100000); leave out for no limit.
             */
            max_uses?: null | number;
            /** @description For the managers: who it is for, where it was posted. */
            note?: null | string;
            /** @description Role ids or names given to whoever joins; each must be one you may assign. */
            roles?: null | string[];
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
            /**
             * @description Optional initial password (strength policy applies). Without one the member gets a one-time link to choose it:
             *         mailed to them when SMTP is configured, else returned in `password_setup` for the administrator to hand over.
             */
            password?: null | string;
            /** @description Role ids or names. */
            roles?: null | string[];
            tags?: null | string[];
            /** @description 2–32 letters, digits, '.', '_' or '-'; unique without regard to case. */
            username: null | string;
        };
        /** @description A new webhook. */
        CreateWebhookRequest: {
            description?: null | string;
            /** @default true */
            enabled: boolean;
            /** @description Event types to receive (see GET /api/v1/webhooks/event-types). */
            event_types: null | string[];
            /** @description Optional: member events only for members holding one of these roles (ids or names). */
            filter_role_ids?: null | string[];
            /**
             * Format: int32
             * @description Optional cap on deliveries per second.
             */
            max_per_second?: null | number;
            /** @description https URL that receives POSTed events. */
            url: null | string;
        };
        /** @description One endpoint's requests in a window. */
        EndpointStats: {
            /** Format: int64 */
            count: number;
            /** @description Method and route template, e.g. `GET /api/v1/users/{id}`. */
            endpoint: string;
            /** Format: double */
            error_rate: null | number;
            /** Format: double */
            latency_p50: null | number;
            /** Format: double */
            latency_p95: null | number;
            /** Format: double */
            latency_p99: null | number;
        };
        ErasePersonResponse: {
            /** Format: date-time */
            erased_at: string;
            /** Format: uuid */
            id: string;
            /** @description The features that erased their part. */
            sources: string[];
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
        /** @description One member as exported (roles and tags as lists in JSON, comma-joined in CSV). */
        ExportUsersRow: {
            avatar_url: null | string;
            /** Format: date-time */
            created_at: string;
            display_name: string;
            email: string;
            external_id: null | string;
            external_source: null | string;
            /** Format: uuid */
            id: string;
            is_banned: boolean;
            is_disabled: boolean;
            /** Format: date-time */
            last_seen_at: null | string;
            roles: string[];
            tags: string[];
            username: string;
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
        /** @description What the public invite page shows before anyone accepts: nothing about who made it or why. */
        GetInviteLandingLanding: {
            code: string;
            /** Format: date-time */
            expires_at: null | string;
            /** @description Role names given on joining. */
            roles: string[];
            /** @description active, revoked, expired or used_up. */
            state: string;
        };
        GetLiveRecentWindow: {
            /** Format: date-time */
            end: string;
            /** Format: int64 */
            sequence: number;
            /** Format: date-time */
            start: string;
            totals: components["schemas"]["MetricSet"];
        };
        GetLiveResponse: {
            interval: string;
            latest: null | components["schemas"]["AnalyticsWindow"];
            /** @description Totals of the recently closed windows, oldest first. */
            recent: components["schemas"]["GetLiveRecentWindow"][];
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
        /** @description One processing activity and the feature that performs it. */
        GetProcessingRegisterActivity: {
            data_categories: string[];
            feature: string;
            legal_basis: string;
            name: string;
            purpose: string;
            recipients: string[];
            retention: string;
        };
        GetProcessingRegisterResponse: {
            items: components["schemas"]["GetProcessingRegisterActivity"][];
        };
        GetSeriesComparison: {
            period: string;
            /** @description The earlier range's points, with `at` moved onto the current range's times. */
            points: components["schemas"]["MetricPoint"][];
        };
        GetSeriesResponse: {
            compare: null | components["schemas"]["GetSeriesComparison"];
            /** Format: date-time */
            from: string;
            metric: string;
            points: components["schemas"]["MetricPoint"][];
            segment: null | string;
            /** Format: int32 */
            step_seconds: number;
            /** Format: date-time */
            to: string;
        };
        GetSystemStatusDatabaseStatus: {
            /** @description Whether a round trip to the database succeeded just now. */
            healthy: boolean;
            /**
             * Format: double
             * @description How long that round trip took.
             */
            latency_ms: number;
            /** @description sqlite or postgres. */
            provider: string;
        };
        GetSystemStatusOutboxStatus: {
            /**
             * Format: double
             * @description The slowest subscriber's lag, as the gatehouse_outbox_lag_seconds gauge reports it.
             */
            lag_seconds: null | number;
            /**
             * Format: double
             * @description Age of the oldest of them; null when all are handled.
             */
            oldest_pending_seconds: null | number;
            /**
             * Format: int64
             * @description Committed events some subscriber (live pushes, webhooks, projections) has not handled yet.
             */
            pending: number;
        };
        GetSystemStatusResponse: {
            database: components["schemas"]["GetSystemStatusDatabaseStatus"];
            /**
             * Format: int64
             * @description Open real-time connections (admin panels and site members) on this node.
             */
            live_connections: number;
            /** @description Single or Cluster. */
            mode: string;
            /** @description This node's name in a cluster; null on a single node. */
            node: null | string;
            outbox: components["schemas"]["GetSystemStatusOutboxStatus"];
            redis: null | components["schemas"]["GetSystemStatusServiceStatus"];
            /** @description Traffic over the last five minutes, from the request-duration histogram `/metrics` exports. */
            requests: components["schemas"]["RequestStats"];
            /**
             * Format: date-time
             * @description When this process started.
             */
            started_at: string;
            /**
             * Format: double
             * @description Seconds since then.
             */
            uptime_seconds: number;
            /** @description The server's version. */
            version: string;
            webhooks: components["schemas"]["GetSystemStatusWebhookQueueStatus"];
        };
        GetSystemStatusServiceStatus: {
            /** @description Whether the service answers. */
            healthy: boolean;
            /** @description Why not, when it does not. */
            reason: null | string;
        };
        GetSystemStatusWebhookQueueStatus: {
            /**
             * Format: int64
             * @description Deliveries waiting to be sent, as the delivery worker last counted them; null before its first count or on a node that does not send.
             */
            depth: null | number;
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
        /**
         * @description A node of a rule's condition tree: either a group (string? GroupCondition.Op `and`/`or` over
         *     IReadOnlyList&lt;GroupCondition&gt;? GroupCondition.Conditions) or a test (string? GroupCondition.Type with the fields that type uses).
         */
        GroupCondition: {
            /**
             * Format: double
             * @description active_minutes: minutes online in the window; sanctions: count in the window.
             */
            at_least?: null | number;
            /**
             * Format: double
             * @description sanctions: at most this many in the window.
             */
            at_most?: null | number;
            conditions?: null | components["schemas"]["GroupCondition"][];
            /**
             * Format: date-time
             * @description joined_before/joined_after: a fixed instant instead of Days.
             */
            date?: null | string;
            /**
             * Format: int32
             * @description joined_before/joined_after/last_seen_before: that many days before now.
             */
            days?: null | number;
            /**
             * Format: double
             * @description active_minutes in an add rule: a member the rule gave the group keeps it until below this (hysteresis).
             */
            keep_at_least?: null | number;
            /** @description `and` (all must hold) or `or` (one is enough), for a group. */
            op?: null | string;
            /** @description has_role/lacks_role: the role's id or name (stored as its id). */
            role?: null | string;
            /** @description has_tag/lacks_tag. */
            tag?: null | string;
            /**
             * @description A test: `active_minutes`, `joined_before`, `joined_after`, `has_tag`, `lacks_tag`,
             *         `has_role`, `lacks_role`, `sanctions`, `last_seen_before`, `client_version`, `region`, `invite_used`.
             */
            type?: null | string;
            /** @description client_version/region: the value to equal (case-insensitive); invite_used: the invite's code (absent: any invite). */
            value?: null | string;
            /**
             * Format: int32
             * @description active_minutes and sanctions: how many days back the test looks.
             */
            window_days?: null | number;
        };
        /** @description A rule as written by the panel (create, preview). */
        GroupRuleInput: {
            /** @description add (the default: matching members get the role or tag, and lose it when they stop matching) or remove (matching members lose it). */
            action?: null | string;
            condition: null | components["schemas"]["GroupCondition"];
            description?: null | string;
            /**
             * @description Records what the rule would change in its history, changes nothing.
             * @default false
             */
            dry_run: boolean;
            name: null | string;
            /**
             * @description A paused rule is not evaluated.
             * @default false
             */
            paused: boolean;
            /** @description The role to manage (id or name); give this or Tag. */
            role?: null | string;
            /** @description The tag to manage; give this or Role. */
            tag?: null | string;
        };
        /** @description A dynamic group rule and where it stands. */
        GroupRuleResponse: {
            action: string;
            /** @description Why the rule applies nothing now (its owner lost rank over the role); null when it applies. */
            blocked_reason: null | string;
            condition: components["schemas"]["GroupCondition"];
            /** Format: date-time */
            created_at: string;
            description: null | string;
            dry_run: boolean;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_evaluated_at: null | string;
            /**
             * Format: int32
             * @description Members the rule gave its role or tag and who still have it (simulated in dry run).
             */
            member_count: number;
            name: string;
            /**
             * Format: uuid
             * @description The member whose rank bounds the rule (who last saved it).
             */
            owner_id: null | string;
            paused: boolean;
            /**
             * Format: uuid
             * @description The managed role's id (null when the rule manages a tag).
             */
            role: null | string;
            tag: null | string;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            version: number;
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
        /**
         * @description What to do with a row that matches an existing member.
         * @enum {unknown}
         */
        ImportPolicy: "skip" | "update" | "fail";
        ImportPreviewCommitResult: {
            /** Format: int32 */
            created: number;
            /**
             * Format: int32
             * @description Rows with errors left out (only with skip_invalid).
             */
            left_out: number;
            password_links?: null | components["schemas"]["ImportPreviewPasswordLinks"];
            /** Format: int32 */
            skipped: number;
            /**
             * Format: int32
             * @description Rows to update whose values were already the member's (nothing written).
             */
            unchanged: number;
            /** Format: int32 */
            updated: number;
        };
        ImportPreviewFieldError: {
            /** @description invalid, duplicate_in_file, exists, taken, deleted or forbidden. */
            code: string;
            field: string;
            message: string;
        };
        ImportPreviewPasswordLinks: {
            /**
             * Format: date-time
             * @description When the importer downloaded the file (it is gone from then on).
             */
            downloaded_at: null | string;
            /**
             * Format: int32
             * @description Links in the result file (no SMTP, or the relay refused them), for the importer to download once.
             */
            in_file: number;
            /**
             * Format: int32
             * @description Links issued, one per member created. While Mailed + InFile is below it, links are being mailed.
             */
            issued: number;
            /**
             * Format: int32
             * @description Links mailed to the members (SMTP configured).
             */
            mailed: number;
        };
        ImportPreviewResponse: {
            /** Format: int64 */
            byte_size: number;
            columns: string[];
            /** Format: date-time */
            committed_at: null | string;
            /** Format: date-time */
            created_at: string;
            delimiter: null | string;
            external_source: null | string;
            /** @description The member fields a column can map to. */
            fields: string[];
            file_name: string;
            format: string;
            /** Format: uuid */
            id: string;
            /** @description Column → member field ("" leaves the column out). */
            mapping: {
                [key: string]: string;
            };
            policy: components["schemas"]["ImportPolicy"];
            /** @description The first rows with errors, each naming the field at fault. */
            problems: components["schemas"]["ImportPreviewRowReport"][];
            result: null | components["schemas"]["ImportPreviewCommitResult"];
            /** @description The first rows as mapped, to check the mapping on real values. */
            sample: components["schemas"]["ImportPreviewRowReport"][];
            skip_invalid: boolean;
            status: string;
            summary: null | components["schemas"]["ImportPreviewSummary"];
            /** @description Columns no member field is mapped from: reported, not silently dropped. */
            unknown_columns: string[];
        };
        ImportPreviewRowReport: {
            action: components["schemas"]["ImportRowAction"];
            errors: components["schemas"]["ImportPreviewFieldError"][];
            /** Format: uuid */
            existing_id: null | string;
            matched_by: null | string;
            /**
             * Format: int32
             * @description 1 is the first member of the file (the header line is not counted).
             */
            row: number;
            /** @description The row's values by member field, as mapped. */
            values: {
                [key: string]: string;
            };
        };
        ImportPreviewSummary: {
            /** Format: int32 */
            create: number;
            /**
             * Format: int32
             * @description Rows with at least one error (left out, or refusing the commit).
             */
            errors: number;
            /**
             * Format: int32
             * @description Member rows in the file.
             */
            rows: number;
            /** Format: int32 */
            skip: number;
            /** Format: int32 */
            update: number;
        };
        ImportProgressSnapshot: {
            /**
             * Format: double
             * @description Null until the first batch sets a pace.
             */
            eta_seconds: null | number;
            /** Format: uuid */
            import_id: string;
            /** @description validating (a preview), writing (a commit) or finished (nothing running). */
            phase: string;
            /** Format: int32 */
            rows: number;
            running: boolean;
            /**
             * Format: int32
             * @description Rows checked so far.
             */
            validated: number;
            /**
             * Format: int32
             * @description Rows through the write step so far (members written, unchanged or skipped); 0 in a preview.
             */
            written: number;
        };
        /**
         * @description The outcome a checked row will have.
         * @enum {unknown}
         */
        ImportRowAction: "create" | "update" | "skip" | "error";
        IngestEventsBatch: {
            /** @description The site's own version string, for the version segment. */
            client_version?: null | string;
            /** @description The client's device class: desktop, mobile, tablet or other. */
            device?: null | string;
            /** @description 1 to 500 events (see Analytics:MaxBatchEvents). */
            events: null | components["schemas"]["IngestEventsItem"][];
        };
        IngestEventsItem: {
            /** @description A JSON object of properties (at most Analytics:MaxPropsBytes once serialized). */
            props?: unknown;
            /** @description The client's own session id. */
            session_id?: null | string;
            /**
             * Format: date-time
             * @description When it happened by the client's clock (default: when received).
             */
            timestamp?: null | string;
            /** @description Event name, e.g. page_view or checkout.completed. */
            type: null | string;
        };
        IngestEventsResponse: {
            /**
             * Format: int32
             * @description Events stored and counted.
             */
            accepted: number;
            /**
             * Format: date-time
             * @description The server's clock when the batch arrived.
             */
            received_at: string;
        };
        /** @description An invite as its managers see it. */
        InviteResponse: {
            /** @description Goes in the link `/invite/{code}`. */
            code: string;
            /** Format: date-time */
            created_at: string;
            /** @description The creator's username (null if the account is gone). */
            created_by: null | string;
            /** Format: uuid */
            created_by_id: string;
            /** Format: date-time */
            expires_at: null | string;
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            max_uses: null | number;
            note: null | string;
            /** Format: date-time */
            revoked_at: null | string;
            roles: components["schemas"]["RoleRef"][];
            /** @description active, revoked, expired or used_up. */
            state: string;
            /** Format: int32 */
            uses: number;
        };
        JsonElement: unknown;
        /** @description Requests whose latency was at most UpToMs (null: no upper bound) and above the previous bucket's bound. */
        LatencyBucket: {
            /** Format: int64 */
            count: number;
            /** Format: double */
            up_to_ms: null | number;
        };
        /** @description The sanctions this call ended (empty when none was in force). */
        LiftSanctionResponse: {
            lifted: components["schemas"]["SanctionResponse"][];
        };
        LinkedIdentitiesIdentityView: {
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_sign_in_at: null | string;
            /** Format: date-time */
            linked_at: string;
            provider: string;
            provider_name: string;
        };
        /** @description One state change of a rule. */
        ListAlertHistoryTransitionResponse: {
            /** Format: date-time */
            at: string;
            /** @description What each condition saw when the state changed. */
            conditions: components["schemas"]["ConditionResult"][];
            from: string;
            /** Format: uuid */
            id: string;
            /** @description A silence covered the rule: nobody was notified. */
            silenced: boolean;
            to: string;
        };
        /** @description What a rule may watch. */
        ListAlertMetricsResponse: {
            /** @description Dimensions a condition's segment may name. */
            dimensions: string[];
            /**
             * Format: int32
             * @description The longest evaluation window.
             */
            max_window_seconds: number;
            /** @description Metric names for conditions. */
            metrics: string[];
        };
        /** @description The backups on disk and how they are taken. */
        ListBackupsResponse: {
            /** @description `sqlite` (an online snapshot) or `postgres` (a pg_dump archive in custom format). */
            database: string;
            /** @description Whether new backups are sealed with the configured key. */
            encrypted: boolean;
            /**
             * Format: double
             * @description Minutes between scheduled backups (the recovery point objective).
             */
            interval_minutes: number;
            /** @description Newest first. */
            items: components["schemas"]["BackupCatalogEntry"][];
            /**
             * Format: int32
             * @description Days for which the newest backup of the day is kept.
             */
            keep_daily: number;
            /**
             * Format: int32
             * @description The newest backups kept whatever their age.
             */
            keep_recent: number;
            /**
             * Format: int32
             * @description Weeks for which the newest backup of the week is kept.
             */
            keep_weekly: number;
            /**
             * Format: date-time
             * @description When this node takes the next scheduled backup; null when it takes none (in a cluster, another node may).
             */
            next_run_at: null | string;
            /** @description Whether backups are taken on a schedule. */
            scheduled: boolean;
        };
        /** @description One change a rule made to one member. */
        ListGroupRuleHistoryChangeResponse: {
            /** Format: date-time */
            at: string;
            /** @description added or removed. */
            change: string;
            /** @description The rule was in dry run: the member was not changed. */
            dry_run: boolean;
            /** Format: uuid */
            id: string;
            /** @description saved, event or schedule. */
            trigger: string;
            /** Format: uuid */
            user_id: string;
            username: string;
        };
        ListInviteUsesUseResponse: {
            /** @description created (new account), returned (came back after leaving) or joined (already a member). */
            kind: string;
            /** Format: date-time */
            used_at: string;
            /** Format: uuid */
            user_id: string;
            username: null | string;
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
        ListSessionsResponse: {
            items: components["schemas"]["ListSessionsSessionResponse"][];
        };
        /** @description One live session (a sign-in and the refresh tokens born from it). */
        ListSessionsSessionResponse: {
            /** Format: date-time */
            created_at: string;
            /** @description This is the session making the request. */
            current: boolean;
            /** @description The browser or client, as its User-Agent described itself. */
            device: null | string;
            /** Format: date-time */
            expires_at: string;
            /** Format: uuid */
            id: string;
            ip: null | string;
            /** Format: date-time */
            last_used_at: string;
        };
        /** @description Sign-in with e-mail and password. */
        LoginRequest: {
            /** @description With two-factor sign-in on: a 6-digit code from the app, or a recovery code (answer `two-factor-required` without it). */
            code?: null | string;
            /** @description The account's e-mail (case does not matter). */
            email: null | string;
            /** @description Replaces a temporary password (answer `password-change-required`) in the same sign-in. */
            new_password?: null | string;
            /** @description The account's password. */
            password: null | string;
            /**
             * @description API clients set this to get the refresh token in the body instead of a cookie.
             * @default false
             */
            refresh_in_body: boolean;
        };
        /** @description The member's answer to one version of the text. */
        ManageConsentsAnswerRequest: {
            granted: null | boolean;
            /** Format: int32 */
            version: null | number;
        };
        ManageConsentsMineResponse: {
            items: components["schemas"]["ManageConsentsMyConsent"][];
        };
        ManageConsentsMyConsent: {
            /** Format: date-time */
            answered_at: null | string;
            /** Format: int32 */
            answered_version: null | number;
            /** @description The member's newest answer; null when never asked. */
            granted: null | boolean;
            purpose: string;
            text: null | components["schemas"]["ManageConsentsTextResponse"];
        };
        /** @description Publish a new version of a purpose's text (both languages). */
        ManageConsentsPublishRequest: {
            text_en: null | string;
            text_fr: null | string;
        };
        /** @description A published consent text. */
        ManageConsentsTextResponse: {
            /** Format: date-time */
            published_at: string;
            purpose: string;
            text_en: string;
            text_fr: string;
            /** Format: int32 */
            version: number;
        };
        ManageConsentsTextsResponse: {
            items: components["schemas"]["ManageConsentsTextResponse"][];
        };
        ManageOwnTwoFactorCodeRequest: {
            /** @description A 6-digit code from the app (disable and renewal also take a recovery code). */
            code: null | string;
        };
        ManageOwnTwoFactorEnrolment: {
            /** @description The same key as an otpauth:// URI, for the QR code. */
            otpauth_uri: string;
            /** @description The base32 key, for typing into the app by hand. */
            secret: string;
        };
        ManageOwnTwoFactorRecoveryCodes: {
            /** @description Each works once in place of an app code. Shown only now: store them safely. */
            codes: string[];
        };
        ManageOwnTwoFactorStatus: {
            /** @description Sign-in asks for a code. */
            enabled: boolean;
            /** @description An enrolment was started and waits for its first code. */
            pending: boolean;
            /**
             * Format: int32
             * @description Unused recovery codes.
             */
            recovery_codes_left: number;
            /** @description The member's roles require two-factor sign-in. */
            required: boolean;
        };
        /** @description Keep this category for this many days (1 to 3650). */
        ManageRetentionRequest: {
            /** Format: int32 */
            days: null | number;
        };
        ManageRetentionResponse: {
            items: components["schemas"]["ManageRetentionSetting"][];
        };
        ManageRetentionSetting: {
            category: string;
            /**
             * Format: int32
             * @description The period in force (the default until an administrator sets one).
             */
            days: number;
            /** Format: int32 */
            default_days: number;
            /** Format: date-time */
            updated_at: null | string;
        };
        ManageSsoProvidersMappingRequest: {
            group: null | string;
            role: null | string;
        };
        /** @description A provider's settings. */
        ManageSsoProvidersRequest: {
            /**
             * @description Create a member at the first sign-in of a verified e-mail no account uses.
             * @default false
             */
            auto_create: boolean;
            client_id: null | string;
            /** @description Stored encrypted; omit (null) to keep the stored one, empty to remove it (public client). */
            client_secret?: null | string;
            /** @description Role id or name given to created members (the default new-member role when omitted). */
            default_role?: null | string;
            display_name: null | string;
            /** @default true */
            enabled: boolean;
            /** @description The provider's issuer URL (https://, or http:// on loopback only). */
            issuer: null | string;
            /** @description Provider group → Gatehouse role (id or name); mapped roles follow the groups at every sign-in. */
            role_mappings?: null | components["schemas"]["ManageSsoProvidersMappingRequest"][];
            /** @description Claim holding the member's groups at the provider (e.g. groups). */
            roles_claim?: null | string;
            /** @description Asked for besides openid (e.g. profile, email). */
            scopes?: null | string[];
        };
        /** @description One point of a series: the step starting at At. */
        MetricPoint: {
            /** Format: date-time */
            at: string;
            /** Format: int64 */
            samples: number;
            /** Format: double */
            value: null | number;
        };
        /** @description The metrics of one window for one slice of traffic, named as in AnalyticsMetrics; rates are 0..1, latencies in milliseconds. */
        MetricSet: {
            /** Format: int64 */
            active_users: number;
            /** Format: double */
            error_rate_4xx: null | number;
            /** Format: double */
            error_rate_5xx: null | number;
            /** Format: int64 */
            errors_4xx: number;
            /** Format: int64 */
            errors_5xx: number;
            /** Format: int64 */
            events: number;
            /** Format: double */
            latency_p50: null | number;
            /** Format: double */
            latency_p95: null | number;
            /** Format: double */
            latency_p99: null | number;
            /** Format: int64 */
            online_now: number;
            /** Format: int64 */
            requests: number;
            /** Format: int64 */
            sessions: number;
            /** Format: int64 */
            sign_in_failures: number;
            /** Format: int64 */
            sign_ins: number;
            /** Format: int64 */
            sign_ups: number;
        };
        /** @description The member a site's back end vouches for, and the profile fields to keep in step. */
        MintSiteTokenRequest: {
            avatar_url?: null | string;
            display_name?: null | string;
            /** @description Optional. */
            email?: null | string;
            /** @description The site's own id for the member (unique within the source). */
            external_id: null | string;
            /** @description Role ids or names to give the member (replacing theirs), within the key's hierarchy; omit to leave roles alone. */
            roles?: null | string[];
            /** @description The site's name for itself (default from `Gatehouse:Site:DefaultSource`). */
            source?: null | string;
            /** @description Needed the first time (the member is created); later, changes the username. */
            username?: null | string;
        };
        /** @description A connection token for the site's page: pass it to the site SDK as its access token. */
        MintSiteTokenResponse: {
            /** @description The member was created by this call. */
            created: boolean;
            /** Format: date-time */
            expires_at: string;
            /** Format: int32 */
            expires_in: number;
            /** @description Opens the gateway (and analytics ingest) for this member only; never the admin API. */
            token: string;
            /** Format: uuid */
            user_id: string;
        };
        /** @description Health of the process and of its database; `degraded` (still serving) names what is missing in `reason`. */
        OpsEndpointsHealth: {
            database?: null | string;
            /** @description In a cluster: whether this node holds the lease for once-per-cluster work. */
            leader?: null | boolean;
            node?: null | string;
            reason?: null | string;
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
        PageOfAlertChannelResponse: {
            items: components["schemas"]["AlertChannelResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfAlertRuleResponse: {
            items: components["schemas"]["AlertRuleResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfAlertSilenceResponse: {
            items: components["schemas"]["AlertSilenceResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfApiKeyResponse: {
            items: components["schemas"]["ApiKeyResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfAuditEntryResponse: {
            items: components["schemas"]["AuditEntryResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfChangeResponse: {
            items: components["schemas"]["ListGroupRuleHistoryChangeResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfGroupRuleResponse: {
            items: components["schemas"]["GroupRuleResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfInviteResponse: {
            items: components["schemas"]["InviteResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfReportRunResponse: {
            items: components["schemas"]["ReportRunResponse"][];
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
        PageOfScheduledReportResponse: {
            items: components["schemas"]["ScheduledReportResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfTransitionResponse: {
            items: components["schemas"]["ListAlertHistoryTransitionResponse"][];
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
        /** @description The shape of every list answer. */
        PageOfWebhookDeliveryResponse: {
            items: components["schemas"]["WebhookDeliveryResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description The shape of every list answer. */
        PageOfWebhookResponse: {
            items: components["schemas"]["WebhookResponse"][];
            next_cursor: null | string;
            /** Format: int64 */
            total?: null | number;
        };
        /** @description How a member created without a password chooses one: a one-time link, mailed to them or handed to the administrator. */
        PasswordSetup: {
            /** Format: date-time */
            expires_at: string;
            /** @description The member's address the link went to; null when SMTP is not configured or the relay failed. */
            mailed_to: null | string;
            /** @description Hand this to the member (one use); null when it was mailed to them. */
            set_password_url: null | string;
        };
        /**
         * @description A permission of the fixed catalogue (DESIGN §3).
         * @enum {string}
         */
        Permission: "users.read" | "users.create" | "users.update" | "users.delete" | "users.import" | "users.export" | "users.credentials" | "roles.read" | "roles.manage" | "roles.assign" | "presence.read" | "presence.see_invisible" | "moderation.read" | "moderation.warn" | "moderation.mute" | "moderation.kick" | "moderation.ban" | "reports.manage" | "analytics.read" | "analytics.export" | "alerts.manage" | "groups.manage" | "reports.schedule" | "audit.read" | "webhooks.manage" | "apikeys.manage" | "invites.manage" | "privacy.manage" | "settings.manage" | "site.tokens" | "administrator";
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
         * @description What a live member list shows of a member besides presence: the name, the avatar and the roles
         *     (their chips give the name its colour). The same fields as on a member (`UserResponse`), so a
         *     client can keep both in one cache.
         */
        PresenceMember: {
            avatar_url: null | string;
            display_name: string;
            /** Format: uuid */
            id: string;
            /** @description Highest priority first, as on a member. */
            roles: components["schemas"]["RoleChip"][];
            username: string;
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
            user?: null | components["schemas"]["PresenceMember"];
            /** Format: uuid */
            user_id: string;
            /**
             * Format: int64
             * @description Grows with every change of this user, across restarts and nodes.
             */
            version: number;
        };
        /** @description A draft to preview; RuleId previews an edit of a saved rule (its members so far count). */
        PreviewGroupRuleInput: {
            action?: null | string;
            condition: null | components["schemas"]["GroupCondition"];
            name: null | string;
            role?: null | string;
            /** Format: uuid */
            rule_id?: null | string;
            tag?: null | string;
        };
        /** @description A member in a preview's sample. */
        PreviewGroupRuleMemberSample: {
            /** Format: uuid */
            id: string;
            username: string;
        };
        /** @description Who a rule would change if saved now ("+312 / −4"), with a few of each. */
        PreviewGroupRuleResponse: {
            /** Format: int32 */
            gain: number;
            gain_sample: components["schemas"]["PreviewGroupRuleMemberSample"][];
            /** Format: int32 */
            lose: number;
            lose_sample: components["schemas"]["PreviewGroupRuleMemberSample"][];
            /**
             * Format: int32
             * @description Members the condition matches now.
             */
            matching: number;
            /** Format: int32 */
            members: number;
        };
        PreviewMemberImportRequest: {
            /** @description The site's name for itself, for an external_id column. */
            external_source?: null | string;
            /** @description Column → member field ("" leaves the column out); columns not named keep their mapping. */
            mapping?: null | {
                [key: string]: string;
            };
            /** @description skip, update or fail, for rows matching an existing member. */
            policy?: null | string;
            /** @description Leave rows with errors out at commit instead of refusing the import. */
            skip_invalid?: null | boolean;
        };
        /** @description A draft report and the language to show it in. */
        PreviewScheduledReportRequest: {
            /** @default en */
            language: null | string;
            report: components["schemas"]["ReportInput"];
        };
        /** @description RFC 9457 problem details; `type` is stable per kind of error. */
        ProblemDetails: {
            detail?: string;
            request_id?: string;
            status?: number;
            title?: string;
            type?: string;
        };
        RecordConsentRequest: {
            /** @description True to allow analytics events, false to withdraw. */
            granted: null | boolean;
        };
        RecordConsentResponse: {
            /** @description The member's recorded answer (false when never given). */
            granted: boolean;
            /** @description Whether this site refuses events until consent is given. */
            required: boolean;
            /** Format: date-time */
            updated_at: null | string;
        };
        /**
         * @description Roles (ids or names) in their new order, highest first. Only the roles that must move to reach this order get a new
         *     priority, placed between their new neighbours; the others keep theirs (see docs/adr/role-order.md).
         */
        ReorderRolesRequest: {
            role_ids: null | string[];
        };
        /** @description Replays the retained events since a time. */
        ReplayWebhookEventsRequest: {
            /**
             * Format: date-time
             * @description Events committed at or after this time are sent again.
             */
            since: null | string;
        };
        /** @description How many deliveries the replay queued. */
        ReplayWebhookEventsResponse: {
            /** Format: int32 */
            queued: number;
        };
        /** @description A bar chart (counts by category) or a line chart (a series, with the previous period's in IReadOnlyList&lt;double&gt;? ReportChart.Previous). */
        ReportChart: {
            /** @description bar or line. */
            kind: string;
            labels: string[];
            previous: null | number[];
            title: string;
            values: number[];
        };
        /**
         * @description What one report says in one language, ready to lay out: the PDF writer draws it and the preview
         *     endpoint answers it as JSON, so the builder's preview shows the same content as the file.
         */
        ReportContent: {
            charts: components["schemas"]["ReportChart"][];
            community: string;
            generated: string;
            /** @description The period as printed (dates in the report's time zone). */
            period: string;
            report_name: string;
            table: components["schemas"]["ReportTable"];
            title: string;
        };
        ReportDeliveryResponse: {
            address: string;
            /** Format: int32 */
            attempts: number;
            /** Format: uuid */
            id: string;
            kind: string;
            language: string;
            last_error: null | string;
            /**
             * Format: date-time
             * @description When a pending delivery is tried next.
             */
            next_attempt_at: null | string;
            /** Format: date-time */
            sent_at: null | string;
            /** @description pending (waiting for its next attempt), sent or failed (given up after the retries). */
            status: string;
        };
        /** @description A scheduled report as written by the builder. */
        ReportInput: {
            /** @description Five-field cron expression (minute hour day-of-month month day-of-week), e.g. `0 9 * * 1`. */
            cron: null | string;
            /** @default true */
            enabled: null | boolean;
            /**
             * @description pdf or csv.
             * @default pdf
             */
            format: null | string;
            /** @description members, moderation, analytics or audit. */
            kind: null | string;
            name: null | string;
            /**
             * Format: int32
             * @description Days each run covers, ending at the run (1–366); analytics compares them with the days before.
             * @default 7
             */
            period_days: null | number;
            /** @description 1–20 e-mail addresses or webhook URLs, each with the language (en, fr) of its file. */
            recipients?: null | components["schemas"]["ReportRecipient"][];
            /**
             * @description IANA time zone the cron expression is read in, e.g. `Europe/Paris`.
             * @default UTC
             */
            time_zone: null | string;
            view: null | components["schemas"]["ReportView"];
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
        /** @description One recipient: an e-mail address or a webhook URL, and the language its file is written in. */
        ReportRecipient: {
            /** @description The e-mail address (email) or the https URL (webhook). */
            address: string;
            /** @description email or webhook. */
            kind: string;
            /**
             * @description en or fr.
             * @default en
             */
            language: string;
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
        /** @description One run with its per-recipient delivery status. */
        ReportRunResponse: {
            deliveries: components["schemas"]["ReportDeliveryResponse"][];
            /** @description Whether the files are still kept (30 days by default). */
            downloadable: boolean;
            error: null | string;
            /** Format: date-time */
            files_expire_at: null | string;
            /** Format: date-time */
            finished_at: null | string;
            format: string;
            /** Format: uuid */
            id: string;
            languages: string[];
            /** Format: date-time */
            period_from: string;
            /** Format: date-time */
            period_to: string;
            /** Format: uuid */
            report_id: string;
            /** Format: int64 */
            size_bytes: number;
            /** Format: date-time */
            started_at: string;
            status: string;
            trigger: string;
        };
        ReportTable: {
            columns: string[];
            note: null | string;
            rows: string[][];
            /**
             * Format: int64
             * @description Every row of the view; IReadOnlyList&lt;IReadOnlyList&lt;string&gt;&gt; ReportTable.Rows may stop short of it (PDF and preview limits).
             */
            total_rows: number;
        };
        /**
         * @description The options of a report's view; which apply depends on the kind. Members: role, tag, state,
         *     joined_after/joined_before. Moderation: sanction_kinds. Analytics: metrics (and an optional segment).
         *     Audit: action_prefix.
         */
        ReportView: {
            action_prefix?: null | string;
            /** Format: date-time */
            joined_after?: null | string;
            /** Format: date-time */
            joined_before?: null | string;
            metrics?: null | string[];
            role?: null | string;
            sanction_kinds?: null | string[];
            segment?: null | string;
            state?: null | string;
            tag?: null | string;
        };
        RequestStats: {
            /** Format: int64 */
            count: number;
            /**
             * Format: double
             * @description Share of the window's requests answered with a 5xx (0 to 1).
             */
            error_rate: number;
            /**
             * Format: double
             * @description 95th-percentile duration in milliseconds; null when no request was served.
             */
            p95_ms: null | number;
            /**
             * Format: double
             * @description Requests per second over the window (or the uptime, when shorter).
             */
            per_second: number;
            /**
             * Format: int32
             * @description How far back the figures look.
             */
            window_seconds: number;
        };
        ResetMemberPasswordResetLink: {
            /** Format: date-time */
            expires_at: string;
            /** @description The member's address the link was sent to; null when SMTP is not configured or the relay failed (then the link is here). */
            mailed_to: null | string;
            /** @description Hand this to the member (one use); null when it was mailed to them. The token is in the fragment, so it never reaches server logs. */
            reset_url: null | string;
        };
        ResetMemberPasswordTemporaryPassword: {
            /** Format: date-time */
            expires_at: string;
            /** @description Shown once. It must be replaced at the member's next sign-in. */
            password: string;
        };
        /** @description How many sessions were ended. */
        RevokeSessionsResponse: {
            /** Format: int32 */
            revoked: number;
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
        /** @description A role as other features show it: enough to name and draw it. */
        RoleRef: {
            color: null | string;
            /** Format: uuid */
            id: string;
            name: string;
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
        /** @description The version to return to; the rollback is itself a new version. The role keeps its place in the order. */
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
        /** @description A scheduled report; the webhook signing secret is never shown after creation. */
        ScheduledReportResponse: {
            /** Format: date-time */
            created_at: string;
            cron: string;
            enabled: boolean;
            format: string;
            /** Format: uuid */
            id: string;
            kind: string;
            name: string;
            /**
             * Format: date-time
             * @description The next scheduled run (UTC); null while disabled.
             */
            next_run_at: null | string;
            /** Format: int32 */
            period_days: number;
            recipients: components["schemas"]["ReportRecipient"][];
            time_zone: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            version: number;
            view: components["schemas"]["ReportView"];
        };
        /** @description What the one test attempt gave. */
        SendTestNotificationResponse: {
            delivered: boolean;
            /** @description Why it was not delivered (null when delivered). */
            error: null | string;
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
        /** @description The test's verdict on B minus A. */
        SignificanceTest: {
            /**
             * Format: double
             * @description Upper end.
             */
            high: null | number;
            /**
             * Format: double
             * @description Lower end of the 95 % interval of the difference (B − A).
             */
            low: null | number;
            /** @description `two_proportion_z` or `bootstrap`; `too_few_samples` when none could run. */
            method: string;
            /**
             * Format: double
             * @description Two-sided p-value (z-test only).
             */
            p_value: null | number;
            significant: boolean;
        };
        SiteKeyUseCasesCreateRequest: {
            /**
             * Format: int32
             * @description Optional; the per-source default (Analytics:EventsPerMinutePerSource) otherwise.
             */
            events_per_minute?: null | number;
            name: null | string;
        };
        SiteKeyUseCasesListResponse: {
            items: components["schemas"]["SiteKeyUseCasesResponse"][];
        };
        SiteKeyUseCasesResponse: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            created_by: string;
            /**
             * Format: int32
             * @description Events the key may send per minute, all visitors together.
             */
            events_per_minute: number;
            /** Format: uuid */
            id: string;
            /** @description The value to put in the site's pages (`X-Site-Key`); public by design. */
            key: string;
            name: string;
            /** Format: date-time */
            rotated_at: null | string;
        };
        /** @description Only the fields sent change. */
        SiteKeyUseCasesUpdateRequest: {
            /** Format: int32 */
            events_per_minute?: null | number;
            name?: null | string;
        };
        /** @description A provider on the sign-in page: a button. */
        SsoButton: {
            display_name: string;
            id: string;
        };
        /** @description A provider as administrators see it: everything but the client secret (only whether one is set). */
        SsoProviderView: {
            auto_create: boolean;
            client_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            default_role_id: null | string;
            display_name: string;
            enabled: boolean;
            has_client_secret: boolean;
            id: string;
            issuer: string;
            role_mappings: components["schemas"]["SsoRoleMapping"][];
            roles_claim: null | string;
            scopes: string[];
            /** Format: date-time */
            updated_at: string;
            /** Format: int32 */
            version: number;
        };
        SsoRoleMapping: {
            group: string;
            /** Format: uuid */
            role_id: string;
        };
        SsoSignInTwoFactorRequest: {
            /** @description A 6-digit code from the authenticator app, or a recovery code. */
            code: null | string;
            /**
             * @description API clients set this to get the refresh token in the body instead of a cookie.
             * @default false
             */
            refresh_in_body: boolean;
        };
        /**
         * @description A new access token, and the refresh token when the client asked for it in the body. A refresh
         *     with `?include=me` also carries what `GET /auth/me` would answer, so the admin app
         *     restoring its session at load needs one round trip instead of two; other values of `include` add a page's
         *     first data under `included`, named by the value that asked for it.
         */
        TokenResponse: {
            access_token: string;
            /** Format: int32 */
            expires_in: number;
            included?: null | Record<string, never>;
            me?: null | components["schemas"]["GetMeResponse"];
            refresh_token: null | string;
            token_type: string;
        };
        /** @description Fields to change; absent fields stay. Disabling a rule returns it to normal (its notices stop). */
        UpdateAlertRuleRequest: {
            channel_ids?: null | string[];
            conditions?: null | components["schemas"]["AlertCondition"][];
            description?: null | string;
            enabled?: null | boolean;
            /** Format: int32 */
            for_seconds?: null | number;
            /** Format: int32 */
            keep_firing_seconds?: null | number;
            match?: null | string;
            name?: null | string;
        };
        /** @description Fields to change; absent fields stay. Give role or tag to switch the target (the other is cleared). */
        UpdateGroupRuleRequest: {
            action?: null | string;
            condition?: null | components["schemas"]["GroupCondition"];
            description?: null | string;
            dry_run?: null | boolean;
            name?: null | string;
            paused?: null | boolean;
            role?: null | string;
            tag?: null | string;
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
        /** @description Fields to change; absent fields stay. A changed schedule (or re-enabling) recomputes the next run from now. */
        UpdateScheduledReportRequest: {
            cron?: null | string;
            enabled?: null | boolean;
            format?: null | string;
            kind?: null | string;
            name?: null | string;
            /** Format: int32 */
            period_days?: null | number;
            recipients?: null | components["schemas"]["ReportRecipient"][];
            time_zone?: null | string;
            view?: null | components["schemas"]["ReportView"];
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
        /** @description Fields to change; absent fields stay. Enabling a disabled webhook clears its failure state. */
        UpdateWebhookRequest: {
            description?: null | string;
            enabled?: null | boolean;
            event_types?: null | string[];
            filter_role_ids?: null | string[];
            /** Format: int32 */
            max_per_second?: null | number;
            url?: null | string;
        };
        /** @description A member as the API shows it. `status` is the live presence; `chosen_status` what the member picked. */
        UserResponse: {
            activity_name: null | string;
            /** @description Per-member allow grants, as written (they decide before roles; see the permission explainer). */
            allow_overrides?: null | string[];
            avatar_url: null | string;
            chosen_status: string;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description Set on a deleted (restorable) member, shown only where deleted members are asked for.
             */
            deleted_at?: null | string;
            /** @description Per-member deny grants, as written (deny beats allow). */
            deny_overrides?: null | string[];
            disabled_reason: null | string;
            display_name: string;
            email: string;
            /** @description The site's own id for a member the site created (with `external_source`, the site's name). */
            external_id?: null | string;
            external_source?: null | string;
            /** Format: uuid */
            id: string;
            is_banned: boolean;
            is_disabled: boolean;
            is_owner: boolean;
            /** @description The invite code that brought the member in. */
            joined_via_invite?: null | string;
            /** Format: date-time */
            last_seen_at: null | string;
            /**
             * Format: date-time
             * @description Set when the member left by themselves.
             */
            left_at?: null | string;
            password_setup?: null | components["schemas"]["PasswordSetup"];
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
        /** @description One delivery as the log shows it: what was sent, what came back, what happens next. */
        WebhookDeliveryResponse: {
            /** Format: int32 */
            attempts: number;
            /** Format: date-time */
            created_at: string;
            /** Format: int32 */
            duration_ms: null | number;
            error: null | string;
            /** Format: uuid */
            event_id: string;
            event_type: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            last_attempt_at: null | string;
            /** @description The `webhook-id` header: the same on every attempt, for de-duplication by the receiver. */
            message_id: string;
            /** Format: date-time */
            next_attempt_at: null | string;
            /** @description The exact JSON body sent. */
            request_body: string;
            /** @description Headers of the last attempt. */
            request_headers: {
                [key: string]: string;
            };
            /** @description The receiver's answer, cut at a few kilobytes. */
            response_body: null | string;
            /** Format: int32 */
            response_status: null | number;
            status: string;
            /** Format: uuid */
            webhook_id: string;
        };
        /** @description How a webhook has been doing over the last 24 hours. */
        WebhookHealth: {
            /** Format: int32 */
            attempted: number;
            /** Format: date-time */
            failing_since: null | string;
            /** Format: date-time */
            last_delivery_at: null | string;
            /** Format: int32 */
            last_response_status: null | number;
            /** Format: int32 */
            pending: number;
            /** Format: int32 */
            succeeded: number;
            /**
             * Format: double
             * @description Share of attempted deliveries that succeeded (null when none were attempted).
             */
            success_rate: null | number;
        };
        /** @description A webhook as the API shows it: never its secret. */
        WebhookResponse: {
            /** Format: date-time */
            created_at: string;
            description: null | string;
            /** Format: date-time */
            disabled_at: null | string;
            disabled_reason: null | string;
            enabled: boolean;
            event_types: string[];
            filter_role_ids: string[];
            health: components["schemas"]["WebhookHealth"];
            /** Format: uuid */
            id: string;
            /** Format: int32 */
            max_per_second: number;
            /**
             * Format: date-time
             * @description After a rotation, until when deliveries also carry the previous secret's signature.
             */
            previous_secret_valid_until: null | string;
            /** Format: date-time */
            updated_at: string;
            url: string;
            /** Format: int32 */
            version: number;
        };
        /** @description A webhook just created, or its secret just rotated: the only answers that carry the secret. */
        WebhookSecretResponse: {
            /** @description The `whsec_` signing secret. Store it now: it is never shown again. */
            secret: string;
            webhook: components["schemas"]["WebhookResponse"];
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
    ListAlertChannels: {
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
                    "application/json": components["schemas"]["PageOfAlertChannelResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateAlertChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAlertChannelRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedAlertChannelResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteAlertChannel: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SendTestNotification: {
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
                    "application/json": components["schemas"]["SendTestNotificationResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListAlertSilences: {
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
                    "application/json": components["schemas"]["PageOfAlertSilenceResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateAlertSilence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAlertSilenceRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertSilenceResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteAlertSilence: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListAlertRules: {
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
                    "application/json": components["schemas"]["PageOfAlertRuleResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateAlertRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertRuleInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRuleResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetAlertRule: {
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
                    "application/json": components["schemas"]["AlertRuleResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteAlertRule: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateAlertRule: {
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
                "application/json": components["schemas"]["UpdateAlertRuleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertRuleResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListAlertHistory: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["PageOfTransitionResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    BacktestAlertRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertRuleInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacktestAlertRuleResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListAlertMetrics: {
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
                    "application/json": components["schemas"]["ListAlertMetricsResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'alerts.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CompareSegments: {
        parameters: {
            query?: {
                /** @description The first segment's value (e.g. 2.3.0). */
                a?: string;
                /** @description The second segment's value (e.g. 2.4.0). */
                b?: string;
                conversion_from?: string;
                conversion_to?: string;
                /** @description role, region, device or version (default version). */
                dimension?: string;
                /** @description Start (UTC); default 7 days before to. Raw events are kept for the configured retention. */
                from?: string;
                /** @description End (UTC); default now. */
                to?: string;
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
                    "application/json": components["schemas"]["CompareSegmentsResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'analytics.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetAnalyticsConsent: {
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
                    "application/json": components["schemas"]["RecordConsentResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordConsent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsentRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordConsentResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportEvents: {
        parameters: {
            query?: {
                /** @description csv (default) or json. */
                format?: string;
                /** @description Received at or after (UTC); default 24 hours before to. */
                from?: string;
                /** @description At most this many rows (default and maximum 1,000,000). */
                limit?: number;
                /** @description server or sdk. */
                source?: string;
                /** @description Received before (UTC); default now. */
                to?: string;
                /** @description Only events of this type. */
                type?: string;
                user_id?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'analytics.export'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    IngestEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestEventsBatch"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestEventsResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetLive: {
        parameters: {
            query?: {
                interval?: string;
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
                    "application/json": components["schemas"]["GetLiveResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'analytics.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSeries: {
        parameters: {
            query?: {
                /** @description previous_day or previous_week. */
                compare?: string;
                /** @description Start (UTC, ISO 8601); default one hour before to. */
                from?: string;
                /** @description One of the metric names (active_users, error_rate_5xx, latency_p95, …). */
                metric?: string;
                /** @description dimension:value, e.g. role:moderator or endpoint:GET /api/v1/users. */
                segment?: string;
                /** @description Whole minutes: 1m, 5m, 15m, 1h, 1d (default 1m). */
                step?: string;
                /** @description End (UTC, ISO 8601); default now. */
                to?: string;
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
                    "application/json": components["schemas"]["GetSeriesResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'analytics.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListSiteKeys: {
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
                    "application/json": components["schemas"]["SiteKeyUseCasesListResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'apikeys.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateSiteKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteKeyUseCasesCreateRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteKeyUseCasesResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'apikeys.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteSiteKey: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'apikeys.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateSiteKey: {
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
                "application/json": components["schemas"]["SiteKeyUseCasesUpdateRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteKeyUseCasesResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'apikeys.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RotateSiteKey: {
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
                    "application/json": components["schemas"]["SiteKeyUseCasesResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'apikeys.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StreamAnalytics: {
        parameters: {
            query?: {
                interval?: string;
                progress?: boolean;
                segment?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'analytics.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListApiKeys: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["PageOfApiKeyResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'apikeys.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeySecretResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'apikeys.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeApiKey: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'apikeys.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RotateApiKey: {
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
                    "application/json": components["schemas"]["ApiKeySecretResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'apikeys.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListAuditEntries: {
        parameters: {
            query?: {
                /** @description Exact action, or a prefix ending in '.' (`user.`). */
                action?: string;
                actor?: string;
                cursor?: string;
                from?: string;
                limit?: number;
                result?: string;
                target_id?: string;
                target_type?: string;
                to?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'audit.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'audit.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportAuditEntries: {
        parameters: {
            query?: {
                /** @description Exact action, or a prefix ending in '.' (`user.`). */
                action?: string;
                actor?: string;
                cursor?: string;
                format?: string;
                from?: string;
                limit?: number;
                result?: string;
                target_id?: string;
                target_type?: string;
                to?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'audit.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'audit.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConfirmEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmEmailChangeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmEmailChangeResponse"];
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
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CompletePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletePasswordResetRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Refresh: {
        parameters: {
            query?: {
                /**
                 * @description A comma-separated list: `me` to receive the signed-in member and their permissions
                 *         with the token; `online` for Who's online's first page (`GET /presence` with `exclude_offline`,
                 *         `include=user` and a page of 1,000), under `included`, left out when the member may not read it.
                 */
                include?: string;
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
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CompleteSsoSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
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
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StartSsoSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
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
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListSsoButtons: {
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
                    "application/json": components["schemas"]["SsoButton"][];
                };
            };
        };
    };
    ConfirmSsoTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoSignInTwoFactorRequest"];
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
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListBackups: {
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
                    "application/json": components["schemas"]["ListBackupsResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'settings.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupJob"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'settings.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DownloadBackup: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'settings.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetBackupJob: {
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
                    "application/json": components["schemas"]["BackupJob"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'settings.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StreamEvents: {
        parameters: {
            query?: {
                /** @description Comma-separated aggregate types (`user,role`). */
                aggregate_types?: string;
                /** @description Comma-separated event types or prefixes (`user.*,role.updated`). */
                types?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'audit.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListGroupRules: {
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
                    "application/json": components["schemas"]["PageOfGroupRuleResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'groups.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateGroupRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupRuleInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupRuleResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'groups.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetGroupRule: {
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
                    "application/json": components["schemas"]["GroupRuleResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'groups.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteGroupRule: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'groups.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateGroupRule: {
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
                "application/json": components["schemas"]["UpdateGroupRuleRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupRuleResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'groups.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListGroupRuleHistory: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["PageOfChangeResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'groups.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PreviewGroupRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewGroupRuleInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewGroupRuleResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'groups.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListInvites: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["PageOfInviteResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'invites.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInviteRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'invites.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'invites.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AcceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AcceptInviteRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptInviteResponse"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptInviteResponse"];
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
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetInviteLanding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["GetInviteLandingLanding"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListInviteUses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
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
                    "application/json": components["schemas"]["ListInviteUsesUseResponse"][];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'invites.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetMyTwoFactor: {
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
                    "application/json": components["schemas"]["ManageOwnTwoFactorStatus"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConfirmTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageOwnTwoFactorCodeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManageOwnTwoFactorRecoveryCodes"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DisableTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageOwnTwoFactorCodeRequest"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StartTwoFactorEnrolment: {
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
                    "application/json": components["schemas"]["ManageOwnTwoFactorEnrolment"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RenewRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageOwnTwoFactorCodeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManageOwnTwoFactorRecoveryCodes"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListMyConsents: {
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
                    "application/json": components["schemas"]["ManageConsentsMineResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnswerConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                purpose: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageConsentsAnswerRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManageConsentsMyConsent"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ChangeOwnEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOwnEmailRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOwnEmailResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EraseMe: {
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
                    "application/json": components["schemas"]["ErasePersonResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportMyPersonalData: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListMyIdentities: {
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
                    "application/json": components["schemas"]["LinkedIdentitiesIdentityView"][];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UnlinkMyIdentity: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    LeaveCommunity: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ChangeOwnPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOwnPasswordRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOwnPasswordResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListMySessions: {
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
                    "application/json": components["schemas"]["ListSessionsResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeMyOtherSessions: {
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
                    "application/json": components["schemas"]["RevokeSessionsResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeMySession: {
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
                    "application/json": components["schemas"]["RevokeSessionsResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConfirmIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmIdentityRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmIdentityResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportSanctions: {
        parameters: {
            query?: {
                /** @description true: mutes and bans in force now; false: everything else. */
                active?: boolean;
                cursor?: string;
                format?: string;
                from?: string;
                /** @description warn, mute, kick or ban. */
                kind?: string;
                limit?: number;
                /** @description The sanctioned member. */
                member?: string;
                /** @description Who applied it. */
                moderator?: string;
                to?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'moderation.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'roles.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPresence: {
        parameters: {
            query?: {
                cursor?: string;
                exclude_offline?: boolean;
                /**
                 * @description `user`: members shown online carry their name, avatar and roles, as the live hub
                 *         sends them to observers holding users.read, so a list can be drawn named from this one answer.
                 */
                include?: string;
                limit?: number;
                /** @description Role ids or names: members holding any of them. */
                roles?: string;
                /** @description Statuses as the caller sees them (online, idle, dnd, invisible, offline). */
                statuses?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'presence.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StreamPresence: {
        parameters: {
            query?: {
                exclude_offline?: boolean;
                /** @description Role ids or names: members holding any of them. */
                roles?: string;
                /** @description Statuses as the caller sees them (online, idle, dnd, invisible, offline). */
                statuses?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'presence.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListConsentTexts: {
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
                    "application/json": components["schemas"]["ManageConsentsTextsResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'privacy.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishConsentText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                purpose: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageConsentsPublishRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManageConsentsTextResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'privacy.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetProcessingRegister: {
        parameters: {
            query?: {
                format?: string;
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
                    "application/json": components["schemas"]["GetProcessingRegisterResponse"];
                    "text/csv": components["schemas"]["GetProcessingRegisterResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'privacy.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListRetentionSettings: {
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
                    "application/json": components["schemas"]["ManageRetentionResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'privacy.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetRetention: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                category: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageRetentionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManageRetentionSetting"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'privacy.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListReports: {
        parameters: {
            query?: {
                /** @description A member id, `me` or `none`. */
                assignee?: string;
                /** @description true: only open reports past their due time. */
                breached?: boolean;
                cursor?: string;
                limit?: number;
                severity?: string;
                /** @description open, assigned, resolved or dismissed; default: open and assigned (the queue). */
                status?: string;
                target?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListScheduledReports: {
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
                    "application/json": components["schemas"]["PageOfScheduledReportResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.schedule'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateScheduledReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedScheduledReportResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.schedule'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetScheduledReport: {
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
                    "application/json": components["schemas"]["ScheduledReportResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.schedule'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteScheduledReport: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.schedule'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateScheduledReport: {
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
                "application/json": components["schemas"]["UpdateScheduledReportRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduledReportResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.schedule'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RunScheduledReport: {
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
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRunResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.schedule'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListReportRuns: {
        parameters: {
            query?: {
                limit?: number;
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
                    "application/json": components["schemas"]["PageOfReportRunResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.schedule'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DownloadReportFile: {
        parameters: {
            query?: {
                language?: string;
            };
            header?: never;
            path: {
                id: string;
                runId: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.schedule'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PreviewScheduledReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewScheduledReportRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportContent"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'reports.schedule'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'roles.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'roles.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'roles.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'roles.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'roles.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'roles.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'roles.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'roles.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListSanctions: {
        parameters: {
            query?: {
                /** @description true: mutes and bans in force now; false: everything else. */
                active?: boolean;
                cursor?: string;
                from?: string;
                /** @description warn, mute, kick or ban. */
                kind?: string;
                limit?: number;
                /** @description The sanctioned member. */
                member?: string;
                /** @description Who applied it. */
                moderator?: string;
                to?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'moderation.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MintSiteToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MintSiteTokenRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MintSiteTokenResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'site.tokens'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListSsoProviders: {
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
                    "application/json": components["schemas"]["SsoProviderView"][];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'settings.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SaveSsoProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageSsoProvidersRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoProviderView"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'settings.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteSsoProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'settings.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSystemStatus: {
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
                    "application/json": components["schemas"]["GetSystemStatusResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'settings.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListUsers: {
        parameters: {
            query?: {
                banned?: boolean;
                created_after?: string;
                created_before?: string;
                cursor?: string;
                disabled?: boolean;
                external_id?: string;
                ids?: string;
                include_deleted?: boolean;
                include_total?: boolean;
                last_seen_after?: string;
                last_seen_before?: string;
                limit?: number;
                q?: string;
                role?: string;
                sort?: string;
                status?: string;
                tag?: string;
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.create'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetUser: {
        parameters: {
            query?: {
                include_deleted?: boolean;
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
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.delete'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.update'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResetMemberTwoFactor: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.credentials'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'moderation.ban'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.update'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.update'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EraseUser: {
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
                    "application/json": components["schemas"]["ErasePersonResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'privacy.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportUserPersonalData: {
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
                content?: never;
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'privacy.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'moderation.kick'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'moderation.mute'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SendPasswordResetLink: {
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
                    "application/json": components["schemas"]["ResetMemberPasswordResetLink"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.credentials'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RestoreUser: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.delete'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'roles.assign'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'moderation.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListUserSessions: {
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
                    "application/json": components["schemas"]["ListSessionsResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.read'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeUserSessions: {
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
                    "application/json": components["schemas"]["RevokeSessionsResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.update'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeUserSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
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
                    "application/json": components["schemas"]["RevokeSessionsResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.update'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetTemporaryPassword: {
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
                    "application/json": components["schemas"]["ResetMemberPasswordTemporaryPassword"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.credentials'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'moderation.ban'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'moderation.mute'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'moderation.warn'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApplyUserBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyUserBatchRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplyUserBatchResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.update'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportUsers: {
        parameters: {
            query?: {
                banned?: boolean;
                created_after?: string;
                created_before?: string;
                cursor?: string;
                disabled?: boolean;
                external_id?: string;
                format?: string;
                ids?: string;
                include_deleted?: boolean;
                include_total?: boolean;
                last_seen_after?: string;
                last_seen_before?: string;
                limit?: number;
                q?: string;
                role?: string;
                sort?: string;
                status?: string;
                tag?: string;
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
                    "application/json": components["schemas"]["ExportUsersRow"][];
                    "text/csv": components["schemas"]["ExportUsersRow"][];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.export'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UploadMemberImport: {
        parameters: {
            query?: {
                external_source?: string;
                file_name?: string;
                /** @description For rows matching an existing member: skip (default), update the mapped fields, or fail. */
                policy?: string;
                skip_invalid?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The site's name for itself when the file has an external_id column (site integration finds members by both). */
        requestBody: {
            content: {
                "application/csv": string;
                "application/json": string;
                "application/octet-stream": string;
                "text/csv": string;
                "text/plain": string;
                "text/tab-separated-values": string;
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.import'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetMemberImport: {
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
                    "application/json": components["schemas"]["ImportPreviewResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.import'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CommitMemberImport: {
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
                    "application/json": components["schemas"]["ImportPreviewResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.import'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DownloadImportPasswordLinks: {
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
                    "text/csv": string;
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PreviewMemberImport: {
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
                "application/json": components["schemas"]["PreviewMemberImportRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.import'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetMemberImportProgress: {
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
                    "application/json": components["schemas"]["ImportProgressSnapshot"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'users.import'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListWebhooks: {
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
                    "application/json": components["schemas"]["PageOfWebhookResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetWebhook: {
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
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteWebhook: {
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateWebhook: {
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
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListWebhookDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: string;
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
                    "application/json": components["schemas"]["PageOfWebhookDeliveryResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RetryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReplayWebhookEvents: {
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
                "application/json": components["schemas"]["ReplayWebhookEventsRequest"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayWebhookEventsResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RotateWebhookSecret: {
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
                    "application/json": components["schemas"]["WebhookSecretResponse"];
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
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SendTestWebhook: {
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
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListWebhookEventTypes: {
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
                    "application/json": string[];
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'webhooks.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
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
    ScrapeMetrics: {
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
                    "text/plain": string;
                };
            };
            /** @description No valid access token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The caller lacks the permission 'settings.manage'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
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
