package io.lotline.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.traceability.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scan parser against a table of valid and invalid GS1 strings, in every form a scanner or person sends. */
class Gs1ParserTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final String GS = "\u001d";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # FDA's UDI example, bracketed
            (01)51022222233336(11)141231(17)150707(10)A213B1(21)1234 | 51022222233336 | A213B1 | 1234 | 2015-07-07 | 2014-12-31
            # the same as GS1 DataMatrix transmits it: ]d2, GS after the variable-length lot
            ]d20151022222233336111412311715070710A213B1<GS>211234     | 51022222233336 | A213B1 | 1234 | 2015-07-07 | 2014-12-31
            # GS1-128 with the serial before the lot
            ]C1015102222223333621ABC-9<GS>10L1                       | 51022222233336 | L1     | ABC-9 | -         | -
            # keyboard wedge without symbology identifier; day 00 is the last day of the month
            01095011010209481724020010LOT42                          | 09501101020948 | LOT42  | -    | 2024-02-29 | -
            # GS1 QR with element string
            ]Q3010950110102094810X/Y-1                               | 09501101020948 | X/Y-1  | -    | -          | -
            # Digital Link: GTIN-13 padded, percent-encoded lot, dates in the query
            https://id.gs1.org/01/9501101020948/10/A%2FB%261/21/S1?17=271231&11=261120 | 09501101020948 | A/B&1 | S1 | 2027-12-31 | 2026-11-20
            # Digital Link on a brand's resolver with a path prefix and a non-AI query attribute
            https://example.com/products/01/09501101020948/21/77?linkType=gs1:pip | 09501101020948 | - | 77 | - | -
            # year 99 is in the past (more than 50 years ahead means the previous century)
            (01)09501101020948(17)991231                              | 09501101020948 | -      | -    | 1999-12-31 | -
            # SSCC alone
            (00)106141411234567897                                    | -              | -      | -    | -          | -
            """)
    void readsValidStrings(String input, String gtin, String lot, String serial, String expiry, String produced) {
        Gs1Data data = Gs1Parser.parse(input.replace("<GS>", GS), TODAY);
        assertThat(data.gtin()).isEqualTo(gtin);
        assertThat(data.lot()).isEqualTo(lot);
        assertThat(data.serial()).isEqualTo(serial);
        assertThat(data.expiry()).isEqualTo(expiry == null ? null : LocalDate.parse(expiry));
        assertThat(data.productionDate()).isEqualTo(produced == null ? null : LocalDate.parse(produced));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (01)51022222233335(10)A1                          | AI (01) GTIN 51022222233335 has a wrong check digit (expected 6)
            (00)106141411234567890                            | AI (00) SSCC 106141411234567890 has a wrong check digit (expected 7)
            (01)51022222233336(17)151307                      | AI (17) expiration date '151307' has month 13
            (01)51022222233336(11)150231                      | AI (11) production date '150231' has day 31, but 2015-02 has 28 days
            (01)51022222233336(17)1507                        | AI (17) expiration date must be exactly 6 digits
            (01)5102222223333(10)A1                           | AI (01) GTIN must be exactly 14 digits
            (10)A213B1(21)1234                                | AI (10) batch/lot number is only valid together with a GTIN
            (01)51022222233336(10)ABCDEFGHIJKLMNOPQRSTU       | AI (10) batch/lot number must be 1 to 20 characters
            (01)51022222233336(10)A B                         | AI (10) batch/lot number 'A B' contains characters outside the GS1 character set 82
            ]d20151022222233336101234567890123456789012112345 | AI (10) batch/lot number is longer than 20 characters; is a GS separator missing after it?
            (01)51022222233336(99)X                           | AI (99) is not one Lotline reads
            ]d20151022222233336171507                         | AI (17) expiration date needs exactly 6 digits
            (01)51022222233336(10)A(10)B                      | AI (10) batch/lot number appears twice with different data
            https://id.gs1.org/01/09501101020948/21/S1/10/L1  | the Digital Link path has AI (10) after AI (21)
            https://id.gs1.org/10/L1                          | the Digital Link has no /01/{gtin}
            https://id.gs1.org/01/09501101020948/17/271231    | the Digital Link path key '/17/' cannot follow /01/
            hello world                                       | is not a GS1 element string
            """)
    void refusesInvalidStringsNamingWhatIsWrong(String input, String message) {
        assertThatThrownBy(() -> Gs1Parser.parse(input, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).message()).contains(message));
    }
}
