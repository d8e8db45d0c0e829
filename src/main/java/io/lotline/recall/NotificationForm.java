package io.lotline.recall;

import io.lotline.web.TextField;
import io.lotline.web.TextField.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The record of notifying one customer: whom, when and how they were reached, what they answered, and how many of the
 * units shipped to them came back (or were destroyed on site).
 */
public record NotificationForm(String contact, LocalDate contactedOn, String method, @TextField(Kind.MULTI_LINE) String response,
                               BigDecimal unitsRecovered) {}
