package app.kindred.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.couple.CoupleStatus;
import app.kindred.dashboard.CaseloadDataGenerator.Generated;
import app.kindred.support.AppTest;
import app.kindred.support.TestUsers;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Paging, sorting and filtering of the caseload in SQL, on a clinic of 5,000 couples in MariaDB. */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadQueryTest {

    static final int COUPLES = 5_000;

    @Autowired CaseloadService caseload;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    Generated clinic;

    @BeforeAll
    void fiveThousandCouples() {
        clinic = new CaseloadDataGenerator(jdbc).generate(Long.toString(System.nanoTime(), 36), COUPLES, 2);
    }

    @Test
    void the_first_page_holds_the_first_fifty_references_in_order() {
        List<CaseloadRow> page = asAdmin(() -> caseload.page(CaseloadFilter.none(), CaseloadSort.REFERENCE, true, 0, 50));
        assertThat(page).extracting(CaseloadRow::reference)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 50).mapToObj(CaseloadDataGenerator::reference).toList());
        assertThat(page.get(0).partnerA()).isEqualTo(CaseloadDataGenerator.partnerA(1));
        assertThat(page.get(0).lastSession()).isNotNull();
    }

    @Test
    void pages_together_list_every_couple_exactly_once() {
        assertThat(asAdmin(() -> caseload.count(CaseloadFilter.none()))).isEqualTo(COUPLES);
        Set<Long> seen = new HashSet<>();
        for (int offset = 0; offset < COUPLES; offset += 1000) {
            int from = offset;
            List<CaseloadRow> page = asAdmin(() -> caseload.page(CaseloadFilter.none(), CaseloadSort.INDEX_B, false, from, 1000));
            assertThat(page).hasSize(1000);
            page.forEach(row -> assertThat(seen.add(row.coupleId())).isTrue());
        }
        assertThat(seen).hasSize(COUPLES);
    }

    @Test
    void sorting_by_index_puts_the_highest_first_and_the_order_holds_across_pages() {
        Double highest = jdbc.queryForObject("select max(index_a) from couple_score_snapshot s join couple c"
                + " on c.id = s.couple_id where c.clinic_id = ?", Double.class, clinic.clinicId());
        List<CaseloadRow> first = asAdmin(() -> caseload.page(CaseloadFilter.none(), CaseloadSort.INDEX_A, false, 0, 100));
        List<CaseloadRow> second = asAdmin(() -> caseload.page(CaseloadFilter.none(), CaseloadSort.INDEX_A, false, 100, 100));
        assertThat(first.get(0).indexA()).isEqualTo(highest);
        assertThat(first).extracting(CaseloadRow::indexA).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(first.get(99).indexA()).isGreaterThanOrEqualTo(second.get(0).indexA());
    }

    @Test
    void status_and_flag_filters_count_what_the_generator_made() {
        long active = IntStream.rangeClosed(1, COUPLES).filter(n -> CaseloadDataGenerator.status(n).equals("ACTIVE")).count();
        long flagged = IntStream.rangeClosed(1, COUPLES).filter(CaseloadDataGenerator::flagged).count();
        assertThat(asAdmin(() -> caseload.count(new CaseloadFilter(null, CoupleStatus.ACTIVE, false, null)))).isEqualTo((int) active);
        assertThat(asAdmin(() -> caseload.count(new CaseloadFilter(null, null, true, null)))).isEqualTo((int) flagged);
        List<CaseloadRow> page = asAdmin(() -> caseload.page(new CaseloadFilter(null, CoupleStatus.PAUSED, true, null),
                CaseloadSort.REFERENCE, true, 0, 20));
        assertThat(page).isNotEmpty().allMatch(r -> r.status() == CoupleStatus.PAUSED && r.flagged());
    }

    @Test
    void search_finds_references_and_partner_names() {
        assertThat(asAdmin(() -> caseload.page(new CaseloadFilter("C-0420", null, false, null), CaseloadSort.REFERENCE, true, 0, 50)))
                .extracting(CaseloadRow::reference)
                .containsExactlyElementsOf(IntStream.rangeClosed(4200, 4209).mapToObj(CaseloadDataGenerator::reference).toList());
        assertThat(asAdmin(() -> caseload.page(new CaseloadFilter("Kai 00077", null, false, null), CaseloadSort.REFERENCE, true, 0, 50)))
                .extracting(CaseloadRow::reference).containsExactly(CaseloadDataGenerator.reference(77));
        assertThat(asAdmin(() -> caseload.count(new CaseloadFilter("100%_", null, false, null)))).isZero();
    }

    @Test
    void a_clinician_sees_only_their_half_and_an_admin_can_narrow_to_one_clinician() {
        String clinician = clinic.clinicianUsernames().get(0);
        int own = users.as(clinician, () -> caseload.count(CaseloadFilter.none()));
        assertThat(own).isEqualTo(COUPLES / 2);
        Long clinicianId = jdbc.queryForObject("select id from clinician where username = ?", Long.class, clinician);
        assertThat(asAdmin(() -> caseload.count(new CaseloadFilter(null, null, false, clinicianId)))).isEqualTo(own);
        // A clinician cannot widen their view by naming someone else.
        Long otherId = jdbc.queryForObject("select id from clinician where username = ?", Long.class,
                clinic.clinicianUsernames().get(1));
        assertThat(users.as(clinician, () -> caseload.count(new CaseloadFilter(null, null, false, otherId)))).isEqualTo(own);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return users.as(clinic.adminUsername(), work);
    }
}
