package io.lotline.environment;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExcursionApiController {
    private final ExcursionService excursions;

    ExcursionApiController(ExcursionService excursions) {
        this.excursions = excursions;
    }

    /** One excursion with its held batches, assessment and signed decision. */
    @GetMapping("/api/excursions/{excursionNumber}")
    ExcursionView excursion(@PathVariable String excursionNumber) {
        return excursions.view(excursionNumber);
    }
}
