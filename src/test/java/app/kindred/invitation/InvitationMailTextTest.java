package app.kindred.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InvitationMailTextTest {

    static final String LINK = "https://kindred.example/q/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

    @Test
    void every_value_in_the_html_part_is_escaped() {
        InvitationMail mail = mail("Zoë <script>alert(1)</script>", "Smith & \"Partners\"", false);

        String html = InvitationMailText.html(mail);

        assertThat(html).doesNotContain("<script>").contains("Zoë &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Smith &amp; &quot;Partners&quot;");
        assertThat(InvitationMailText.plain(mail)).contains("Hello Zoë <script>alert(1)</script>,");
    }

    @Test
    void the_expiry_is_shown_in_the_clinics_timezone() {
        InvitationMail mail = mail("Robin", "Clinic", false);

        assertThat(InvitationMailText.expiry(mail)).isEqualTo("Sunday 15 March 2026 at 06:30 (Australia/Sydney)");
        assertThat(InvitationMailText.plain(mail)).contains("until Sunday 15 March 2026 at 06:30 (Australia/Sydney)");
    }

    @Test
    void a_reminder_says_so_in_its_subject_and_carries_the_link() {
        InvitationMail mail = mail("Robin", "Riverside Practice", true);

        assertThat(InvitationMailText.subject(mail)).isEqualTo("A gentle reminder: your questionnaire from Riverside Practice");
        assertThat(InvitationMailText.plain(mail)).contains(LINK, "here is your link again");
    }

    private static InvitationMail mail(String name, String clinic, boolean reminder) {
        return new InvitationMail(1, 2, "robin@example.test", name, clinic, "Dr Lee", LINK,
                Instant.parse("2026-03-14T19:30:00Z"), ZoneId.of("Australia/Sydney"), reminder);
    }
}
