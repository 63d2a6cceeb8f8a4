package cn.gov.hlj.consumptionaid.audit;

/** What a security audit event records (等保 2.0: identification, authentication and authorization events). */
public enum SecurityEventType {
    /** A successful sign-in, in either login mode. */
    LOGIN,
    /** A failed sign-in (wrong password, locked or disabled account, unknown user). */
    LOGIN_FAILED,
    /** A sign-out. */
    LOGOUT,
    /** An account created by an administrator, with its roles and scope. */
    ACCOUNT_CREATED,
    /** An account's roles, department, region or details changed by an administrator. */
    ACCOUNT_CHANGED,
    /** An account enabled or disabled. */
    ACCOUNT_ENABLED,
    ACCOUNT_DISABLED,
    /** A temporary password set by an administrator. */
    PASSWORD_RESET,
    /** A single sign-on session ended by an administrator. */
    SESSION_ENDED,
    /** Events older than the retention period removed (the purge records itself). */
    RETENTION_PURGE;

    public String labelKey() {
        return "audit.event." + name();
    }
}
