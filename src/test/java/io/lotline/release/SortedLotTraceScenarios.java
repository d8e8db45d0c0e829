package io.lotline.release;

import static io.lotline.support.TestUsers.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lotline.support.Api.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lot-tracked finished lot sorted by a SPLIT disposition: its parts are finished lots of their own, and traces count
 * the units in them, not in the emptied lot. On H2 and on MariaDB (the trace is walked in SQL).
 */
abstract class SortedLotTraceScenarios extends RejectedLotSteps {
    @Override
    protected String productTrackingMode() {
        return "LOT";
    }

    @Test
    void aSortedLotsPartsAreFinishedLotsAndTracesCountTheirUnits() {
        String lot = rejectedLot(100);
        String batch = api.get(AUDITOR, "/api/lots/" + lot).body().path("producedBy").get(0).asText();
        recordWholeLot(lot);
        Response sorted = decideDisposition(lot, split("94", List.of()));
        assertThat(sorted.status()).as(sorted.body().toString()).isEqualTo(200);

        JsonNode nc = nonconformance(lot);
        assertThat(nc.path("acceptedLotNumber").asText()).matches("FL-\\d{4}-\\d{6}");
        assertThat(nc.path("lotNumber").asText()).matches("FL-\\d{4}-\\d{6}");
        for (String root : new String[] {lot, batch}) {
            JsonNode totals = api.get(AUDITOR, "/api/trace/forward/" + root).body().path("totals");
            assertThat(totals.path("units").asInt()).as(root).isEqualTo(100);
            assertThat(totals.path("unitsInPlant").asInt()).as(root + ": the accepted part, in review").isEqualTo(94);
            assertThat(totals.path("unitsScrapped").asInt()).as(root + ": the sorted-out part").isEqualTo(6);
            assertThat(totals.path("unitsShipped").asInt()).as(root).isZero();
        }
        JsonNode accepted = api.get(AUDITOR, "/api/trace/forward/" + nc.path("acceptedLotNumber").asText()).body()
                .path("totals");
        assertThat(accepted.path("units").asInt()).isEqualTo(94);
        assertThat(accepted.path("unitsInPlant").asInt()).isEqualTo(94);
    }
}
