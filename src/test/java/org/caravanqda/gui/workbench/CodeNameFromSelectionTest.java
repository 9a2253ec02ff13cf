package org.caravanqda.gui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "New code from selection" names the code after the selected text: short, one line, no path separator. */
class CodeNameFromSelectionTest {
    @Test
    void aShortSelectionIsTheNameTrimmed() {
        assertThat(CodebookActions.codeNameFrom("  уехали в Алматы \n")).isEqualTo("уехали в Алматы");
    }

    @Test
    void lineBreaksTabsAndSpaceRunsBecomeOneSpace() {
        assertThat(CodebookActions.codeNameFrom("Почему Алматы?\r\n\r\nМарина:\tТам  друзья"))
                .isEqualTo("Почему Алматы? Марина: Там друзья");
    }

    @Test
    void aLongSelectionKeepsItsFirstFortyCharactersWithoutTrailingSpace() {
        String name = CodebookActions.codeNameFrom(
                "Мы переехали в Алматы, потом в Бишкек; работа удалённая, квартира дорогая");
        assertThat(name).isEqualTo("Мы переехали в Алматы, потом в Бишкек; р").hasSize(CodebookActions.NAME_MAX);
        assertThat(CodebookActions.codeNameFrom("a".repeat(39) + " b")).isEqualTo("a".repeat(39));
    }

    @Test
    void slashesWouldMakeAPathSoTheyBecomeDashes() {
        assertThat(CodebookActions.codeNameFrom("работа/учёба")).isEqualTo("работа-учёба");
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf() {
        String name = CodebookActions.codeNameFrom("x".repeat(39) + "😀 and more");
        assertThat(name).isEqualTo("x".repeat(39));
        assertThat(CodebookActions.codeNameFrom("\n \t")).isEmpty();
    }
}
