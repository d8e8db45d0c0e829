package io.lotline.production.batch;

import java.util.List;

/** Completing a run: good and scrap totals, optionally per cavity (then the cavities must add up to the totals). */
/** {@code finishedLotNumber}: optional release group (a finished lot in review) the good parts join. */
public record CompletionRequest(Integer goodQuantity, Integer scrapQuantity, List<CavityOutput> cavities,
                                String finishedLotNumber) {
    public record CavityOutput(Integer cavity, Integer goodQuantity, Integer scrapQuantity) {}
}
