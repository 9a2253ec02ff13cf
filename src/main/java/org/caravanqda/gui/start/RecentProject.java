package org.caravanqda.gui.start;

/**
 * One line of the start screen's recent list: {@code location} opens it again (a folder's path or
 * a server project's address, never with a password), {@code label} is what the researcher reads
 * ("interviews — /home/…" or "server · host/database").
 */
public record RecentProject(String location, String label, boolean server) {}
