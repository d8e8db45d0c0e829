package io.lotline.production;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ProductionOnH2Test extends ProductionScenarios {}
