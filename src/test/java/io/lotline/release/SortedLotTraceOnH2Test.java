package io.lotline.release;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class SortedLotTraceOnH2Test extends SortedLotTraceScenarios {}
