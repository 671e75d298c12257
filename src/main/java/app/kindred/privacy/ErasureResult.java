package app.kindred.privacy;

/**
 * What an erasure removed, for the confirmation message and the audit event (never a name).
 *
 * @param observationTexts current texts and earlier versions replaced
 * @param linksRevoked invitation links that were still live
 * @param auditEventsRedacted audit events whose details named a partner or an address
 */
public record ErasureResult(String reference, int observationTexts, int linksRevoked, int auditEventsRedacted) {

    String auditDetails() {
        return "personal data of " + reference + " erased: partner names, emails and pronouns; "
                + observationTexts + " observation texts; " + linksRevoked + " live links revoked; "
                + auditEventsRedacted + " audit events redacted";
    }
}
