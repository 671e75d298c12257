package app.kindred.invitation;

/** What an invitation link leads to when a client opens it. */
public enum LinkState {
    OPEN, UNKNOWN, EXPIRED, REVOKED, COMPLETED
}
