package org.caravanqda.io.refi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The REFI-QDA samples and schema, read in place from ../shared (never copied); skipped when absent. */
public final class RefiFiles {
    public static final Path ROOT = org.caravanqda.SharedData.root().resolve("refi-qda");

    private RefiFiles() {}

    public static Path sample(String name) {
        Path p = ROOT.resolve("samples").resolve(name);
        assumeTrue(Files.isRegularFile(p), "REFI-QDA sample absent (expected ../shared beside the project): " + p);
        return p;
    }

    /** Violations of Project-mrt2019.xsd (or Codebook-mrt2019.xsd), empty when the XML is valid. */
    public static List<String> schemaErrors(String xsd, java.io.InputStream xml) throws Exception {
        Path schema = ROOT.resolve("schema").resolve(xsd);
        assumeTrue(
                Files.isRegularFile(schema),
                "REFI-QDA schema absent (expected ../shared beside the project): " + schema);
        Validator v = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(schema.toFile())
                .newValidator();
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
        v.validate(new StreamSource(xml));
        return errors;
    }

    /** The project.qde of an exported archive, validated. */
    public static List<String> qdpxSchemaErrors(Path qdpx) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            return schemaErrors("Project-mrt2019.xsd", zip.getInputStream(zip.getEntry("project.qde")));
        }
    }
}
