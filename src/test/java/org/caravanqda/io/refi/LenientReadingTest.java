package org.caravanqda.io.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caravanqda.app.refi.RefiProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real writers do differently (GUIDE.md sections 1, 5, 6) is read, not refused. */
class LenientReadingTest {
    static final String QDE = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:0:10" name="Trial" origin="ATLAS.ti 26.1">
              <CodeBook><Codes>
                <Code guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Parent" isCodable="0" color="rgb(255, 0, 0)">
                  <Code guid="aaaaaaaa-0000-4000-8000-000000000002" name="Child" isCodable="true"/>
                </Code>
              </Codes></CodeBook>
              <Variables><Variable guid="{DDDDDDDD-0000-4000-8000-000000000001}" name="city" typeOfVariable="Text"/></Variables>
              <Sources>
                <TextSource guid="{BBBBBBBB-0000-4000-8000-000000000001}" name="Interview" plainTextPath="a.txt">
                  <PlainTextSelection guid="CCCCCCCC-0000-4000-8000-000000000001" name="two" startPosition="5" endPosition="8">
                    <Coding guid="{EEEEEEEE-0000-4000-8000-000000000001}"><CodeRef targetGUID="{AAAAAAAA-0000-4000-8000-000000000002}"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="CCCCCCCC-0000-4000-8000-000000000002" startPosition="0" endPosition="3">
                    <Description>a comment without a code</Description>
                  </PlainTextSelection>
                  <VariableValue><VariableRef targetGUID="dddddddd-0000-4000-8000-000000000001"/><TextValue>Bishkek</TextValue></VariableValue>
                </TextSource>
                <PictureSource guid="ffffffff-0000-4000-8000-000000000001" name="photo.jpg" path="internal://p.jpg"/>
              </Sources>
              <Notes><Note guid="{99999999-0000-4000-8000-000000000001}" name="annotation"><PlainTextContent>look here</PlainTextContent></Note></Notes>
              <Links><Link guid="99999999-0000-4000-8000-000000000002" originGUID="99999999-0000-4000-8000-000000000001"
                  targetGUID="{CCCCCCCC-0000-4000-8000-000000000001}"/></Links>
              <Sets><Set guid="88888888-0000-4000-8000-000000000001" name="group"><MemberSource targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/></Set></Sets>
            </Project>
            """;

    @Test
    void readsWhatRealWritersWrite(@TempDir Path tmp) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Trial.qde", HostileArchivesTest.utf8("\uFEFF" + QDE.strip()));
        entries.put("Sources/", new byte[0]);
        entries.put("Sources/A.TXT", HostileArchivesTest.utf8("\uFEFFone\r\ntwo\r\n"));
        entries.put("__MACOSX/._a.txt", new byte[] {0, 1});
        RefiProject p = new RefiQdpxFormat().read(HostileArchivesTest.zip(tmp.resolve("trial.qdpx"), entries));
        assertThat(p.origin()).isEqualTo("ATLAS.ti 26.1");
        assertThat(p.codes()).singleElement().satisfies(c -> {
            assertThat(c.guid()).isEqualTo("aaaaaaaa-0000-4000-8000-000000000001");
            assertThat(c.codable()).isFalse();
            assertThat(c.color()).isEqualTo("#FF0000");
            assertThat(c.children()).hasSize(1);
        });
        RefiProject.Source s = p.sources().get(0);
        assertThat(s.guid()).isEqualTo("bbbbbbbb-0000-4000-8000-000000000001");
        assertThat(s.text()).isEqualTo("one\r\ntwo\r\n");
        assertThat(s.selections()).hasSize(2);
        RefiProject.Selection coded = s.selections().get(0);
        assertThat(coded.codings())
                .singleElement()
                .satisfies(c -> assertThat(c.codeGuid()).isEqualTo("aaaaaaaa-0000-4000-8000-000000000002"));
        assertThat(coded.noteGuids()).containsExactly("99999999-0000-4000-8000-000000000001");
        assertThat(s.selections().get(1).codings()).isEmpty();
        assertThat(s.selections().get(1).description()).isEqualTo("a comment without a code");
        assertThat(s.values())
                .containsExactly(new RefiProject.Value("dddddddd-0000-4000-8000-000000000001", "Bishkek"));
        assertThat(p.notes())
                .singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("look here"));
        assertThat(p.skipped())
                .anyMatch(x -> x.startsWith("PictureSource 'photo.jpg'"))
                .anyMatch(x -> x.startsWith("set 'group'"));
    }
}
