package io.lotline.dispatch;

import io.lotline.masterdata.MasterDataService;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.LotlineException;
import io.lotline.web.FormErrors;
import io.lotline.web.PageLinks;
import io.lotline.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Shipping page. Lines are typed or scanned one per row: {@code LOT QUANTITY} for a lot-tracked finished lot, or a
 * serial on its own.
 */
@Controller
public class ShipmentPageController {
    private final ShipmentService shipments;
    private final MasterDataService masterData;

    public ShipmentPageController(ShipmentService shipments, MasterDataService masterData) {
        this.shipments = shipments;
        this.masterData = masterData;
    }

    @GetMapping("/shipments")
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        return show(model, Map.of(), FormErrors.none(), Paging.forPage(page, size, model));
    }

    @GetMapping("/shipments/{shipmentNumber}")
    String shipment(@PathVariable String shipmentNumber, Model model) {
        model.addAttribute("shipment", shipments.view(shipmentNumber));
        return "dispatch/shipment";
    }

    @PostMapping("/shipments")
    String ship(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        try {
            ShipmentView shipment = shipments.ship(new ShipmentRequest(params.get("customerCode"), params.get("orderNumber"),
                    params.get("shipTo"), lines(params.get("lines"))));
            return "redirect:/shipments/" + shipment.shipmentNumber() + "?shipped";
        } catch (LotlineException e) {
            response.setStatus(e.status().value());
            return show(model, params, FormErrors.of(e), Paging.first());
        }
    }

    /** One line per row: "LOT QUANTITY" or "SERIAL"; rows are numbered from 1 in refusals. */
    static List<ShipmentRequest.Line> lines(String text) {
        List<ShipmentRequest.Line> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        String[] rows = text.split("\\R");
        for (int row = 0; row < rows.length; row++) {
            String[] tokens = rows[row].trim().split("\\s+");
            if (tokens[0].isEmpty()) {
                continue;
            }
            if (tokens.length == 1) {
                lines.add(new ShipmentRequest.Line(null, null, tokens[0]));
            } else if (tokens.length == 2) {
                try {
                    lines.add(new ShipmentRequest.Line(tokens[0], new BigDecimal(tokens[1]), null));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("lines", "row " + (row + 1) + ": '" + tokens[1] + "' is not a quantity");
                }
            } else {
                throw new InvalidInputException("lines", "row " + (row + 1) + ": write 'LOT QUANTITY' or a serial");
            }
        }
        return lines;
    }

    private String show(Model model, Map<String, String> entered, FormErrors errors, Paging paging) {
        Page<ShipmentView> found = shipments.recent(paging.pageable());
        model.addAttribute("shipments", found.getContent());
        model.addAttribute("pager", PageLinks.of(paging, found.getTotalElements()));
        model.addAttribute("customers", masterData.customers());
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        return "dispatch/list";
    }
}
