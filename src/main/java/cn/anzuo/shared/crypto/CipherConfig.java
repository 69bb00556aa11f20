package cn.anzuo.shared.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The personal-data key: {@code anzuo.crypto.key} (env {@code ANZUO_CRYPTO_KEY}, base64 of 32 bytes)
 * in production; on the embedded default a local dev key is generated once and kept in a file.
 */
@Configuration(proxyBeanMethods = false)
class CipherConfig {

    private static final Logger log = LoggerFactory.getLogger(CipherConfig.class);

    @Bean
    PersonalDataCipher personalDataCipher(
            @Value("${anzuo.crypto.key:}") String key, @Value("${anzuo.crypto.dev-key-file:}") String devKeyFile)
            throws IOException {
        if (!key.isBlank()) {
            return new PersonalDataCipher(Base64.getDecoder().decode(key.trim()));
        }
        if (devKeyFile.isBlank()) {
            throw new IllegalStateException("Set ANZUO_CRYPTO_KEY (base64 of 32 random bytes) to encrypt ID numbers at rest");
        }
        Path file = Path.of(devKeyFile);
        if (!Files.exists(file)) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn("Generated a development key for personal data in {}: keep it with ./data, never use it in production", file);
        }
        return new PersonalDataCipher(Base64.getDecoder().decode(Files.readString(file).trim()));
    }
}
