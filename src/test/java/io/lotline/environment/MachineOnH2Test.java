package io.lotline.environment;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class MachineOnH2Test extends MachineScenarios {}
