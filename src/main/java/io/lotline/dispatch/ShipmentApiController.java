package io.lotline.dispatch;

import io.lotline.web.PagedResponse;
import io.lotline.web.Paging;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/shipments")
public class ShipmentApiController {
    private final ShipmentService shipments;

    public ShipmentApiController(ShipmentService shipments) {
        this.shipments = shipments;
    }

    /** Ships released finished goods; 409 with every offending line in {@code problems}, nothing written. */
    @PostMapping
    ResponseEntity<ShipmentView> ship(@RequestBody ShipmentRequest request) {
        ShipmentView shipment = shipments.ship(request);
        return ResponseEntity.created(URI.create("/api/shipments/" + shipment.shipmentNumber())).body(shipment);
    }

    /** Newest first, one page at a time ({@code page} from 1, {@code size} up to 500; total in X-Total-Count). */
    @GetMapping
    ResponseEntity<List<ShipmentView>> recent(@RequestParam(required = false) String page,
                                   @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return PagedResponse.of(shipments.recent(paging.pageable()), paging);
    }

    @GetMapping("/{shipmentNumber}")
    ShipmentView shipment(@PathVariable String shipmentNumber) {
        return shipments.view(shipmentNumber);
    }
}
