package org.caravanqda.model;

/** A person (or an auto-coding rule) that applies codes. */
public record Coder(long id, String name, String color) {}
