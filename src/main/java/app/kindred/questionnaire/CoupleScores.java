package app.kindred.questionnaire;

import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.scoring.Flag;
import java.util.List;
import java.util.Optional;

/**
 * Everything the screens and PDFs show about a couple's scores, derived from the stored answers:
 * each session side by side, each partner's track with change and RCI, and the current flags.
 */
public record CoupleScores(long coupleId, Instrument instrument, String nameA, String nameB,
        List<SessionScores> sessions, List<PartnerPoint> trackA, List<PartnerPoint> trackB, List<Flag> flags) {

    public List<PartnerPoint> track(PartnerLabel label) {
        return label == PartnerLabel.A ? trackA : trackB;
    }

    public String name(PartnerLabel label) {
        return label == PartnerLabel.A ? nameA : nameB;
    }

    public Optional<PartnerPoint> latest(PartnerLabel label) {
        List<PartnerPoint> track = track(label);
        return track.isEmpty() ? Optional.empty() : Optional.of(track.get(track.size() - 1));
    }

    public Optional<PartnerPoint> baseline(PartnerLabel label) {
        List<PartnerPoint> track = track(label);
        return track.isEmpty() ? Optional.empty() : Optional.of(track.get(0));
    }

    public Optional<SessionScores> session(long sessionId) {
        return sessions.stream().filter(s -> s.session().id() == sessionId).findFirst();
    }
}
