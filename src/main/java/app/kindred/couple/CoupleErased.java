package app.kindred.couple;

/**
 * Published inside the erasing transaction, after the partners' names are gone, so derived data
 * that copied the names (the caseload snapshot's flag reasons) is rebuilt before it commits.
 */
public record CoupleErased(long coupleId) {
}
