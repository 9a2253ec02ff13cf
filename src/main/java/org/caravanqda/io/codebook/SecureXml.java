package org.caravanqda.io.codebook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.io.xml.SecureXmlParsers;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML (codebooks and projects come from other people's machines). DTDs are
 * refused outright: REFI-QDA files never need one, and a DTD is what XXE (reading local files,
 * calling URLs) and entity-expansion attacks ("billion laughs") are built from.
 */
final class SecureXml {
    private SecureXml() {}

    /** @param what names the file in messages, e.g. "codebook.qdc" */
    static Document parse(InputStream in, String what) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new Silent()); // the default handler prints to stderr
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return builder.parse(in);
        } catch (SAXParseException e) {
            throw new CaravanException(describe(e, what), e);
        } catch (SAXException e) {
            throw new CaravanException("Cannot read " + what + ": " + oneLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new CaravanException("Cannot read " + what + ": " + oneLine(e.getMessage()), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser does not support secure processing", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        return SecureXmlParsers.dom();
    }

    private static String describe(SAXParseException e, String what) {
        String msg = oneLine(e.getMessage());
        if (msg.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
            return "Refused " + what + ": it declares a DTD (<!DOCTYPE ...>), which REFI-QDA files never"
                    + " contain and which can hide entity attacks (XXE, billion laughs); nothing was read from it";
        }
        if (SecureXmlParsers.tooDeep(e)) {
            return "Refused " + what + ": its elements nest more than " + SecureXmlParsers.MAX_DEPTH
                    + " levels deep, far beyond any real file; nothing was read from it";
        }
        return "Cannot read " + what + ": not well-formed XML at line " + e.getLineNumber() + ", column "
                + e.getColumnNumber() + " (" + msg + "); the file may be truncated or damaged";
    }

    static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s+", " ").strip();
    }

    private static final class Silent implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not stop reading; nothing to report here
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
