package io.lotline.receiving;

import org.springframework.test.context.ActiveProfiles;

/** On the embedded database, whose lock wait gives up after 2 s by default (H2's LOCK_TIMEOUT). */
@ActiveProfiles("test")
class TransientLossOnH2Test extends TransientLossScenarios {}
