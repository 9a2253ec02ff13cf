package org.caravanqda.app;

import java.util.List;
import java.util.Map;
import org.caravanqda.analysis.agreement.AgreementResult;

/**
 * The outcome of {@code caravan agreement}: statistics per code and overall, the documents
 * compared, notes that qualify the figures (unit rules, undefined statistics) and, when asked,
 * the disagreements.
 */
public record AgreementReport(AgreementUnit unit, List<String> coders, List<String> documents, String domain,
                              List<CodeAgreement> codes, AgreementResult overall, List<String> notes,
                              List<Disagreement> disagreements) {

    /** One compared code (with its descendants) and its statistics. */
    public record CodeAgreement(String code, AgreementResult result) {
    }

    /** A unit where coders differ: each coder's codes there (absent key: the coder did not code the document). */
    public record Disagreement(String document, int start, int end, String text, Map<String, List<String>> codes) {
    }
}
