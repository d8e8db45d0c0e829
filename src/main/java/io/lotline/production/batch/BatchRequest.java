package io.lotline.production.batch;

/** A new molding run; {@code setup} may be given now or when the run starts. */
public record BatchRequest(String productPartNumber, Integer plannedQuantity, String machineId, String moldId,
                           Integer cavities, String shift, String operator, SetupConditions setup) {}
