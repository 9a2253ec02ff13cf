package org.caravanqda.app.agreement;

import java.util.List;
import java.util.Map;
import org.caravanqda.analysis.agreement.AgreementResult;

/**
 * The outcome of {@code caravan agreement}: statistics per code and overall, the documents
 * compared, notes that qualify the figures (unit rules, undefined statistics) and, when asked,
 * the disagreements.
 */
public record AgreementReport(
        AgreementUnit unit,
        List<String> coders,
        List<String> documents,
        String domain,
        List<CodeAgreement> codes,
        Figures overall,
        List<String> notes,
        List<Disagreement> disagreements) {

    /**
     * The statistics of one code or overall: {@code agreement} is a proportion (0..1); a null
     * statistic is undefined for the data and {@code notes} says why.
     */
    public record Figures(
            long units,
            Double agreement,
            Double cohenKappa,
            Double brennanPredigerKappa,
            Double krippendorffAlpha,
            List<String> notes) {
        static Figures of(AgreementResult r) {
            return new Figures(
                    r.units(),
                    r.agreement(),
                    r.cohenKappa(),
                    r.brennanPredigerKappa(),
                    r.krippendorffAlpha(),
                    r.notes());
        }
    }

    /** One compared code (with its descendants) and its statistics. */
    public record CodeAgreement(String code, Figures result) {}

    /** A unit where coders differ: each coder's codes there (absent key: the coder did not code the document). */
    public record Disagreement(String document, int start, int end, String text, Map<String, List<String>> codes) {}
}
