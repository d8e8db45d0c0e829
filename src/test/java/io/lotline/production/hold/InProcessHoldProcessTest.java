package io.lotline.production.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routing of bpmn/in-process-hold.bpmn (key in-process-hold): every decision, with and without a CAPA. */
@Deployment(resources = "bpmn/in-process-hold.bpmn")
class InProcessHoldProcessTest {
    static final String BATCH = "PB-2026-000042";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    final List<String> delegateCalls = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(engine.getProcessEngine());
        for (String bean : List.of("resumeBatchDelegate", "scrapCavitiesDelegate", "rejectBatchDelegate",
                "openCapaForHoldDelegate")) {
            Mocks.register(bean, (JavaDelegate) execution -> delegateCalls.add(bean));
        }
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
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
