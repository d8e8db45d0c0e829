package io.lotline.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ed25519 key that signs audit checkpoints, kept in a PEM file outside the database ({@code
 * lotline.audit.signing-key}: the PKCS#8 private key; the public key beside it with the suffix {@code .pub}). A
 * database administrator can rewrite rows and recompute every hash, but cannot sign a checkpoint without this file.
 * A missing key is generated once, readable by the owner only.
 */
final class CheckpointSigner {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSigner.class);
    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    private CheckpointSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = Sha256.hex(Base64.getEncoder().encodeToString(publicKey.getEncoded())).substring(0, 16);
    }

    static CheckpointSigner loadOrCreate(Path privateKeyFile) {
        Path publicKeyFile = privateKeyFile.resolveSibling(privateKeyFile.getFileName() + ".pub");
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            if (Files.exists(privateKeyFile)) {
                return new CheckpointSigner(
                        keys.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateKeyFile, "PRIVATE KEY"))),
                        keys.generatePublic(new X509EncodedKeySpec(readPem(publicKeyFile, "PUBLIC KEY"))));
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Files.createDirectories(privateKeyFile.toAbsolutePath().getParent());
            writePem(privateKeyFile, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            writePem(publicKeyFile, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            CheckpointSigner signer = new CheckpointSigner(pair.getPrivate(), pair.getPublic());
            LOG.info("Created the audit checkpoint signing key {} (key id {}); keep it and its .pub off the database "
                    + "server", privateKeyFile.toAbsolutePath(), signer.keyId());
            return signer;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit checkpoint signing key " + privateKeyFile + " is not an "
                    + ALGORITHM + " key pair", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The audit checkpoint signing key " + privateKeyFile + " cannot be read or "
                    + "written", e);
        }
    }

    /** The first 16 hex digits of the SHA-256 of the public key: names the key a checkpoint was signed with. */
    String keyId() {
        return keyId;
    }

    String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    String sign(String message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing is part of every Java 17 runtime", e);
        }
    }

    boolean verifies(String message, String base64Signature) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (IllegalArgumentException | GeneralSecurityException notASignature) {
            return false;
        }
    }

    private static byte[] readPem(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        String body = text.replace("-----BEGIN " + type + "-----", "").replace("-----END " + type + "-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static void writePem(Path file, String type, byte[] der, boolean ownerOnly) throws IOException {
        Files.writeString(file, pem(type, der), StandardCharsets.US_ASCII);
        if (ownerOnly && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
