package io.lotline.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LotStatusTest {
    @Test
    void inspectionEndsReleasedConditionallyReleasedQuarantinedOrRejected() {
        assertThat(EnumSet.allOf(LotStatus.class).stream().filter(LotStatus.IN_INSPECTION::canChangeTo))
                .containsExactlyInAnyOrder(LotStatus.RELEASED, LotStatus.CONDITIONALLY_RELEASED, LotStatus.QUARANTINED,
                        LotStatus.REJECTED);
    }

    @Test
    void quarantinedMaterialNeverBecomesConsumedOrExpiredDirectly() {
        assertThat(LotStatus.QUARANTINED.canChangeTo(LotStatus.CONSUMED)).isFalse();
        assertThat(LotStatus.EXPIRED.canChangeTo(LotStatus.RELEASED)).isFalse();
        assertThat(LotStatus.EXPIRED.canChangeTo(LotStatus.CONDITIONALLY_RELEASED)).isFalse();
    }

    @Test
    void terminalStatusesGoNowhere() {
        for (LotStatus terminal : EnumSet.of(LotStatus.RETURNED, LotStatus.SCRAPPED, LotStatus.CONSUMED)) {
            assertThat(EnumSet.allOf(LotStatus.class).stream().filter(terminal::canChangeTo)).as(terminal.name()).isEmpty();
        }
    }

    @Test
    void theRefusalNamesTheLotAndBothStates() {
        assertThat(new IllegalLotTransitionException("ML-2026-000001", LotStatus.SCRAPPED, LotStatus.RELEASED))
                .hasMessage("Lot ML-2026-000001 cannot change from SCRAPPED to RELEASED");
    }
}
