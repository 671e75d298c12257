package app.kindred.questionnaire;

/** Asked for an instrument id or version that no loaded file defines. */
public class UnknownInstrumentException extends RuntimeException {

    public UnknownInstrumentException(String message) {
        super(message);
    }
}
