package io.lotline.production;

import java.util.List;

/** Completing a run: good and scrap totals, optionally per cavity (then the cavities must add up to the totals). */
public record CompletionRequest(Integer goodQuantity, Integer scrapQuantity, List<CavityOutput> cavities) {
    public record CavityOutput(Integer cavity, Integer goodQuantity, Integer scrapQuantity) {}
}
