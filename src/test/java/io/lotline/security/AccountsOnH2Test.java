package io.lotline.security;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
class AccountsOnH2Test extends AccountsScenarios {}
