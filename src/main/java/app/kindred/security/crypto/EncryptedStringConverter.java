package app.kindred.security.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a text column encrypted: {@code @Convert(converter = EncryptedStringConverter.class)} on
 * the attribute. Hibernate gets this converter from Spring (Boot's SpringBeanContainer), which is
 * how the keys reach it. The database sees only ciphertext, so such a column can not be searched
 * or sorted in SQL, and needs about 4/3 of the text's size plus 60 characters.
 */
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    private final FieldCipher cipher;

    public EncryptedStringConverter(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return plaintext == null ? null : cipher.encrypt(plaintext);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
