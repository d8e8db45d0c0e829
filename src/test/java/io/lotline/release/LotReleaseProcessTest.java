package io.lotline.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.lotline.support.ProcessRoutingTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Routing of bpmn/lot-release.bpmn (key lot-release) on a bare engine, delegates mocked: the final inspection and the
 * release decision side by side, each decision's end, and a SPLIT at the final inspection ending the whole review.
 */
@Deployment(resources = "bpmn/lot-release.bpmn")
class LotReleaseProcessTest extends ProcessRoutingTest {
    static final String LOT = "FL-2026-000042";

    @BeforeEach
    void registerDelegates() {
        recordCalls("buildReleaseReviewDelegate", "openFinalInspectionDelegate",
                "releaseForDistributionDelegate", "releaseConditionallyDelegate", "rejectFinishedLotDelegate",
                "splitInspectedLotDelegate");
    }

    @ParameterizedTest
    @CsvSource({
            "RELEASE,             releaseForDistributionDelegate",
            "CONDITIONAL_RELEASE, releaseConditionallyDelegate",
            "REJECT,              rejectFinishedLotDelegate"})
    void theFinalInspectionAndTheDecisionRunSideBySideAndEachDecisionEndsItsWay(String decision, String delegate) {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt("finalInspection", "releaseLot");

        complete(task("finalInspection"), withVariables("decision", "PASS"));
        assertThat(instance).hasPassed("inspected").isWaitingAt("releaseLot");
        complete(task("releaseLot"), withVariables("releaseDecision", decision));

        assertThat(instance).hasPassed("decided").isEnded();
        assertThat(delegateCalls).containsExactly("buildReleaseReviewDelegate", "openFinalInspectionDelegate", delegate);
    }

    @Test
    void aSplitAtTheFinalInspectionEndsTheWholeReviewReleaseTaskIncluded() {
        ProcessInstance instance = start();

        complete(task("finalInspection"), withVariables("decision", "SPLIT"));

        assertThat(instance).hasPassed("splitLot", "lotSplit").hasNotPassed("inspected", "decided").isEnded();
        assertThat(taskQuery().processInstanceId(instance.getId()).count()).as("no release task left").isZero();
        assertThat(delegateCalls).containsExactly("buildReleaseReviewDelegate", "openFinalInspectionDelegate",
                "splitInspectedLotDelegate");
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("lot-release", LOT, withVariables("lotNumber", LOT));
    }

    private static Task task(String key) {
        return taskQuery().taskDefinitionKey(key).singleResult();
    }
}
