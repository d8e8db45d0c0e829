package io.lotline.supplier;

import static io.lotline.support.TestUsers.TECH;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.Api.Response;
import io.lotline.support.OnMariaDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@OnMariaDb
class SkipLotOnMariaDbTest extends SkipLotScenarios {
    /**
     * MariaDB only: InnoDB makes the losers of the race to create the pair's history wait for the winner and then
     * report a duplicate key, which the server's retry turns into a wait on the row's lock. (H2 reports the same
     * collision as lock timeouts between the losers, so some of them can still answer 409 there.)
     */
    @Test
    void concurrentFirstReceiptsOfANewSuppliersMaterialAreAllCreatedOnOneHistory() throws Exception {
        List<Callable<Response>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(() -> api.post(TECH, "/api/receipts", receipt()));
        }
        List<Response> receipts = runTogether(posts);
        assertThat(receipts).extracting(Response::status)
                .as("the losers of the race to create the history are tried again by the server").containsOnly(201);
        assertThat(receipts).extracting(r -> r.text("lotNumber")).doesNotHaveDuplicates();
        assertThat(stage()).isEqualTo("NORMAL");
    }
}
