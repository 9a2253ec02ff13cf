package org.caravanqda.analysis.agreement;

import java.util.List;

/**
 * The agreement statistics of one code (or of all codes pooled). {@code units}: units at least
 * two coders rated; {@code agreement}: observed agreement as a proportion (0..1). A statistic
 * that is undefined for the data (e.g. kappa when nobody used the code) is null, and
 * {@code notes} says why; never NaN.
 */
public record AgreementResult(
        long units,
        Double agreement,
        Double cohenKappa,
        Double brennanPredigerKappa,
        Double krippendorffAlpha,
        List<String> notes) {
    public AgreementResult {
        notes = List.copyOf(notes);
    }
}
