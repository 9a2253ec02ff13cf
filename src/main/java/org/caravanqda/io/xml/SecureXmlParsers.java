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
 * XIncludes, secure processing limits on.
 */
public final class SecureXmlParsers {
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private SecureXmlParsers() {
    }

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
        return f;
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
        return f.newSAXParser();
    }
}
