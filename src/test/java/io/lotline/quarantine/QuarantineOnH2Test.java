package io.lotline.quarantine;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class QuarantineOnH2Test extends QuarantineScenarios {}
