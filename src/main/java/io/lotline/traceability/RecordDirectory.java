package io.lotline.traceability;

/**
 * Tells whether a quality record of one type exists, so a feature can link to records of features it must not
 * depend on (a CAPA names batches, holds, nonconformances and lots by type and identifier).
 */
public interface RecordDirectory {
    /** The type name used in links, e.g. {@code BATCH}. */
    String recordType();

    boolean exists(String id);
}
