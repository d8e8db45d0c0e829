package io.lotline.capa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.lotline.support.ProcessRoutingTest;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CAPA loop of bpmn/corrective-action.bpmn (key corrective-action), its timers driven by the test. */
@Deployment(resources = "bpmn/corrective-action.bpmn")
class CorrectiveActionProcessTest extends ProcessRoutingTest {
    static final String CAPA = "CAPA-2026-00007";
    static final Date DUE = Date.from(Instant.parse("2027-01-16T00:00:00Z"));

    @BeforeEach
    void registerDelegates() {
        recordCalls("escalateOverdueCapaDelegate", "effectivenessCheckDueDelegate");
    }

    @Test
    void notEffectiveGoesBackToRootCauseThenEffectiveEndsInASignedClosure() {
        ProcessInstance instance = start();
        planAndImplement(instance);

        Job effectivenessCheck = job("effectivenessCheckWait");
        assertThat(effectivenessCheck.getDuedate()).isAfter(Date.from(Instant.now().plusSeconds(29L * 24 * 3600)));
        execute(effectivenessCheck);
        assertThat(instance).isWaitingAt("verifyEffectiveness");
        assertThat(delegateCalls).containsExactly("effectivenessCheckDueDelegate");
        complete(task(), withVariables("effective", false));

        assertThat(instance).isWaitingAt("rootCauseAnalysis");
        planAndImplement(instance);
        execute(job("effectivenessCheckWait"));
        complete(task(), withVariables("effective", true));

        assertThat(instance).isWaitingAt("approveClosure");
        assertThat(task()).hasCandidateGroup("QC_MANAGER");
        complete(task());
        assertThat(instance).hasPassed("capaClosed").isEnded();
        assertThat(instance).hasPassedInOrder("rootCauseAnalysis", "verifyEffectiveness", "rootCauseAnalysis",
                "verifyEffectiveness", "approveClosure");
    }

    @Test
    void overdueActionsAreOfferedToTheManagersWhileImplementationGoesOn() {
        ProcessInstance instance = start();
        complete(task());
        complete(task(), withVariables("actionsDueAt", DUE));
        assertThat(instance).isWaitingAt("implementActions");

        Job overdue = managementService().createJobQuery().processInstanceId(instance.getId()).activityId("actionsOverdue")
                .singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(DUE);
        execute(overdue);

        assertThat(delegateCalls).containsExactly("escalateOverdueCapaDelegate");
        assertThat(instance).isWaitingAt("implementActions");
        complete(task());
        assertThat(instance).isWaitingAt("effectivenessCheckWait");
        assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).activityId("actionsOverdue")
                .count()).isZero();
    }

    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("corrective-action", CAPA,
                withVariables("capaNumber", CAPA, "effectivenessCheckAfter", "P30D"));
        assertThat(instance).isWaitingAt("rootCauseAnalysis");
        assertThat(task()).hasCandidateGroup("QC_TECHNICIAN").hasCandidateGroup("QC_MANAGER");
        return instance;
    }

    private void planAndImplement(ProcessInstance instance) {
        complete(task());
        assertThat(instance).isWaitingAt("planActions");
        assertThat(task()).hasCandidateGroup("QC_MANAGER");
        complete(task(), withVariables("actionsDueAt", DUE));
        assertThat(instance).isWaitingAt("implementActions");
        assertThat(task()).hasCandidateGroup("QC_TECHNICIAN");
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        complete(task());
        assertThat(instance).isWaitingAt("effectivenessCheckWait");
    }
}
