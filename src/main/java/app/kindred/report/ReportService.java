package app.kindred.report;

import app.kindred.audit.AuditService;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.CoupleService;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.ScoringService;
import app.kindred.questionnaire.SessionScores;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import app.kindred.therapysession.SessionSummary;
import app.kindred.therapysession.TherapySessionService;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The exports. Every one checks the caller through the couple and scoring services (a couple the
 * caller may not see looks as if it did not exist), takes its numbers from the scoring service
 * only, and is written to the audit log once it has been written out. Not transactional: each
 * service call reads in its own transaction, so no connection is held while pages are drawn.
 */
@Service
public class ReportService {

    private final ScoringService scoring;
    private final CoupleService couples;
    private final TherapySessionService sessions;
    private final ExportContexts contexts;
    private final AuditService audit;
    private final ReportAssembler assembler;
    private final ReportRenderer renderer;
    private final ClinicReportWriter clinicReports;

    ReportService(ScoringService scoring, CoupleService couples, TherapySessionService sessions,
            ExportContexts contexts, AuditService audit, ReportAssembler assembler, ReportRenderer renderer,
            ClinicReportWriter clinicReports) {
        this.scoring = scoring;
        this.couples = couples;
        this.sessions = sessions;
        this.contexts = contexts;
        this.audit = audit;
        this.assembler = assembler;
        this.renderer = renderer;
        this.clinicReports = clinicReports;
    }

    @RolesAllowed(AppRoles.CLINICIAN)
    public void writeCaseSummary(long coupleId, CaseSummaryOptions options, OutputStream out) {
        CoupleSummary couple = couples.get(coupleId);
        CoupleScores scores = scoring.scoresOfCouple(coupleId, options.pseudonymised());
        ExportContext context = contexts.context(options.pseudonymised());
        ReportPeriod period = Periods.ofSessions(scores.sessions(), options);
        CaseSummaryData data = assembler.caseSummary(context, contexts.ref(couple), scores, period);
        write(() -> renderer.caseSummary(data, out), "The case summary of " + couple.reference());
        audited(context, "CASE_SUMMARY_EXPORTED", coupleId, "case summary of " + couple.reference() + ", "
                + period.text() + pseudonymised(context));
    }

    @RolesAllowed(AppRoles.CLINICIAN)
    public void writeSessionReport(long sessionId, boolean pseudonymised, OutputStream out) {
        SessionSummary session = sessions.requireAccessible(sessionId);
        CoupleSummary couple = couples.get(session.coupleId());
        CoupleScores scores = scoring.scoresOfCouple(couple.id(), pseudonymised);
        SessionScores row = scores.session(sessionId).orElseThrow();
        ExportContext context = contexts.context(pseudonymised);
        SessionReportData data = assembler.sessionReport(context, contexts.ref(couple), scores, row, Periods.session(session));
        write(() -> renderer.sessionReport(data, out), "The report of session " + session.number());
        audited(context, "SESSION_REPORT_EXPORTED", couple.id(), "session report of " + couple.reference()
                + ", session " + session.number() + pseudonymised(context));
    }

    /**
     * Admins report on the whole clinic or one clinician; clinicians on their own caseload only.
     * Stops with a {@link java.util.concurrent.CancellationException} when the progress asks it to.
     */
    @RolesAllowed(AppRoles.CLINICIAN)
    public ClinicReportResult writeClinicReport(ClinicReportRequest request, OutputStream out, ReportProgress progress) {
        KindredUser user = CurrentUser.require();
        Long clinicianId = request.clinicianId();
        if (!user.isAdmin() && clinicianId != null && clinicianId != user.clinicianId()) {
            throw new AccessDeniedException("Clinicians report on their own caseload only.");
        }
        Long scope = user.isAdmin() ? clinicianId : Long.valueOf(user.clinicianId());
        if (scope != null && !contexts.isClinicianOfMyClinic(scope)) {
            throw new IllegalArgumentException("Choose a clinician of this clinic.");
        }
        String scopeText = scope == null ? "All clinicians" : contexts.clinicianName(scope);
        ExportContext context = contexts.context(request.pseudonymised());
        var inScope = contexts.couplesInScope(scope);
        ClinicReportResult[] result = new ClinicReportResult[1];
        write(() -> result[0] = clinicReports.write(context, request, inScope,
                id -> scoring.scoresOfCouple(id, request.pseudonymised()), scopeText, out, progress),
                "The clinic report");
        audited(context, "CLINIC_REPORT_EXPORTED", null, "clinic report " + Periods.days(request.from(), request.to())
                + ", " + scopeText + ", " + result[0].couplesReported() + " couples" + pseudonymised(context));
        return result[0];
    }

    /** Today in the clinic's time zone, for file names. */
    @RolesAllowed(AppRoles.CLINICIAN)
    public LocalDate today() {
        return contexts.today();
    }

    private void audited(ExportContext context, String action, Long coupleId, String details) {
        KindredUser user = CurrentUser.require();
        audit.record(context.clinicId(), user.getUsername(), action, coupleId == null ? "CLINIC" : "COUPLE",
                coupleId == null ? context.clinicId() : coupleId, details);
    }

    private static String pseudonymised(ExportContext context) {
        return context.pseudonymised() ? ", pseudonymised" : ", with names";
    }

    @FunctionalInterface
    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Writing writing, String what) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new ReportException(what + " could not be written (" + e.getMessage() + ").", e);
        }
    }
}
