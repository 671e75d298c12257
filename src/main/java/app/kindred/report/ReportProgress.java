package app.kindred.report;

/** Follows a clinic report while it is written, and may ask it to stop. */
public interface ReportProgress {

    ReportProgress NONE = (done, total) -> { };

    void couplesDone(int done, int total);

    /** Checked between couples; when true the report stops with a {@link java.util.concurrent.CancellationException}. */
    default boolean cancelRequested() {
        return false;
    }
}
