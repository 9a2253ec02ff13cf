package org.caravanqda.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChangeActionTest {
    @Test
    void theStoredStringsAreTheOnesProjectsAlreadyHold() {
        // change_log keeps these strings; changing one would need a migration
        assertThat(Arrays.stream(ChangeAction.values())
                        .filter(a -> a != ChangeAction.UNKNOWN)
                        .map(ChangeAction::stored))
                .containsExactly(
                        "document.import",
                        "coding.add",
                        "coding.add.bulk",
                        "coding.remove",
                        "coding.memo",
                        "code.add",
                        "code.edit",
                        "code.move",
                        "code.merge",
                        "code.delete", // issue 17: new, read as UNKNOWN (re-index the named documents) by older
                        // Caravans
                        "codebook.import",
                        "attributes.import",
                        "refi.import",
                        "pseudonym.import",
                        "pseudonym.add",
                        "pseudonym.update",
                        "pseudonym.remove",
                        "pseudonym.clear",
                        "memo.add",
                        "memo.edit",
                        "memo.remove",
                        "document.replace",
                        "orphan.attach",
                        "orphan.remove",
                        "media.attach",
                        "media.detach",
                        // issue 16: new, read as UNKNOWN (re-index the named documents) by older Caravans
                        "document.rename",
                        "document.delete",
                        "attribute.define",
                        "attribute.set",
                        "case.edit",
                        "cases.import");
    }

    @Test
    void everyActionReadsBackAsItself() {
        for (ChangeAction a : ChangeAction.values()) {
            if (a != ChangeAction.UNKNOWN) {
                assertThat(ChangeAction.fromStored(a.stored())).isEqualTo(a);
            }
        }
    }

    @Test
    void anActionOfANewerCaravanReadsAsUnknownAndIsNeverWritten() {
        assertThat(ChangeAction.fromStored("case.add")).isEqualTo(ChangeAction.UNKNOWN);
        assertThat(ChangeAction.fromStored("CODING.ADD")).isEqualTo(ChangeAction.UNKNOWN);
        assertThat(ChangeAction.fromStored(null)).isEqualTo(ChangeAction.UNKNOWN);
        assertThatThrownBy(ChangeAction.UNKNOWN::stored).isInstanceOf(IllegalStateException.class);
    }
}
