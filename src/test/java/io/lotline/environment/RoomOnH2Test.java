package io.lotline.environment;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class RoomOnH2Test extends RoomScenarios {}
