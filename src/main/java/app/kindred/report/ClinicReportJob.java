package app.kindred.report;

import java.nio.file.Path;

/** A clinic report being written in the background; it can be asked to stop. */
public final class ClinicReportJob {

    /** Told on the report's own thread; a view must hand the news to its UI itself. */
    public interface Listener {

        void progress(int couplesDone, int couplesTotal);

        /** The ZIP is complete; the file belongs to the listener, who deletes it when done with it. */
        void finished(Path zip, ClinicReportResult result);

        /** Nothing was kept: the partial file is already deleted. */
        void failed(String whatFailed);

        /** Nothing was kept: the partial file is already deleted. */
        void cancelled();
    }

    private volatile boolean cancelRequested;

    public void cancel() {
        cancelRequested = true;
    }

    public boolean cancelRequested() {
        return cancelRequested;
    }
}
