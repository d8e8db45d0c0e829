package io.lotline.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.lotline.support.ProcessRoutingTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Routing of bpmn/environmental-excursion.bpmn (key environmental-excursion): every decision, with and without a
 * CAPA.
 */
@Deployment(resources = "bpmn/environmental-excursion.bpmn")
class EnvironmentalExcursionProcessTest extends ProcessRoutingTest {
    static final String EXCURSION = "EX-2026-000042";

    @BeforeEach
    void registerDelegates() {
        Mocks.register("openCapaForExcursionDelegate",
                (JavaDelegate) execution -> delegateCalls.add((String) execution.getVariable("excursionNumber")));
    }

    @ParameterizedTest
    @CsvSource({
            "NO_IMPACT, false, decided",
            "HOLD_LOTS, false, decided",
            "REJECT,    false, decided",
            "NO_IMPACT, true,  capaOpened",
            "HOLD_LOTS, true,  capaOpened",
            "REJECT,    true,  capaOpened"})
    void theAssessmentThenTheManagersDecisionAndACapaWhenAskedFor(String decision, boolean openCapa, String end) {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(ExcursionService.PROCESS_KEY,
                EXCURSION, Map.of("excursionNumber", EXCURSION));
        assertThat(instance).isWaitingAt(ExcursionService.ASSESS_TASK);
        assertThat(task()).hasCandidateGroup("QC_TECHNICIAN");
        complete(task());
        assertThat(instance).isWaitingAt(ExcursionService.DECIDE_TASK);
        assertThat(task()).hasCandidateGroup("QC_MANAGER");

        complete(task(), withVariables("decision", decision, "openCapa", openCapa));

        assertThat(instance).hasPassed(end).isEnded();
        assertThat(delegateCalls).isEqualTo(openCapa ? List.of(EXCURSION) : List.of());
    }
}
