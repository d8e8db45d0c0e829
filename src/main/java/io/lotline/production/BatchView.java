package io.lotline.production;

import io.lotline.capa.CapaSummary;
import io.lotline.environment.ExcursionView;
import io.lotline.environment.RoomRef;
import io.lotline.production.batch.BatchStatus;
import io.lotline.production.batch.CompletionRequest;
import io.lotline.production.batch.ConsumptionView;
import io.lotline.production.batch.SetupConditions;
import io.lotline.production.hold.HoldView;
import io.lotline.production.spc.ViolationView;
import java.time.Instant;
import java.util.List;

/** A batch as {@code GET /api/batches/{batchNumber}} returns it. */
public record BatchView(String batchNumber, BatchStatus status, String productPartNumber, String productDescription,
                        int plannedQuantity, String machineId, RoomRef room, String moldId, int cavities,
                        String shift, String operator,
                        SetupConditions setup, Instant createdAt, String createdBy, Instant startedAt,
                        Instant completedAt, String completedBy, Integer goodQuantity, Integer scrapQuantity,
                        int scrappedOnHold, List<CompletionRequest.CavityOutput> cavityOutput,
                        List<ConsumptionView> consumptions, List<HoldView> openHolds, List<HoldView> holds,
                        List<ViolationView> violations, List<CapaSummary> capas, List<ExcursionView> excursions,
                        String finishedLotNumber) {}
