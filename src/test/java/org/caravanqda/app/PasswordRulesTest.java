package org.caravanqda.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.caravanqda.app.common.CaravanException;
import org.junit.jupiter.api.Test;

/** Each rule refuses what guessing finds first, and says which rule; passphrases pass. */
class PasswordRulesTest {
    private static List<String> problems(String p) {
        return PasswordRules.problems(p.toCharArray());
    }

    @Test
    void weakPasswordsAreRefusedWithTheRuleTheyBreak() {
        Map<String, String> weak = Map.ofEntries(
                Map.entry("        ", "only spaces"),
                Map.entry("", "only spaces"),
                Map.entry("12345678", "too short: 8 characters"),
                Map.entry("password", "too short"),
                Map.entry("пароль", "too short"),
                Map.entry("Password2024!", "common password with digits or symbols around it"),
                Map.entry("password1234", "one of the most common passwords"),
                Map.entry("qwertyuiop123", "run or a repeat"),
                Map.entry("йцукенгшщзхъ", "one of the most common passwords"),
                Map.entry("aaaaaaaaaaaaaaaa", "one kind of character"),
                Map.entry("ABCDEFGHIJKLMNOP", "one kind of character"),
                Map.entry("314159265358979", "one kind of character"),
                Map.entry("abcdefgh1234wxyz", "run or a repeat"),
                Map.entry("Abc1Abc1Abc1Abc1", "run or a repeat"),
                Map.entry("aaa bbb ccc", "too short"),
                Map.entry("Almaty 2022", "too short"));
        weak.forEach((password, rule) -> assertThat(problems(password))
                .as("'" + password + "'")
                .anySatisfy(p -> assertThat(p).contains(rule)));
    }

    @Test
    void passphrasesAndLongMixedPasswordsPass() {
        for (String ok : List.of(
                "степной ветер 2022",
                "горный перевал 2024",
                "длинный пароль",
                "пароль для старого",
                "кот пёс дом",
                "correct horse battery staple",
                "Tr0ub4dor&3-Nomad",
                "Верхний Ларс в сентябре")) {
            assertThat(problems(ok)).as(ok).isEmpty();
        }
    }

    @Test
    void theRefusalNamesEveryBrokenRuleAndNeverThePassword() {
        assertThatThrownBy(() -> PasswordRules.requireStrongEnough("12345678".toCharArray()))
                .isInstanceOf(CaravanException.class)
                .hasMessageStartingWith("the password is too weak: it is too short: 8 characters,")
                .hasMessageContaining("one kind of character")
                .hasMessageContaining("one of the most common passwords")
                .hasMessageNotContaining("12345678");
        PasswordRules.requireStrongEnough(null); // a plain project has none
    }
}
