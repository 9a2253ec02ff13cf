package org.caravanqda.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.caravanqda.app.agreement.AgreementReport;
import org.caravanqda.app.agreement.AgreementUnit;

/**
 * {@code agreement} JSON: DESIGN.md's {"unit","coders","codes":[{"code","units","percentAgreement",
 * "cohenKappa","krippendorffAlpha"}],"overall"} plus added keys (brennanPredigerKappa, notes,
 * documents, domain, absenceCountsAsAgreement, disagreements). percentAgreement is 0..100.
 */
final class AgreementJson {
    private AgreementJson() {}

    static Map<String, Object> of(AgreementReport r, boolean withDisagreements) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", r.unit().label());
        m.put("coders", r.coders());
        m.put(
                "codes",
                r.codes().stream()
                        .map(c -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("code", c.code());
                            row.putAll(statistics(c.result()));
                            return row;
                        })
                        .toList());
        m.put("overall", statistics(r.overall()));
        m.put("documents", r.documents());
        if (r.domain() != null) {
            m.put("domain", r.domain());
        }
        m.put("absenceCountsAsAgreement", r.unit() == AgreementUnit.CHARACTER);
        m.put("notes", r.notes());
        if (withDisagreements) {
            m.put(
                    "disagreements",
                    r.disagreements().stream()
                            .map(d -> {
                                Map<String, Object> row = new LinkedHashMap<>();
                                row.put("document", d.document());
                                row.put("start", d.start());
                                row.put("end", d.end());
                                row.put("text", d.text());
                                row.put("codes", d.codes());
                                return row;
                            })
                            .toList());
        }
        return m;
    }

    static Map<String, Object> statistics(AgreementReport.Figures s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("units", s.units());
        m.put("percentAgreement", s.agreement() == null ? null : tidy(100 * s.agreement()));
        m.put("cohenKappa", tidy(s.cohenKappa()));
        m.put("brennanPredigerKappa", tidy(s.brennanPredigerKappa()));
        m.put("krippendorffAlpha", tidy(s.krippendorffAlpha()));
        m.put("notes", s.notes());
        return m;
    }

    /** Ten decimals: more than any report needs, and no 85.00000000000001. */
    static Double tidy(Double v) {
        return v == null ? null : Math.round(v * 1e10) / 1e10;
    }
}
