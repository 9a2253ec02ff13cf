package org.caravanqda.gui.coding;

/** A code as the window showed it: its id and version (null: unknown). */
public record CodeVersion(long id, Long version) {}
