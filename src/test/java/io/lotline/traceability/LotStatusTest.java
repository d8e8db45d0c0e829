package io.lotline.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LotStatusTest {
    @Test
    void inspectionEndsReleasedConditionallyReleasedQuarantinedRejectedOrSplit() {
        assertThat(EnumSet.allOf(LotStatus.class).stream().filter(LotStatus.IN_INSPECTION::canChangeTo))
                .containsExactlyInAnyOrder(LotStatus.RELEASED, LotStatus.CONDITIONALLY_RELEASED, LotStatus.QUARANTINED,
                        LotStatus.REJECTED, LotStatus.CONSUMED);
    }

    @Test
    void expiredMaterialNeverBecomesUsableDirectly() {
        assertThat(EnumSet.allOf(LotStatus.class).stream().filter(LotStatus.EXPIRED::canChangeTo))
                .containsExactlyInAnyOrder(LotStatus.QUARANTINED, LotStatus.SCRAPPED, LotStatus.RETURNED);
    }

    @Test
    void releasedMaterialIsNeverSentBackToInspectionWithoutQuarantine() {
        assertThat(LotStatus.RELEASED.canChangeTo(LotStatus.IN_INSPECTION)).isFalse();
        assertThat(LotStatus.CONDITIONALLY_RELEASED.canChangeTo(LotStatus.RELEASED)).isFalse();
    }

    @Test
    void onlyReleasedAndConditionallyReleasedAreUsable() {
        assertThat(EnumSet.allOf(LotStatus.class).stream().filter(LotStatus::isUsable))
                .containsExactlyInAnyOrder(LotStatus.RELEASED, LotStatus.CONDITIONALLY_RELEASED);
    }

    @Test
    void terminalStatusesGoNowhere() {
        for (LotStatus terminal : EnumSet.of(LotStatus.RETURNED, LotStatus.SCRAPPED, LotStatus.CONSUMED, LotStatus.SHIPPED)) {
            assertThat(EnumSet.allOf(LotStatus.class).stream().filter(terminal::canChangeTo)).as(terminal.name()).isEmpty();
        }
    }

    @Test
    void aFinishedLotLeavesReleaseReviewOnlyByTheReleaseDecisionOrASplitAtItsFinalInspection() {
        assertThat(EnumSet.allOf(LotStatus.class).stream().filter(LotStatus.IN_RELEASE_REVIEW::canChangeTo))
                .containsExactlyInAnyOrder(LotStatus.RELEASED, LotStatus.CONDITIONALLY_RELEASED, LotStatus.REJECTED,
                        LotStatus.CONSUMED);
        assertThat(EnumSet.allOf(LotStatus.class).stream().filter(s -> s.canChangeTo(LotStatus.SHIPPED)))
                .containsExactlyInAnyOrder(LotStatus.RELEASED, LotStatus.CONDITIONALLY_RELEASED);
    }

    @Test
    void onlyAQuarantinedLotGoesBackToReleaseReview() {
        assertThat(EnumSet.allOf(LotStatus.class).stream().filter(s -> s.canChangeTo(LotStatus.IN_RELEASE_REVIEW)))
                .containsExactly(LotStatus.QUARANTINED);
    }

    @Test
    void theRefusalNamesTheLotAndBothStates() {
        assertThat(new IllegalLotTransitionException("ML-2026-000001", LotStatus.SCRAPPED, LotStatus.RELEASED))
                .hasMessage("Lot ML-2026-000001 cannot change from SCRAPPED to RELEASED");
    }
}
