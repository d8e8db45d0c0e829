package io.lotline.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.lotline.support.ProcessRoutingTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing of bpmn/incoming-inspection.bpmn (process key incoming-inspection) on a bare engine: delegates mocked, the
 * inspection-stage decision table real.
 */
@Deployment(resources = {"bpmn/incoming-inspection.bpmn", "bpmn/inspection-stage.dmn"})
class IncomingInspectionProcessTest extends ProcessRoutingTest {
    static final String LOT = "ML-2026-000042";

    /** What the supplier-history delegate reports: a first lot from an approved supplier unless a test says otherwise. */
    final Map<String, Object> supplierHistory = new HashMap<>(Map.of("supplierStatus", "APPROVED", "currentStage", "NORMAL",
            "lastResult", "NONE", "passesAtStage", 0, "lotsSkipped", 0));

    @BeforeEach
    void registerDelegates() {
        register("openInspectionDelegate", "open");
        register("releaseLotDelegate", "release");
        register("quarantineLotDelegate", "quarantine");
        register("conditionallyReleaseLotDelegate", "conditionally release");
        register("escalateInspectionDelegate", "escalate");
        register("releaseSkippedLotDelegate", "release without inspection");
        register("splitInspectedLotDelegate", "split");
        Mocks.register("loadSupplierHistoryDelegate", (JavaDelegate) execution -> execution.setVariables(supplierHistory));
        Mocks.register("applyInspectionStageDelegate", (JavaDelegate) execution ->
                delegateCalls.add("stage " + execution.getVariable("inspectionStage")));
    }

    @Test
    void passReleases() {
        ProcessInstance instance = start();
        assertThat(task()).hasCandidateGroup("QC_TECHNICIAN");

        complete(task(), withVariables("decision", "PASS", "outcomeReason", "passed"));

        assertThat(instance).hasPassedInOrder("openInspection", "performInspection", "releaseLot", "lotReleased").isEnded();
        assertThat(delegateCalls).containsExactly("stage NORMAL", "open " + LOT, "release " + LOT);
    }

    @Test
    void aSupplierThatEarnedSkipHasItsLotReleasedWithoutInspection() {
        supplierHistory.putAll(Map.of("currentStage", "REDUCED", "lastResult", "PASS", "passesAtStage", 5));

        ProcessInstance instance = runtimeService().startProcessInstanceByKey("incoming-inspection", LOT,
                withVariables("lotNumber", LOT, "inspectionSla", "PT24H", "reinspection", false));

        assertThat(instance).hasPassedInOrder("decideInspectionStage", "applyInspectionStage", "releaseSkippedLot",
                "lotReleasedBySkip").hasNotPassed("openInspection").isEnded();
        assertThat(delegateCalls).containsExactly("stage SKIP", "release without inspection " + LOT);
    }

    @Test
    void aConditionalSupplierIsNeverSkipped() {
        supplierHistory.putAll(Map.of("supplierStatus", "CONDITIONAL", "currentStage", "REDUCED", "lastResult", "PASS",
                "passesAtStage", 9));

        start();

        assertThat(delegateCalls).containsExactly("stage REDUCED", "open " + LOT);
    }

    @Test
    void aReinspectionBypassesTheStageDecision() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("incoming-inspection", LOT,
                withVariables("lotNumber", LOT, "inspectionSla", "PT24H", "reinspection", true));

        assertThat(instance).isWaitingAt("performInspection").hasNotPassed("decideInspectionStage");
        assertThat(delegateCalls).containsExactly("open " + LOT);
    }

    @Test
    void failQuarantines() {
        ProcessInstance instance = start();

        complete(task(), withVariables("decision", "FAIL", "outcomeReason", "failed"));

        assertThat(instance).hasPassed("quarantineFailedLot", "lotQuarantined").isEnded();
        assertThat(delegateCalls).containsExactly("stage NORMAL", "open " + LOT, "quarantine " + LOT);
    }

    @Test
    void splitReleasesTheAcceptedPartAndQuarantinesTheRest() {
        ProcessInstance instance = start();

        complete(task(), withVariables("decision", "SPLIT", "outcomeReason", "sorted"));

        assertThat(instance).hasPassed("splitLot", "lotSplit").hasNotPassed("releaseLot", "quarantineFailedLot").isEnded();
        assertThat(delegateCalls).containsExactly("stage NORMAL", "open " + LOT, "split " + LOT);
    }

    @Test
    void conditionalGoesToTheManagersAndApprovalReleasesConditionally() {
        ProcessInstance instance = start();
        complete(task(), withVariables("decision", "CONDITIONAL", "outcomeReason", "slightly high"));

        assertThat(instance).isWaitingAt("approveConditionalRelease");
        assertThat(task()).hasCandidateGroup("QC_MANAGER");
        complete(task(), withVariables("concessionApproved", true, "outcomeReason", "approved"));

        assertThat(instance).hasPassed("conditionallyReleaseLot", "lotConditionallyReleased").isEnded();
        assertThat(delegateCalls).containsExactly("stage NORMAL", "open " + LOT, "conditionally release " + LOT);
    }

    @Test
    void aRejectedConcessionQuarantines() {
        ProcessInstance instance = start();
        complete(task(), withVariables("decision", "CONDITIONAL", "outcomeReason", "slightly high"));

        complete(task(), withVariables("concessionApproved", false, "outcomeReason", "rejected"));

        assertThat(instance).hasPassed("quarantineRejectedLot", "concessionRejected").isEnded();
        assertThat(delegateCalls).containsExactly("stage NORMAL", "open " + LOT, "quarantine " + LOT);
    }

    @Test
    void theSlaTimerEscalatesWithoutTakingTheTaskAway() {
        ProcessInstance instance = start();

        execute(job());

        assertThat(instance).hasPassed("escalateInspection", "escalated").isWaitingAt("performInspection");
        assertThat(delegateCalls).containsExactly("stage NORMAL", "open " + LOT, "escalate " + LOT);
    }

    /** Starts as a goods receipt does; every path begins waiting for the technician. */
    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("incoming-inspection", LOT,
                withVariables("lotNumber", LOT, "inspectionSla", "PT24H", "reinspection", false));
        assertThat(instance).isWaitingAt("performInspection");
        return instance;
    }

    private void register(String bean, String label) {
        Mocks.register(bean, (JavaDelegate) execution -> delegateCalls.add(label + " " + execution.getProcessBusinessKey()));
    }
}
