package org.caravanqda.app.pseudonym;

import java.util.List;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.model.Pseudonym;

/**
 * Which names an export writes (ADR 0009): by default the project's pseudonym list applies;
 * {@code extra} (from {@code export --pseudonyms FILE.csv}) adds to it for this export, its
 * entries winning over the project's for the same real name; {@code realNames} turns both off.
 */
public record PseudonymChoice(boolean realNames, List<Pseudonym> extra) {
    public static final PseudonymChoice PROJECT_LIST = new PseudonymChoice(false, List.of());
    public static final PseudonymChoice REAL_NAMES = new PseudonymChoice(true, List.of());

    public PseudonymChoice {
        extra = extra == null ? List.of() : List.copyOf(extra);
        if (realNames && !extra.isEmpty()) {
            throw new CaravanException("use --pseudonyms or --real-names, not both");
        }
    }
}
