package app.kindred.dashboard;

/** The four numbers at the top of the dashboard. */
public record CaseloadKpis(long activeCouples, long invitationsWaiting, long assessmentsThisWeek, long couplesFlagged) {
}
