package app.kindred.dashboard;

import app.kindred.clinic.ClinicService;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's caseload: a clinician's own couples, or for an admin the whole clinic (optionally
 * one clinician's).
 */
@Service
public class CaseloadService {

    private final CaseloadQuery query;
    private final JdbcTemplate jdbc;
    private final ClinicService clinics;
    private final Clock clock;

    CaseloadService(CaseloadQuery query, JdbcTemplate jdbc, ClinicService clinics, Clock clock) {
        this.query = query;
        this.jdbc = jdbc;
        this.clinics = clinics;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public List<CaseloadRow> page(CaseloadFilter filter, CaseloadSort sort, boolean ascending, int offset, int limit) {
        KindredUser user = CurrentUser.require();
        return query.page(user.clinicId(), scope(user, filter), filter, sort, ascending, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public int count(CaseloadFilter filter) {
        KindredUser user = CurrentUser.require();
        return query.count(user.clinicId(), scope(user, filter), filter);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.CLINICIAN)
    public CaseloadKpis kpis() {
        KindredUser user = CurrentUser.require();
        Long clinician = user.isAdmin() ? null : user.clinicianId();
        String caseload = " c.clinic_id = ?" + (clinician == null ? "" : " and c.clinician_id = ?");
        Object[] args = clinician == null ? new Object[] {user.clinicId()} : new Object[] {user.clinicId(), clinician};
        ZoneId zone = clinics.myClinic().timezone();
        LocalDate monday = LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long active = number("select count(*) from couple c where c.status = 'ACTIVE' and" + caseload, args);
        long waiting = number("select count(*) from invitation i join therapy_session ts on ts.id = i.session_id"
                + " join couple c on c.id = ts.couple_id where i.status in ('PENDING', 'OPENED') and" + caseload, args);
        long flagged = number("select count(*) from couple c join couple_score_snapshot s on s.couple_id = c.id"
                + " where s.flag_count > 0 and" + caseload, args);
        // Times are stored as UTC wall-clock values.
        Object[] weekArgs = prepend(LocalDateTime.ofInstant(monday.atStartOfDay(zone).toInstant(), ZoneOffset.UTC), args);
        long thisWeek = number("select count(*) from response r join therapy_session ts on ts.id = r.session_id"
                + " join couple c on c.id = ts.couple_id where r.submitted_at >= ? and" + caseload, weekArgs);
        return new CaseloadKpis(active, waiting, thisWeek, flagged);
    }

    private static Long scope(KindredUser user, CaseloadFilter filter) {
        return user.isAdmin() ? filter.clinicianId() : Long.valueOf(user.clinicianId());
    }

    private long number(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static Object[] prepend(Object first, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = first;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
