package io.lotline.quarantine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.lotline.support.ProcessRoutingTest;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routing of bpmn/quarantine.bpmn (key quarantine) and bpmn/concession-expiry.bpmn (key concession-expiry). */
@Deployment(resources = {"bpmn/quarantine.bpmn", "bpmn/concession-expiry.bpmn"})
class QuarantineProcessTest extends ProcessRoutingTest {
    static final String LOT = "ML-2026-000007";

    @BeforeEach
    void registerDelegates() {
        recordCalls("returnToSupplierDelegate", "scrapLotDelegate", "useAsIsDelegate",
                "sendToReinspectionDelegate", "releaseFromHoldDelegate", "expireConcessionDelegate", "openRetestDelegate",
                "reopenDispositionDelegate", "extendShelfLifeDelegate", "sortLotDelegate");
    }

    @ParameterizedTest
    @CsvSource({
            "RETURN_TO_SUPPLIER, returnToSupplierDelegate, lotReturned",
            "SCRAP,              scrapLotDelegate,         lotScrapped",
            "USE_AS_IS,          useAsIsDelegate,          lotUsedAsIs",
            "SPLIT,              sortLotDelegate,          lotSorted"})
    void eachDispositionEndsItsOwnWay(String disposition, String delegate, String end) {
        ProcessInstance instance = startAndRecord();
        assertThat(task()).hasCandidateGroup("QC_MANAGER");

        complete(task(), withVariables("disposition", disposition));

        assertThat(instance).hasPassed(end).isEnded();
        assertThat(delegateCalls).containsExactly(delegate);
    }

    @Test
    void reworkWaitsForTheTechnicianThenSendsToReinspection() {
        ProcessInstance instance = startAndRecord();
        complete(task(), withVariables("disposition", "REWORK"));

        assertThat(instance).isWaitingAt("reworkLot");
        assertThat(task()).hasCandidateGroup("QC_TECHNICIAN");
        assertThat(delegateCalls).isEmpty();
        complete(task());

        assertThat(instance).hasPassedInOrder("reworkLot", "sendToReinspection", "sentToReinspection").isEnded();
        assertThat(delegateCalls).containsExactly("sendToReinspectionDelegate");
    }

    @Test
    void expiredStockGoesStraightToTheDispositionAndIsExtendedOnlyAfterAPassedRetest() {
        ProcessInstance instance = startExpired();
        complete(task(), withVariables("disposition", "EXTEND_SHELF_LIFE"));

        assertThat(instance).isWaitingAt("retestLot");
        assertThat(task()).hasCandidateGroup("QC_TECHNICIAN");
        assertThat(delegateCalls).containsExactly("openRetestDelegate");
        complete(task(), withVariables("decision", "PASS"));
        assertThat(instance).isWaitingAt("approveShelfLifeExtension");
        assertThat(task()).hasCandidateGroup("QC_MANAGER");
        complete(task());

        assertThat(instance).hasPassedInOrder("retestLot", "approveShelfLifeExtension", "extendShelfLife", "shelfLifeExtended")
                .hasNotPassed("recordNonconformance").isEnded();
        assertThat(delegateCalls).containsExactly("openRetestDelegate", "extendShelfLifeDelegate");
    }

    @ParameterizedTest
    @CsvSource({"FAIL", "CONDITIONAL"})
    void aRetestThatDoesNotPassReturnsToTheDisposition(String decision) {
        ProcessInstance instance = startExpired();
        complete(task(), withVariables("disposition", "EXTEND_SHELF_LIFE"));
        complete(task(), withVariables("decision", decision));

        assertThat(instance).hasPassed("reopenDisposition").isWaitingAt("decideDisposition");
        assertThat(delegateCalls).containsExactly("openRetestDelegate", "reopenDispositionDelegate");
        complete(task(), withVariables("disposition", "SCRAP"));
        assertThat(instance).hasPassed("lotScrapped").isEnded();
    }

    @Test
    void aHoldIsReleasedByMessageBeforeTheNonconformanceIsRecorded() {
        ProcessInstance instance = start();

        runtimeService().createMessageCorrelation("holdReleased").processInstanceId(instance.getId())
                .setVariable("releaseReason", "Checked: labels were only smudged").correlate();

        assertThat(instance).hasPassed("releaseFromHold", "releasedFromHold").hasNotPassed("decideDisposition").isEnded();
        assertThat(delegateCalls).containsExactly("releaseFromHoldDelegate");
    }

    @Test
    void aConcessionExpiresWhenItsTimerFires() {
        Date expiresAt = Date.from(Instant.parse("2027-03-01T00:00:00Z"));
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("concession-expiry", LOT,
                withVariables("lotNumber", LOT, "expiresAt", expiresAt));
        assertThat(instance).isWaitingAt("concessionEnds");
        assertThat(job()).hasDueDate(expiresAt);
        assertThat(delegateCalls).isEmpty();

        execute(job());

        assertThat(instance).hasPassed("expireConcession").isEnded();
        assertThat(delegateCalls).containsExactly("expireConcessionDelegate");
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("quarantine", LOT,
                withVariables("lotNumber", LOT, "nonconformanceId", 1L, "nonconformanceRecorded", false));
        assertThat(instance).isWaitingAt("recordNonconformance");
        assertThat(task()).hasCandidateGroup("QC_TECHNICIAN");
        return instance;
    }

    /** As the shelf-life job starts it: the nonconformance is recorded already. */
    private ProcessInstance startExpired() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("quarantine", LOT,
                withVariables("lotNumber", LOT, "nonconformanceId", 1L, "nonconformanceRecorded", true));
        assertThat(instance).isWaitingAt("decideDisposition");
        return instance;
    }

    private ProcessInstance startAndRecord() {
        ProcessInstance instance = start();
        complete(task(), withVariables("lotNumber", LOT));
        assertThat(instance).isWaitingAt("decideDisposition");
        return instance;
    }
}
