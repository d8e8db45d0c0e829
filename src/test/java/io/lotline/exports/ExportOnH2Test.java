package io.lotline.exports;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class ExportOnH2Test extends ExportScenarios {}
