package app.kindred.security.totp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 seed of RFC 6238, appendix B: ASCII "12345678901234567890". */
    static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    static Totp at(long epochSecond) {
        return new Totp(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    /** RFC 6238 lists 8-digit codes; 6-digit codes are their last six digits. */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void codes_match_the_rfc_6238_test_vectors(long time, String eightDigits) {
        Totp totp = at(time);
        assertThat(totp.codeAt(RFC_SECRET, totp.currentStep())).isEqualTo(eightDigits.substring(2));
    }

    @Test
    void a_code_is_accepted_one_step_early_or_late_but_not_two() {
        Totp totp = at(1_234_567_890);
        long now = totp.currentStep();
        assertThat(totp.match(RFC_SECRET, totp.codeAt(RFC_SECRET, now), Long.MIN_VALUE)).hasValue(now);
        assertThat(totp.match(RFC_SECRET, totp.codeAt(RFC_SECRET, now - 1), Long.MIN_VALUE)).hasValue(now - 1);
        assertThat(totp.match(RFC_SECRET, totp.codeAt(RFC_SECRET, now + 1), Long.MIN_VALUE)).hasValue(now + 1);
        assertThat(totp.match(RFC_SECRET, totp.codeAt(RFC_SECRET, now - 2), Long.MIN_VALUE)).isEmpty();
        assertThat(totp.match(RFC_SECRET, totp.codeAt(RFC_SECRET, now + 2), Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void a_code_of_a_step_already_used_is_refused() {
        Totp totp = at(1_234_567_890);
        long now = totp.currentStep();
        String code = totp.codeAt(RFC_SECRET, now);
        assertThat(totp.match(RFC_SECRET, code, now)).isEmpty();
        assertThat(totp.match(RFC_SECRET, totp.codeAt(RFC_SECRET, now - 1), now - 1)).isEmpty();
        assertThat(totp.match(RFC_SECRET, totp.codeAt(RFC_SECRET, now + 1), now)).hasValue(now + 1);
    }

    @Test
    void malformed_input_never_matches() {
        Totp totp = at(59);
        for (String typed : new String[] {null, "", "28708", "2870821", "28708a", "abcdef"}) {
            assertThat(totp.match(RFC_SECRET, typed, Long.MIN_VALUE)).as(String.valueOf(typed)).isEmpty();
        }
        assertThat(totp.match(RFC_SECRET, " 287 082 ", Long.MIN_VALUE)).as("spaces are ignored").isPresent();
    }

    @Test
    void new_secrets_are_160_bit_base32_and_differ() {
        Totp totp = at(59);
        String secret = totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(Base32.decode(secret.toLowerCase().replaceAll("(.{4})", "$1 "))).isEqualTo(Base32.decode(secret));
        assertThat(totp.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void the_qr_code_carries_the_otpauth_address_apps_expect() throws Exception {
        String uri = Totp.otpauthUri("Kindred", "dr ana", RFC_SECRET);
        assertThat(uri).isEqualTo("otpauth://totp/Kindred:dr%20ana?secret=" + RFC_SECRET
                + "&issuer=Kindred&algorithm=SHA1&digits=6&period=30");
        String dataUri = QrCode.pngDataUri(uri, 240);
        assertThat(dataUri).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(dataUri.substring("data:image/png;base64,".length()))));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(uri);
    }
}
