package org.caravanqda.model;

/** A typed attribute value of a document; {@code value} is a String, Double, LocalDate or Boolean. */
public record AttributeValue(String attribute, AttributeType type, Object value) {}
