package org.caravanqda.app.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caravanqda.TestApp;
import org.caravanqda.app.Project;
import org.caravanqda.app.StoreAccess;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.imports.ImportOptions;
import org.caravanqda.app.job.Cancellation;
import org.caravanqda.app.job.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coded text of every coding equals text.substring(start, end), whatever the script. */
class OffsetRuleTest {
    @TempDir
    Path tmp;

    private static final String TEXT = "И: Почему вы уехали в Алматы? 🙂\r\n\r\n"
            + "Р: Ещё в марте я понял, что молчать нельзя 🇰🇿 — и уехал.\r\n\r\n"
            + "И: А \u0063\u0301afe\u0301 «Oʻzbekiston» рядом?\r\n";

    @Test
    void quotesAndOffsetsAddressTheStoredText() throws Exception {
        Path file = tmp.resolve("cafe.txt");
        Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        try (Project p = TestApp.newProject(tmp)) {
            p.imports().importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            String stored = StoreAccess.of(p)
                    .read(s -> s.documents().byName("cafe.txt").orElseThrow().text());
            assertThat(stored)
                    .contains("\r\n")
                    .isEqualTo(java.text.Normalizer.normalize(TEXT, java.text.Normalizer.Form.NFC));

            long a = p.codings().code(req("молчать нельзя 🇰🇿", null, null));
            long b = p.codings().code(req("🙂", null, null));
            // the decomposed é of the file is stored composed; a decomposed quote still finds it
            long c = p.codings().code(req("c\u0301afe\u0301", null, null));
            int s = stored.indexOf("Oʻzbekiston");
            long d = p.codings()
                    .code(new CodeRequest(
                            "cafe", s, s + "Oʻzbekiston".length(), null, null, "Economic push", "anna", "memo"));
            int crlf = stored.indexOf("\r\n");
            long e = p.codings()
                    .code(new CodeRequest("cafe.txt", crlf - 2, crlf + 6, null, null, "Exit as voice", "anna", null));

            List<CodingView> all = p.codings().codings(null, null, null);
            assertThat(all).extracting(CodingView::id).containsExactlyInAnyOrder(a, b, c, d, e);
            for (CodingView v : all) {
                assertThat(v.text()).isEqualTo(stored.substring(v.start(), v.end()));
            }
            assertThat(all)
                    .extracting(CodingView::text)
                    .contains("молчать нельзя 🇰🇿", "🙂", "\u0107af\u00e9", "Oʻzbekiston");
        }
    }

    @Test
    void offsetsThatCutAnEmojiOrLeaveTheTextAreRefusedAndNothingIsStored() throws Exception {
        Path file = tmp.resolve("emoji.txt");
        Files.writeString(file, "Р: 🙂 ok, уехал.", StandardCharsets.UTF_8);
        try (Project p = TestApp.newProject(tmp)) {
            p.imports().importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            assertThatThrownBy(() ->
                            p.codings().code(new CodeRequest("emoji", 3, 4, null, null, "Exit as voice", "a", null)))
                    .isInstanceOf(CaravanException.class)
                    .hasMessageContaining("in half");
            assertThatThrownBy(() ->
                            p.codings().code(new CodeRequest("emoji", 3, 400, null, null, "Exit as voice", "a", null)))
                    .hasMessageContaining("out of range");
            assertThatThrownBy(() ->
                            p.codings().code(new CodeRequest("emoji", 5, 3, null, null, "Exit as voice", "a", null)))
                    .hasMessageContaining("not a range");
            assertThatThrownBy(() -> p.codings()
                            .code(new CodeRequest("emoji", null, null, "уехала", null, "Exit as voice", "a", null)))
                    .hasMessageContaining("quote not found");
            assertThatThrownBy(() ->
                            p.codings().code(new CodeRequest("emoji", 0, 2, null, null, "Exit as vocie", "a", null)))
                    .hasMessageContaining("unknown code 'Exit as vocie'")
                    .hasMessageContaining("did you mean: Exit as voice");
            assertThatThrownBy(() ->
                            p.codings().code(new CodeRequest("emojj", 0, 2, null, null, "Exit as voice", "a", null)))
                    .hasMessageContaining("unknown document 'emojj'")
                    .hasMessageContaining("emoji.txt");
            assertThat(p.documents().stats().codings()).isZero();
            assertThat(StoreAccess.of(p).read(s -> s.changeLog().since(0)).stream()
                            .filter(c -> c.action().stored().startsWith("coding")))
                    .isEmpty();
        }
    }

    @Test
    void aRecurringQuoteNeedsItsOccurrence() throws Exception {
        Path file = tmp.resolve("rec.txt");
        Files.writeString(file, "Р: нельзя. Потом снова нельзя, и ещё раз нельзя.", StandardCharsets.UTF_8);
        try (Project p = TestApp.newProject(tmp)) {
            p.imports().importFiles(List.of(file), ImportOptions.defaults(), Progress.NONE, Cancellation.none());
            assertThatThrownBy(() -> p.codings()
                            .code(new CodeRequest("rec", null, null, "нельзя", null, "Exit as voice", "a", null)))
                    .hasMessageContaining("occurs 3 times")
                    .hasMessageContaining("--occurrence 1..3");
            long id = p.codings().code(new CodeRequest("rec", null, null, "нельзя", 3, "Exit as voice", "a", null));
            CodingView v = p.codings().codings("rec", null, null).get(0);
            assertThat(v.id()).isEqualTo(id);
            assertThat(v.start()).isEqualTo("Р: нельзя. Потом снова нельзя, и ещё раз ".length());
            assertThatThrownBy(() -> p.codings()
                            .code(new CodeRequest("rec", null, null, "нельзя", 4, "Exit as voice", "a", null)))
                    .hasMessageContaining("only 3");
        }
    }

    private static CodeRequest req(String quote, Integer occurrence, String memo) {
        return new CodeRequest("cafe", null, null, quote, occurrence, "Exit as voice", "anna", memo);
    }
}
