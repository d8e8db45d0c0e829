package io.lotline.production.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.lotline.support.ProcessRoutingTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routing of bpmn/in-process-hold.bpmn (key in-process-hold): every decision, with and without a CAPA. */
@Deployment(resources = "bpmn/in-process-hold.bpmn")
class InProcessHoldProcessTest extends ProcessRoutingTest {
    static final String BATCH = "PB-2026-000042";

    @BeforeEach
    void registerDelegates() {
        recordCalls("resumeBatchDelegate", "scrapCavitiesDelegate", "rejectBatchDelegate",
                "openCapaForHoldDelegate");
    }

    @ParameterizedTest
    @CsvSource({
            "RESUME,       false, resumeBatchDelegate,   holdClosed",
            "SCRAP_CAVITY, false, scrapCavitiesDelegate, holdClosed",
            "REJECT_BATCH, false, rejectBatchDelegate,   holdClosed",
            "RESUME,       true,  resumeBatchDelegate,   capaOpened",
            "SCRAP_CAVITY, true,  scrapCavitiesDelegate, capaOpened",
            "REJECT_BATCH, true,  rejectBatchDelegate,   capaOpened"})
    void everyDecisionEndsItsOwnWayAndMayOpenACapa(String decision, boolean openCapa, String delegate, String end) {
        ProcessInstance instance = runtimeService().createMessageCorrelation("batchHeld").processInstanceBusinessKey(BATCH)
                .setVariable("batchNumber", BATCH).setVariable("holdNumber", "HOLD-2026-00001").correlateStartMessage();
        assertThat(instance).isWaitingAt("investigateHold");
        assertThat(task()).hasCandidateGroup("QC_TECHNICIAN");
        complete(task());
        assertThat(instance).isWaitingAt("decideHold");
        assertThat(task()).hasCandidateGroup("QC_MANAGER");
        assertThat(delegateCalls).isEmpty();

        complete(task(), withVariables("decision", decision, "openCapa", openCapa));

        assertThat(instance).hasPassed(end).isEnded();
        List<String> expected = new ArrayList<>(List.of(delegate));
        if (openCapa) {
            expected.add("openCapaForHoldDelegate");
        }
        assertThat(delegateCalls).containsExactlyElementsOf(expected);
    }
}
