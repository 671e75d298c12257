package app.kindred.dashboard;

import app.kindred.couple.CoupleErased;
import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.ResponseRecorded;
import app.kindred.questionnaire.ScoringService;
import app.kindred.questionnaire.scoring.Flag;
import app.kindred.therapysession.TherapySessionService;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the caseload snapshot in step with the answers: after each submitted response, and at
 * start-up for couples that have no snapshot yet. Scores come from {@link ScoringService}, so the
 * grid shows exactly what the workspace shows.
 */
@Component
class SnapshotRefresher {

    private static final Logger log = LoggerFactory.getLogger(SnapshotRefresher.class);

    private final CoupleScoreSnapshotRepository snapshots;
    private final ScoringService scoring;
    private final TherapySessionService sessions;
    private final Clock clock;

    SnapshotRefresher(CoupleScoreSnapshotRepository snapshots, ScoringService scoring, TherapySessionService sessions,
            Clock clock) {
        this.snapshots = snapshots;
        this.scoring = scoring;
        this.sessions = sessions;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onResponse(ResponseRecorded event) {
        refresh(sessions.sessionForInvitation(event.sessionId()).coupleId());
    }

    /** In the erasing transaction: the flag reasons name the partners, so they are rebuilt with the new labels. */
    @EventListener
    public void onErased(CoupleErased event) {
        refresh(event.coupleId());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillMissing() {
        List<Long> missing = snapshots.couplesWithoutSnapshot();
        missing.forEach(this::refresh);
        if (!missing.isEmpty()) {
            log.info("Caseload snapshot built for {} couples", missing.size());
        }
    }

    @Transactional
    public void refresh(long coupleId) {
        CoupleScores scores = scoring.scoresOfCoupleForSystem(coupleId);
        CoupleScoreSnapshot snapshot = snapshots.findById(coupleId).orElseGet(() -> new CoupleScoreSnapshot(coupleId));
        List<PartnerPoint> a = scores.track(PartnerLabel.A);
        List<PartnerPoint> b = scores.track(PartnerLabel.B);
        List<Flag> flags = scores.flags();
        snapshot.update(index(a, 1), index(a, 2), index(b, 1), index(b, 2), flags.size(),
                flags.stream().map(f -> f.type().name()).distinct().collect(Collectors.joining(",")),
                flags.stream().map(Flag::reason).collect(Collectors.joining("\n")), clock.instant());
        snapshots.save(snapshot);
    }

    /** The index of the n-th last assessment, or null when there are fewer. */
    private static Double index(List<PartnerPoint> track, int fromEnd) {
        return track.size() < fromEnd ? null : track.get(track.size() - fromEnd).scores().index();
    }
}
