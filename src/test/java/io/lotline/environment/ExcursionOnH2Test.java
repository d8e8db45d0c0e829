package io.lotline.environment;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ExcursionOnH2Test extends ExcursionScenarios {}
