package io.lotline.inspection;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class SamplingOnH2Test extends SamplingScenarios {}
