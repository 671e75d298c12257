package app.kindred.demo;

import app.kindred.demo.DemoCouple.Profile;
import java.util.List;

/** The twelve demo couples: believable, varied, with names from many languages. */
final class DemoCouples {

    private DemoCouples() {
    }

    static List<DemoCouple> all() {
        return List.of(
                // Improving steadily.
                new DemoCouple("Zoë Martin", "zoe@example.org", "she/her", "Sam Carter", "sam@example.org", "he/him",
                        false, 8, new Profile(48, 52, 4), new Profile(45, 50, 4.5), false),
                // One partner deteriorating at the last session.
                new DemoCouple("Łukasz Nowak", "lukasz@example.org", "he/him", "Ana Ruiz", "ana@example.org", "she/her",
                        false, 6, new Profile(62, 60, -1), new Profile(60, 58, 1, 22), false),
                // Openness barrier: the partner offers, the door inside stays shut.
                new DemoCouple("Søren Lund", "soren@example.org", "he/him", "Mette Lund", null, "she/her",
                        false, 5, new Profile(75, 35, 0.5), new Profile(66, 60, 1), false),
                // Large gap between the partners.
                new DemoCouple("Ngọc Anh Tran", "ngocanh@example.org", "she/her", "Minh Le", "minh@example.org", "he/him",
                        true, 4, new Profile(78, 74, 1), new Profile(44, 46, 1), true),
                new DemoCouple("Ayşe Demir", "ayse@example.org", "she/her", "Kerem Demir", "kerem@example.org", "he/him",
                        true, 7, new Profile(55, 55, 3), new Profile(52, 57, 2.5), false),
                new DemoCouple("Priya Natarajan", "priya@example.org", "she/her", "Jordan Blake", null, "they/them",
                        false, 3, new Profile(58, 62, 2), new Profile(60, 63, 1.5), true),
                new DemoCouple("Hannah Weiss", "hannah@example.org", null, "Tom Weiss", "tom@example.org", null,
                        true, 2, new Profile(40, 45, 3), new Profile(42, 40, 2), false),
                new DemoCouple("Chidi Okeke", "chidi@example.org", "he/him", "Amara Okeke", "amara@example.org", "she/her",
                        false, 5, new Profile(66, 70, 1), new Profile(64, 68, 1), false),
                // Low trust and worthiness: low-condition flags.
                new DemoCouple("Elena Petrova", "elena@example.org", "she/her", "Marco Bianchi", "marco@example.org", "he/him",
                        true, 6, new Profile(45, 30, 2), new Profile(50, 48, 1), false),
                new DemoCouple("Noa Cohen", null, "she/her", "Yael Levi", null, "she/her",
                        false, 4, new Profile(70, 66, 0), new Profile(68, 70, 0), true),
                new DemoCouple("Mateus Costa", "mateus@example.org", "he/him", "Julia Costa", "julia@example.org", "she/her",
                        true, 8, new Profile(35, 40, 5), new Profile(38, 42, 5), false),
                new DemoCouple("Aiko Tanaka", "aiko@example.org", "she/her", "Ben Howard", "ben@example.org", "he/him",
                        false, 3, new Profile(56, 50, 2), new Profile(58, 54, -1), false));
    }
}
