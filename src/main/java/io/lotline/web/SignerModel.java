package io.lotline.web;

import io.lotline.security.Role;
import io.lotline.security.UserAccounts;
import io.lotline.traceability.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The printed name and user id the signature dialog shows; only QC managers sign. Pages only: {@code @Controller} also
 * matches the API's controllers, whose answers have no model, so API requests are skipped (they would read the account
 * for nothing, and an API token has none).
 */
@ControllerAdvice(annotations = Controller.class)
public class SignerModel {
    private final UserAccounts accounts;

    public SignerModel(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute
    void addSigner(Model model, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && CurrentUser.roles().contains(Role.QC_MANAGER.name())) {
            model.addAttribute("signerId", CurrentUser.id());
            model.addAttribute("signerName", accounts.fullName(CurrentUser.id()));
        }
    }
}
