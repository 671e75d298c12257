package app.kindred.invitation;

/** What an invitation link leads to when a client opens it. */
public enum LinkState {
    OPEN, UNKNOWN, EXPIRED, REVOKED, COMPLETED,
    /** Too many unknown links from this address in the last minute: nothing was looked up. */
    RATE_LIMITED
}
