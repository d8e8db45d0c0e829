package io.lotline.recall;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class RecallOnH2Test extends RecallScenarios {}
