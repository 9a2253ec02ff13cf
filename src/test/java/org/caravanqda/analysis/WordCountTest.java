package org.caravanqda.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {
    @Test
    void countsWordsAsAReaderWould() {
        assertThat(WordCount.of("")).isZero();
        assertThat(WordCount.of("И: Почему вы уехали?")).isEqualTo(4);
        assertThat(WordCount.of("don't по-русски oʻzbek o'zbek — 2022 🙂")).isEqualTo(5);
        assertThat(WordCount.of("cafe\u0301 is\r\nhere")).isEqualTo(3);
        assertThat(WordCount.of("-- ... ? !")).isZero();
    }
}
