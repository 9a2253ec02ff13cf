package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.model.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReaderTest {
    @TempDir
    Path dir;

    final MarkdownReader reader = new MarkdownReader();

    @Test
    void brokenFrontMatterIsRefusedWithOneMessage() throws IOException {
        // found by MarkdownReaderFuzzTest: CommonMark's YAML front-matter parser threw StringIndexOutOfBoundsException
        Path md = Files.writeString(dir.resolve("broken.md"), "---\ntitle: \"\n---\nР: текст\n");
        assertThatThrownBy(() -> new MarkdownReader().read(md))
                .isInstanceOf(CaravanException.class)
                .hasMessage(
                        "broken.md has YAML front matter (the block between the --- lines at the top) that cannot be read;"
                                + " check its quotes and indentation");
    }

    @Test
    void frontMatterIsMetadataAndMarkupIsReducedToTextInEveryRelocationGuide() throws IOException {
        Path root = Units.shared("corpus/ru-relocation");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        for (Path f : files) {
            if (Files.readString(f)
                    .replaceFirst("(?s)^---.*?\n---\n", "")
                    .replaceAll("@@\\S+", "")
                    .isBlank()) {
                // a page made only of a site macro (purchases/bazar.md) has no text to import
                assertThatThrownBy(() -> reader.read(f))
                        .isInstanceOf(CaravanException.class)
                        .hasMessage(f.getFileName() + " contains no text");
                continue;
            }
            ParsedDocument doc = Units.wellFormed(reader.read(f));
            assertThat(doc.text())
                    .as(f.toString())
                    .doesNotContain("sidebar_position", "sidebar_label", "pagination_next", "---\n")
                    .doesNotContain("<details", "<summary", "<head", "&nbsp;", "\u00A0", "@@", "](", "**", "{#");
            if (Files.readString(f).startsWith("---\ntitle: ")) {
                assertThat(doc.metadata()).as(f.toString()).containsKey("title");
            }
            assertThat(doc.metadata().keySet()).as(f.toString()).allMatch(k -> k.matches("[\\w-]+"));
        }
    }

    @Test
    void readsTheSamarkandIndexAndTheKazakhstanPage() {
        ParsedDocument index = reader.read(Units.shared("corpus/ru-relocation/samarkand-guide/index.md"));
        assertThat(index.metadata())
                .containsEntry("title", "Главная")
                .containsEntry("pagination_next", "samarkand/visa");
        assertThat(index.text())
                .startsWith("Самарканд: справочник релоканта\n\nСайт создан")
                .doesNotContain("icon-telegram");
        ParsedDocument kz = reader.read(Units.shared("corpus/ru-relocation/reactor-relocation/qazaqstan.md"));
        assertThat(kz.metadata()).containsEntry("title", "Казахстан").containsEntry("layout", "reactor");
        assertThat(kz.text()).startsWith("Казахстан\n\nЦены\n\nБензин и сигареты");
        assertThat(Units.speakers(kz)).isEmpty();
    }

    @Test
    void findsTurnsInAMarkdownTranscript() throws IOException {
        String md = "---\ntitle: Интервью 12\ncity: Алматы\nsidebar_position: 4\n---\n\n# Интервью 12\n\n"
                + "**И:** Когда вы _уехали_?\n**Р:** В [сентябре](https://example.org) 2022&nbsp;года.\n\n"
                + "Потом ещё <b>раз</b> вернулась.\n\n<details><summary>Примечание</summary>\n\nскрыто\n\n</details>\n";
        ParsedDocument doc = Units.wellFormed(reader.read(Files.writeString(dir.resolve("i.md"), md)));
        assertThat(doc.metadata()).containsEntry("title", "Интервью 12").containsEntry("city", "Алматы");
        assertThat(doc.text())
                .isEqualTo("Интервью 12\n\nИ: Когда вы уехали?\nР: В сентябре 2022 года.\n\n"
                        + "Потом ещё раз вернулась.\n\nПримечание\n\nскрыто");
        assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly(null, "И", "Р", null, null);
        assertThat(Units.unitText(doc, doc.units().get(2)))
                .isEqualTo("Р: В сентябре 2022 года.\n\nПотом ещё раз вернулась.");
    }

    @Test
    void aWrappedParagraphIsOneLineAndTurnsAndDashesKeepTheirOwn() throws IOException {
        String md = "Мы уехали в сентябре, потому что\nработу можно было делать\nудалённо.\n\n"
                + "**И:** Почему Самарканд?\n**Р:** Там друзья,\nи жильё дешевле.\n\n"
                + "— Вы вернётесь?\n— Не знаю,\nпосмотрим.\n\n"
                + ":::tip Пересечение границы\nРегистрация не сгорает.\n:::\n\n:::note[Валюта]\n\nДоллары.\n\n:::\n";
        ParsedDocument doc = Units.wellFormed(reader.read(Files.writeString(dir.resolve("wrapped.md"), md)));
        assertThat(doc.text())
                .isEqualTo("Мы уехали в сентябре, потому что работу можно было делать удалённо.\n\n"
                        + "И: Почему Самарканд?\nР: Там друзья, и жильё дешевле.\n\n"
                        + "— Вы вернётесь?\n— Не знаю, посмотрим.\n\n"
                        + "Пересечение границы\n\nРегистрация не сгорает.\n\nВалюта\n\nДоллары.");
        assertThat(doc.units()).extracting(TextUnit::speaker).contains("И", "Р");
    }

    @Test
    void theSamarkandVisaPageKeepsItsWrappedSentencesWhole() {
        // the page wraps its list items at 80 columns; each break used to end a sentence
        ParsedDocument visa = reader.read(Units.shared("corpus/ru-relocation/samarkand-guide/samarkand/visa.md"));
        assertThat(visa.text())
                .contains("До границы с Таджикистаном ехать 5 часов.")
                .contains("Пересечение границы\n\nЕсли вы выезжаете из страны, регистрация не сгорает")
                .doesNotContain(":::")
                .doesNotContainPattern("\\n\\p{Ll}");
    }
}
