package org.caravanqda.app.port;

import java.util.List;
import java.util.Optional;
import org.caravanqda.model.Coding;

public interface CodingRepository {
    /** Inserts the coding (id ignored; coder resolved by name, which must exist); returns the id. */
    long insert(Coding coding);

    /** Inserts many codings in one batch (all coders must exist); for bulk work such as benchmarks. */
    void insertAll(List<Coding> codings);

    Optional<Coding> byId(long id);

    /** Moves a coding to new offsets (its text was corrected); false when there is no such coding. */
    boolean move(long id, int start, int end);

    /** Inserts a coding under its own id and guid (an orphan attached again, an edit undone). */
    void restore(Coding coding);

    boolean delete(long id);

    /** Moves every coding of one code to another (merging codes), orphans too; returns how many codings moved. */
    int reassign(long fromCodeId, long toCodeId);

    /** Replaces the coding's memo (null clears it); false when there is no such coding. */
    boolean updateMemo(long id, String memo);

    /** Codings matching the filter, by document, start, end, id. */
    List<Coding> find(CodingFilter filter);

    long count();

    /** Number of codings per code id. */
    java.util.Map<Long, Integer> countsByCode();

    /** How many codings one coder made with one code in one document: a row of {@link #uses()}. */
    record Use(long codeId, String coder, long documentId, int codings) {}

    /** Codings counted per code, coder and document (the codebook's counts per coder). */
    List<Use> uses();
}
