package org.caravanqda.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.caravanqda.app.Selection;
import picocli.CommandLine.Option;

/** --coder and --documents, shared by table and export. (--query arrives with search.) */
final class SelectionOptions {
    @Option(names = "--coder", split = ",", paramLabel = "NAME", description = "only codings by this coder (repeat or comma-separate for several)")
    List<String> coders = new ArrayList<>();
    @Option(names = {"--documents", "--document"}, split = ",", paramLabel = "NAME",
            description = "only these documents (names with or without extension, comma-separated)")
    List<String> documents = new ArrayList<>();

    Selection selection() {
        return Selection.of(new HashSet<>(coders), documents);
    }
}
