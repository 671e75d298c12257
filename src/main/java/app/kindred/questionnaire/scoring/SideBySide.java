package app.kindred.questionnaire.scoring;

import java.util.OptionalDouble;

/** One score of both partners, either of which may be missing when that partner did not respond. */
public record SideBySide(OptionalDouble a, OptionalDouble b) {

    /** A − B, when both responded. */
    public OptionalDouble gap() {
        return a.isPresent() && b.isPresent() ? OptionalDouble.of(a.getAsDouble() - b.getAsDouble()) : OptionalDouble.empty();
    }

    /** |A − B|, when both responded. */
    public OptionalDouble absoluteGap() {
        OptionalDouble gap = gap();
        return gap.isPresent() ? OptionalDouble.of(Math.abs(gap.getAsDouble())) : OptionalDouble.empty();
    }
}
