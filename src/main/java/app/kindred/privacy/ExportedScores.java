package app.kindred.privacy;

import app.kindred.couple.PartnerLabel;
import app.kindred.questionnaire.Condition;
import app.kindred.questionnaire.CoupleScores;
import app.kindred.questionnaire.PartnerPoint;
import app.kindred.questionnaire.SessionScores;
import app.kindred.questionnaire.scoring.Change;
import app.kindred.questionnaire.scoring.PartnerScores;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scores part of the export, copied from {@link CoupleScores} as the scoring service computed
 * them: unrounded, as DESIGN.md defines them, so anyone can check them against the answers.
 */
final class ExportedScores {

    private ExportedScores() {
    }

    static Map<String, Object> of(CoupleScores scores) {
        return Json.object(
                "instrument", scores.instrument().id(),
                "instrumentVersion", scores.instrument().version(),
                "normsProvisional", scores.instrument().provisional(),
                "sessions", scores.sessions().stream().filter(SessionScores::anyResponse)
                        .map(ExportedScores::session).toList(),
                "changeA", scores.track(PartnerLabel.A).stream().map(ExportedScores::point).toList(),
                "changeB", scores.track(PartnerLabel.B).stream().map(ExportedScores::point).toList(),
                "flags", scores.flags().stream().map(f -> Json.object("type", f.type(), "partner", f.partner(),
                        "reason", f.reason())).toList());
    }

    private static Map<String, Object> session(SessionScores s) {
        var coupleIndex = s.comparison().coupleIndex();
        return Json.object("session", s.session().number(), "date", s.session().date(),
                "partnerA", partner(s.a()), "partnerB", partner(s.b()),
                "coupleIndex", coupleIndex.isPresent() ? coupleIndex.getAsDouble() : null);
    }

    private static Map<String, Object> partner(PartnerScores p) {
        if (p == null) {
            return null;
        }
        Map<String, Double> conditions = new LinkedHashMap<>();
        for (Condition condition : Condition.values()) {
            conditions.put(condition.name(), p.condition(condition));
        }
        return Json.object("index", p.index(), "partnerHalf", p.partner(), "selfHalf", p.self(),
                "closeness", p.closeness(), "conditions", conditions);
    }

    private static Map<String, Object> point(PartnerPoint point) {
        return Json.object("session", point.sessionNumber(), "index", point.scores().index(),
                "sincePrevious", change(point.indexProgress().sincePrevious().orElse(null)),
                "sinceBaseline", change(point.indexProgress().sinceBaseline().orElse(null)));
    }

    private static Map<String, Object> change(Change change) {
        return change == null ? null : Json.object("delta", change.delta(), "rci", change.rci(),
                "class", change.changeClass());
    }
}
