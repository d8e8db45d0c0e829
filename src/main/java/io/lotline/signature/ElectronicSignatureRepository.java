package io.lotline.signature;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectronicSignatureRepository extends JpaRepository<ElectronicSignature, Long> {}
