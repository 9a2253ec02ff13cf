package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caravanqda.app.port.ParsedDocument;
import org.caravanqda.model.TextUnit;
import org.caravanqda.model.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerTurnsTest {
    @TempDir
    Path dir;

    private ParsedDocument read(String text) throws IOException {
        return Units.wellFormed(new TxtReader().read(Files.writeString(dir.resolve("t.txt"), text)));
    }

    @Test
    void russianInitialsOnePerLineWithoutBlankLines() throws IOException {
        ParsedDocument doc = read("Интервью с Н., Алматы, 2023\nИ: Когда вы уехали?\nР: В сентябре.\n"
                + "Сразу после объявления мобилизации.\nИ: Почему Казахстан?\nР: Не нужна виза.\n");
        assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly(null, "И", "Р", "И", "Р");
        assertThat(Units.unitText(doc, doc.units().get(2)))
                .isEqualTo("Р: В сентябре.\nСразу после объявления мобилизации.");
    }

    @Test
    void crOnlyAndCrlfLineEndsSplitLinesAlike() throws IOException {
        for (String eol : new String[] {"\r", "\r\n"}) {
            ParsedDocument doc = read("И: Да?" + eol + "Р: Нет." + eol + eol + "Заметка." + eol);
            assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly("И", "Р");
            assertThat(Units.unitText(doc, doc.units().get(1))).isEqualTo("Р: Нет." + eol + eol + "Заметка.");
        }
    }

    @Test
    void knownRoleLabelsCountEvenOnceAndCoverBlockIsMetadata() throws IOException {
        ParsedDocument doc = read("Интервьюер: Иванова А. А.\nДата: 12.03.2023\nМесто: Бишкек\n\n"
                + "Интервьюер: Расскажите, как вы приняли решение уехать из России?\n\n"
                + "Респондент: Это было в сентябре, когда объявили мобилизацию.\n\nНу и работа позволяла.\n");
        assertThat(doc.metadata())
                .containsEntry("Интервьюер", "Иванова А. А.")
                .containsEntry("Дата", "12.03.2023")
                .containsEntry("Место", "Бишкек");
        assertThat(doc.units())
                .extracting(TextUnit::kind)
                .containsExactly(
                        UnitKind.PARAGRAPH, UnitKind.PARAGRAPH, UnitKind.PARAGRAPH, UnitKind.TURN, UnitKind.TURN);
        assertThat(Units.speakers(doc)).containsExactly("Интервьюер", "Респондент");
    }

    @Test
    void abbreviatedAndCentralAsianRoleLabels() throws IOException {
        assertThat(Units.speakers(read("Инт.: Сколько вам лет?\n\nИнф.: Тридцать четыре.")))
                .containsExactly("Инт.", "Инф.");
        assertThat(Units.speakers(read("Сұхбат алушы: Қай жылы көштіңіз?\n\nРеспондент: 2022 жылы.")))
                .containsExactly("Сұхбат алушы", "Респондент");
        assertThat(Units.speakers(read("Маек алуучу: Кайдан келдиңиз?\n\nМаектешүүчү: Москвадан.")))
                .containsExactly("Маек алуучу", "Маектешүүчү");
        assertThat(Units.speakers(read("Savol: Qachon kelgansiz?\n\nJavob: Oʻtgan yili.")))
                .containsExactly("Savol", "Javob");
        assertThat(Units.speakers(read("Q: Why Tashkent?\n\nA: Flights were cheap.")))
                .containsExactly("Q", "A");
    }

    /** WhisperX and pyannote write diarised transcripts with SPEAKER_00, SPEAKER_01 labels, one line per turn. */
    @Test
    void diarisationLabelsAreSpeakers() throws IOException {
        ParsedDocument doc = read("SPEAKER_00: О чём идёт речь?\nSPEAKER_00: Вот представим океан, покрытый льдом.\n"
                + "SPEAKER_01: Это так называемый шельф.\n");
        assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly("SPEAKER_00", "SPEAKER_00", "SPEAKER_01");
        assertThat(Units.speakers(read("[SPEAKER_00] Hello.\n\n[SPEAKER_01] Hi!\n\n[SPEAKER_00] How are you?")))
                .containsExactly("SPEAKER_00", "SPEAKER_01");
    }

    @Test
    void timestampsBracketLabelsAndNamesWithSurnames() throws IOException {
        ParsedDocument doc = read("[00:12:31] И: Как дела?\n[00:12:35] Р: Хорошо.\n[00:13:02] И: А работа?\n");
        assertThat(doc.units()).extracting(TextUnit::speaker).containsExactly("И", "Р", "И");
        assertThat(doc.units()).extracting(TextUnit::startMs).containsExactly(751_000L, 755_000L, 782_000L);
        assertThat(Units.speakers(read("[Анна] Привет.\n\n[Борис] Привет!\n\n[Анна] Как ты?")))
                .containsExactly("Анна", "Борис");
        assertThat(Units.speakers(read("Анна Петрова: Начнём.\n\nБорис Ким: Давайте.\n\nАнна Петрова: Итак.")))
                .containsExactly("Анна Петрова", "Борис Ким");
    }

    @Test
    void titlesAndCaptionsWithColonsAreNotSpeakers() throws IOException {
        ParsedDocument doc = read("Exit as voice: an interview\n\nDaria: We left in March.\n\n"
                + "Daria with her cat in Almaty. Photo: Jane Doe.\n\nMarat: Why March?\n\nDaria: Prices.\n\n"
                + "Marat: And then?\n\nClerk: Recess.\n\nnote to self: check this");
        assertThat(Units.speakers(doc)).containsExactly("Daria", "Marat", "Clerk");
        assertThat(doc.units().get(0).kind()).isEqualTo(UnitKind.PARAGRAPH);
        assertThat(doc.units().get(2).kind()).isEqualTo(UnitKind.PARAGRAPH);
        assertThat(doc.units().get(doc.units().size() - 1).kind()).isEqualTo(UnitKind.PARAGRAPH);
        assertThat(doc.metadata()).isEmpty();
    }

    @Test
    void withoutAConversationLabelLikeLinesAreTextNotMetadata() throws IOException {
        ParsedDocument doc = read("Телефон: +998 90 212-08-21\n\nАдрес: ул. Навои, 5");
        assertThat(doc.metadata()).isEmpty();
        assertThat(doc.units()).allMatch(u -> u.kind() == UnitKind.PARAGRAPH).hasSize(2);
    }
}
