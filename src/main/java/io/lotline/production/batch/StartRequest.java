package io.lotline.production.batch;

/** Starting a run may record (or correct) setup conditions; all of them must be known by then. */
public record StartRequest(SetupConditions setup) {}
