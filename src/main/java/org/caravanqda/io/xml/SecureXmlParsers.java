package org.caravanqda.io.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;

/**
 * The one place that configures XML parsers for files we did not write (.qdc, .qde, .odt):
 * DTDs refused outright (no XXE, no entity expansion bombs), no external DTDs, schemas or
 * XIncludes, secure processing limits on, and elements nested at most {@link #MAX_DEPTH} deep (the
 * JDK sets no depth limit, and a hostile file nested 50,000 deep overflowed our recursive walks).
 */
public final class SecureXmlParsers {
    /** Far deeper than any real codebook (a handful of levels) or OpenDocument text (tens). */
    public static final int MAX_DEPTH = 1000;

    private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private SecureXmlParsers() {}

    public static DocumentBuilderFactory dom() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature(DISALLOW_DOCTYPE, true);
        f.setFeature(EXTERNAL_GENERAL, false);
        f.setFeature(EXTERNAL_PARAMETER, false);
        f.setFeature(LOAD_EXTERNAL_DTD, false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
        return f;
    }

    /** True when a parser refused a file for nesting deeper than {@link #MAX_DEPTH}. */
    public static boolean tooDeep(Throwable e) {
        return String.valueOf(e.getMessage()).contains(MAX_ELEMENT_DEPTH);
    }

    public static SAXParser sax() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature(DISALLOW_DOCTYPE, true);
        f.setFeature(EXTERNAL_GENERAL, false);
        f.setFeature(EXTERNAL_PARAMETER, false);
        f.setFeature(LOAD_EXTERNAL_DTD, false);
        f.setXIncludeAware(false);
        SAXParser parser = f.newSAXParser();
        parser.setProperty(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
        return parser;
    }
}
