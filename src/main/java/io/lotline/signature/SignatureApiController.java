package io.lotline.signature;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SignatureApiController {
    private final Signatures signatures;

    SignatureApiController(Signatures signatures) {
        this.signatures = signatures;
    }

    @GetMapping("/api/signatures")
    List<SignatureView> search(@RequestParam(required = false) String user,
                               @RequestParam(required = false) String meaning,
                               @RequestParam(required = false) String recordId) {
        return signatures.search(user, meaning, recordId);
    }
}
