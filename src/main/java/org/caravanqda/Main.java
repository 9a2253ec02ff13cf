package org.caravanqda;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.caravanqda.app.Adapters;
import java.util.List;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.port.Exporters;
import org.caravanqda.cli.CaravanCli;
import org.caravanqda.io.codebook.BundledCodebook;
import org.caravanqda.io.codebook.CodebookFormats;
import org.caravanqda.io.csv.CsvCodedTableWriter;
import org.caravanqda.io.refi.RefiQdpxFormat;
import org.caravanqda.io.table.CsvTableReader;
import org.caravanqda.io.text.Readers;
import org.caravanqda.search.LuceneSearchIndexes;
import org.caravanqda.store.H2LikeBaselines;
import org.caravanqda.io.xlsx.BareSxssfLoop;
import org.caravanqda.io.xlsx.XlsxCodedTableWriter;
import org.caravanqda.store.H2ProjectStores;

/** Composition root: wires the adapters into the application; arguments run the CLI. */
public final class Main {
    private Main() {
    }

    public static Caravan application() {
        return new Caravan(new Adapters(new H2ProjectStores(), new LuceneSearchIndexes(), Readers.all(),
                CodebookFormats.all(), new CsvTableReader(), new BundledCodebook(), new H2LikeBaselines(),
                new Exporters(List.of(new XlsxCodedTableWriter(), new CsvCodedTableWriter()), new BareSxssfLoop()),
                new RefiQdpxFormat()));
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = new CaravanCli(application(), out, err).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
