package io.lotline.release;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ReleaseOnH2Test extends ReleaseScenarios {}
