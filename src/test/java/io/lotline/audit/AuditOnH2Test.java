package io.lotline.audit;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class AuditOnH2Test extends AuditScenarios {}
