package app.kindred.questionnaire.scoring;

import java.util.Optional;

/**
 * One assessment in a partner's series: its unrounded score and how it changed. The first
 * assessment (the baseline) has neither change; the second has the same change twice.
 */
public record Progress(double value, Optional<Change> sincePrevious, Optional<Change> sinceBaseline) {
}
