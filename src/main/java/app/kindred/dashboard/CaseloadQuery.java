package app.kindred.dashboard;

import app.kindred.couple.CoupleStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The caseload grid's page and count in SQL: the grid never loads the whole table. The clinic
 * (and, for clinicians, the clinician) condition is always part of the query.
 */
@Component
class CaseloadQuery {

    /** Only what filtering and sorting need; names are joined in only for a search or that sort. */
    private static final String FROM_CORE = " from couple c left join couple_score_snapshot s on s.couple_id = c.id";
    private static final String WITH_NAMES = " join partner pa on pa.couple_id = c.id and pa.label = 'A'"
            + " join partner pb on pb.couple_id = c.id and pb.label = 'B'";

    private final JdbcTemplate jdbc;

    CaseloadQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Two steps: the ids of the page, sorted and limited on the narrowest join, then the details of
     * just those rows. Sorting 10,000 narrow rows is cheap; dragging names and a last-session
     * subquery through the sort is not.
     */
    List<CaseloadRow> page(long clinicId, Long clinicianId, CaseloadFilter filter, CaseloadSort sort,
            boolean ascending, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(clinicId, clinicianId, filter, args);
        boolean names = hasSearch(filter) || sort == CaseloadSort.PARTNERS;
        String order = " order by " + sort.sql + (ascending ? " asc" : " desc") + ", c.id asc";
        args.add(limit);
        args.add(offset);
        List<Long> ids = jdbc.queryForList("select c.id" + FROM_CORE + (names ? WITH_NAMES : "") + where + order
                + " limit ? offset ?", Long.class, args.toArray());
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        Map<Long, CaseloadRow> rows = new HashMap<>();
        jdbc.query("select c.id, c.reference, c.status, pa.display_name a_name, pb.display_name b_name,"
                + " cl.display_name clinician, s.index_a, s.prev_index_a, s.index_b, s.prev_index_b, s.flag_reasons,"
                + " (select max(ts.session_date) from therapy_session ts where ts.couple_id = c.id) last_session"
                + FROM_CORE + WITH_NAMES + " join clinician cl on cl.id = c.clinician_id where c.id in (" + in + ")",
                (RowCallbackHandler) rs -> rows.put(rs.getLong("id"), row(rs, 0)), ids.toArray());
        return ids.stream().map(rows::get).toList();
    }

    int count(long clinicId, Long clinicianId, CaseloadFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(clinicId, clinicianId, filter, args);
        return jdbc.queryForObject("select count(*)" + FROM_CORE + (hasSearch(filter) ? WITH_NAMES : "") + where,
                Integer.class, args.toArray());
    }

    private static boolean hasSearch(CaseloadFilter filter) {
        return StringUtils.hasText(filter.search());
    }

    private static String where(long clinicId, Long clinicianId, CaseloadFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where c.clinic_id = ?");
        args.add(clinicId);
        if (clinicianId != null) {
            where.append(" and c.clinician_id = ?");
            args.add(clinicianId);
        }
        if (filter.status() != null) {
            where.append(" and c.status = ?");
            args.add(filter.status().name());
        }
        if (filter.flaggedOnly()) {
            where.append(" and s.flag_count > 0");
        }
        if (StringUtils.hasText(filter.search())) {
            String like = "%" + escapeLike(filter.search().trim()) + "%";
            where.append(" and (c.reference like ? or pa.display_name like ? or pb.display_name like ?)");
            args.addAll(List.of(like, like, like));
        }
        return where.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static CaseloadRow row(ResultSet rs, int rowNum) throws SQLException {
        String reasons = rs.getString("flag_reasons");
        java.sql.Date last = rs.getDate("last_session");
        return new CaseloadRow(rs.getLong("id"), rs.getString("reference"), rs.getString("a_name"),
                rs.getString("b_name"), CoupleStatus.valueOf(rs.getString("status")), rs.getString("clinician"),
                rs.getObject("index_a", Double.class), rs.getObject("prev_index_a", Double.class),
                rs.getObject("index_b", Double.class), rs.getObject("prev_index_b", Double.class),
                StringUtils.hasText(reasons) ? Arrays.asList(reasons.split("\n")) : List.of(),
                last == null ? null : last.toLocalDate());
    }
}
