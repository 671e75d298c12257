package app.kindred.invitation;

import app.kindred.audit.AuditService;
import app.kindred.couple.CoupleService;
import app.kindred.therapysession.TherapySessionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The invitations' clockwork: overdue links are marked expired (so the session view tells the
 * truth before anyone opens them), and live e-mailed invitations get one reminder after
 * {@code kindred.invitations.reminder-after}. With several app nodes the ShedLock row makes sure
 * only one node runs it at a time.
 */
@Component
class InvitationJobs {

    private static final Logger log = LoggerFactory.getLogger(InvitationJobs.class);

    private final InvitationRepository invitations;
    private final InvitationDelivery delivery;
    private final TherapySessionService sessions;
    private final CoupleService couples;
    private final AuditService audit;
    private final Clock clock;
    private final Duration reminderAfter;
    private final TransactionTemplate tx;

    InvitationJobs(InvitationRepository invitations, InvitationDelivery delivery, TherapySessionService sessions,
            CoupleService couples, AuditService audit, Clock clock,
            @Value("${kindred.invitations.reminder-after:3d}") Duration reminderAfter,
            PlatformTransactionManager transactions) {
        this.invitations = invitations;
        this.delivery = delivery;
        this.sessions = sessions;
        this.couples = couples;
        this.audit = audit;
        this.clock = clock;
        this.reminderAfter = reminderAfter;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${kindred.invitations.job-cron:0 */15 * * * *}", zone = "UTC")
    @SchedulerLock(name = "invitation-reminders-and-expiry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void run() {
        JobResult result = remindAndExpire();
        if (result.expired() + result.reminded() > 0) {
            log.info("Invitations: {} expired, {} reminded", result.expired(), result.reminded());
        }
    }

    /** One pass at this job's clock's time; tests call it with a fixed clock. */
    JobResult remindAndExpire() {
        Instant now = clock.instant();
        int expired = tx.execute(status -> expireOverdue(now));
        List<Long> due = tx.execute(status -> invitations.findDueForReminder(InvitationIssuer.LIVE,
                now.minus(reminderAfter), now));
        int reminded = 0;
        for (long invitationId : due) {
            // Each reminder is committed on its own: one bad address does not hold back the others.
            if (delivery.remind(invitationId, now).outcome() == Delivery.Outcome.SENT) {
                reminded++;
            }
        }
        return new JobResult(expired, reminded);
    }

    private int expireOverdue(Instant now) {
        List<Invitation> overdue = invitations.findByStatusInAndExpiresAtLessThanEqual(InvitationIssuer.LIVE, now);
        for (Invitation invitation : overdue) {
            invitation.expire(now);
            long coupleId = sessions.sessionForInvitation(invitation.getSessionId()).coupleId();
            audit.record(couples.clinicOfInvitedCouple(coupleId), "system", "INVITATION_EXPIRED", "COUPLE", coupleId,
                    "invitation " + invitation.getId());
        }
        return overdue.size();
    }

    record JobResult(int expired, int reminded) {
    }
}
