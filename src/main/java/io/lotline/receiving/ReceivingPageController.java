package io.lotline.receiving;

import io.lotline.masterdata.MasterDataService;
import io.lotline.traceability.InvalidInputException;
import io.lotline.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class ReceivingPageController {
    private final ReceiptService receipts;
    private final MasterDataService masterData;

    public ReceivingPageController(ReceiptService receipts, MasterDataService masterData) {
        this.receipts = receipts;
        this.masterData = masterData;
    }

    @GetMapping("/receiving")
    String form(Model model) {
        return show(model, new ReceiptRequest(null, null, null, null, null, null, null, null, null, null), FormErrors.none());
    }

    @PostMapping("/receiving")
    String receive(@ModelAttribute("receipt") ReceiptRequest receipt, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return show(model, receipt, FormErrors.of(binding));
        }
        try {
            return "redirect:/lots/" + receipts.receive(receipt).lotNumber() + "?received";
        } catch (InvalidInputException e) {
            return show(model, receipt, FormErrors.of(e));
        }
    }

    private String show(Model model, ReceiptRequest receipt, FormErrors errors) {
        model.addAttribute("receipt", receipt);
        model.addAttribute("errors", errors);
        model.addAttribute("suppliers", masterData.suppliers());
        model.addAttribute("materials", masterData.materials());
        return "receiving/form";
    }
}
