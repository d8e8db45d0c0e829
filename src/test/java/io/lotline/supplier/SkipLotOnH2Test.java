package io.lotline.supplier;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class SkipLotOnH2Test extends SkipLotScenarios {}
