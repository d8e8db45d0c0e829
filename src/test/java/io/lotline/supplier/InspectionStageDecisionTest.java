package io.lotline.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of bpmn/inspection-stage.dmn, evaluated by Camunda's DMN engine. */
class InspectionStageDecisionTest {
    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = InspectionStageDecisionTest.class.getResourceAsStream("/bpmn/inspection-stage.dmn")) {
            decision = dmn.parseDecision("inspectionStage", table);
        }
    }

    @ParameterizedTest(name = "{0} supplier at {1}, last {2}, {3} passes, {4} skipped -> {5}")
    @CsvSource({
            "APPROVED,    NORMAL,    NONE, 0, 0, NORMAL",
            "APPROVED,    NORMAL,    PASS, 4, 0, NORMAL",
            "APPROVED,    NORMAL,    PASS, 5, 0, REDUCED",
            "APPROVED,    REDUCED,   PASS, 4, 0, REDUCED",
            "APPROVED,    REDUCED,   PASS, 5, 0, SKIP",
            "APPROVED,    SKIP,      PASS, 0, 3, SKIP",
            "APPROVED,    SKIP,      PASS, 0, 4, REDUCED",
            "APPROVED,    REDUCED,   FAIL, 0, 0, TIGHTENED",
            "APPROVED,    NORMAL,    FAIL, 0, 0, TIGHTENED",
            "APPROVED,    TIGHTENED, PASS, 4, 0, TIGHTENED",
            "APPROVED,    TIGHTENED, PASS, 5, 0, NORMAL",
            "CONDITIONAL, REDUCED,   PASS, 5, 0, REDUCED",
            "CONDITIONAL, SKIP,      PASS, 0, 0, REDUCED",
            "CONDITIONAL, NORMAL,    PASS, 5, 0, REDUCED",
            "CONDITIONAL, TIGHTENED, FAIL, 0, 0, TIGHTENED"})
    void decidesTheStage(String supplierStatus, String currentStage, String lastResult, int passes, int skipped,
                         String expected) {
        assertThat(stage(supplierStatus, currentStage, lastResult, passes, skipped)).isEqualTo(expected);
    }

    @Test
    void tenPassesInARowEarnSkipAndOneFailFallsBackToTightened() {
        String stage = "NORMAL";
        int passesAtStage = 0;
        for (int lot = 1; lot <= 10; lot++) {
            passesAtStage++;
            String next = stage("APPROVED", stage, "PASS", passesAtStage, 0);
            if (!next.equals(stage)) {
                passesAtStage = 0;
            }
            stage = next;
            if (lot == 5) {
                assertThat(stage).isEqualTo("REDUCED");
            }
        }
        assertThat(stage).isEqualTo("SKIP");
        assertThat(stage("APPROVED", "REDUCED", "FAIL", 0, 0)).isEqualTo("TIGHTENED");
    }

    private static String stage(String supplierStatus, String currentStage, String lastResult, int passes, int skipped) {
        return dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("supplierStatus", supplierStatus).putValue("currentStage", currentStage)
                .putValue("lastResult", lastResult).putValue("passesAtStage", passes).putValue("lotsSkipped", skipped))
                .getSingleResult().getSingleEntry();
    }
}
