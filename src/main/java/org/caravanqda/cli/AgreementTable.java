package org.caravanqda.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.caravanqda.app.agreement.AgreementReport;

/** The human-readable agreement report: a table per code and overall, the notes, the disagreements. */
final class AgreementTable {
    private AgreementTable() {}

    static void print(AgreementReport r, boolean withDisagreements, PrintWriter out) {
        out.println("coders: " + String.join(", ", r.coders()) + "; unit: "
                + r.unit().label() + "; documents: " + r.documents().size()
                + (r.domain() == null ? "" : "; domain: " + r.domain()));
        TextTable t = new TextTable("code", "units", "agreement %", "Cohen kappa", "B&P kappa", "Krippendorff alpha");
        r.codes().forEach(c -> row(t, c.code(), c.result()));
        row(t, r.domain() == null ? "(overall, pooled)" : "(overall: " + r.domain() + ")", r.overall());
        t.print(out);
        out.println();
        List<String> notes = new ArrayList<>(r.notes());
        r.codes().forEach(c -> c.result().notes().forEach(n -> notes.add(c.code() + ": " + n)));
        r.overall().notes().forEach(n -> notes.add("overall: " + n));
        notes.stream().distinct().forEach(n -> out.println("note: " + n));
        if (withDisagreements) {
            out.println();
            out.println("disagreements: " + r.disagreements().size());
            List<String> header = new ArrayList<>(List.of("document", "start", "end"));
            header.addAll(r.coders());
            header.add("text");
            TextTable d = new TextTable(header.toArray(new String[0]));
            for (AgreementReport.Disagreement x : r.disagreements()) {
                List<Object> cells = new ArrayList<>(List.of(x.document(), x.start(), x.end()));
                for (String coder : r.coders()) {
                    List<String> codes = x.codes().get(coder);
                    cells.add(codes == null ? "(did not code)" : codes.isEmpty() ? "-" : String.join("; ", codes));
                }
                cells.add(oneLine(x.text()));
                d.row(cells.toArray());
            }
            d.print(out);
        }
        out.flush();
    }

    private static void row(TextTable t, String label, AgreementReport.Figures s) {
        t.row(
                label,
                s.units(),
                s.agreement() == null ? "-" : String.format(Locale.ROOT, "%.1f", 100 * s.agreement()),
                fixed(s.cohenKappa()),
                fixed(s.brennanPredigerKappa()),
                fixed(s.krippendorffAlpha()));
    }

    private static String fixed(Double v) {
        if (v == null) {
            return "-";
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.equals("-0.000") ? "0.000" : s;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
