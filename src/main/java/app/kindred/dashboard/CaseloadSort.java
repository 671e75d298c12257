package app.kindred.dashboard;

/** The columns the grid may sort by, each mapped to a fixed SQL expression (never user text). */
public enum CaseloadSort {
    REFERENCE("c.reference"),
    PARTNERS("pa.display_name"),
    INDEX_A("s.index_a"),
    INDEX_B("s.index_b"),
    FLAGS("coalesce(s.flag_count, 0)"),
    LAST_SESSION("(select max(ts.session_date) from therapy_session ts where ts.couple_id = c.id)"),
    STATUS("c.status");

    final String sql;

    CaseloadSort(String sql) {
        this.sql = sql;
    }
}
