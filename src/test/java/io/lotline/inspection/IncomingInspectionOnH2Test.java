package io.lotline.inspection;

import org.springframework.test.context.ActiveProfiles;

/** The foundation scenarios on the embedded default database (in memory here). */
@ActiveProfiles("test")
class IncomingInspectionOnH2Test extends IncomingInspectionScenarios {}
