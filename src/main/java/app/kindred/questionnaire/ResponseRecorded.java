package app.kindred.questionnaire;

/** Published when a response is stored, so derived views (the caseload) can refresh after commit. */
public record ResponseRecorded(long responseId, long sessionId, long partnerId) {
}
