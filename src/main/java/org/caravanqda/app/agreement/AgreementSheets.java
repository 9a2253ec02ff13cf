package org.caravanqda.app.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.caravanqda.app.port.DataTable;

/** An agreement report as two export sheets: the statistics per code, and the units where coders differ. */
public final class AgreementSheets {
    private AgreementSheets() {}

    public static List<DataTable> of(AgreementReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (AgreementReport.CodeAgreement c : r.codes()) {
            rows.add(figures(c.code(), c.result()));
        }
        rows.add(figures("(overall)", r.overall()));
        DataTable stats = new DataTable(
                "Agreement",
                List.of(
                        "code",
                        "units (" + r.unit().name().toLowerCase() + ")",
                        "percent agreement",
                        "Cohen's kappa",
                        "Brennan & Prediger kappa",
                        "Krippendorff's alpha",
                        "notes"),
                rows,
                1,
                List.of());
        List<String> header = new ArrayList<>(List.of("document", "start", "end", "text"));
        r.coders().forEach(c -> header.add("codes of " + c));
        List<List<Object>> diffs = new ArrayList<>();
        for (AgreementReport.Disagreement d :
                r.disagreements() == null ? List.<AgreementReport.Disagreement>of() : r.disagreements()) {
            List<Object> row = new ArrayList<>(Arrays.asList(d.document(), d.start(), d.end(), d.text()));
            Map<String, List<String>> codes = d.codes();
            r.coders().forEach(c -> row.add(codes.containsKey(c) ? String.join("; ", codes.get(c)) : "(did not code)"));
            diffs.add(row);
        }
        return List.of(stats, new DataTable("Disagreements", header, diffs, 1, List.of()));
    }

    private static List<Object> figures(String code, AgreementReport.Figures f) {
        return Arrays.asList(
                code,
                f.units(),
                f.agreement() == null ? null : f.agreement() * 100,
                f.cohenKappa(),
                f.brennanPredigerKappa(),
                f.krippendorffAlpha(),
                String.join("; ", f.notes()));
    }
}
