package org.caravanqda.analysis.agreement;

/** A coder's coding [start, end) reduced to what agreement needs: which coder, which compared code (row). */
public record Mark(int coder, int row, int start, int end) {}
