package app.kindred.questionnaire;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers saved one by one while a client fills the questionnaire. The caller (the invitation
 * link) has already proved the client may write to this draft; here each answer is checked
 * against the instrument so a draft never holds an impossible value.
 */
@Service
public class DraftService {

    private final DraftAnswerRepository drafts;
    private final InstrumentRegistry instruments;
    private final Clock clock;

    DraftService(DraftAnswerRepository drafts, InstrumentRegistry instruments, Clock clock) {
        this.drafts = drafts;
        this.instruments = instruments;
        this.clock = clock;
    }

    @Transactional
    public void saveAnswer(long invitationId, String itemCode, int value) {
        Instrument instrument = instruments.current(ResponseService.INSTRUMENT_ID);
        checkAnswer(instrument, itemCode, value);
        drafts.upsert(invitationId, itemCode, value, clock.instant());
    }

    @Transactional(readOnly = true)
    public Map<String, Integer> answersSoFar(long invitationId) {
        return drafts.findByInvitation(invitationId).stream()
                .collect(Collectors.toMap(DraftAnswer::getItemCode, DraftAnswer::getValue));
    }

    /**
     * Hands a replaced invitation's answers to its successor: a client who asks for a new link
     * continues where they stopped.
     */
    @Transactional
    public void moveAnswers(long fromInvitationId, long toInvitationId) {
        drafts.moveAll(fromInvitationId, toInvitationId);
    }

    @Transactional
    public void discard(long invitationId) {
        drafts.deleteByInvitation(invitationId);
    }

    static void checkAnswer(Instrument instrument, String itemCode, int value) {
        if (itemCode.equals(instrument.closeness().code())) {
            Scale scale = instrument.closeness().scale();
            if (value < scale.min() || value > scale.max()) {
                throw new IllegalArgumentException("Closeness must be between " + scale.min() + " and " + scale.max());
            }
            return;
        }
        if (instrument.position(itemCode) < 0) {
            throw new IllegalArgumentException("Unknown question " + itemCode);
        }
        if (value < instrument.scale().min() || value > instrument.scale().max()) {
            throw new IllegalArgumentException("An answer must be between " + instrument.scale().min() + " and "
                    + instrument.scale().max());
        }
    }

    static List<String> codesInOrder(Instrument instrument) {
        return instrument.items().stream().map(Item::code).toList();
    }
}
