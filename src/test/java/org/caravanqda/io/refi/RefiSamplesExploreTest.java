package org.caravanqda.io.refi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.caravanqda.app.refi.RefiProject;
import org.junit.jupiter.api.Test;

class RefiSamplesExploreTest {
    @Test
    void explore() throws Exception {
        try (Stream<Path> files = Files.list(RefiFiles.ROOT.resolve("samples"))) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (!n.endsWith(".qdpx") && !n.endsWith(".qde")) continue;
                RefiProject p = new RefiQdpxFormat().read(f);
                int sel = p.sources().stream().mapToInt(s -> s.selections().size()).sum();
                int cod = p.sources().stream().mapToInt(s -> s.selections().stream().mapToInt(x -> x.codings().size()).sum() + s.wholeCodings().size()).sum();
                System.out.println(n + ": origin=" + p.origin() + " users=" + p.users().size() + " codes=" + p.codes().size()
                        + " vars=" + p.variables().size() + " cases=" + p.cases().size() + " sources=" + p.sources().size()
                        + " withText=" + p.sources().stream().filter(s -> s.text() != null).count()
                        + " selections=" + sel + " codings=" + cod + " notes=" + p.notes().size() + " skipped=" + p.skipped().size());
                p.skipped().stream().limit(8).forEach(x -> System.out.println("   skip: " + x));
            }
        }
    }
}
