package org.caravanqda.app.search;

/** An auto-coding run; {@code within} (a code path) limits it to text already coded with that code. */
public record AutocodeRequest(
        String query, String code, AutocodeUnit unit, String within, String coder, boolean dryRun) {}
