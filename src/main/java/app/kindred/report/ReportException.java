package app.kindred.report;

/** An export that could not be written; the message says what failed, in words for the user. */
public class ReportException extends RuntimeException {

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
