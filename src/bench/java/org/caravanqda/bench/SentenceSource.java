package org.caravanqda.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caravanqda.app.common.CaravanException;

/**
 * Sentences for synthetic transcripts: the {@code # text =} lines of CoNLL-U files (real
 * sentences in ru, kk, ky, uz, en), lines of .txt files, or a small built-in mixed set.
 */
final class SentenceSource {
    private static final List<String> BUILT_IN = List.of(
            "Мы уехали в Алматы в конце сентября, сразу после объявления мобилизации.",
            "Сначала было очень тяжело с жильём, аренда выросла почти вдвое.",
            "Карты перестали работать, и пришлось открывать счёт в местном банке.",
            "Я не хотел участвовать в этом, и уехать было единственным способом сказать нет.",
            "Здесь никто не спрашивает, что ты думаешь о войне, и это по-своему спокойно.",
            "We moved to Bishkek because the company relocated the whole team.",
            "Getting the residence permit took three months and a lot of paperwork.",
            "I still do not know whether this is a destination or just a stop on the way.",
            "Местные относятся к нам нормально, но я всё время чувствую себя гостем.",
            "В Ташкенте мы быстро получили ПИНФЛ и смогли открыть карту Uzum.");

    private SentenceSource() {}

    static List<String> load(Path corpus) {
        if (corpus == null) {
            return BUILT_IN;
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.isDirectory(corpus) ? Files.walk(corpus) : Stream.of(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".conllu")) {
                    Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                            .filter(l -> l.matches("# text\\s*=.*"))
                            .map(l -> l.substring(l.indexOf('=') + 1).strip())
                            .filter(s -> !s.isEmpty())
                            .forEach(out::add);
                } else if (n.endsWith(".txt")) {
                    Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                            .map(String::strip)
                            .filter(s -> s.length() > 20)
                            .forEach(out::add);
                }
            }
        } catch (IOException e) {
            throw new CaravanException("cannot read the bench corpus " + corpus + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new CaravanException("no sentences in " + corpus + " (expected .conllu or .txt files)");
        }
        return out;
    }
}
