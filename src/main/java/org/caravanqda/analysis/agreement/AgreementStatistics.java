package org.caravanqda.analysis.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * Percent agreement, Cohen's kappa, Brennan & Prediger's kappa and Krippendorff's nominal alpha
 * of one set of ratings. Formulas and their sources: docs/agreement.md.
 */
public final class AgreementStatistics {
    private AgreementStatistics() {}

    public static AgreementResult of(Ratings ratings) {
        Coincidences co = Coincidences.of(ratings);
        List<String> notes = new ArrayList<>();
        if (co.units == 0) {
            notes.add("no unit was rated by two coders: nothing to compare");
            return new AgreementResult(0, null, null, null, null, notes);
        }
        double agreement = co.observedAgreement();
        Double cohen = null;
        Double alpha = null;
        if (co.noVariation()) {
            notes.add("no variation: every rating is the same value, so chance-corrected kappa and alpha are"
                    + " undefined (0/0); percent agreement is " + (agreement == 1 ? "total" : "partial"));
        } else {
            alpha = clean(co.nominalAlpha());
            if (ratings.coders() == 2) {
                cohen = cohenKappa(ratings);
            }
        }
        if (ratings.coders() != 2) {
            notes.add("Cohen's kappa is defined for two coders only; with " + ratings.coders()
                    + " use Krippendorff's alpha (percent agreement and Brennan & Prediger use all coder pairs)");
        }
        Double brennanPrediger =
                ratings.categories() < 2 ? null : clean(BrennanPrediger.kappa(agreement, ratings.categories()));
        return new AgreementResult(co.units, clean(agreement), cohen, brennanPrediger, alpha, notes);
    }

    /** Cohen's kappa over the units both coders rated; null when chance agreement is total. */
    static Double cohenKappa(Ratings ratings) {
        CohenTable t = CohenTable.of(ratings);
        Double k = t.kappa();
        return k == null ? null : clean(k);
    }

    /** Rounds off floating-point dust (1.0000000000000002) so that exact cases print exactly. */
    private static double clean(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-12 ? Math.rint(v) : v;
    }
}
