package app.kindred.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.scoring.FlagEvaluator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAssemblerTest {

    final ReportObservation note = new ReportObservation(Instant.parse("2026-01-20T09:00:00Z"), "Dr Rivera", 2,
            "Zoë said Sam (sam@example.org) listened.", null, null, List.of());
    final ReportAssembler assembler = new ReportAssembler(coupleId -> List.of(note), new FlagEvaluator());
    final CoupleRef couple = new CoupleRef(1, "C-0001", "Dr Rivera", "Zoë Martin", "Sam Carter");
    final ReportPeriod all = new ReportPeriod(1, 8, null, null, "Sessions 1–8");

    @Test
    void a_pseudonymised_summary_has_no_partner_name_or_e_mail_in_its_observations() {
        CoupleScores scores = ReportFixtures.couple(1, "Partner A", "Partner B", 8, 1);
        ExportContext context = new ExportContext(1, "Riverside", ReportFixtures.ZONE, ReportFixtures.GENERATED, true);

        CaseSummaryData data = assembler.caseSummary(context, couple, scores, all);

        assertThat(data.observations()).singleElement().extracting(ReportObservation::text)
                .isEqualTo("Partner A said Partner B ([e-mail removed]) listened.");
        assertThat(data.header().partners()).isEqualTo("Partner A & Partner B");
    }

    @Test
    void a_period_that_ends_early_shows_the_flags_as_they_stood_then() {
        CoupleScores scores = ReportFixtures.couple(1, "Zoë Martin", "Sam Carter", 8, 1);
        CoupleScores firstFour = ReportFixtures.couple(1, "Zoë Martin", "Sam Carter", 4, 1);

        assertThat(assembler.flagsAt(scores, 8)).isEqualTo(scores.flags());
        assertThat(assembler.flagsAt(scores, 4)).isEqualTo(firstFour.flags());
    }
}
