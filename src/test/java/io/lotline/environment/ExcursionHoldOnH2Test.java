package io.lotline.environment;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ExcursionHoldOnH2Test extends ExcursionHoldScenarios {}
