package app.kindred.questionnaire;

/** An instrument file that cannot be trusted to score anything; thrown at start-up, never later. */
public class InstrumentDefinitionException extends RuntimeException {

    public InstrumentDefinitionException(String message) {
        super(message);
    }

    public InstrumentDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
