package app.kindred.report;

/**
 * The couple as an export needs it. The real names are only used to find them in observation
 * texts when pseudonymising; they are never printed from here.
 */
record CoupleRef(long id, String reference, String clinician, String realNameA, String realNameB) {
}
