package io.lotline.release;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class RejectedLotOnH2Test extends RejectedLotScenarios {}
