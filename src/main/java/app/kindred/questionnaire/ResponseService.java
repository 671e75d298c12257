package app.kindred.questionnaire;

import app.kindred.questionnaire.scoring.Answers;
import app.kindred.questionnaire.scoring.Scorer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a finished draft into an immutable response. The answers are validated by scoring them
 * once (missing, unknown or out-of-range answers are refused with the items named), but the scores
 * are not stored: they are derived from the answers whenever they are shown.
 */
@Service
public class ResponseService {

    public static final String INSTRUMENT_ID = "eic-22";

    private final ResponseRepository responses;
    private final InstrumentRegistry instruments;
    private final Scorer scorer;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResponseService(ResponseRepository responses, InstrumentRegistry instruments, Scorer scorer, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.responses = responses;
        this.instruments = instruments;
        this.scorer = scorer;
        this.clock = clock;
    }

    /**
     * Records the response of one invitation. A second response for the same invitation is refused
     * by the database's unique key, which the caller turns into "already submitted".
     */
    @Transactional
    public long record(long invitationId, long sessionId, long partnerId, Map<String, Integer> answersWithCloseness) {
        Instrument instrument = instruments.current(INSTRUMENT_ID);
        List<String> missing = new ArrayList<>();
        instrument.items().stream().map(Item::code).filter(code -> !answersWithCloseness.containsKey(code))
                .forEach(missing::add);
        if (!answersWithCloseness.containsKey(instrument.closeness().code())) {
            missing.add(instrument.closeness().code());
        }
        if (!missing.isEmpty()) {
            throw new IncompleteQuestionnaireException(missing);
        }
        Map<String, Integer> items = new HashMap<>(answersWithCloseness);
        Integer closeness = items.remove(instrument.closeness().code());
        scorer.score(instrument, new Answers(items, closeness));
        Response response = new Response(invitationId, sessionId, partnerId, instrument.id(), instrument.version(),
                clock.instant(), items, closeness);
        long id = responses.saveAndFlush(response).getId();
        events.publishEvent(new ResponseRecorded(id, sessionId, partnerId));
        return id;
    }

    @Transactional(readOnly = true)
    public boolean isRecorded(long invitationId) {
        return responses.existsByInvitationId(invitationId);
    }

    /** The current instrument, for the questionnaire screens. */
    public Instrument currentInstrument() {
        return instruments.current(INSTRUMENT_ID);
    }
}
