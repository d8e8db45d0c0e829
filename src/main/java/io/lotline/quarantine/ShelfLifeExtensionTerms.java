package io.lotline.quarantine;

import io.lotline.inspection.InspectionView;
import java.time.LocalDate;

/** An expired lot's passed re-test and how far its shelf life may be extended: at most {@code latestExpiresOn}. */
public record ShelfLifeExtensionTerms(String partNumber, LocalDate expiredOn, int maxExtensionDays,
                                      LocalDate latestExpiresOn, InspectionView retest) {}
