package app.kindred.invitation;

/** How a submit ended; a refused submit because of missing answers throws instead and lists them. */
public enum SubmitOutcome {
    SUBMITTED,
    /** Another tab or device submitted first: exactly one response exists. */
    ALREADY_SUBMITTED,
    /** The link expired or was revoked while the client was answering. */
    LINK_CLOSED
}
