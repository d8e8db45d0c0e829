package io.lotline.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A BPMN's routing on a bare engine (the subclass names it with {@code @Deployment}), its delegates mocked: the
 * engine, the assertions bound to it, the calls the mocks record, and the mocks removed after each test.
 */
public abstract class ProcessRoutingTest {
    // per test instance: a static one would be shared by every subclass, and the first class to finish tears it down
    // (the engine itself is built once and cached by Camunda's test helper)
    @RegisterExtension
    protected final ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    protected final List<String> delegateCalls = new ArrayList<>();

    @BeforeEach
    void bindAssertionsToTheEngine() {
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    /** Mocks each delegate bean so that a call records the bean's name in {@link #delegateCalls}. */
    protected void recordCalls(String... beans) {
        for (String bean : beans) {
            Mocks.register(bean, (JavaDelegate) execution -> delegateCalls.add(bean));
        }
    }
}
