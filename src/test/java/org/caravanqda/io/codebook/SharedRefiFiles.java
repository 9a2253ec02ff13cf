package org.caravanqda.io.codebook;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The REFI-QDA schema and samples live in ../shared beside the project (never copied into it);
 * tests that need them are skipped with a message when that folder is absent.
 */
final class SharedRefiFiles {
    static final Path ROOT = Path.of("..", "shared", "refi-qda");

    private SharedRefiFiles() {
    }

    static Path sample(String name) {
        Path p = ROOT.resolve("samples").resolve(name);
        assumeTrue(Files.isRegularFile(p), "REFI-QDA sample absent (expected ../shared beside the project): " + p);
        return p;
    }

    static Path codebookSchema() {
        Path p = ROOT.resolve("schema").resolve("Codebook-mrt2019.xsd");
        assumeTrue(Files.isRegularFile(p), "REFI-QDA schema absent (expected ../shared beside the project): " + p);
        return p;
    }

    /** All schema violations of the file, empty when it is valid. */
    static List<String> codebookSchemaErrors(Path xml) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = sf.newSchema(codebookSchema().toFile());
        Validator v = schema.newValidator();
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                errors.add("warning line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("fatal line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        v.validate(new StreamSource(xml.toFile()));
        return errors;
    }
}
