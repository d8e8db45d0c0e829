package io.lotline.trace;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class TraceOnH2Test extends TraceScenarios {}
