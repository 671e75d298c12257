package app.kindred.dashboard;

import app.kindred.couple.CoupleStatus;

/** What the caseload grid is narrowed to; {@code clinicianId} is honoured for admins only. */
public record CaseloadFilter(String search, CoupleStatus status, boolean flaggedOnly, Long clinicianId) {

    public static CaseloadFilter none() {
        return new CaseloadFilter(null, null, false, null);
    }
}
