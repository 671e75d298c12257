package app.kindred.report;

import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicService.ClinicSummary;
import app.kindred.clinic.ClinicianService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.couple.CoupleSummary;
import app.kindred.couple.PartnerLabel;
import app.kindred.dashboard.CaseloadFilter;
import app.kindred.dashboard.CaseloadRow;
import app.kindred.dashboard.CaseloadService;
import app.kindred.dashboard.CaseloadSort;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The caller's clinic, clinicians and caseload as an export needs them; all through their services. */
@Component
class ExportContexts {

    private static final int PAGE = 500;

    private final ClinicService clinics;
    private final ClinicianService clinicians;
    private final CaseloadService caseload;
    private final Clock clock;

    ExportContexts(ClinicService clinics, ClinicianService clinicians, CaseloadService caseload, Clock clock) {
        this.clinics = clinics;
        this.clinicians = clinicians;
        this.caseload = caseload;
        this.clock = clock;
    }

    ExportContext context(boolean pseudonymised) {
        ClinicSummary clinic = clinics.myClinic();
        return new ExportContext(clinic.id(), clinic.name(), clinic.timezone(),
                ZonedDateTime.now(clock.withZone(clinic.timezone())), pseudonymised);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(clinics.myClinic().timezone()));
    }

    CoupleRef ref(CoupleSummary couple) {
        return new CoupleRef(couple.id(), couple.reference(), clinicianName(couple.clinicianId()),
                couple.partner(PartnerLabel.A).displayName(), couple.partner(PartnerLabel.B).displayName());
    }

    String clinicianName(long clinicianId) {
        return clinicians.findInMyClinic(clinicianId).map(ClinicianSummary::displayName).orElse("—");
    }

    boolean isClinicianOfMyClinic(long clinicianId) {
        return clinicians.findInMyClinic(clinicianId).isPresent();
    }

    /** The caseload's couples by reference; the caseload service applies the clinic and role rules. */
    List<CaseloadRow> couplesInScope(Long clinicianId) {
        CaseloadFilter filter = new CaseloadFilter(null, null, false, clinicianId);
        List<CaseloadRow> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<CaseloadRow> rows = caseload.page(filter, CaseloadSort.REFERENCE, true, offset, PAGE);
            all.addAll(rows);
            if (rows.size() < PAGE) {
                return all;
            }
        }
    }
}
