package app.kindred.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.audit.AuditEvent;
import app.kindred.audit.AuditService;
import app.kindred.couple.CoupleNotFoundException;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.ScoringService;
import app.kindred.questionnaire.SessionScores;
import app.kindred.questionnaire.scoring.PartnerScores;
import app.kindred.questionnaire.scoring.Scores;
import app.kindred.report.pdf.Pdfs;
import app.kindred.support.AppTest;
import app.kindred.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The three exports through the real services and database: the numbers are exactly the scoring
 * service's rounded numbers, names appear only when asked for, e-mails never, and every export is
 * audited and refused to whoever may not see the couple.
 */
@AppTest
class ReportServiceTest {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Autowired TestUsers users;
    @Autowired ReportTestData testData;
    @Autowired ScoringService scoring;
    @Autowired ReportService reports;
    @Autowired AuditService audit;

    ReportTestData.Clinic clinic;

    @BeforeEach
    void clinicWithCouples() {
        clinic = testData.clinic();
    }

    @Test
    void the_case_summary_prints_the_scoring_services_rounded_numbers_and_the_partners_names() throws Exception {
        CoupleScores expected = users.as(clinic.owner(), () -> scoring.scoresOfCouple(clinic.coupleId(), false));
        List<String> pages = Pdfs.pages(caseSummary(clinic.owner(), CaseSummaryOptions.allSessions(false)));
        String text = String.join("\n", pages);

        for (SessionScores session : expected.sessions()) {
            assertThat(text).contains(sessionRow(session));
        }
        assertThat(text).contains(baselineRow(expected));
        assertThat(text).contains(clinic.reference(), "Zoë Martin", "Łukasz Nowak", "Report clinic", "Dr Ana Owner",
                "Sessions 1–3 · 5 Jan 2026 – 2 Feb 2026");
        assertThat(text).doesNotContain("@");
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void a_pseudonymised_case_summary_names_partner_a_and_b_and_keeps_the_reference() throws Exception {
        String text = Pdfs.text(caseSummary(clinic.owner(), CaseSummaryOptions.allSessions(true)));

        assertThat(text).contains(clinic.reference(), "Partner A", "Partner B", "Pseudonymised")
                .doesNotContain("Zoë", "Martin", "Łukasz", "Nowak", "@");
        AuditEvent event = audit.eventsWithAction("CASE_SUMMARY_EXPORTED").get(0);
        assertThat(event.getActor()).isEqualTo(clinic.owner());
        assertThat(event.getSubjectId()).isEqualTo(clinic.coupleId());
        assertThat(event.getDetails()).contains(clinic.reference(), "Sessions 1–3", "pseudonymised");
    }

    @Test
    void a_range_of_sessions_prints_only_those_sessions() throws Exception {
        CoupleScores expected = users.as(clinic.owner(), () -> scoring.scoresOfCouple(clinic.coupleId(), false));
        String text = Pdfs.text(caseSummary(clinic.owner(), new CaseSummaryOptions(2, 2, false)));

        assertThat(text).contains("Session 2 · 19 Jan 2026", sessionRow(expected.sessions().get(1)))
                .doesNotContain(sessionRow(expected.sessions().get(0)), sessionRow(expected.sessions().get(2)));
    }

    @Test
    void the_session_report_prints_both_partners_the_gap_and_the_change_since_the_previous_answers() throws Exception {
        CoupleScores expected = users.as(clinic.owner(), () -> scoring.scoresOfCouple(clinic.coupleId(), false));
        long sessionId = clinic.sessionIds().get(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        users.run(clinic.owner(), () -> reports.writeSessionReport(sessionId, false, out));
        String text = Pdfs.text(out.toByteArray());

        SessionScores session = expected.session(sessionId).orElseThrow();
        PartnerPoint previousA = expected.trackA().get(1);
        PartnerPoint previousB = expected.trackB().get(0);
        double a = session.a().index();
        double b = session.b().index();
        assertThat(text).contains("Intimacy index " + Scores.round(a) + " " + Scores.round(b) + " " + delta(a - b) + " "
                + delta(a - previousA.scores().index()) + " " + delta(b - previousB.scores().index()));
        assertThat(text).contains("Session report — " + clinic.reference() + ", session 3", "Zoë Martin")
                .doesNotContain("@");
        assertThat(audit.eventsWithAction("SESSION_REPORT_EXPORTED").get(0).getDetails())
                .contains(clinic.reference(), "session 3", "with names");
    }

    @Test
    void a_colleague_cannot_export_the_couple_and_the_attempt_looks_like_a_missing_couple() {
        assertThatThrownBy(() -> caseSummary(clinic.colleague(), CaseSummaryOptions.allSessions(false)))
                .isInstanceOf(CoupleNotFoundException.class);
        assertThatThrownBy(() -> users.run(clinic.colleague(),
                () -> reports.writeSessionReport(clinic.sessionIds().get(0), true, new ByteArrayOutputStream())))
                .isInstanceOf(CoupleNotFoundException.class);
    }

    @Test
    void the_clinic_report_of_an_admin_holds_every_couple_with_sessions_in_the_period() throws Exception {
        ClinicReportRequest request = new ClinicReportRequest(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28),
                null, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClinicReportResult result = users.as(clinic.admin(), () -> reports.writeClinicReport(request, out,
                ReportProgress.NONE));

        assertThat(result).isEqualTo(new ClinicReportResult(3, 2));
        Map<String, byte[]> entries = ClinicReportWriterTest.unzip(out.toByteArray());
        assertThat(entries).containsOnlyKeys("00_overview.pdf", clinic.reference() + "_case-summary.pdf",
                clinic.colleagueReference() + "_case-summary.pdf");
        assertThat(Pdfs.text(entries.get("00_overview.pdf"))).contains(clinic.reference(), clinic.colleagueReference(),
                "Assessments completed in the period: 6", "All clinicians");
        assertThat(audit.eventsWithAction("CLINIC_REPORT_EXPORTED").get(0).getDetails())
                .contains("1 Jan 2026 – 28 Feb 2026", "All clinicians", "2 couples", "with names");
    }

    @Test
    void a_clinician_reports_on_their_own_caseload_only() throws Exception {
        ClinicReportRequest own = new ClinicReportRequest(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), null, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        users.run(clinic.owner(), () -> reports.writeClinicReport(own, out, ReportProgress.NONE));
        Map<String, byte[]> entries = ClinicReportWriterTest.unzip(out.toByteArray());
        assertThat(entries).containsOnlyKeys("00_overview.pdf", clinic.reference() + "_case-summary.pdf");
        assertThat(Pdfs.text(entries.get(clinic.reference() + "_case-summary.pdf"))).doesNotContain("Zoë", "@");

        ClinicReportRequest colleagues = new ClinicReportRequest(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28),
                clinic.colleagueId(), false);
        assertThatThrownBy(() -> users.run(clinic.owner(),
                () -> reports.writeClinicReport(colleagues, new ByteArrayOutputStream(), ReportProgress.NONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private byte[] caseSummary(String username, CaseSummaryOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        users.run(username, () -> reports.writeCaseSummary(clinic.coupleId(), options, out));
        return out.toByteArray();
    }

    /** The sessions table's line for one session, as the scoring service's rounded numbers spell it. */
    static String sessionRow(SessionScores session) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(session.session().number()),
                DATE.format(session.session().date()), session.session().kind().label()));
        for (PartnerScores partner : new PartnerScores[] {session.a(), session.b()}) {
            if (partner == null) {
                cells.addAll(List.of("—", "—", "—", "—"));
            } else {
                cells.addAll(List.of(String.valueOf(Scores.round(partner.index())),
                        String.valueOf(Scores.round(partner.partner())), String.valueOf(Scores.round(partner.self())),
                        String.valueOf(partner.closeness())));
            }
        }
        var couple = session.comparison().coupleIndex();
        cells.add(couple.isPresent() ? String.valueOf(Scores.round(couple.getAsDouble())) : "—");
        return String.join(" ", cells);
    }

    /** The baseline table's index line: each partner's baseline, latest and change. */
    static String baselineRow(CoupleScores scores) {
        List<String> cells = new ArrayList<>(List.of("Intimacy index"));
        for (List<PartnerPoint> track : List.of(scores.trackA(), scores.trackB())) {
            double first = track.get(0).scores().index();
            double last = track.get(track.size() - 1).scores().index();
            cells.addAll(List.of(String.valueOf(Scores.round(first)), String.valueOf(Scores.round(last)),
                    delta(last - first)));
        }
        return String.join(" ", cells);
    }

    static String delta(double value) {
        int rounded = Scores.round(value);
        return rounded > 0 ? "+" + rounded : rounded < 0 ? "−" + -rounded : "0";
    }
}
