package app.kindred.observation;

import app.kindred.clinic.ClinicService;
import app.kindred.clinic.ClinicianService;
import app.kindred.clinic.ClinicianService.ClinicianSummary;
import app.kindred.observation.ObservationHistory.TextVersion;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns entities into the records views get: clinician names, clinic time zone, addenda nested.
 * One instance of {@link Names} per call, so each clinician is looked up once per list.
 */
@Component
class ObservationSummaries {

    private final ClinicianService clinicians;
    private final ClinicService clinics;

    ObservationSummaries(ClinicianService clinicians, ClinicService clinics) {
        this.clinicians = clinicians;
        this.clinics = clinics;
    }

    /** Top-level observations in date order, each with its addenda (and theirs) under it. */
    List<ObservationSummary> tree(List<Observation> inDateOrder) {
        Names names = names();
        Map<Long, List<Observation>> addendaOf = new LinkedHashMap<>();
        for (Observation o : inDateOrder) {
            if (o.getAddendumToId() != null) {
                addendaOf.computeIfAbsent(o.getAddendumToId(), id -> new ArrayList<>()).add(o);
            }
        }
        return inDateOrder.stream().filter(o -> o.getAddendumToId() == null)
                .map(o -> withAddenda(o, addendaOf, names)).toList();
    }

    /** The observation with this id anywhere in the tree, addenda included. */
    ObservationSummary find(List<ObservationSummary> tree, long id) {
        for (ObservationSummary o : tree) {
            ObservationSummary found = o.id() == id ? o : find(o.addenda(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** For one just written or changed: it cannot have addenda yet, since only signed ones take them. */
    ObservationSummary single(Observation observation) {
        return summary(observation, List.of(), names());
    }

    ObservationHistory history(ObservationSummary current, Observation observation, List<ObservationRevision> revisions) {
        Names names = names();
        List<TextVersion> versions = new ArrayList<>();
        // A revision row records an edit: the text it replaced, and who replaced it when. So the
        // writer of text k is the author for k = 1 and the editor recorded on revision k - 1 after.
        long writer = observation.getAuthorId();
        Instant writtenAt = observation.getCreatedAt();
        for (ObservationRevision revision : revisions) {
            versions.add(new TextVersion(revision.getRevision(), revision.getBody(),
                    ConditionTags.parse(revision.getConditionTags()), names.of(writer), names.at(writtenAt), false));
            writer = revision.getWrittenById();
            writtenAt = revision.getWrittenAt();
        }
        versions.add(new TextVersion(revisions.size() + 1L, observation.getBody(),
                ConditionTags.parse(observation.getConditionTags()), names.of(writer), names.at(writtenAt), true));
        return new ObservationHistory(current, List.copyOf(versions));
    }

    private ObservationSummary withAddenda(Observation o, Map<Long, List<Observation>> addendaOf, Names names) {
        List<ObservationSummary> addenda = addendaOf.getOrDefault(o.getId(), List.of()).stream()
                .map(a -> withAddenda(a, addendaOf, names)).toList();
        return summary(o, addenda, names);
    }

    private ObservationSummary summary(Observation o, List<ObservationSummary> addenda, Names names) {
        boolean edited = !o.getUpdatedAt().equals(o.getCreatedAt());
        return new ObservationSummary(o.getId(), o.getCoupleId(), o.getSessionId(), o.getAddendumToId(), o.getBody(),
                ConditionTags.parse(o.getConditionTags()), o.getAuthorId(), names.of(o.getAuthorId()),
                names.at(o.getCreatedAt()), edited ? names.at(o.getUpdatedAt()) : null,
                o.getSignedById() == null ? null : names.of(o.getSignedById()), names.at(o.getSignedAt()),
                o.getVersion(), addenda);
    }

    private Names names() {
        return new Names(clinicians, clinics.myClinic().timezone());
    }

    /** Display names and clinic-zoned times for one answer. */
    private static final class Names {

        private final ClinicianService clinicians;
        private final ZoneId zone;
        private final Map<Long, String> known = new HashMap<>();

        Names(ClinicianService clinicians, ZoneId zone) {
            this.clinicians = clinicians;
            this.zone = zone;
        }

        String of(long clinicianId) {
            return known.computeIfAbsent(clinicianId, id -> clinicians.findInMyClinic(id)
                    .map(ClinicianSummary::displayName).orElse("A former colleague"));
        }

        ZonedDateTime at(Instant instant) {
            return instant == null ? null : instant.atZone(zone);
        }
    }
}
