package io.lotline.signature;

import static io.lotline.traceability.FieldChecks.optionalEnum;
import static io.lotline.traceability.FieldChecks.throwIfAny;
import static io.lotline.traceability.FieldChecks.trimmedOrNull;

import io.lotline.audit.AuditAction;
import io.lotline.audit.AuditEvent;
import io.lotline.audit.AuditTrail;
import io.lotline.audit.Sha256;
import io.lotline.security.ApiTokenAuthentication;
import io.lotline.security.UserAccounts;
import io.lotline.traceability.ActionForbiddenException;
import io.lotline.traceability.CurrentUser;
import io.lotline.traceability.InvalidInputException;
import io.lotline.traceability.InvalidInputException.FieldError;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Electronic signatures per 21 CFR Part 11 §11.50, §11.70 and §11.200. */
@Service
public class Signatures {
    private final UserAccounts accounts;
    private final ElectronicSignatureRepository signatures;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public Signatures(UserAccounts accounts, ElectronicSignatureRepository signatures, AuditTrail auditTrail, Clock clock) {
        this.accounts = accounts;
        this.signatures = signatures;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Checks that the request carries the expected meaning and the signer's correct password. A wrong password is
     * audited and counted in a transaction of its own even though the action is refused; call it before locking rows
     * that other requests queue for (see {@link UserAccounts#verifySigningPassword}).
     */
    public void authenticate(SignatureRequest request, SignatureMeaning expected) {
        if (ApiTokenAuthentication.isCurrent()) {
            throw new ActionForbiddenException("An API token cannot sign: an electronic signature needs a person who "
                    + "re-enters their own password (21 CFR 11.200). Sign this decision as yourself.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw new InvalidInputException("signature", "an electronic signature (password and meaning) is required");
        }
        if (!StringUtils.hasText(request.password())) {
            errors.add(new FieldError("signature.password", "re-enter your password to sign"));
        }
        if (!expected.name().equals(request.meaning())) {
            errors.add(new FieldError("signature.meaning", "must be " + expected.name() + " for this decision; one of "
                    + Arrays.toString(SignatureMeaning.values())));
        }
        throwIfAny(errors);
        accounts.verifySigningPassword(CurrentUser.id(), request.password());
    }

    /** Applies the authenticated user's signature to a record whose canonical content is given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ElectronicSignature sign(SignatureMeaning meaning, String recordType, String recordId, String signedContent,
                                    String lotNumber, String processInstanceId) {
        String userId = CurrentUser.id();
        ElectronicSignature signature = signatures.save(new ElectronicSignature(userId, accounts.fullName(userId), meaning,
                clock.instant().truncatedTo(ChronoUnit.MICROS), recordType, recordId, Sha256.hex(signedContent)));
        auditTrail.record(AuditEvent.of(AuditAction.SIGNED, recordType, recordId)
                .lot(lotNumber)
                .process(processInstanceId)
                .set("meaning", meaning)
                .set("signer", signature.getFullName())
                .set("recordHash", signature.getRecordHash()));
        return signature;
    }

    /** Newest first, at most 500; every filter optional. */
    @Transactional(readOnly = true)
    public List<SignatureView> search(String userId, String meaning, String recordId) {
        List<FieldError> errors = new ArrayList<>();
        SignatureMeaning parsedMeaning = optionalEnum(SignatureMeaning.class, meaning, "meaning", errors);
        throwIfAny(errors);
        return signatures.search(trimmedOrNull(userId), parsedMeaning, trimmedOrNull(recordId), PageRequest.of(0, 500))
                .stream().map(SignatureView::of).toList();
    }

    /** Every signature applied to records with this identifier (e.g. a nonconformance's hold, release and disposition). */
    /** Every signature on any of these records, oldest first. */
    @Transactional(readOnly = true)
    public List<SignatureView> forRecords(Collection<String> recordIds) {
        return recordIds.isEmpty() ? List.of()
                : signatures.findByRecordIdInOrderByIdAsc(recordIds).stream().map(SignatureView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<SignatureView> forRecord(String recordId) {
        return signatures.findByRecordIdOrderByIdAsc(recordId).stream().map(SignatureView::of).toList();
    }

    /** True when the content still hashes to what was signed: the signature has not been moved or the record altered. */
    public static boolean matches(ElectronicSignature signature, String content) {
        return signature.getRecordHash().equals(Sha256.hex(content));
    }
}
