package io.lotline.trace;

/** FORWARD follows what a record went into; BACKWARD follows what went into it. */
public enum TraceDirection {
    FORWARD,
    BACKWARD
}
