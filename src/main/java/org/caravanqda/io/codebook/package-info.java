/**
 * Codebook files: REFI-QDA {@code .qdc} (read and write), the CodeBook inside a REFI-QDA project
 * ({@code .qde}, {@code .qdpx}; read only) and a Markdown methods appendix (write only).
 *
 * <h2>Definition, inclusion, exclusion and example in one REFI-QDA Description</h2>
 * REFI-QDA gives a code a single {@code <Description>}. Caravan keeps four fields, so it writes
 * them as plain text that any other tool shows readably and that Caravan parses back:
 * <pre>
 * The definition, any number of lines.
 *
 * Inclusion: when to apply the code
 * Exclusion: when not to, and which code to use instead
 * Example: a short quote
 * </pre>
 * A marker ({@code Inclusion:}, {@code Exclusion:}, {@code Example:}, any letter case) counts only
 * at the start of a line; the lines after it, up to the next marker, belong to that field. A
 * description without markers (as NVivo, ATLAS.ti or MAXQDA write them) is entirely the definition.
 * See {@link org.caravanqda.io.codebook.DescriptionCodec}.
 */
package org.caravanqda.io.codebook;
